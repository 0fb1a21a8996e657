"""What a batch of visits being recorded (``visits add``, the form, the demo) needs to know about
each case's record, kept up to date in memory as the batch goes (services/visits.py).

A case's current visits are read once per batch, not once per visit: each visit of a 20,000-visit
file used to read every earlier visit of its case again (with their prep-sheet snapshots), so a
batch took time growing with the square of its size while it held the workspace's write lock
(BRK16b #8). Here the counts the conduct rules and the prep sheet read (visits in the cap's
window, third-party contacts, refusals, contacts) are kept as running totals and a sorted list of
visit days, and the promises as a list of the (few) visits that carry a promise or a payment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from datetime import date, datetime, timedelta

from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visit_record import current_visits, promises_summary


class CaseRecord:
    """One case's current visits as the batch has left them (the stored ones and those the batch
    recorded so far; a correction hides the version it replaces)."""

    def __init__(self, rows: list[dict], last_payment) -> None:
        self.last_payment = last_payment
        self.rows: dict[str, dict] = {}
        self.days: list[date] = []
        self.third_party = self.refusals = self.contacts = 0
        self.money: dict[str, dict] = {}  # visit_id → row, for the visits with a promise or a payment
        for row in current_visits(rows):
            self.add(row)

    @staticmethod
    def _day(row: dict) -> date:
        return datetime.fromisoformat(row["data"]["arrived_at"]).date()

    def _count(self, row: dict, sign: int) -> None:
        data = row["data"]
        self.third_party += sign * (data["person_met"] == "third_party")
        self.contacts += sign * (data["person_met"] == "debtor")
        self.refusals += sign * (data["outcome"] == "refused")

    def add(self, row: dict) -> None:
        """``row`` (``{visit_id, replaces, data}``) becomes current; the version it replaces does not."""
        old = self.rows.pop(row.get("replaces") or "", None)
        if old is not None:
            self._count(old, -1)
            self.days.pop(bisect_left(self.days, self._day(old)))
            self.money.pop(old["visit_id"], None)
        self.rows[row["visit_id"]] = row
        self._count(row, +1)
        insort(self.days, self._day(row))
        if row["data"].get("promise") or row["data"].get("payment"):
            self.money[row["visit_id"]] = row

    def _others(self, replaces: str | None) -> dict | None:
        return self.rows.get(replaces or "")

    def recent_days(self, day: date, span: int, replaces: str | None = None) -> list[date]:
        """The days of current visits (but the one ``replaces`` names) from ``span - 1`` days
        before ``day`` to ``day``: what the visit cap counts."""
        found = self.days[bisect_left(self.days, day - timedelta(days=span - 1)):bisect_right(self.days, day)]
        old = self._others(replaces)
        if old is not None and self._day(old) in found:
            found.remove(self._day(old))
        return found

    def third_party_before(self, replaces: str | None = None) -> int:
        old = self._others(replaces)
        return self.third_party - (old is not None and old["data"]["person_met"] == "third_party")

    def history(self, day: date, replaces: str | None = None) -> dict:
        """The counts the prep sheet reads (as ``visit_record.history_of`` makes them) of the
        current visits but the one ``replaces`` names, as of ``day``."""
        old = self._others(replaces)
        refusals, contacts = self.refusals, self.contacts
        if old is not None:
            refusals -= old["data"]["outcome"] == "refused"
            contacts -= old["data"]["person_met"] == "debtor"
        money = [r for r in self.money.values() if old is None or r["visit_id"] != old["visit_id"]]
        kept, broken = promises_summary(money, self.last_payment, day)
        return {"promises_kept": kept, "promises_broken": broken, "refusals": refusals, "contacts": contacts}


class BatchRecords:
    """The records of the cases a batch touches, each read once."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.cases: dict[str, CaseRecord] = {}
        self._days: dict[date, tuple] = {}

    def day_context(self, day: date) -> tuple:
        """``prep.day_context`` of ``day``, read once per day of the batch."""
        from fieldvisit.services.prep import day_context

        if day not in self._days:
            self._days[day] = day_context(self.uow, day)
        return self._days[day]

    def of(self, case_id: str) -> CaseRecord:
        record = self.cases.get(case_id)
        if record is None:
            rows = self.uow.visits.list(case_id)
            payment = self.uow.cases.last_payments([case_id]).get(case_id)
            record = self.cases[case_id] = CaseRecord(rows, payment)
        return record
