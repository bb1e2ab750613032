"""Digitised documents on both backends: attach, replace, list, read back, reuse, results, and
the digitisation facts the service index counts."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop_app.services.dossiers.attach_document import attach_document, attach_result
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from desktop_app.services.dossiers.attachment_reuse import reuse_attachment, reuse_candidates
from desktop_app.services.dossiers.attachment_views import attachment_content, list_attachments
from desktop_app.services.dossiers.digitisation import dossier_digitisation, period_digitisation
from desktop_app.services.dossiers.document_pdf import BadDocumentFile
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.models import AuditEntry, DossierAttachment, OutboxOp, StoredFile
from motcua_core.domain.identifiers import IdType
from tests.support.handover_data import add_people

ID_NUMBER = "001085012345"
CHECKLIST = ({"name": "Tờ khai"}, {"name": "Bản sao CCCD"}, {"name": "Giấy khai sinh"})


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments")


@pytest.fixture
def scans(tmp_path: Path) -> list[Path]:
    paths = []
    for n in range(2):
        path = tmp_path / f"page{n}.png"
        Image.new("L", (60 + n, 80), 200 - n).save(path)
        paths.append(path)
    return paths


@pytest.fixture
def staff(context, office):
    with context.session() as session:
        counter, _specialist = add_people(session, office)
    return counter


def _receive(context, office, calendar, at, documents=CHECKLIST, id_number=ID_NUMBER) -> str:
    request = ReceptionRequest(
        procedure_code="1.004873",
        applicant=ApplicantInput(
            full_name="Nguyễn Thị Hồng Nhung", id_type=IdType.CCCD, id_number=id_number
        ),
        documents=documents,
    )
    with context.session() as session:
        received = receive_dossier(
            session, request, office=office, calendar=calendar, received_at=at
        )
    return received.code


def _attach(context, store, code, index, files, staff_id, at, **metadata):
    with context.session() as session:
        return attach_document(
            session, store, code, index, files, AttachmentMetadata(**metadata), staff_id, at
        )


def _count(context, model) -> int:
    with context.session(read_only=True) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_attach_lists_reads_back_and_replaces(
    context, office, calendar, now, store, scans, staff, tmp_path
):
    code = _receive(context, office, calendar, now)
    _refusals_store_nothing(context, store, code, scans, tmp_path, staff, now)
    view = _attach(
        context, store, code, 2, scans, staff.id, now,
        kind="bản sao", number="001085012345", issued_on=date(2021, 5, 4),
        issuer="Cục Cảnh sát QLHC về TTXH", valid_until=date(2036, 5, 4),
    )  # fmt: skip
    assert (view.document, view.name, view.pages, view.role) == (2, "Bản sao CCCD", 2, "document")
    assert view.digitised_by == "Lê Thị Mai" and not view.reused and not view.replaced
    assert store.verify(view.sha256) and view.bytes == store.path_of(view.sha256).stat().st_size
    with context.session(read_only=True) as session:
        [listed] = list_attachments(session, code)
        content = b"".join(attachment_content(session, store, code, 2))
        with pytest.raises(NotFound):
            attachment_content(session, store, code, 1)
        row = session.scalars(select(DossierAttachment)).one()
        op = session.scalars(select(OutboxOp).where(OutboxOp.entity == "attachment")).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "dossier")).all()
    assert listed == view and hashlib.sha256(content).hexdigest() == view.sha256
    assert row.owner_id_number == ID_NUMBER  # kept for reuse, never sent:
    assert ID_NUMBER not in str({k: v for k, v in op.payload.items() if k != "number"})
    assert op.payload["document_index"] == 2 and op.payload["sha256"] == view.sha256
    assert op.payload["valid_until"] == "2036-05-04" and op.payload["reused"] is False
    assert "attachment_recorded" in [entry.action for entry in audit]
    again = _attach(context, store, code, 2, scans[:1], staff.id, now + timedelta(minutes=1))
    assert again.replaced and again.id == view.id and again.pages == 1
    assert _count(context, DossierAttachment) == 1 and _count(context, StoredFile) == 2


def _refusals_store_nothing(context, store, code, scans, tmp_path, staff, now):
    text = tmp_path / "note.txt"
    text.write_text("hello")
    with pytest.raises(BadDocumentFile, match="note.txt"):
        _attach(context, store, code, 1, [scans[0], text], staff.id, now)
    with pytest.raises(ServiceError, match="no document 4"):
        _attach(context, store, code, 4, scans, staff.id, now)
    with pytest.raises(NotFound):
        _attach(context, store, "000.00.06.H56-261126-0999", 1, scans, staff.id, now)
    with pytest.raises(ServiceError, match="not both"):
        _attach(context, store, code, 1, scans, staff.id, now, permanent=True,
                valid_until=date(2030, 1, 1))  # fmt: skip
    with pytest.raises(ServiceError, match="issuer"):
        _attach(context, store, code, 1, scans, staff.id, now, issuer="x" * 201)
    assert list(store.hashes()) == [] and _count(context, DossierAttachment) == 0
    with context.session(read_only=True) as session:
        assert session.scalars(select(OutboxOp).where(OutboxOp.entity == "attachment")).all() == []


def test_reuse_is_offered_while_valid_and_recorded(
    context, office, calendar, now, store, scans, staff
):
    first = _receive(context, office, calendar, now)
    card = _attach(context, store, first, 2, scans, staff.id, now, valid_until=date(2027, 1, 1))
    birth = _attach(context, store, first, 3, scans[:1], staff.id, now, permanent=True)
    _attach(context, store, first, 1, scans[1:], staff.id, now)  # no validity: not offered
    later = now + timedelta(days=30)
    second = _receive(context, office, calendar, later)
    other = _receive(context, office, calendar, later, id_number="001190012345")
    with context.session(read_only=True) as session:
        offered = reuse_candidates(session, ID_NUMBER, later.date())
        after_expiry = reuse_candidates(session, ID_NUMBER, date(2027, 1, 2))
        assert reuse_candidates(session, "001190012345", later.date()) == []
    assert {v.id for v in offered} == {card.id, birth.id}
    assert [v.id for v in after_expiry] == [birth.id]
    with context.session() as session:
        reused = reuse_attachment(session, second, 3, birth.id, staff.id, later)
    assert reused.reused and reused.sha256 == birth.sha256 and reused.name == "Giấy khai sinh"
    with context.session() as session, pytest.raises(ServiceError, match="another citizen"):
        reuse_attachment(session, other, 3, birth.id, staff.id, later)
    with context.session() as session, pytest.raises(ServiceError, match="no longer valid"):
        reuse_attachment(
            session, second, 2, card.id, staff.id, datetime(2027, 2, 1, tzinfo=now.tzinfo)
        )
    with context.session(read_only=True) as session:
        # the reuse is offered once, as its original
        assert {v.id for v in reuse_candidates(session, ID_NUMBER, later.date())} == {
            card.id, birth.id,
        }  # fmt: skip
        op = session.scalars(
            select(OutboxOp).where(OutboxOp.entity == "attachment").order_by(OutboxOp.seq.desc())
        ).first()
        row = session.get(DossierAttachment, reused.id)
    assert op.payload["reused"] is True and row.reused_from_id == birth.id
    assert _count(context, StoredFile) == 3  # the reused file is shared, not copied


def test_digitisation_facts_per_dossier_and_over_a_period(
    context, office, calendar, now, store, scans, staff, tmp_path
):
    full = _receive(context, office, calendar, now, documents=CHECKLIST[:2])
    partial = _receive(context, office, calendar, now)
    empty = _receive(context, office, calendar, now, documents=())
    _attach(context, store, full, 1, scans, staff.id, now, permanent=True)
    _attach(context, store, partial, 1, scans, staff.id, now)
    with context.session() as session:
        [source] = [v for v in list_attachments(session, full) if v.document == 1]
        reuse_attachment(session, full, 2, source.id, staff.id, now)
    signed = tmp_path / "result.pdf"
    with context.session(read_only=True) as session:
        signed.write_bytes(b"".join(attachment_content(session, store, full, 1)))
    with context.session() as session:
        result = attach_result(session, store, full, [signed], AttachmentMetadata(), staff.id, now)
        with pytest.raises(BadDocumentFile, match="must be a PDF"):
            attach_result(session, store, partial, scans, AttachmentMetadata(), staff.id, now)
    assert result.role == "result" and result.document is None
    assert result.sha256 == hashlib.sha256(signed.read_bytes()).hexdigest()  # kept as it is
    facts = {}
    with context.session(read_only=True) as session:
        for code in (full, partial, empty):
            [view] = [v for v in _dossier_ids(session, code)]
            facts[code] = dossier_digitisation(session, view)
        period = period_digitisation(session, now - timedelta(hours=1), now + timedelta(hours=1))
        before = period_digitisation(session, now - timedelta(days=2), now - timedelta(days=1))
    assert tuple(facts[full]) == (
        True, 1, True,
    )  # fmt: skip
    assert not facts[partial].digitised and not facts[partial].has_electronic_result
    assert not facts[empty].digitised and facts[empty].reused_count == 0
    assert (period.received, period.digitised, period.with_electronic_result) == (3, 1, 1)
    assert (period.attachments, period.reused) == (3, 1)
    assert before.received == before.digitised == before.attachments == 0


def _dossier_ids(session, code):
    from desktop_app.storage.models import Dossier

    return session.scalars(select(Dossier.id).where(Dossier.code == code))
