"""Staff accounts, their roles and password hashes, and sign-in."""
