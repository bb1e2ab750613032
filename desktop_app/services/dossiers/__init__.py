"""Dossiers: reception at the counter, the applicant and known citizens, lookup, status
changes, the legacy register import.
"""
