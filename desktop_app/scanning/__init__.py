"""Where scanned pages come from: the scan folder a copier saves into, and SANE scanners.

No Qt here: the reception window polls and calls these, and shows what they report.
"""
