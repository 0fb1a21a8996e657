"""Use case: the data of a day's map — the collector's cases and their saved plan."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.cases import Case
from fieldvisit.domain.text import msg
from fieldvisit.services.day_state import latest_plans
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


def day_map_data(uow: UnitOfWork, day: date, collector: str | None) -> tuple[list[Case], dict]:
    """The cases to draw (with coordinates) and the latest plan of ``collector`` on ``day``."""
    plans = latest_plans(uow, day, collector)
    with uow:
        if not plans:
            who = f" for {collector}" if collector else ""
            raise UserError(msg("No plan{who} on {isoformat}; run 'fieldvisit plan --date {isoformat}' first.",
                                who=who, isoformat=day.isoformat()))
        if len(plans) > 1:
            names = ", ".join(sorted(p["collector"] for p in plans))
            raise UserError(msg('Several collectors have plans on {isoformat} ({names}); choose one with --collector.',
                                isoformat=day.isoformat(), names=names))
        plan = plans[0]
        cases = [c for c in uow.cases.list(collector=plan["collector"]) if c.has_coordinates]
    return cases, plan
