"""Use case: the optional sync folder (a network share or synced drive). Whenever it is
reachable, a collector's laptop picks up its packs and drops a bundle of the visits the office
has not acknowledged; the office picks up new bundles and drops a pack for each enrolled
collector whose pack changed. Files already handled are skipped; a bad file is reported and
does not stop the others."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from fieldvisit.domain.text import counted, msg
from fieldvisit.services.errors import UserError, os_reason
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.progress import run
from fieldvisit.services.packs import StalePack, export_pack, import_pack
from fieldvisit.services.sync import export_bundle, import_bundles

SETTING = "sync_folder"
_SENDER = re.compile(rb'"sender":"([0-9A-Fa-f ]{1,120})"')


def folder_of(uow: UnitOfWork) -> str | None:
    with uow:
        return uow.settings.get(SETTING) or None


def set_folder(uow: UnitOfWork, path: str | None) -> str | None:
    if path is not None:
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise UserError(msg('The folder {folder} does not exist (or is not reachable now); create it or mount the'
                                ' share first.', folder=folder))
        path = str(folder.resolve())
    with uow:
        uow.settings.set(SETTING, path or "")
        uow.commit()
    return path


def _read_from_trusted(item, crypto, senders: set[str]) -> bytes:
    """A mailbox file's bytes, read only once its first line shows a trusted sender (a file from
    a stranger is refused without reading it whole). Raises UserError."""
    try:
        head = item.head()
        if not head.startswith(b'{"format":"fieldvisit-sealed/2"') and hasattr(item, "tail"):
            # format 1 is one JSON object whose keys are sorted: the sender is near its end. A file
            # from a stranger is refused from its last bytes, never read whole
            found = _SENDER.search(item.tail())
            if found is None or found.group(1).decode("ascii", "replace") not in senders:
                raise UserError(msg("{name} comes from a sender this workspace does not trust (or is not a "
                                    "FieldVisit file); it was not read.", name=item.name))
        whole = None if head.startswith(b'{"format":"fieldvisit-sealed/2"') else item.read()  # format 1: one line
        header = crypto.sealed_header(head if whole is None else whole)
    except crypto.SealError as exc:
        raise UserError(msg("{name} cannot be imported: {exc}. Nothing was imported.", name=item.name,
                            exc=exc)) from None
    except OSError:
        raise UserError(msg("{name} cannot be read now; it was skipped.", name=item.name)) from None
    if header["sender"] not in senders:
        raise UserError(msg("{name} comes from a sender this workspace does not trust; it was not read.",
                            name=item.name))
    return item.read() if whole is None else whole


def sync_with_folder(uow_factory: Callable[[], UnitOfWork], crypto, mailbox) -> dict:
    if not mailbox.reachable():
        raise UserError(msg('The sync folder {root} cannot be reached now; nothing was exchanged. Your work stays on '
                            'this computer; try again when the share is connected.', root=mailbox.root))
    with uow_factory() as uow:
        me = uow.keys.identity()
        if me is None:
            raise UserError(msg("This workspace has no identity yet; run 'fieldvisit keys init' first."))
        if me["role"] == "supervisor":
            handled = {e["sha256"] for e in uow.sync_log.entries("bundle-in")}
            collectors = sorted({p["name"] for p in uow.keys.peers()
                                 if p["role"] == "collector" and p["revoked_at"] is None})
        else:
            handled = {e["sha256"] for e in uow.sync_log.entries("pack-in")}
        senders = {p["fingerprint"] for p in uow.keys.peers() if p["revoked_at"] is None}
    out = {"role": me["role"], "imported": 0, "duplicates": 0, "conflicts": [], "rejected": [], "problems": [],
           "packs_imported": 0, "packs_written": 0, "bundles_written": 0, "visits": 0}
    if me["role"] == "supervisor":
        for item in mailbox.bundles():
            try:
                data = _read_from_trusted(item, crypto, senders)
                if hashlib.sha256(data).hexdigest() in handled:
                    continue
                s = run(import_bundles(uow_factory, crypto, [(item.name, data)]))
            except UserError as exc:
                out["problems"].append(str(exc))
                continue
            out["imported"] += s["imported"]
            out["duplicates"] += s["duplicates"]
            out["conflicts"] += s["conflicts"]
            out["rejected"] += s["rejected"]
        for collector in collectors:
            def deliver(blob, s) -> None:
                for fp in s["devices"]:
                    mailbox.put_pack(fp, s["seq"], blob)

            try:  # the pack is recorded as sent only once its files are in place
                blob, s = export_pack(uow_factory(), crypto, collector, if_changed=True, deliver=deliver)
            except UserError as exc:  # one collector's broken folder does not stop the others
                out["problems"].append(msg("The pack for {collector} was not written: {exc}", collector=collector,
                                           exc=str(exc)))
                continue
            except OSError as exc:
                out["problems"].append(msg("The pack for {collector} was not written: {why}; it is written on the "
                                           "next sync.", collector=collector, why=os_reason(exc)))
                continue
            if blob is not None:
                out["packs_written"] += 1
        text = (f"Imported {counted(out['imported'], 'visit')} ({out['duplicates']} already here, "
                f"{counted(len(out['conflicts']), 'conflict')}); wrote {counted(out['packs_written'], 'pack')}.")
    else:
        for item in mailbox.packs_for(me["fingerprint"]):
            try:
                data = _read_from_trusted(item, crypto, senders)
                if hashlib.sha256(data).hexdigest() in handled:
                    continue
                s = import_pack(uow_factory(), crypto, data, name=item.name)
            except StalePack:
                continue
            except UserError as exc:
                out["problems"].append(str(exc))
                continue
            out["packs_imported"] += 0 if s["again"] else 1
        with uow_factory() as uow:
            pending = len(uow.visits.unacknowledged())
        if pending:
            try:  # recorded as sent only once the file is in place: a failed write uses up no number
                blob, s = export_bundle(uow_factory(), crypto, deliver=lambda blob, s: mailbox.put_bundle(
                    me["fingerprint"], s["seq"], blob))
            except OSError as exc:
                raise UserError(msg("The visit reports could not be written to the sync folder: {why}. Nothing was "
                                    "recorded as sent; try again.", why=os_reason(exc))) from None
            out["bundles_written"], out["visits"] = 1, s["visits"]
        text = (f"Picked up {counted(out['packs_imported'], 'pack')}; sent {counted(out['visits'], 'visit')} the "
                "office has not acknowledged yet." if pending else
                f"Picked up {counted(out['packs_imported'], 'pack')}; no visits to send.")
    out["problems"] += [str(p) for p in getattr(mailbox, "problems", [])]
    if out["problems"]:
        text += "\n" + "\n".join(f"  problem: {p}" for p in out["problems"])
    out["text"] = text
    return out
