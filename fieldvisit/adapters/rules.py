"""Loading conduct rule sets: the shipped ``resources/rulesets.json`` or an office's own copy."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from fieldvisit.domain.rules import RuleBook, RuleSetError, parse_rulebook
from fieldvisit.services.errors import UserError
from resources import HERE as RESOURCES


def load_rulebook(path: str | None = None) -> RuleBook:
    source = Path(path) if path else RESOURCES / "rulesets.json"
    try:
        return _load(source, source.stat().st_mtime_ns)
    except OSError as exc:
        raise UserError(f"Cannot read the rule sets {source}: {exc.strerror or exc}.") from exc
    except json.JSONDecodeError as exc:
        raise UserError(f"The rule sets {source} are not valid JSON (line {exc.lineno}); fix the file.") from exc
    except RuleSetError as exc:
        raise UserError(f"The rule sets {source} cannot be used: {exc}.") from exc


@lru_cache(maxsize=8)
def _load(source: Path, _mtime_ns: int) -> RuleBook:
    """Parsed once per file version: an office editing its copy is picked up on the next use."""
    return parse_rulebook(json.loads(source.read_text(encoding="utf-8")))
