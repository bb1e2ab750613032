"""What the dossier forms share: reading the dossier, the office heading, applicant lines."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import OfficeHeading, esc
from desktop_app.printing.forms.registry import FormRequest
from desktop_app.services.dossiers.detail import DossierDetail, dossier_detail
from desktop_app.services.office.settings import office_logo_png


def load_dossier(session: Session, code: str, request: FormRequest) -> DossierDetail:
    """The dossier a form prints (no audit row: printing is not viewing on screen).

    Raises:
        NotFound: no dossier has this code.
    """
    return dossier_detail(session, code, now=request.now, tz=request.tz, audit=False)


def heading(detail: DossierDetail, session: Session) -> OfficeHeading:
    """The issuing office, with the logo the administrator stored for printing (if any)."""
    logo = office_logo_png(session, detail.office.id)
    return OfficeHeading(parent_name=detail.office.name, logo_png=logo)


def applicant_rows(detail: DossierDetail) -> list[tuple[str, str]]:
    """Name, ID, address, phone, e-mail lines (empty ones left out, except the name)."""
    a = detail.applicant
    rows = [("Ông/Bà", f"<b>{esc(a.full_name)}</b>")]
    if a.id_number:
        rows.append(("Số giấy tờ tùy thân", esc(a.id_number)))
    if a.address:
        rows.append(("Địa chỉ", esc(a.address)))
    if a.phone:
        rows.append(("Số điện thoại", esc(a.phone)))
    if a.email:
        rows.append(("Email", esc(a.email)))
    if detail.owner_name and detail.owner_name != a.full_name:
        rows.append(("Chủ hồ sơ", esc(detail.owner_name)))
    return rows
