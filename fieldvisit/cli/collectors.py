"""CLI commands about collectors and where their day starts (CLI.md: ``collectors list``,
``collectors set-home NAME LAT,LON [--end LAT,LON]``)."""

from __future__ import annotations

from fieldvisit.cli.io import _emit


def _point_text(point) -> str:
    return f"{point[0]:.6f},{point[1]:.6f}" if point else "—"


def cmd_collectors_list(app, args) -> None:
    from fieldvisit.services.collectors import list_collectors

    rows = list_collectors(app.uow())
    text = "\n".join(f"{c.name:<24} start {_point_text(c.home):<24} end {_point_text(c.end or c.home)}"
                     for c in rows) or "No collectors yet."
    _emit(args, {"collectors": [c.as_json() for c in rows]}, text)


def cmd_collectors_set_home(app, args) -> None:
    from fieldvisit.services.collectors import set_home
    from fieldvisit.services.day_plans import parse_point

    home = parse_point(args.home)
    end = parse_point(args.end) if args.end else None
    saved = set_home(app.uow(), args.name, home, end, create=False)  # a collector is added by assigning cases
    _emit(args, saved.as_json(),
          f"{saved.name}'s day starts at {_point_text(saved.home)} and ends at {_point_text(saved.end or saved.home)}; "
          "it travels in the next assignment pack.")


COLLECTOR_COMMANDS = {
    ("collectors", "list"): cmd_collectors_list,
    ("collectors", "set-home"): cmd_collectors_set_home,
}
