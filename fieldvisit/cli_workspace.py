"""CLI commands about the workspace itself: changing the passphrase of the encrypted file."""

from __future__ import annotations

import os
import sys

from fieldvisit.cli_io import _emit
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


WORKSPACE_COMMANDS = {("workspace", "passphrase"): cmd_workspace_passphrase}
