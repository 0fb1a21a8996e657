"""The audit trail: an append-only log whose entries are chained by SHA-256 hashes, so editing,
removing or reordering any entry breaks the chain at that point."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str  # ISO 8601, UTC
    actor: str
    action: str
    subject: str
    details: dict
    prev_hash: str
    hash: str


def canonical(details: dict) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, at: str, actor: str, action: str, subject: str, details: dict) -> str:
    payload = "\x1f".join([prev_hash, at, actor, action, subject, canonical(details)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def first_broken(entries: list[AuditEntry]) -> tuple[int, str] | None:
    """``(entry id, what is wrong)`` for the first entry that breaks the chain, or None."""
    prev = GENESIS
    for e in entries:
        if e.prev_hash != prev:
            return e.id, "it does not follow the entry before it (an entry was removed or reordered)"
        if entry_hash(e.prev_hash, e.at, e.actor, e.action, e.subject, e.details) != e.hash:
            return e.id, "its content does not match its hash (it was edited)"
        prev = e.hash
    return None
