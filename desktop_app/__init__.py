"""One-stop counter application (Bộ phận Một cửa): reception, queue, lookup, handover, sync."""

__version__ = "0.1.0"
