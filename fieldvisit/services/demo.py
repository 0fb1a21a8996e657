"""A realistic, deterministic demo workspace: overdue cases in central Helsinki, two collectors.

The cases live at real addresses of the shipped OpenStreetMap extract (``Helsinki.osm.pbf``, the
same one the demo's region pack is built from, so its days are planned on the streets) and carry
invented names. Everything depends only on the seed and the ``as_of`` date, so the same command on
the same day gives the same workspace. Demo case ids start with ``DEMO-``; refreshing updates them
in place.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from fieldvisit.domain.cases import Case, CaseStatus, Collector, Flag, GeoStatus, due_date_from_days
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.services.ports import UnitOfWork
from resources import HERE as RESOURCES

CITY_TZ = "Europe/Helsinki"
COUNTRY = "FI"
CURRENCY = "EUR"
#: The real addresses the demo's cases live at: derived from the shipped extract
#: ``resources/regions/Helsinki.osm.pbf`` by ``scripts/demo_addresses.py`` (street, number,
#: postcode, city, lat, lon; © OpenStreetMap contributors, ODbL).
PLACES_FILE = RESOURCES / "regions" / "Helsinki-addresses.csv"
#: The extract the demo's region pack is built from, and that pack's name.
EXTRACT = RESOURCES / "regions" / "Helsinki.osm.pbf"
REGION = "Helsinki"
FIRST = ["Aino", "Eero", "Helmi", "Onni", "Siiri", "Väinö", "Kerttu", "Toivo", "Aleksi", "Anni", "Juha", "Elina",
         "Mikko", "Sanna", "Jari", "Päivi", "Timo", "Riikka", "Antti", "Hanna", "Matti", "Tiina", "Pekka", "Johanna",
         "Ville", "Katja", "Sami", "Minna", "Tuomas", "Noora", "Otso", "Iida", "Olli", "Sofia", "Fatima", "Ahmed"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Lindqvist", "Öhman", "Ali", "Nguyen"]
#: Two collectors who live inside the extract: west of Kaivokatu–Mikonkatu to Lucía, east to Javier.
COLLECTORS = [Collector("Lucía Romero", (60.1663657, 24.9373841)),      # Annankatu 20
              Collector("Javier Ortega", (60.1771570, 24.9515812))]     # John Stenbergin ranta 4
WEST_OF = 24.9455
FLAG_RATES = [(Flag.DISPUTE, 0.03), (Flag.CEASE, 0.015), (Flag.LAWYER, 0.01), (Flag.BANKRUPTCY, 0.01),
              (Flag.DECEASED, 0.005), (Flag.DO_NOT_VISIT, 0.01), (Flag.VULNERABLE, 0.02),
              (Flag.NO_WORKPLACE, 0.03)]
RECURRING = ["weekdays 17:00-19:00", "Tue 10:00-12:00", "Mon-Fri 18:00-20:00",
             "Sat 10:00-13:00", "Thu 16:00-18:00", "Mon,Wed 09:00-11:00"]


@dataclass(frozen=True, slots=True)
class Place:
    """A real address of the extract: ``lat``/``lon`` in degrees (WGS 84)."""

    street: str
    number: str
    postcode: str
    city: str
    lat: float
    lon: float

    @property
    def address(self) -> str:
        """As a lender's file writes it: ``Mikonkatu 18, 00100 Helsinki``."""
        return f"{self.street} {self.number}, " + " ".join(x for x in (self.postcode, self.city) if x)


@lru_cache(maxsize=1)
def demo_places() -> tuple[Place, ...]:
    """The shipped demo addresses (see :data:`PLACES_FILE`)."""
    with PLACES_FILE.open(encoding="utf-8", newline="") as f:
        return tuple(Place(r["street"], r["number"], r["postcode"], r["city"], float(r["lat"]), float(r["lon"]))
                     for r in csv.DictReader(f))


