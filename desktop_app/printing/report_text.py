"""The period report's texts in Vietnamese: numbers, shares and the opening sentence.

One place for how a report reads, used by the printed report, the workbook, the report window
and the CLI's JSON ("5.554 hồ sơ", "69,9%").
"""

from __future__ import annotations

from desktop_app.services.reports.period import DossierFigures


def format_number_vi(value: int) -> str:
    """Vietnamese thousands separators: 5554 → ``5.554``."""
    return f"{value:,}".replace(",", ".")


def format_share_vi(value: float) -> str:
    """A share with one decimal and a decimal comma: 69.9 → ``69,9%``."""
    return f"{value:.1f}%".replace(".", ",")


def opening_sentence(figures: DossierFigures) -> str:
    """The sentence reports open with, e.g. "Trong kỳ, đã tiếp 2.401 lượt công dân với ..."."""
    sentence = (
        f"Trong kỳ, đã tiếp {format_number_vi(figures.visits)} lượt công dân với "
        f"{format_number_vi(figures.dossiers_received)} hồ sơ, trong đó "
        + "; ".join(_resolved_parts(figures))
    )
    return sentence + _still_open_clause(figures) + "."


def _resolved_parts(figures: DossierFigures) -> list[str]:
    """Before due and on time always; late only when there is any."""
    parts = [
        _resolved_part(figures, figures.resolved_before_due, "trước hạn"),
        _resolved_part(figures, figures.resolved_on_time, "đúng hạn"),
    ]
    if figures.resolved_late:
        parts.append(_resolved_part(figures, figures.resolved_late, "quá hạn"))
    return parts


def _resolved_part(figures: DossierFigures, count: int, how: str) -> str:
    """E.g. "3.882 hồ sơ giải quyết trước hạn (69,9%)"."""
    share = format_share_vi(figures.share(count))
    return f"{format_number_vi(count)} hồ sơ giải quyết {how} ({share})"


def _still_open_clause(figures: DossierFigures) -> str:
    """The open dossiers' clause, "; N hồ sơ đang giải quyết (trong hạn …, quá hạn …)", or ""."""
    still_open = figures.open_within_limit + figures.open_overdue
    if not still_open:
        return ""
    return (
        f"; {format_number_vi(still_open)} hồ sơ đang giải quyết (trong hạn "
        f"{format_number_vi(figures.open_within_limit)}, quá hạn "
        f"{format_number_vi(figures.open_overdue)})"
    )
