"""The handover pages' database work, run off the UI thread: one transaction per step.

Each page holds one of these (like the queue panel's ``CounterQueue``): ``CounterHandover``
for Bàn giao, ``DepartmentWork`` for Xử lý, ``ResultDesk`` for Trả kết quả. Their methods
block, so call them through ``run_operation``. A step writes in its own transaction; the lists
a page shows are read in a read-only one, so the page shows what is committed.

They read the signed-in officer, the office, the calendar and the clock from the
``CounterPage`` that hosts the page (``counter``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.app import AppContext
from desktop_app.printing.forms.base import PrintableForm
from desktop_app.printing.forms.handover_list import build_handover_list
from desktop_app.printing.forms.registry import FormRequest
from desktop_app.services.handover import department
from desktop_app.services.handover.batches import (
    Direction,
    HandoverBatchInfo,
    create_batch,
    list_batches,
    receive_batch,
)
from desktop_app.services.handover.department import DossierStep, WorkItem
from desktop_app.services.handover.queries import (
    Candidate,
    change_marker,
    department_units,
    handover_candidates,
    scanned_candidate,
)
from desktop_app.services.handover.result_return import (
    Receiver,
    ReturnRecord,
    ReturnView,
    find_for_return,
    ready_for_card,
    return_result,
)
from desktop_app.services.ratings.rating import RatingInfo, record_rating

#: The department's steps by name; those marked True need the office's working calendar.
DEPARTMENT_STEPS = {
    "start_processing": (department.start_processing, False),
    "request_supplement": (department.request_supplement, False),
    "resume_processing": (department.resume_processing, True),
    "extend_due_date": (department.extend_due_date, True),
    "stop_processing": (department.stop_processing, False),
    "mark_result_ready": (department.mark_result_ready, False),
}


def read_change_marker(context: AppContext) -> int:
    """The office database's change number, to learn that another station changed something."""
    with context.session(read_only=True) as session:
        return change_marker(session)


class _Desk:
    """What every handover step takes from the counter page: officer, office, clock, zone."""

    def __init__(self, counter: Any) -> None:
        self.counter = counter

    @property
    def zone(self) -> tzinfo:
        return self.counter.context.settings.zone

    def receive(self, batch_id: str) -> HandoverBatchInfo:
        """The signed-in officer receives the batch."""
        counter = self.counter
        with counter.context.session() as session:
            return receive_batch(session, batch_id, receiver_id=counter.staff_id, at=counter.now())


@dataclass(frozen=True)
class HandoverLists:
    """What the Bàn giao page shows, read in one transaction."""

    marker: int
    candidates: list[Candidate]
    units: list[str]
    incoming: list[HandoverBatchInfo]


class CounterHandover(_Desk):
    """The counter's batches to a department or the post, and results coming back."""

    def lists(self, direction: Direction) -> HandoverLists:
        with self.counter.context.session(read_only=True) as session:
            marker = change_marker(session)
            incoming = list_batches(session, direction=Direction.TO_COUNTER, pending_only=True)
            candidates = handover_candidates(session, direction)
            return HandoverLists(marker, candidates, department_units(session), incoming)

    def scanned(self, code: str) -> Candidate:
        """The dossier a scanner typed, to add to the batch being built."""
        with self.counter.context.session(read_only=True) as session:
            return scanned_candidate(session, code)

    def hand_over(
        self, codes: Sequence[str], direction: Direction, unit: str, postal: str
    ) -> HandoverBatchInfo:
        """One batch of ``codes`` to the department ``unit`` or to the postal worker ``postal``."""
        counter = self.counter
        with counter.context.session() as session:
            return create_batch(
                session,
                codes,
                office_id=counter.office.id,
                direction=direction,
                to_unit=unit or None,
                at=counter.now(),
                tz=self.zone,
                sender_id=counter.staff_id,
                receiver_name=postal or None,
            )

    def batch_list(self, batch_id: str) -> PrintableForm:
        """The handover list of a batch, ready to print."""
        counter = self.counter
        request = FormRequest(now=counter.now(), tz=self.zone, staff_id=counter.staff_id)
        with counter.context.session(read_only=True) as session:
            return build_handover_list(session, batch_id, request)


@dataclass(frozen=True)
class DepartmentLists:
    """What the Xử lý page shows, read in one transaction."""

    marker: int
    batches: list[HandoverBatchInfo]
    work: list[WorkItem]


class DepartmentWork(_Desk):
    """The department's side: batches to receive, the steps, results handed back."""

    def lists(self, unit: str) -> DepartmentLists:
        with self.counter.context.session(read_only=True) as session:
            marker = change_marker(session)
            batches = list_batches(
                session, direction=Direction.TO_DEPARTMENT, unit=unit, pending_only=True
            )
            return DepartmentLists(marker, batches, department.department_worklist(session, unit))

    def step(
        self, name: str, codes: Sequence[str], unit: str, extra: dict[str, Any]
    ) -> list[DossierStep]:
        """Apply the step ``name`` to every dossier of ``codes`` in one transaction."""
        function, needs_calendar = DEPARTMENT_STEPS[name]
        counter = self.counter
        if needs_calendar:
            extra = {**extra, "calendar": counter.calendar}
        with counter.context.session() as session:
            return [
                function(
                    session, code, at=counter.now(), staff_id=counter.staff_id, unit=unit, **extra
                )
                for code in codes
            ]

    def hand_back(self, ticked: Sequence[str], unit: str) -> HandoverBatchInfo | None:
        """Hand the ticked dossiers (else every finished one) back; None when there is none."""
        counter = self.counter
        with counter.context.session() as session:
            codes = list(ticked) or _finished_codes(session, unit)
            if not codes:
                return None
            return create_batch(
                session,
                codes,
                office_id=counter.office.id,
                direction=Direction.TO_COUNTER,
                to_unit=None,
                from_unit=unit,
                at=counter.now(),
                tz=self.zone,
                sender_id=counter.staff_id,
            )


def _finished_codes(session: Session, unit: str) -> list[str]:
    """The department's dossiers with a result ready or stopped, as the database has them now."""
    finished = department.FINISHED_STATUSES
    return [w.code for w in department.department_worklist(session, unit) if w.status in finished]


class ResultDesk(_Desk):
    """The return of results: find the dossier, hand the result over, record the rating."""

    def find(self, code: str) -> ReturnView:
        counter = self.counter
        with counter.context.session(read_only=True) as session:
            return find_for_return(session, code, tz=self.zone, now=counter.now())

    def ready_for_card(self, id_numbers: Sequence[str]) -> list[ReturnView]:
        """The results ready for the citizen whose card carries ``id_numbers``."""
        counter = self.counter
        with counter.context.session(read_only=True) as session:
            return ready_for_card(session, id_numbers, tz=self.zone, now=counter.now())

    def hand_result(self, code: str, receiver: Receiver, fee: str) -> ReturnRecord:
        counter = self.counter
        with counter.context.session() as session:
            return return_result(
                session,
                code,
                receiver=receiver,
                fee_collected=fee,
                at=counter.now(),
                tz=self.zone,
                staff_id=counter.staff_id,
            )

    def rate(self, code: str, level: str, reason: str) -> RatingInfo:
        """The citizen's rating of the returned dossier, at the officer's screen."""
        counter = self.counter
        with counter.context.session() as session:
            return record_rating(
                session,
                office_id=counter.office.id,
                level=level,
                reason=reason,
                dossier_code=code,
                ticket_id=counter.serving_ticket_id,
                staff_id=counter.staff_id,
                at=counter.now(),
            )
