"""Kiosk: citizens take a numbered queue ticket."""
