"""Pure rules of the one-stop counter, shared by the office and the centre.

No Qt, no SQLAlchemy, no FastAPI, no I/O: dossier codes and identifiers, the working calendar
and due dates, lifecycle and status timestamps, queue ticket states and order, rating levels,
timeliness classes, text and e-mail checks, the errors they raise.
"""