def _next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def demo_cases(count: int, as_of: date, seed: int = 7) -> list[Case]:
    """``count`` demo cases (ids ``DEMO-0001``...) at the shipped real addresses, with invented
    names, Finnish phone numbers, EUR balances, appointment windows, earlier payments and the
    usual share of blocking flags."""
    rng = random.Random(seed)
    places = demo_places()
    cases = []
    for i in range(1, count + 1):
        place = rng.choice(places)
        dpd = min(400, int(rng.expovariate(1 / 55)) + 1)
        balance = Decimal(str(round(min(25000.0, rng.lognormvariate(7.4, 0.8)), 2))).quantize(Decimal("0.01"))
        flags = frozenset(f for f, rate in FLAG_RATES if rng.random() < rate)
        r = rng.random()
        if r < 0.30:
            day = _next_weekday(as_of + timedelta(days=rng.randint(1, 4)))
            start = rng.choice([9, 10, 11, 12, 16, 17, 18, 19])
            minutes = rng.choice(["00", "30"])
            length = rng.choice([1, 1, 2, 2, 3])
            style = rng.random()
            if style < 0.5:
                text = f"{day:%d.%m.%Y} {start}:{minutes}-{start + length}:{minutes}"
            else:
                text = f"{day:%Y-%m-%d} {start}:{minutes}-{start + length}:{minutes}"
        elif r < 0.42:
            text = rng.choice(RECURRING)
        else:
            text = ""
        windows = parse_windows(text, CITY_TZ, dayfirst=True, today=as_of).windows if text else []
        paid = rng.random() < 0.55
        work = rng.choice(places) if rng.random() < 0.3 else None
        cases.append(Case(
            case_id=f"DEMO-{i:04d}", name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            address=place.address, work_address=work.address if work else "",
            lat=place.lat, lon=place.lon, geo_status=GeoStatus.FROM_FILE, country=COUNTRY, timezone=CITY_TZ,
            due_date=due_date_from_days(dpd, as_of), balance=balance, currency=CURRENCY,
            last_payment_date=(as_of - timedelta(days=dpd + rng.randint(5, 40))) if paid else None,
            last_payment_amount=(balance / rng.choice([4, 6, 10])).quantize(Decimal("0.01")) if paid else None,
            phone=f"+358 {rng.choice([40, 44, 45, 50])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            flags=flags, collector=None, status=CaseStatus.OPEN, windows=windows,
            appointment_text=text, notes=""))
    # West of the centre to Lucía, east to Javier; a few left for the supervisor to hand out.
    for case in cases:
        if rng.random() < 0.07:
            continue
        case.collector = COLLECTORS[0].name if case.lon < WEST_OF else COLLECTORS[1].name
    return cases


ALL_FIELDS = frozenset({"name", "address", "work_address", "lat", "lon", "country", "timezone",
                        "due_date", "balance", "currency", "last_payment_date", "last_payment_amount",
                        "phone", "notes", "appointment_text", "flags", "geo_status", "windows"})


def build_demo(uow: UnitOfWork, *, count: int = 300, as_of: date | None = None, seed: int = 7) -> int:
    """Create or refresh the demo cases and collectors in the workspace. Returns the case count."""
    as_of = as_of or date.today()
    cases = demo_cases(count, as_of, seed)
    with uow:
        for collector in COLLECTORS:
            uow.collectors.save(collector)
        if not uow.settings.get("timezone"):
            uow.settings.set("timezone", CITY_TZ)
            uow.settings.set("country", COUNTRY)
            uow.settings.set("currency", CURRENCY)
        keys = uow.cases.keys()
        uow.cases.add_many([c for c in cases if c.case_id not in keys], None)
        uow.cases.update_many([(keys[c.case_id], c, ALL_FIELDS) for c in cases if c.case_id in keys], None)
        ids_by_collector: dict[str, list[str]] = {}
        for c in cases:
            ids_by_collector.setdefault(c.collector or "", []).append(c.case_id)
        for name, ids in ids_by_collector.items():
            uow.cases.assign(ids, uow.collectors.get(name).id if name else None)
        uow.commit()
    return len(cases)
