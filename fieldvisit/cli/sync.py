"""CLI commands of the sync loop: assignment packs, visit bundles and the sync folder (CLI.md:
``pack``, ``sync``)."""

from __future__ import annotations

from pathlib import Path

from fieldvisit.cli.io import _emit, counted, out_path, read_input
from fieldvisit.services.errors import UserError


def _writer(out: Path):
    """``deliver`` for an export: the file written atomically before the export is recorded as
    sent; a failed write is one sentence (exit 2) and uses up no sequence number."""
    from fieldvisit.adapters.files.mailbox import write_atomic
    from fieldvisit.services.errors import os_reason

    def deliver(blob: bytes, _summary: dict) -> None:
        try:
            write_atomic(out, blob)
        except OSError as exc:
            raise UserError(f"Could not write {out}: {os_reason(exc)}. Nothing was recorded as sent.") from None

    return deliver


def cmd_pack_export(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.packs import export_pack

    out = out_path(args.out)
    blob, summary = export_pack(app.uow(), crypto, args.collector, deliver=_writer(out))
    _emit(args, {**summary, "out": str(out)},
          f"Pack {summary['seq']} for {args.collector}: {counted(summary['cases'], 'case')}, {summary['recalled']} "
          f"recalled, {counted(summary['reviews'], 'review')}, {counted(summary['acks'], 'visit')} acknowledged → {out}")


def cmd_pack_import(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.packs import import_pack

    s = import_pack(app.uow(), crypto, read_input(args.file), name=Path(args.file).name)
    text = ("This pack was already imported; nothing changed." if s["again"] else
            f"Pack {s['seq']}: {counted(s['cases'], 'case')}, {s['recalled']} recalled, "
            f"{counted(s['reviews'], 'new review comment')}, {counted(s['acknowledged'], 'visit')} acknowledged by "
            "the office."
            + (" Your day's start point was updated by the office." if s.get("home_changed") else ""))
    _emit(args, s, text)


def cmd_sync_export(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.sync import export_bundle

    out = out_path(args.out)
    blob, summary = export_bundle(app.uow(), crypto, deliver=_writer(out))
    _emit(args, {**summary, "out": str(out)},
          f"Bundle {summary['seq']}: {counted(summary['visits'], 'visit')} not yet acknowledged by the office → {out}")


def _import_text(s: dict) -> str:
    lines = [f"Imported {counted(s['imported'], 'visit')}; {s['duplicates']} already here; "
             f"{counted(len(s['conflicts']), 'conflict')}; "
             f"{len(s['rejected'])} rejected."]
    lines += [f"  conflict: visit {c['visit_id']} (case {c['case_id']}): {c['error']}" for c in s["conflicts"]]
    lines += [f"  rejected: visit {r['visit_id']}: {r['error']}" for r in s["rejected"]]
    lines += [f"  missing bundles from {g['collector']}: {', '.join(map(str, g['missing']))} (their visits come "
              "with later bundles unless the laptop was lost)" for g in s.get("gaps", [])]
    lines += [f"  note: {w}" for w in s.get("warnings", [])]
    return "\n".join(lines)


def cmd_sync_import(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.progress import run
    from fieldvisit.services.sync import import_bundles

    files = [(Path(f).name, read_input(f)) for f in args.files]
    s = run(import_bundles(app.uow, crypto, files))
    _emit(args, s, _import_text(s))


def cmd_sync_folder(app, args) -> None:
    from fieldvisit.services.sync_folder import set_folder

    folder = set_folder(app.uow(), None if args.clear else args.path)
    _emit(args, {"folder": folder}, f"Sync folder: {folder}" if folder else "No sync folder.")


def cmd_sync_run(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.adapters.files.mailbox import FolderMailbox
    from fieldvisit.services.sync_folder import folder_of, sync_with_folder

    folder = args.folder or folder_of(app.uow())
    if not folder:
        raise UserError("No sync folder is set; give --folder PATH or set one with 'fieldvisit sync folder PATH'.")
    s = sync_with_folder(app.uow, crypto, FolderMailbox(folder))
    _emit(args, s, s["text"])


def cmd_pack_new_series(app, args) -> None:
    from fieldvisit.services.packs import new_series

    s = new_series(app.uow())
    _emit(args, s, f"New pack series {s['series']}: the next pack to each collector starts the numbering afresh "
                   "on their laptops.")


SYNC_COMMANDS = {
    ("pack", "new-series"): cmd_pack_new_series,
    ("pack", "export"): cmd_pack_export,
    ("pack", "import"): cmd_pack_import,
    ("sync", "export"): cmd_sync_export,
    ("sync", "import"): cmd_sync_import,
    ("sync", "folder"): cmd_sync_folder,
    ("sync", "run"): cmd_sync_run,
}
