"""Output and file helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fieldvisit.domain.text import counted  # noqa: F401 - the CLI modules' one plural helper
from fieldvisit.domain.text import terminal_text
from fieldvisit.services.errors import UserError


def _emit(args, data: dict, text: str) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(terminal_text(text.rstrip("\n")) + "\n")  # never an escape sequence from a file


def out_path(value: str) -> Path:
    """The file an ``--out`` / ``--pdf`` names, checked before any work is done: missing or a
    regular file, in an existing folder (a device, a FIFO, a socket, a folder or a link there is
    refused: ``safe_write.writable_target``). The write itself is atomic (``safe_write``).
    Raises UserError."""
    from fieldvisit.adapters.files.safe_write import writable_target

    return writable_target(Path(value))


def read_input(value: str, limit: int | None = None, what: str = "file") -> bytes:
    """A file the user named, refused with a sentence beyond ``limit`` bytes (default: the
    largest pack or bundle) before it is read."""
    from fieldvisit.adapters.files.safe_write import read_limited
    from fieldvisit.domain.limits import MAX_SEALED_BYTES

    return read_limited(Path(value), limit or MAX_SEALED_BYTES, what, follow=True)


def read_json_input(value: str, what: str = "file"):
    """A small JSON file the user named (visits, identity, mapping): parsed, or UserError."""
    import json

    from fieldvisit.domain.limits import MAX_JSON_BYTES

    from fieldvisit.domain.strict_json import JsonError, loads

    data = read_input(value, MAX_JSON_BYTES, what)
    name = shown_name(value)
    try:
        return loads(data)
    except UnicodeDecodeError:
        raise UserError(f"{name} is not UTF-8 text; save it as UTF-8 and try again.") from None
    except JsonError as exc:
        raise UserError(f"{name} cannot be read: {exc}.") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}); fix it and try "
                        "again.") from None


def shown_name(value) -> str:
    """A file name as it may appear in a message: control characters (a newline that would start a
    fake second line, an escape sequence) shown escaped."""
    from fieldvisit.domain.text import printable

    return printable(str(value))
