"""The office's use cases, grouped by capability; each function takes a Session.

Sub-packages: ``dossiers`` (reception, the applicant, lookup, status, the register
import), ``handover`` (batches to departments and back, the department's work,
return of results), ``queue`` (tickets, calls, the board, queue configuration),
``ratings`` (the citizen's rating and the requests to the rating station),
``reports`` (the period report, the register, the audit trail), ``staff`` (accounts
and sign-in), ``office`` (identity, settings, calendar, catalogue, set-up, demo).
The modules at this level are shared by all of them: ``errors`` (what a person is
told), ``audit`` (who did what), ``outbox`` (the sync op of each change) and
``numbering`` (human numbers per scope and day).
Presentation (sentences for the screen, numbers as text, files) is not here.
"""
