"""Output and file helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fieldvisit.services.errors import UserError


def _emit(args, data: dict, text: str) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def out_path(value: str) -> Path:
    out = Path(value)
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist; create it or choose another --out.")
    return out


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

    data = read_input(value, MAX_JSON_BYTES, what)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(f"{value} is not UTF-8 text; save it as UTF-8 and try again.") from None
    except RecursionError:
        raise UserError(f"{value} is nested too deeply to be a FieldVisit file.") from None
