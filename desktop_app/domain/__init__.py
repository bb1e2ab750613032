"""Pure rules of the one-stop counter: no Qt, no SQLAlchemy, no I/O."""
