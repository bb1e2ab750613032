"""Reports the office and the central server both produce from the shared rules (no database)."""
