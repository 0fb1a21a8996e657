"""Cases, collectors, flags and delinquency buckets.

A case is one overdue account visited at one debtor. Its days past due are kept as a *due date*
so the bucket can be computed as of any date (30-day months, as collection practice counts them).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from fieldvisit.domain.collectors import Collector  # noqa: F401 - re-exported (older imports)
from fieldvisit.domain.windows import Window


class Flag(enum.StrEnum):
    DISPUTE = "dispute"
    CEASE = "cease"
    LAWYER = "lawyer"
    BANKRUPTCY = "bankruptcy"
    DECEASED = "deceased"
    DO_NOT_VISIT = "do_not_visit"
    VULNERABLE = "vulnerable"
    NO_WORKPLACE = "no_workplace"
    LEGAL_HOLD = "legal_hold"


#: Flags that block a visit under every rule set (PRODUCT.md, "Case flags that block visits").
BLOCKING_FLAGS = frozenset(
    {Flag.DISPUTE, Flag.CEASE, Flag.LAWYER, Flag.BANKRUPTCY, Flag.DECEASED, Flag.DO_NOT_VISIT,
     Flag.LEGAL_HOLD}
)

_FLAG_SYNONYMS = {
    "disputed": Flag.DISPUTE, "disputa": Flag.DISPUTE, "争议": Flag.DISPUTE,
    "cease_contact": Flag.CEASE, "cease-contact": Flag.CEASE, "stop": Flag.CEASE,
    "attorney": Flag.LAWYER, "abogado": Flag.LAWYER, "律师": Flag.LAWYER,
    "bankrupt": Flag.BANKRUPTCY, "quiebra": Flag.BANKRUPTCY, "破产": Flag.BANKRUPTCY,
    "dead": Flag.DECEASED, "fallecido": Flag.DECEASED, "死亡": Flag.DECEASED,
    "dnv": Flag.DO_NOT_VISIT, "do-not-visit": Flag.DO_NOT_VISIT, "do not visit": Flag.DO_NOT_VISIT,
    "vulnerable_customer": Flag.VULNERABLE, "vulnerabilidad": Flag.VULNERABLE,
    "no-workplace": Flag.NO_WORKPLACE, "no workplace": Flag.NO_WORKPLACE,
}


class FlagError(ValueError):
    """A flag name that FieldVisit does not know."""


def parse_flags(text: str) -> frozenset[Flag]:
    """Read a comma- (or semicolon-, 、-) separated flag list; unknown names raise FlagError."""
    flags: set[Flag] = set()
    for part in text.replace(";", ",").replace("、", ",").replace("，", ",").split(","):
        name = part.strip().lower()
        if not name:
            continue
        try:
            flags.add(Flag(name.replace(" ", "_").replace("-", "_")))
        except ValueError:
            if name not in _FLAG_SYNONYMS:
                known = ", ".join(f.value for f in Flag)
                raise FlagError(f"unknown flag {part.strip()!r} (known: {known})") from None
            flags.add(_FLAG_SYNONYMS[name])
    return frozenset(flags)


class Bucket(enum.StrEnum):
    CURRENT = "M0"
    M1 = "M1"
    M2 = "M2"
    M3 = "M3"
    M4 = "M4"
    M5_PLUS = "M5+"

    @property
    def early(self) -> bool:
        """M1-M2: service tone, reminders. Later buckets: firmer, negotiation, field visits."""
        return self in (Bucket.CURRENT, Bucket.M1, Bucket.M2)


def bucket_for_days(days_past_due: int) -> Bucket:
    """M1 = 1-30, M2 = 31-60, M3 = 61-90, M4 = 91-120, M5+ beyond; 0 or less is current."""
    if days_past_due <= 0:
        return Bucket.CURRENT
    months = (days_past_due - 1) // 30 + 1
    return [Bucket.M1, Bucket.M2, Bucket.M3, Bucket.M4][months - 1] if months <= 4 else Bucket.M5_PLUS


def days_past_due(due_date: date, as_of: date) -> int:
    """Days between the missed due date and ``as_of`` (0 when not yet due)."""
    return max(0, (as_of - due_date).days)


def due_date_from_days(days: int, as_of: date) -> date:
    """The due date that makes a case ``days`` past due on ``as_of``."""
    return as_of - timedelta(days=days)


def months_past_due(due_date: date, as_of: date) -> int:
    """Whole calendar months past due (relativedelta), shown next to the 30-day bucket."""
    if as_of <= due_date:
        return 0
    delta = relativedelta(as_of, due_date)
    return delta.years * 12 + delta.months


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    PAID = "paid"
    CLOSED = "closed"
    RECALLED = "recalled"


class GeoStatus(enum.StrEnum):
    """Where a case's coordinates come from."""

    FROM_FILE = "file"
    GEOCODED = "geocoded"
    MANUAL = "manual"
    PENDING = "pending"
    FAILED = "failed"
    PURGED = "purged"  # the case left this laptop and its personal data (position included) was wiped


@dataclass(slots=True)
class Case:
    """One overdue account as the collector sees it."""

    case_id: str
    name: str = ""
    address: str = ""
    work_address: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_status: GeoStatus = GeoStatus.PENDING
    country: str = ""
    timezone: str = ""
    due_date: date | None = None
    #: None: unknown (the case file gave no balance), never 0.00; shown as "unknown"
    balance: Decimal | None = Decimal("0.00")
    currency: str = ""
    last_payment_date: date | None = None
    last_payment_amount: Decimal | None = None
    phone: str = ""
    flags: frozenset[Flag] = frozenset()
    collector: str | None = None
    notes: str = ""
    status: CaseStatus = CaseStatus.OPEN
    windows: list[Window] = field(default_factory=list)
    appointment_text: str = ""
    #: information columns kept from the case file as they were written: header → cell text
    extra: dict[str, str] = field(default_factory=dict)

    def days_past_due(self, as_of: date) -> int:
        """Days past due on ``as_of``; 0 for a case with no due date (see :attr:`due_known`), which
        the planner then ranks as not overdue."""
        return days_past_due(self.due_date, as_of) if self.due_date else 0

    @property
    def balance_known(self) -> bool:
        """Whether the balance is known: a case whose file gives no balance (no column, a blank
        cell) has none (``null`` in JSON, "unknown" in lists and on the prep sheet), never 0.00."""
        return self.balance is not None

    @property
    def due_known(self) -> bool:
        """Whether the days past due are known: a case whose file gives no due date and no days past
        due shows them as unknown (``null`` in JSON, ``?`` in lists), never as 0 days / M0."""
        return self.due_date is not None

    def bucket(self, as_of: date) -> Bucket:
        return bucket_for_days(self.days_past_due(as_of))

    @property
    def blocking_flags(self) -> frozenset[Flag]:
        return self.flags & BLOCKING_FLAGS

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None
