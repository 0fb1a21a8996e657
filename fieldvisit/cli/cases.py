"""CLI commands about cases: ``demo`` (demo data), ``cases import`` (preview, which writes nothing;
import with the column mapping of the user, of a saved profile or of the profile saved for these
headers; saving profiles), ``cases profiles``, ``cases list``, ``cases assign`` and ``geocode``.

Plain output names every column with what happens to it, as the JSON does: no column is
dropped without the user seeing it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from fieldvisit.cli.io import _emit, counted, read_json_input
from fieldvisit.domain.text import clip, quoted
from fieldvisit.services.errors import UserError


def load_mapping(value: str | None) -> dict | None:
    """``--mapping``: a JSON file or inline JSON ``{"file header": "field" | "keep" | "ignore"}``."""
    if not value:
        return None
    path = Path(value)
    if not path.exists() and not value.lstrip().startswith(("{", "[")):
        raise UserError(f"The mapping file {value} was not found; check the path, or give the mapping as inline "
                        'JSON such as {"file header": "case_id"}.')
    from fieldvisit.domain.strict_json import JsonError, loads

    try:  # a file through the shared reader (size, folder, encoding refused with a sentence)
        data = read_json_input(value, "mapping file") if path.exists() else loads(value)
    except JsonError as exc:
        raise UserError(f"The mapping cannot be read: {exc}.") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"The mapping {quoted(value)} is not a JSON object; write it as "
                        '{"file header": "case_id", ...}.') from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise UserError('The mapping must be a JSON object like {"file header": "case_id"}.')
    return data


def _options(args):
    from fieldvisit.services.import_profiles import ImportOptions

    date_order = args.date_order or (None if args.dayfirst is None else ("DMY" if args.dayfirst else "MDY"))
    return ImportOptions(sheet=args.sheet, header_row=args.header_row, encoding=args.encoding,
                         delimiter=args.delimiter, decimal=args.decimal, date_order=date_order,
                         country=args.country, currency=args.currency,
                         mapping=load_mapping(args.mapping) or {}, profile=args.profile)


def column_lines(columns: list[dict]) -> list[str]:
    """One line per column: ``  Balance ($) → balance`` / ``kept as information`` / ``ignored``."""
    out = []
    for c in columns:
        what = {"map": f"→ {c['field']}", "keep": "kept as information", "ignore": "ignored"}[c["action"]]
        if c["action"] == "map" and c["field"].startswith("flag:*status"):  # the mapping's name for it
            what = "→ status (its conditions block visits; kept as information)"
        examples = [clip(" / ".join(e.splitlines())) for e in c.get("examples") or ()]  # 60 characters each
        out.append(f"  {c['source']}: {what}" + (f"   (e.g. {', '.join(examples)})" if examples else "")
                   + (f"\n      note: {c['note']}" if c.get("note") else ""))
    return out


def _reading_lines(d: dict) -> list[str]:
    conv = d["conventions"]
    read = d.get("sheets_read") or []
    where = (f"sheets {', '.join(read)} (same columns), " if len(read) > 1 else
             f"sheet {d['sheet']}, " if d.get("sheet") else "")
    delim = f", delimiter {d['delimiter']!r}" if d.get("delimiter") else ""
    enc = f", encoding {d['encoding']}" if d.get("encoding") else ""
    decimal = conv["decimal"] or "undecided (each amount read by its own form)"
    order = conv["date_order"] or "undecided (ambiguous dates go to review)"
    rows, fallback = conv.get("row_countries") or (), conv.get("fallback_country")
    country = conv.get("country") or (f"per row ({', '.join(rows)})" if rows else
                                      f"{fallback} (the workspace's)" if fallback else "unknown")
    lines = [f"Read {where}header row {d['header_row']}{enc}{delim}; decimal mark {decimal}, dates {order}, "
             f"country {country}, currency {conv.get('currency') or 'unknown'}."]
    lines += [f"  - {e}" for e in conv.get("evidence") or ()]
    return lines + [f"Sheet {s['sheet']!r} not read: {s['reason']}." for s in d.get("sheets_not_read") or ()]


def _conflict_lines(conflicts: list[dict]) -> list[str]:
    ties = [c for c in conflicts if c["tie"]]
    return [f"Check: {c['why']}." for c in ties]


def hidden_rows_line(rows: list[int]) -> str:
    """``rows 9, 12 were hidden or filtered out in the workbook; they are imported like the others.``"""
    shown = ", ".join(str(r) for r in rows[:30]) + (f" and {len(rows) - 30} more" if len(rows) > 30 else "")
    return (f"{'Row' if len(rows) == 1 else 'Rows'} {shown} {'was' if len(rows) == 1 else 'were'} hidden or "
            "filtered out in the workbook; imported like the others.")


def not_in_file_line(absent: dict) -> str:
    """``2 stored cases from earlier imports of this file are not in it (kept unchanged): A-4, A-5.``
    (``absent``: the summary's ``not_in_file``; ids only)."""
    from fieldvisit.services.import_reimport import compared_sentence

    n, ids = absent["count"], absent["case_ids"]
    more = f" and {n - len(ids)} more" if n > len(ids) else ""
    compared = f" ({compared_sentence(absent['compared_with'])})" if absent.get("compared_with") else ""
    if not n:
        return f"Every stored case of this source is in the file{compared}."
    return (f"{n} stored {'case' if n == 1 else 'cases'} from earlier imports of this file "
            f"{'is' if n == 1 else 'are'} not in it (kept unchanged): {', '.join(ids)}{more}{compared}.")


def _preview_text(d: dict) -> str:
    match = (d.get("profile_match") or {}).get("text")
    lines = [f"Preview of {d['file']} (nothing written)" + (f"; {match}" if match else
                                                            f", profile {d['profile']!r} applied" if d["profile"] else "")
             + ".", *_reading_lines(d), f"Columns ({len(d['columns'])}):", *column_lines(d["columns"])]
    lines += _conflict_lines(d.get("conflicts") or [])
    lines += [f"Warning: {w}" for w in d.get("warnings") or ()]
    lines.append(f"Sample ({len(d['sample'])} of {d['rows_read']}{'' if d['complete'] else '+'} "
                 f"{'row' if d['rows_read'] == 1 and d['complete'] else 'rows'}):")
    for row in d["sample"]:
        cells = "; ".join(f"{k}={clip(' / '.join(str(v).splitlines()))}" for k, v in row["values"].items() if v)
        lines.append(f"  row {row['row']}: {cells}" + (f"  REJECTED: {'; '.join(row['errors'])}" if row["errors"] else ""))
    if d.get("skipped"):
        lines.append(f"{counted(len(d['skipped']), 'row')} skipped (not case records):")
        lines += [f"  row {r['row']}: {r['reason']}" for r in d["skipped"][:50]]
    if d.get("hidden_rows"):
        lines.append(hidden_rows_line(d["hidden_rows"]))
    lines.append(f"{counted(len(d['rejected']), 'row')} would be rejected, {counted(len(d['review']), 'value')} "
                 "would need review (in 'fieldvisit cases review' after the import).")
    lines += [f"  row {r['row']}" + (f" ({r['column']})" if r["column"] else "") + f": {r['error']}" for r in (d["rejected"] + d["review"])[:50]]
    if d.get("notes"):
        lines.append(f"Notes ({len(d['notes'])}; the rows would be imported):")
        lines += [f"  row {r['row']} ({r['column']}): {r['note']}" for r in d["notes"][:50]]
    if d.get("problem"):  # the preview shows all it can and says what stops the import (exit 0: CLI.md)
        lines.append(f"Cannot be imported as it is: {d['problem'].rstrip('.')} (for example --mapping "
                     "'{\"Ref\": \"case_id\"}' when the column Ref holds each case's number).")
    if d.get("saved_profile"):
        lines.append(f"Profile {d['saved_profile']!r} saved: files with these headers are read this way from now on.")
    return "\n".join(lines)


def _check_mapping_names(mapping: dict, headers: list[str], file_name: str) -> None:
    """A --mapping naming a column the file does not have is a typo, not something to skip quietly."""
    from fieldvisit.domain.columns import normalise_header, plan_columns, source_label

    have = {normalise_header(source_label(h, i)) for i, h in enumerate(headers)} | \
        {normalise_header(source) for source, _, _ in plan_columns(headers)}  # "address (2)" too
    missing = [k for k in mapping if normalise_header(k) not in have]
    if missing:
        raise UserError(f"The mapping names {', '.join(repr(m) for m in missing)}, which {file_name} does not "
                        f"have (its columns: {', '.join(source_label(h, i) for i, h in enumerate(headers))}); "
                        "correct the mapping.")


def cmd_cases_import(app, args) -> None:
    from fieldvisit.services.import_cases import import_cases
    from fieldvisit.services.import_columns import column_plan
    from fieldvisit.services.import_preview import preview_import
    from fieldvisit.services.import_profiles import open_table, save_profile
    from fieldvisit.services.progress import run

    path = Path(args.file)
    asked = _options(args)
    table, options = open_table(app.uow(), app.read_table, args.file, asked)
    _check_mapping_names(asked.mapping, table.headers, path.name)
    with app.uow() as uow:
        country = uow.settings.get("country") or ""
        currency = uow.settings.get("currency") or ""
    # without --as-of: today, unless the file states its own cut-off date (BRK16a #8)
    common = dict(as_of=args.as_of or date.today(), as_of_given=args.as_of is not None, zones=app.zones,
                  default_timezone=app.default_timezone,
                  default_zone_given=app.timezone_given,
                  default_country=country, default_currency=currency)
    if args.preview:
        data = preview_import(table, options, file_name=path.name, rules=app.rules(), **common)
        if data["problem"] and args.save_profile:  # a profile that cannot import is not saved
            raise UserError(data["problem"].rstrip(".") + "; the profile is not saved.")
        if args.save_profile:
            save_profile(app.uow(), args.save_profile, table.headers, data["columns"], options)
            data["saved_profile"] = args.save_profile
        _emit(args, data, _preview_text(data))
        return
    headers = list(table.headers)
    columns = column_plan(headers, options.mapping, path.name)  # refuse a bad mapping before reading rows
    from fieldvisit.adapters.files.safe_write import open_untrusted

    with open_untrusted(path, follow=True) as fh:  # the reader checked it; hash it without holding it whole
        sha = hashlib.file_digest(fh, "sha256").hexdigest()
    work = import_cases(app.uow(), table, file_name=path.name, sha256=sha, mapping=options.mapping,
                        dayfirst=options.dayfirst, decimal_comma=options.decimal_comma,
                        country=options.country, currency=options.currency,
                        profile=options.profile, rules=app.rules(), by=app.actor,
                        profile_saved_as=args.save_profile or None, refuse_when_all_rejected=True, **common)
    summary = run(work)
    data = summary.as_json()
    data["profile_match"] = options.profile_match
    if args.save_profile:
        save_profile(app.uow(), args.save_profile, headers, columns, options)
        data["saved_profile"] = args.save_profile
    lines = [f"{counted(summary.rows, 'row')} in {path.name}" + (f" (sheets {', '.join(summary.sheets_read)})"
                                                       if len(summary.sheets_read) > 1 else "")
             + f": {summary.imported} imported, {summary.updated} updated, "
             + (f"{summary.unchanged} unchanged, " if summary.unchanged else "")
             + f"{len(summary.rejected)} rejected; {counted(summary.windows, 'appointment window')} read."]
    lines += [f"Warning: {w}" for w in summary.warnings]
    lines += [e for e in summary.conventions.get("evidence", []) if e.startswith("As of ")]  # the file's cut-off date
    lines += [f"Sheet {s['sheet']!r} not read: {s['reason']}." for s in summary.sheets_not_read]
    if options.profile_match:  # applied (and how the headers differed), or the nearest and why not
        text = options.profile_match["text"]
        lines.append(f"{text[0].upper()}{text[1:]}.")
    elif summary.profile:
        lines.append(f"Profile {summary.profile!r} applied.")
    lines.append(f"Columns ({len(summary.columns)}; {len(summary.kept_columns)} kept as information, "
                 f"{len(summary.ignored_columns)} ignored):")
    lines += column_lines(summary.columns)
    lines += _conflict_lines(summary.conflicts)
    lines += [f"  row {r['row']}" + (f" ({r['column']})" if r["column"] else "") + f": {r['error']}" for r in summary.rejected[:50]]
    if summary.skipped:
        lines.append(f"{counted(len(summary.skipped), 'row')} skipped (not case records):")
        lines += [f"  row {r['row']}: {r['reason']}" for r in summary.skipped[:50]]
    if summary.hidden_rows:
        lines.append(hidden_rows_line(summary.hidden_rows))
    if summary.review:  # every item is in the queue; what needs no answer is a note (below)
        lines.append(f"{counted(len(summary.review), 'value needs', 'values need')} review (rows kept; see "
                     "'fieldvisit cases review'):")
        lines += [f"  row {r['row']}" + (f" ({r['column']})" if r["column"] else "") + f": {r['error']}"
                  for r in summary.review[:50]]
    if summary.notes:
        lines.append(f"Notes ({len(summary.notes)}; the rows are imported):")
        lines += [f"  row {r['row']} ({r['column']}): {r['note']}" if r["row"] is not None else f"  {r['note']}"
                  for r in summary.notes[:50]]
    if summary.flags_dropped:
        lines.append(f"{counted(len(summary.flags_dropped), 'case')} lost a blocking flag with this file (check they may be "
                     "visited again):")
        lines += [f"  row {r['row']} ({r['case_id']}): {', '.join(r['flags'])} removed" for r in summary.flags_dropped[:50]]
    if summary.not_in_file["count"] or summary.not_in_file.get("compared_with"):
        lines.append(not_in_file_line(summary.not_in_file))
    if summary.appointments_kept:  # a blank cell keeps the stored appointment: said, per case in the notes
        lines.append(f"{counted(len(summary.appointments_kept), 'case keeps its', 'cases keep their')} stored "
                     "appointment: the file's appointment cell is blank (see the notes).")
    if args.save_profile:
        lines.append(f"Profile {args.save_profile!r} saved: files with these headers are read this way from now on.")
    _emit(args, data, "\n".join(lines))


def cmd_cases_profiles(app, args) -> None:
    """``cases profiles``: the saved import profiles (``--delete NAME`` forgets one)."""
    from fieldvisit.services.import_profiles import delete_profile, list_profiles

    if args.delete:
        delete_profile(app.uow(), args.delete)
        _emit(args, {"deleted": args.delete}, f"Import profile {args.delete!r} deleted.")
        return
    profiles = sorted(list_profiles(app.uow()).values(), key=lambda p: p["name"])
    lines = [f"{counted(len(profiles), 'import profile')}."]
    for p in profiles:
        uses = ", ".join(f"{k} → {v}" for k, v in p["mapping"].items())
        lines.append(f"{p['name']} (saved {p.get('saved_at', '')}): {uses}")
    _emit(args, {"profiles": profiles}, "\n".join(lines))


#: The most demo cases one command makes (more is a typing mistake, and takes minutes).
MAX_DEMO_CASES = 100_000


def cmd_demo(app, args) -> None:
    from fieldvisit.services.demo import build_demo

    if not 1 <= args.cases <= MAX_DEMO_CASES:
        raise UserError(f"--cases {args.cases} is out of range; give a number from 1 to {MAX_DEMO_CASES:,}.")
    count = build_demo(app.uow(), count=args.cases, as_of=args.as_of, seed=args.seed)
    _emit(args, {"cases": count, "db": app.url}, f"Demo workspace ready: {counted(count, 'case')} in {app.url}")


def _short(value, unit: str = "") -> str:
    """A list cell: ``12d``; a value waiting for review or unknown (None) is ``?`` (its balance says "to review")."""
    return "?" if value is None else f"{value}{unit}"


def _balance(row: dict) -> str:
    """The balance as the plain list shows it: ``1234.50``, ``to review`` while it waits, or
    ``unknown`` when the case file gave none."""
    if row["balance"] is not None:
        return row["balance"]
    return "to review" if "balance" in (row.get("to_review") or ()) else "unknown"


def cmd_cases_list(app, args) -> None:
    from fieldvisit.services.cases import case_json, list_cases
    from fieldvisit.services.visit_record import promise_index
    from fieldvisit.services.window_review import fields_to_review

    as_of = args.as_of or date.today()
    if args.status is not None:
        from fieldvisit.domain.cases import CaseStatus

        if args.status not in {s.value for s in CaseStatus}:
            raise UserError(f"{quoted(args.status)} is not a case status; use one of: "
                            f"{', '.join(s.value for s in CaseStatus)}.")
    cases = list_cases(app.uow(), status=args.status, collector=args.collector)
    promises = promise_index(app.uow(), as_of)
    with app.uow() as uow:
        pending = fields_to_review(uow, every=True)  # every open review item of the case, as 'cases review' lists
    rows = [case_json(c, as_of, (promises.get(c.case_id) or [None])[-1], pending.get(c.case_id, frozenset()))
            for c in cases]
    text = "\n".join(f"{r['case_id']:<14} {_short(r['bucket']):<4} {_short(r['days_past_due'], 'd'):>5} {_balance(r):>12} "
                     f"{r['currency']:<3} {r['status']:<8} {','.join(r['flags']):<20} {r['name']}"
                     for r in rows) or "No cases."
    _emit(args, {"as_of": as_of.isoformat(), "cases": rows}, text)


def cmd_cases_assign(app, args) -> None:
    from fieldvisit.services.cases import assign_cases_to

    r = assign_cases_to(app.uow(), args.collector, args.case_ids or (), unassigned=args.unassigned)
    _emit(args, {"assigned": r["assigned"], "collector": r["collector"], "new": r["new"]},
          f"{counted(r['assigned'], 'case')} assigned to {'new collector ' if r['new'] else ''}{r['collector']}.")


def cmd_geocode(app, args) -> None:
    from fieldvisit.bootstrap import geocoder
    from fieldvisit.services.geocode import geocode_pending
    from fieldvisit.services.progress import run

    provider = args.provider or app.setting("geocoder") or "nominatim"
    summary = run(geocode_pending(app.uow(), geocoder(provider, args.url or app.setting("geocoder_url") or None),
                                  app.zones, rules=app.rules()))
    text = (f"{summary.geocoded} geocoded, {summary.cached} from the cache, {summary.failed} not found"
            + (f"; {summary.outside} found far outside their country, not stored (see fieldvisit cases review)"
               if summary.outside else "")
            + (f"; offline: {summary.pending} addresses wait in the queue (pin them on the map or try again "
               "when connected)" if summary.offline else ""))
    _emit(args, summary.as_json(), text)
    if summary.refused:
        raise UserError(summary.refusal)


CASE_COMMANDS = {
    ("demo", None): cmd_demo,
    ("cases", "import"): cmd_cases_import,
    ("cases", "profiles"): cmd_cases_profiles,
    ("cases", "list"): cmd_cases_list,
    ("cases", "assign"): cmd_cases_assign,
    ("geocode", None): cmd_geocode,
}
