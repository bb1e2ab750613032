"""Handover batches to departments and back, the department's work on a dossier, and the return
of results to the citizen.
"""
