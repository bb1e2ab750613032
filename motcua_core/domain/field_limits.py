"""Longest text each field of a dossier may hold, in characters.

One source of truth: the storage models size their columns with these numbers, the reception
service refuses longer values with a message naming the field, and the counter's form sets the
same ``maxLength`` on its inputs. A value that passes the form therefore always fits the column.

Fields stored as unbounded text (fee, reasons) still get a limit here, chosen so that the printed
forms (A5 receipt, Mẫu 02 and 03) stay on one page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

#: Applicant (người nộp hồ sơ).
FULL_NAME = 200
ID_TYPE = 20
ID_NUMBER = 20
OLD_ID_NUMBER = 20
SEX = 10
PHONE = 20
EMAIL = 200
ADDRESS = 500

#: Dossier (hồ sơ).
OWNER_NAME = 200
RETURN_ADDRESS = 500
FEE_TEXT = 500
#: What is missing (Mẫu 02) or why the dossier is refused (Mẫu 03).
REASON = 1000
DOCUMENT_NAME = 500
RETURN_METHOD = 20
DOSSIER_CODE = 60
PROCEDURE_CODE = 60
#: The visit a dossier belongs to (a ticket's barcode, or a former system's visit id).
VISIT_KEY = 80

#: Dossier events and handovers: the event kind, the units a dossier moves between, the
#: receiving person's name, and free notes (the office stores notes as unbounded text; the
#: limit leaves room for a reason of :data:`REASON` characters with its prefix).
EVENT_KIND = 40
UNIT_NAME = 200
PERSON_NAME = 200
HANDOVER_DIRECTION = 20
NOTE = 2000

#: Digitised documents (số hóa): the document's kind, its number or reference and the body
#: that issued it; the document's name shares :data:`DOCUMENT_NAME`.
ATTACHMENT_KIND = 100
ATTACHMENT_NUMBER = 100
ATTACHMENT_ISSUER = 200

#: Queue tickets.
DISPLAY_NUMBER = 10
TICKET_STATUS = 20
PRIORITY_GROUP = 40

#: Dates a dossier, a ticket or a rating may carry (received, due, finished, the ticket's
#: day): anything outside is a broken clock or junk, refused before it is stored.
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2100, 12, 31)
#: A citizen's birth date reaches further back.
EARLIEST_BIRTH_DAY = date(1900, 1, 1)

#: The widest whole numbers the database columns hold (``Integer`` and ``BigInteger``).
INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1

#: Vietnamese label of each limited field, as the counter's form names it.
LABELS_VI: Mapping[str, str] = MappingProxyType(
    {
        "full_name": "Họ tên",
        "id_number": "Số giấy tờ",
        "old_id_number": "Số CMND cũ",
        "phone": "Số điện thoại",
        "email": "Email",
        "address": "Địa chỉ",
        "owner_name": "Chủ hồ sơ",
        "return_address": "Địa chỉ nhận kết quả",
        "fee_text": "Lệ phí",
        "reason": "Lý do",
        "document_name": "Tên thành phần hồ sơ",
        "attachment_kind": "Loại giấy tờ",
        "attachment_number": "Số, ký hiệu",
        "attachment_issuer": "Cơ quan cấp",
    }
)

#: The limit of each field named in :data:`LABELS_VI`.
LIMITS: Mapping[str, int] = MappingProxyType(
    {
        "full_name": FULL_NAME,
        "id_number": ID_NUMBER,
        "old_id_number": OLD_ID_NUMBER,
        "phone": PHONE,
        "email": EMAIL,
        "address": ADDRESS,
        "owner_name": OWNER_NAME,
        "return_address": RETURN_ADDRESS,
        "fee_text": FEE_TEXT,
        "reason": REASON,
        "document_name": DOCUMENT_NAME,
        "attachment_kind": ATTACHMENT_KIND,
        "attachment_number": ATTACHMENT_NUMBER,
        "attachment_issuer": ATTACHMENT_ISSUER,
    }
)
