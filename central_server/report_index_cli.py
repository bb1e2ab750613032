"""``central-server report --form index766``: the service index of the chosen offices.

JSON: the office's contract (``from``, ``to``, ``groups``, ``total``, …) for the offices
summed, and ``offices``: each office's total, ranked (most points first). XLSX: the summed
index, the ranking, and one sheet per office.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from central_server.report_cli import report_source, unit_codes
from central_server.report_index import OfficeScore, office_scores, summed_index
from motcua_core.domain.index766 import index_as_dict
from motcua_core.domain.report_periods import ReportPeriod


def run_index766(args: argparse.Namespace, period: ReportPeriod) -> int:
    """Score the chosen offices over ``period`` and write JSON (stdout or ``--out``) or XLSX."""
    from central_server.db import make_engine, make_session_factory, session_scope

    source = report_source(args, period, "")
    engine = make_engine(args.db)
    try:
        with session_scope(make_session_factory(engine)) as session:
            scores = office_scores(session, unit_codes(args), source)
    finally:
        engine.dispose()
    out = Path(args.out) if args.out else None
    if args.format == "xlsx" and out is not None:
        write_index_xlsx(scores, period, out)
    else:
        _write_json(index_report(scores, period), out)
    return 0


def ranking(scores: list[OfficeScore]) -> list[dict[str, Any]]:
    """Each office's rank, code, name and total."""
    return [
        {
            "rank": rank,
            "unit_code": s.unit_code,
            "name": s.name,
            "points": float(s.index.points),
            "max_measured": float(s.index.max_measured),
        }
        for rank, s in enumerate(scores, start=1)
    ]


def index_report(scores: list[OfficeScore], period: ReportPeriod) -> dict[str, Any]:
    data = index_as_dict(summed_index(scores), period.start.isoformat(), period.end.isoformat())
    data["period"] = period.name or None
    data["offices"] = ranking(scores)
    return data


def _write_json(data: dict[str, Any], out: Path | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text, encoding="utf-8")


def write_index_xlsx(scores: list[OfficeScore], period: ReportPeriod, path: Path) -> None:
    """Sheets: ``Tổng hợp`` (summed), ``Xếp hạng``, then one per office (its unit code)."""
    from openpyxl import Workbook

    from motcua_core.reports.index766_xlsx import header, index_sheet, widths
    from motcua_core.spreadsheet_text import append_row

    book = Workbook()
    dates = (period.start, period.end)
    book.active.title = "Tổng hợp"
    index_sheet(book.active, summed_index(scores), "Chỉ số phục vụ (766) — các đơn vị", dates)
    sheet = book.create_sheet("Xếp hạng")
    header(sheet, ["Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm", "Tối đa đo được"])
    for line in ranking(scores):
        append_row(sheet, list(line.values()))
    widths(sheet, (8, 18, 40, 10, 14))
    for s in scores:
        index_sheet(book.create_sheet(s.unit_code[:31]), s.index, s.name, dates)
    book.save(path)
