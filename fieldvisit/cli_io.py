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


def read_input(value: str) -> bytes:
    try:
        return Path(value).read_bytes()
    except FileNotFoundError:
        raise UserError(f"The file {value} does not exist.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {value}: {exc.strerror or exc}.") from None
