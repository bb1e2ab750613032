"""Printed legal forms (Mẫu 01–07, handover lists) on A5/A4 pages.

``base`` renders a ``PrintableForm`` (HTML body + the legal header + an optional Code128
barcode) to a PDF file, a named printer, or a print preview. ``registry`` finds the forms:
every module ``form_*.py`` of this package defines ``SPEC = FormSpec(...)``; a new form is a new
module, nothing else to edit. See ``form_01`` for a complete example.
"""
