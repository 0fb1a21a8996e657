"""Use case: the data of a day's map — the day's stops and their saved plan. An exported map is a
file carried around (a phone, a printout, an e-mail): it shows the cases on the route only, never
the collector's other cases, so a lost file discloses no more than the day itself (BRK15b #8)."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.cases import Case
from fieldvisit.domain.text import msg
from fieldvisit.services.day_state import latest_plans
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


def on_route(cases, plan: dict) -> list[Case]:
    """The ``cases`` (an iterable of Case) that are stops of ``plan`` (its JSON) and have
    coordinates, in the order of the stops."""
    by_id = {c.case_id: c for c in cases if c.has_coordinates}
    return [by_id[s["case_id"]] for s in plan.get("stops", []) if s["case_id"] in by_id]


def day_map_data(uow: UnitOfWork, day: date, collector: str | None) -> tuple[list[Case], dict]:
    """The cases to draw (the day's stops with coordinates, see :func:`on_route`) and the latest
    plan of ``collector`` on ``day``. Raises UserError when there is no plan, or several
    collectors have one and none is chosen."""
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
        cases = on_route(uow.cases.list(collector=plan["collector"]), plan)
    return cases, plan
