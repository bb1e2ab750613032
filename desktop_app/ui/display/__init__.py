"""Public display: the numbers being served, the last calls, the voice announcements."""
