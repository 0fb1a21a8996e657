"""CLI commands about the workspace itself: changing the passphrase of the encrypted file."""

from __future__ import annotations

import os
import sys

from fieldvisit.cli.io import _emit
from fieldvisit.services.errors import UserError

NEW_ENV = "FIELDVISIT_NEW_PASSPHRASE"


def _new_passphrase() -> str:
    new = os.environ.get(NEW_ENV)
    if new:
        return new
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError(f"Give the new passphrase in {NEW_ENV}, or run the command from a terminal to be asked.")
    import getpass

    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise UserError("The two passphrases differ; nothing was changed.")
    return first


def cmd_workspace_passphrase(app, args) -> None:
    from fieldvisit.bootstrap import change_passphrase

    change_passphrase(app, _new_passphrase())
    _emit(args, {"changed": True}, "The workspace passphrase is changed; the old one no longer opens it.")


def cmd_workspace_recovery_code(app, args) -> None:
    from pathlib import Path

    from fieldvisit.adapters import crypto
    from fieldvisit.cli.io import read_input
    from fieldvisit.services.recovery import recovery_code

    got = recovery_code(app.uow(), crypto, read_input(args.file), name=Path(args.file).name)
    _emit(args, got, f"Recovery code for {got['collector']}'s workspace (give it to them in person or by phone; "
                     f"it opens that workspace):\n{got['code']}")


def cmd_workspace_recover(args) -> None:
    """Runs without opening the workspace (its passphrase is what was lost)."""
    from pathlib import Path

    from fieldvisit.adapters.storage.db import DatabaseError, normalise_url
    from fieldvisit.bootstrap import recover_workspace, resolve_url

    try:
        url = normalise_url(resolve_url(getattr(args, "db", None)))
    except DatabaseError as exc:
        raise UserError(str(exc)) from None
    if not url.startswith("sqlite:///"):
        raise UserError("Only a workspace file can be recovered; give it with --db sqlite:///PATH.")
    path = Path(url[len("sqlite:///"):])
    if not path.is_file():
        raise UserError(f"There is no workspace file at {path}.")
    recover_workspace(path, args.code, _new_passphrase())
    _emit(args, {"recovered": True, "workspace": str(path)},
          "The workspace opens with the new passphrase now; the office's recovery code has done its job.")


WORKSPACE_COMMANDS = {("workspace", "passphrase"): cmd_workspace_passphrase,
                      ("workspace", "recovery-code"): cmd_workspace_recovery_code}
