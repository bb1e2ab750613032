"""Reports read from the office database: the period report, the dossier register (form 07),
the audit trail.
"""
