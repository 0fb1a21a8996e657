"""The command-line grammar of FieldVisit (CLI.md is the contract): commands, options, and the
parser that reports a mistake in one sentence with exit code 2."""

from __future__ import annotations

import argparse
import re
from datetime import date

from fieldvisit import __version__
from fieldvisit.domain.text import quoted


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a date; write it as YYYY-MM-DD") from None


#: What argparse must read as a value, not an option, although it starts with "-": anything that
#: starts with a minus and a digit (no option does): negative numbers and positions with a southern
#: latitude or a western longitude as typed ("-16.79,179.96", "-16,79;179,96", "-16.79,179.96,5"),
#: which the command then reads or refuses in its own words.
NEGATIVE_VALUE = re.compile(r"^-\.?\d")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = NEGATIVE_VALUE

    def error(self, message: str):  # one clear sentence, exit 2, no usage dump for scripts
        self.exit(2, f"fieldvisit: {message}. See 'fieldvisit --help'.\n")

    def parse_args(self, args=None, namespace=None):
        parsed = super().parse_args(args, namespace)
        problem = broken_text(parsed)
        if problem:
            self.exit(2, f"fieldvisit: {problem}\n")
        return parsed


#: Arguments that name a file or folder: any name the system allows is fine there, even one that is
#: not valid text (a byte that is not UTF-8 arrives as a lone surrogate; ``os`` writes it back as
#: the byte). Every other argument is text FieldVisit stores, compares or prints.
PATH_ARGUMENTS = frozenset({"file", "files", "out", "pdf", "json_file", "path", "folder", "mapping", "db",
                            "extract"})


def shown_bytes(text: str) -> str:
    """``text`` as typed, a byte that is not UTF-8 shown as ``\\xff`` (never a lone surrogate,
    which no terminal or file can take), control characters escaped."""
    from fieldvisit.domain.text import printable

    raw = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return printable(raw.encode("utf-8", "backslashreplace").decode("utf-8"))


