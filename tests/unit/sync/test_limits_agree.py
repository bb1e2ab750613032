"""One limit per text field: the payload model, the office's column and the centre's column.

A payload longer than a column would pass the office and fail at the centre's database (an
op answered 500 once blocked an office's sync); a column longer than the payload would let
the office keep what can never sync. Every text field a payload model carries is checked
against the same-named column of the office's and the centre's table, where it has one.
"""

from __future__ import annotations

import typing

import pytest
from sqlalchemy import String

from central_server import models as central
from desktop_app.storage import models as office
from motcua_core import payloads
from motcua_core.payloads import Text

TABLES = [
    (payloads.DossierPayload, office.Dossier, central.CentralDossier),
    (payloads.ApplicantPayload, office.Applicant, None),
    (payloads.DossierEventPayload, office.DossierEvent, central.CentralDossierEvent),
    (payloads.TicketPayload, office.QueueTicket, central.CentralTicket),
    (payloads.HandoverBatchPayload, office.HandoverBatch, central.CentralHandoverBatch),
    (payloads.HandoverItemPayload, office.HandoverItem, None),
    (payloads.RatingPayload, office.Rating, central.CentralRating),
]


def _text_limit(annotation: typing.Any, metadata: list[typing.Any]) -> int | None:
    """The ``Text`` limit of a field, looked for in its metadata and nested annotations."""
    for item in metadata:
        if isinstance(item, Text):
            return item.limit
    for inner in typing.get_args(annotation):
        found = _text_limit(inner, list(getattr(inner, "__metadata__", ())))
        if found is not None:
            return found
    return None


def _text_limits(model: typing.Any) -> dict[str, int]:
    limits = {}
    for name, field in model.model_fields.items():
        limit = _text_limit(field.annotation, list(field.metadata))
        if limit is not None:
            limits[name] = limit
    return limits


def _column_lengths(table: typing.Any) -> dict[str, int]:
    if table is None:
        return {}
    return {
        column.name: column.type.length
        for column in table.__table__.columns
        if isinstance(column.type, String) and column.type.length
    }


@pytest.mark.parametrize(("model", "office_table", "central_table"), TABLES)
def test_a_payload_text_fits_exactly_the_columns_that_store_it(model, office_table, central_table):
    limits = _text_limits(model)
    assert limits, f"{model.__name__} declares no text limit"
    for table in (office_table, central_table):
        lengths = _column_lengths(table)
        differ = {
            name: (limit, lengths[name])
            for name, limit in limits.items()
            if name in lengths and lengths[name] != limit
        }
        assert differ == {}, f"{model.__name__} vs {table.__tablename__}: (payload, column)"
