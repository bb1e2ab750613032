"""The queue panel embedded in the counter window."""