def broken_text(parsed: argparse.Namespace) -> str | None:
    """The sentence refusing the first text argument that is not valid text (a byte that is not
    UTF-8: ``prep $'K\\xff'``), else None. File and folder names are not checked (PATH_ARGUMENTS)."""
    for dest, value in vars(parsed).items():
        if dest in PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not item.isprintable() and _has_surrogate(item):
                from fieldvisit.domain.text import clip

                option = dest.replace("_", "-")
                return (f"'{clip(shown_bytes(item))}' (the {option}) is not valid text: it holds a byte that is "
                        "not UTF-8; type it again in UTF-8.")
    return None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="SQLAlchemy URL of the workspace "
                        "(default: $FIELDVISIT_DB, else the workspace in the user data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print one JSON object on stdout")
    parser = _Parser(prog="fieldvisit", parents=[common],
                     description="Plan, prepare and record field visits to overdue borrowers.")
    parser.add_argument("--version", action="version", version=f"FieldVisit {__version__}")
    parser.add_argument("--demo", nargs="?", const="office", default=None, choices=["office", "collector"],
                        help="open the app on a demo workspace: the office's (default) or a collector's laptop")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", parents=[common], help="create or refresh demo data in the workspace")
    demo.add_argument("--cases", type=int, default=300)
    demo.add_argument("--as-of", type=_date_arg, default=None)
    demo.add_argument("--seed", type=int, default=7)

    cases = sub.add_parser("cases", parents=[common], help="import, list and assign cases")
    csub = cases.add_subparsers(dest="cases_command", required=True, parser_class=_Parser)
    imp = csub.add_parser("import", parents=[common], help="import a CSV/XLSX case file")
    imp.add_argument("file")
    imp.add_argument("--mapping", help='JSON file (or inline JSON) {"file header": "field" | "keep" | "ignore"}')
    imp.add_argument("--preview", action="store_true", help="show what the import would do; write nothing")
    imp.add_argument("--sheet", help="the worksheet to read (XLSX)")
    imp.add_argument("--header-row", type=int, default=None, help="the row holding the headers (1-based)")
    imp.add_argument("--encoding", help="the file's text encoding (CSV), e.g. utf-8, cp1252, gb18030")
    imp.add_argument("--delimiter", help="the CSV delimiter: , ; | or tab")
    imp.add_argument("--decimal", choices=[".", ","], default=None, help="the decimal mark of amounts")
    imp.add_argument("--date-order", choices=["DMY", "MDY"], default=None, help="how 03/04/2026 is read")
    imp.add_argument("--country", help="the country the file's rows are in when it does not say (e.g. US)")
    imp.add_argument("--currency", help="the currency of its amounts when it does not say (e.g. USD)")
    imp.add_argument("--profile", help="read the file with this saved import profile")
    imp.add_argument("--save-profile", metavar="NAME",
                     help="save the column mapping and options as a profile for files with these headers")
    imp.add_argument("--as-of", type=_date_arg, default=None,
                     help="the date the file's days-past-due refer to (default: today)")
    order = imp.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="dayfirst", action="store_true", default=None)
    order.add_argument("--month-first", dest="dayfirst", action="store_false")
    prof = csub.add_parser("profiles", parents=[common], help="list (or --delete) saved import profiles")
    prof.add_argument("--delete", metavar="NAME", help="forget this import profile")
    lst = csub.add_parser("list", parents=[common], help="list cases")
    lst.add_argument("--status")
    lst.add_argument("--collector")
    lst.add_argument("--as-of", type=_date_arg, default=None)
    rev = csub.add_parser("review", parents=[common],
                          help="what an import could not read for sure (appointment texts, values, held "
                               "condition cells, time zones, coordinates): list, settle, dismiss")
    act = rev.add_mutually_exclusive_group()
    act.add_argument("--resolve", type=int, metavar="ID", help="settle the item with --text")
    act.add_argument("--dismiss", type=int, metavar="ID", help="close it as it is (--text: why)")
    rev.add_argument("--text", help="the corrected appointment text ('Tue and Thu 16:00-18:00'), a value "
                                    "(1234.00, 2026-03-04), the flags a held cell means (deceased, or none), "
                                    "a time zone (America/Chicago), or 'as written'/swapped/geocode for coordinates")
    rev.add_argument("--as-of", type=_date_arg, default=None, help="the date relative texts refer to")
    asg = csub.add_parser("assign", parents=[common], help="assign cases to a collector")
    asg.add_argument("--collector", required=True)
    asg.add_argument("--new", action="store_true", help="the collector is new, even if the name is close to a known one")
    target = asg.add_mutually_exclusive_group(required=True)
    target.add_argument("--case", dest="case_ids", nargs="+", action="extend")
    target.add_argument("--unassigned", action="store_true")
    plan = sub.add_parser("plan", parents=[common], help="plan one collector's day")
    plan_team = sub.add_parser("plan-team", parents=[common], help="plan all collectors' days at once")
    for p in (plan, plan_team):
        p.add_argument("--date", type=_date_arg, required=True)
        p.add_argument("--shift", default=None, help="HH:MM-HH:MM in the collector's zone (default 09:00-18:00)")
        p.add_argument("--tz", default=None, help="the collector's IANA zone (default: the zone of the start "
                       "point, else the workspace's, else the system's)")
        p.add_argument("--mode", default=None, choices=["walk", "bicycle", "motorbike", "car", "public_transport"],
                       help="travel mode (default: the workspace's setting, else car)")
        p.add_argument("--time-limit", type=float, default=None)
        p.add_argument("--service", type=int, default=None, help="minutes per visit (default 20)")
        p.add_argument("--as-of", type=_date_arg, default=None)
    plan.add_argument("--collector", default=None)
    plan.add_argument("--start", default=None, help="LAT,LON (default: the collector's home)")
    plan.add_argument("--end", default=None, help="LAT,LON where the day ends (default: the collector's end "
                      "point, else where it starts)")
    plan.add_argument("--lunch", default=None, help="HH:MM-HH:MM window for a lunch break")
    plan.add_argument("--lunch-minutes", type=int, default=30)
    plan.add_argument("--lock", action="append", default=[], metavar="CASE[@HH:MM]",
                      help="keep this case in the plan (at this time); repeatable")
    plan_team.add_argument("--collector", dest="collectors", action="append",
                           help="limit to these collectors (repeatable; default: all)")
    plan_team.add_argument("--collector-shift", action="append", default=[], metavar="NAME=HH:MM-HH:MM",
                           help="this collector's own shift (repeatable; default: --shift)")
    plan_team.add_argument("--collector-mode", action="append", default=[], metavar="NAME=MODE",
                           help="this collector's own travel mode (repeatable; default: --mode)")
    week = sub.add_parser("plan-week", parents=[common], help="spread a collector's cases over the next working days")
    week.add_argument("--from", dest="start_day", type=_date_arg, required=True, help="first day (YYYY-MM-DD)")
    week.add_argument("--days", type=int, default=5, help="working days to plan (default 5)")
    week.add_argument("--collector", default=None)
    week.add_argument("--start", default=None, help="LAT,LON (default: the collector's home)")
    week.add_argument("--shift", default=None, help="HH:MM-HH:MM in the collector's zone (default 09:00-18:00)")
    week.add_argument("--tz", default=None, help="the collector's IANA zone (default: the zone of the start "
                      "point, else the workspace's, else the system's)")
    week.add_argument("--mode", default=None, choices=["walk", "bicycle", "motorbike", "car", "public_transport"],
                      help="travel mode (default: the workspace's setting, else car)")
    week.add_argument("--time-limit", type=float, default=None, help="seconds per day (default 1)")
    week.add_argument("--service", type=int, default=None, help="minutes per visit (default 20)")
    week.add_argument("--as-of", type=_date_arg, default=None)
    week.add_argument("--replace", action="store_true",
                      help="plan again the days that already have a saved plan (default: keep them)")

    col = sub.add_parser("collectors", parents=[common], help="collectors and where their day starts")
    colsub = col.add_subparsers(dest="collectors_command", required=True, parser_class=_Parser)
    colsub.add_parser("list", parents=[common], help="collectors with their start and end points")
    home = colsub.add_parser("set-home", parents=[common], help="set where a collector's day starts (and ends)")
    home.add_argument("name")
    home.add_argument("home", metavar="LAT,LON", help="where the day starts, e.g. -33.45,-70.66")
    home.add_argument("--end", default=None, metavar="LAT,LON", help="where the day ends (default: back home)")

    geo = sub.add_parser("geocode", parents=[common], help="find coordinates for addresses without them")
    geo.add_argument("--provider", default=None, help="nominatim (default) or photon; with --url, your own server")
    geo.add_argument("--url", default=None, help="a self-hosted Nominatim URL")

    prep = sub.add_parser("prep", parents=[common], help="the preparation sheet of a case (or a day pack)")
    prep.add_argument("case_id", nargs="?")
    prep.add_argument("--pdf", default=None)
    prep.add_argument("--as-of", type=_date_arg, default=None)
    prep.add_argument("--day", type=_date_arg, default=None, help="all stops of this day's plan, in route order")
    prep.add_argument("--collector", default=None)

    visits = sub.add_parser("visits", parents=[common], help="record and list visits")
    vsub = visits.add_subparsers(dest="visits_command", required=True, parser_class=_Parser)
    vadd = vsub.add_parser("add", parents=[common], help="record finalized visits from a JSON file")
    vadd.add_argument("--json-file", required=True)
    vlist = vsub.add_parser("list", parents=[common], help="list visits")
    vlist.add_argument("--case", default=None)
    vlist.add_argument("--exceptions", action="store_true", help="only visits with compliance warnings")
    vrev = vsub.add_parser("review", parents=[common], help="supervisor: approve a visit or send it back")
    vrev.add_argument("visit_id")
    vrev.add_argument("--status", required=True, choices=["approved", "has_issues", "rejected"])
    vrev.add_argument("--comment", default="")

    ov = sub.add_parser("override", parents=[common], help="supervisor: allow a visit the rules would block")
    ov.add_argument("case_id")
    ov.add_argument("--by", required=True, help="the supervisor's name")
    ov.add_argument("--reason", required=True)
    ov.add_argument("--date", type=_date_arg, default=None, help="only for this day (default: until revoked)")
    au = sub.add_parser("audit", parents=[common], help="the workspace's audit trail")
    asub = au.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    asub.add_parser("verify", parents=[common], help="check that no entry was altered")
    alist = asub.add_parser("list", parents=[common], help="the latest entries")
    alist.add_argument("--limit", type=int, default=50)

    keys = sub.add_parser("keys", parents=[common], help="this workspace's identity and trusted peers")
    ksub = keys.add_subparsers(dest="keys_command", required=True, parser_class=_Parser)
    kinit = ksub.add_parser("init", parents=[common], help="create this workspace's identity and keys")
    kinit.add_argument("--role", required=True, choices=["collector", "supervisor"])
    kinit.add_argument("--name", required=True)
    kexp = ksub.add_parser("export", parents=[common], help="write this workspace's public identity")
    kexp.add_argument("--out", required=True)
    ktrust = ksub.add_parser("trust", parents=[common], help="enroll a collector / trust a supervisor")
    ktrust.add_argument("file")
    ksub.add_parser("list", parents=[common], help="this identity and the trusted peers")
    krev = ksub.add_parser("revoke", parents=[common], help="stop trusting a peer (a lost laptop)")
    krev.add_argument("fingerprint", help="the peer's fingerprint (as 'keys list' shows it)")

    pack = sub.add_parser("pack", parents=[common], help="assignment packs, supervisor → collector")
    psub = pack.add_subparsers(dest="pack_command", required=True, parser_class=_Parser)
    pexp = psub.add_parser("export", parents=[common], help="supervisor: write a collector's pack")
    pexp.add_argument("--collector", required=True)
    pexp.add_argument("--out", required=True)
    pimp = psub.add_parser("import", parents=[common], help="collector: apply a pack from the office")
    pimp.add_argument("file")
    psub.add_parser("new-series", parents=[common],
                    help="supervisor: restart the packs' numbering (after restoring the office from a backup)")

    sync = sub.add_parser("sync", parents=[common], help="visit-report bundles, collector → office")
    ssub = sync.add_subparsers(dest="sync_command", required=True, parser_class=_Parser)
    sexp = ssub.add_parser("export", parents=[common], help="collector: write the visits the office lacks")
    sexp.add_argument("--out", required=True)
    simp = ssub.add_parser("import", parents=[common], help="supervisor: import bundles")
    simp.add_argument("files", nargs="+")
    sfold = ssub.add_parser("folder", parents=[common], help="set (or --clear) the shared sync folder")
    sfold.add_argument("path", nargs="?")
    sfold.add_argument("--clear", action="store_true")
    srun = ssub.add_parser("run", parents=[common], help="exchange packs and bundles through the sync folder")
    srun.add_argument("--folder", default=None, help="this folder instead of the one set")

    rep = sub.add_parser("report", parents=[common], help="the team's visits over a period")
    rep.add_argument("--from", dest="date_from", type=_date_arg, required=True)
    rep.add_argument("--to", dest="date_to", type=_date_arg, required=True)
    rep.add_argument("--format", choices=["xlsx", "csv", "pdf"], required=True)
    rep.add_argument("--out", required=True)
    rep.add_argument("--collector", default=None)

    mp = sub.add_parser("map", parents=[common], help="write a standalone offline map of a day's plan")
    mp.add_argument("--date", type=_date_arg, required=True)
    mp.add_argument("--collector", default=None)
    mp.add_argument("--out", required=True)
    mp.add_argument("--as-of", type=_date_arg, default=None)

    ws = sub.add_parser("workspace", parents=[common], help="the workspace file itself (encrypted at rest)")
    wsub = ws.add_subparsers(dest="workspace_command", required=True, parser_class=_Parser)
    wsub.add_parser("passphrase", parents=[common],
                    help="change the passphrase (new one from $FIELDVISIT_NEW_PASSPHRASE or asked)")
    wcode = wsub.add_parser("recovery-code", parents=[common],
                            help="office: open a collector's recovery file and show its recovery code")
    wcode.add_argument("file")
    wrec = wsub.add_parser("recover", parents=[common],
                           help="collector: set a new passphrase with the office's recovery code")
    wrec.add_argument("--code", required=True)
    route = sub.add_parser("route", parents=[common], help="hand a planned day to a phone, a calendar or paper")
    rsub = route.add_subparsers(dest="route_command", required=True, parser_class=_Parser)
    rexp = rsub.add_parser("export", parents=[common], help="the day's route as GPX, KML, .ics or a PDF itinerary")
    rexp.add_argument("--date", type=_date_arg, required=True)
    rexp.add_argument("--collector", default=None)
    rexp.add_argument("--format", choices=["gpx", "kml", "ics", "pdf"], required=True)
    rexp.add_argument("--out", required=True)
    rexp.add_argument("--as-of", type=_date_arg, default=None)

    from fieldvisit.cli.regions import add_region_parser

    add_region_parser(sub, common, _Parser)

    bench = sub.add_parser("bench", parents=[common], help="solve a public routing benchmark instance")
    bench.add_argument("file")
    bench.add_argument("--format", choices=["solomon", "tsptw"], required=True)
    bench.add_argument("--time-limit", type=float, default=10.0)
    bench.add_argument("--solver", choices=["fieldvisit", "ortools"], default="fieldvisit")
    bench.add_argument("--seed", type=int, default=1)
    return parser
