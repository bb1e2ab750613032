"""The counter window's database work: one session per user step, run off the UI thread.

``CounterActions(counter)`` reads who is signed in, the office, its calendar and the clock from
the counter window each time (``CounterState``), so a page never keeps a stale copy of them.
The methods block: pages call them through ``run_operation``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.printing.forms.base import PrintableForm
    from desktop_app.services.dossiers.citizens import DuplicateHit, KnownApplicant
    from desktop_app.services.dossiers.detail import DossierDetail
    from desktop_app.services.dossiers.lookup import SearchFilters, SearchPage, SortKey
    from desktop_app.services.dossiers.reception import ReceivedDossier, ReceptionRequest
    from desktop_app.services.office.catalog import ProcedureInfo
    from desktop_app.services.staff.accounts import StaffInfo
    from desktop_app.ui.counter.attachments_drafts import SavedDraft

#: The procedures the reception form can choose from (the whole catalogue of an office).
CATALOGUE_LIMIT = 1000


class CounterState(Protocol):
    """What the actions read of the counter window (``CounterPage``)."""

    context: AppContext
    office: Any
    calendar: Any
    serving_ticket_id: uuid.UUID | None

    @property
    def staff_id(self) -> uuid.UUID | None: ...

    def now(self) -> datetime: ...


class CounterActions:
    """The officer's steps on the office database; methods block."""

    def __init__(self, counter: CounterState) -> None:
        self.counter = counter

    @property
    def context(self) -> AppContext:
        return self.counter.context

    # --- sign-in --------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, *, load_office: bool) -> tuple[Any, Any, Any]:
        """The officer behind ``username``, with the office and its calendar if asked."""
        from desktop_app.services.office.calendar import office_calendar
        from desktop_app.services.office.identity import current_office

        staff = self._check_password(username, password)
        if not load_office:
            return staff, None, None
        with self.context.session(read_only=True) as session:
            office = current_office(session)
            calendar = office_calendar(session, self.context.settings, office.id)
        return staff, office, calendar

    def _check_password(self, username: str, password: str) -> StaffInfo:
        from desktop_app.services.staff.auth import require_success, sign_in

        now = self.counter.now()
        with self.context.session() as session:
            outcome = sign_in(session, username, password, now=now)
        return require_success(outcome, now)

    # --- reception ------------------------------------------------------------------------

    def procedures(self) -> list[ProcedureInfo]:
        from desktop_app.services.office.catalog import search_procedures

        with self.context.session(read_only=True) as session:
            return search_procedures(session, "", limit=CATALOGUE_LIMIT)

    def notify_default_medium(self) -> str:
        """The medium the office offers first (its ``notify_default_medium``)."""
        from desktop_app.services.dossiers.notification_rule import notify_policy

        office = self.counter.office
        if office is None:
            return self.context.settings.notify_default_medium
        with self.context.session(read_only=True) as session:
            return notify_policy(session, office.id).default_medium

    def save_reception(
        self,
        action: str,
        request: ReceptionRequest,
        extra: str,
        attachments: Sequence[SavedDraft] = (),
    ) -> ReceivedDossier:
        """Receive the dossier, or record a supplement request or a refusal (``extra``: why).

        A received dossier's ``attachments`` are stored in the same transaction.
        """
        from desktop_app.services.dossiers import reception
        from desktop_app.ui.counter.attachments_drafts import save_drafts

        counter = self.counter
        kwargs = {"office": counter.office, "calendar": counter.calendar,
                  "received_at": counter.now(), "staff_id": counter.staff_id,
                  "visit_ticket_id": counter.serving_ticket_id}  # fmt: skip
        with self.context.session() as session:
            if action == "supplement":
                return reception.request_supplement_at_reception(session, request, extra, **kwargs)
            if action == "refuse":
                return reception.refuse_at_reception(session, request, extra, **kwargs)
            saved = reception.receive_dossier(session, request, **kwargs)
            if attachments:
                store, who = (
                    self.context.attachment_store(),
                    (counter.staff_id, kwargs["received_at"]),
                )
                save_drafts(session, store, saved.code, attachments, who)
            return saved

    def known_applicant(self, id_number: str) -> KnownApplicant | None:
        from desktop_app.services.dossiers.citizens import known_applicant

        with self.context.session(read_only=True) as session:
            return known_applicant(session, id_number)

    def recent_duplicates(self, id_number: str, procedure_code: str) -> list[DuplicateHit]:
        """Dossiers of the same ID and procedure received in the last hour."""
        from desktop_app.services.dossiers.citizens import recent_duplicates

        with self.context.session(read_only=True) as session:
            return recent_duplicates(session, id_number, procedure_code, self.counter.now())

    # --- dossiers -------------------------------------------------------------------------

    def dossier(self, code: str) -> DossierDetail:
        """Every detail of dossier ``code``; the view is audited as the officer's."""
        from desktop_app.services.dossiers.detail import dossier_detail

        counter = self.counter
        with self.context.session() as session:
            return dossier_detail(session, code, now=counter.now(),
                                  tz=self.context.settings.zone,
                                  staff_id=counter.staff_id)  # fmt: skip

    def search(
        self, text: str, filters: SearchFilters, *, offset: int, limit: int, sort: SortKey | None
    ) -> SearchPage:
        from desktop_app.services.dossiers.lookup import search_dossiers

        with self.context.session(read_only=True) as session:
            return search_dossiers(session, text, filters=filters, now=self.counter.now(),
                                   tz=self.context.settings.zone, offset=offset, limit=limit,
                                   sort=sort)  # fmt: skip

    def form(self, number: str, code: str) -> PrintableForm:
        """Form ``number`` of dossier ``code``, built from what is stored."""
        from desktop_app.printing.forms.registry import FormRequest, get_form_spec
        from desktop_app.sync.public_lookup_base import public_lookup_base

        spec = get_form_spec(number)
        settings = self.context.settings
        request = FormRequest(now=self.counter.now(), tz=settings.zone,
                              staff_id=self.counter.staff_id,
                              lookup_base_url=public_lookup_base(settings))  # fmt: skip
        with self.context.session(read_only=True) as session:
            return spec.build(session, code, request)
