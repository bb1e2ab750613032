"""The office itself: identity, settings, work calendar, procedure catalogue, database set-up
and demo data.
"""
