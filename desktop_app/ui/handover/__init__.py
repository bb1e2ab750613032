"""The handover, department and return pages of the counter window.

``HandoverPage`` (Bàn giao), ``ProcessingPage`` (Xử lý, the department side) and ``ReturnPage``
(Trả kết quả, with the rating dialog). Each takes the ``CounterPage`` that hosts it and reads
the signed-in officer, office and calendar from it; the counter package's thin ``*_page``
modules add them as tabs.
"""
