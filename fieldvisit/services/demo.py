"""A realistic, deterministic demo workspace: overdue cases across Madrid, two collectors.

Everything depends only on the seed and the ``as_of`` date, so the same command on the same day
gives the same workspace. Demo case ids start with ``DEMO-``; refreshing updates them in place.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from fieldvisit.domain.cases import Case, CaseStatus, Collector, Flag, GeoStatus, due_date_from_days
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.services.ports import UnitOfWork

CITY_TZ = "Europe/Madrid"
COUNTRY = "ES"
CURRENCY = "EUR"

DISTRICTS = [  # (name, lat, lon) of real Madrid districts
    ("Centro", 40.4153, -3.7074), ("Salamanca", 40.4300, -3.6780), ("Chamberí", 40.4346, -3.7038),
    ("Retiro", 40.4111, -3.6760), ("Arganzuela", 40.3980, -3.6980), ("Tetuán", 40.4600, -3.6980),
    ("Chamartín", 40.4580, -3.6770), ("Moncloa-Aravaca", 40.4350, -3.7190), ("Latina", 40.4030, -3.7410),
    ("Carabanchel", 40.3830, -3.7270), ("Usera", 40.3850, -3.7070),
    ("Puente de Vallecas", 40.3930, -3.6640), ("Ciudad Lineal", 40.4470, -3.6500),
    ("Hortaleza", 40.4720, -3.6400), ("Fuencarral-El Pardo", 40.4950, -3.7000),
]
STREETS = ["Calle de Alcalá", "Calle Mayor", "Gran Vía", "Calle de Bravo Murillo", "Calle de Toledo",
           "Calle de Serrano", "Paseo de las Delicias", "Calle de Atocha", "Calle de López de Hoyos",
           "Avenida de la Albufera", "Calle de Embajadores", "Calle de Fuencarral", "Calle de Arturo Soria",
           "Calle del General Ricardos", "Calle de Princesa", "Calle de O'Donnell", "Avenida de Oporto",
           "Calle de Marcelo Usera", "Calle de Hortaleza", "Paseo de Extremadura"]
FIRST = ["María", "José", "Antonio", "Carmen", "Manuel", "Ana", "Francisco", "Laura", "David", "Isabel",
         "Javier", "Lucía", "Daniel", "Marta", "Carlos", "Elena", "Miguel", "Paula", "Alejandro", "Sara",
         "Pablo", "Cristina", "Sergio", "Raquel", "Jorge", "Pilar", "Alberto", "Rosa", "Luis", "Beatriz"]
LAST = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
        "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
        "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil"]
COLLECTORS = [Collector("Lucía Romero", (40.4346, -3.7038)), Collector("Javier Ortega", (40.3930, -3.6640))]
FLAG_RATES = [(Flag.DISPUTE, 0.03), (Flag.CEASE, 0.015), (Flag.LAWYER, 0.01), (Flag.BANKRUPTCY, 0.01),
              (Flag.DECEASED, 0.005), (Flag.DO_NOT_VISIT, 0.01), (Flag.VULNERABLE, 0.02),
              (Flag.NO_WORKPLACE, 0.03)]
RECURRING = ["weekdays 18:00-20:00", "martes 10:00-12:00", "lunes a viernes 19:00 a 21:00",
             "sábados 10:00-13:00", "jueves 16:00-18:00", "Mon,Wed 09:00-11:00"]


def _next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def demo_cases(count: int, as_of: date, seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for i in range(1, count + 1):
        district, dlat, dlon = rng.choice(DISTRICTS)
        lat = round(rng.gauss(dlat, 0.007), 6)
        lon = round(rng.gauss(dlon, 0.008), 6)
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
                text = f"{day:%d/%m/%Y} de {start}:{minutes} a {start + length}:{minutes}"
            else:
                text = f"{day:%Y-%m-%d} {start}:{minutes}-{start + length}:{minutes}"
        elif r < 0.42:
            text = rng.choice(RECURRING)
        else:
            text = ""
        windows = parse_windows(text, CITY_TZ, dayfirst=True, today=as_of).windows if text else []
        paid = rng.random() < 0.55
        first, last1, last2 = rng.choice(FIRST), rng.choice(LAST), rng.choice(LAST)
        cases.append(Case(
            case_id=f"DEMO-{i:04d}", name=f"{first} {last1} {last2}",
            address=f"{rng.choice(STREETS)}, {rng.randint(1, 220)}, {district}, Madrid",
            work_address=(f"{rng.choice(STREETS)}, {rng.randint(1, 150)}, Madrid" if rng.random() < 0.3 else ""),
            lat=lat, lon=lon, geo_status=GeoStatus.FROM_FILE, country=COUNTRY, timezone=CITY_TZ,
            due_date=due_date_from_days(dpd, as_of), balance=balance, currency=CURRENCY,
            last_payment_date=(as_of - timedelta(days=dpd + rng.randint(5, 40))) if paid else None,
            last_payment_amount=(balance / rng.choice([4, 6, 10])).quantize(Decimal("0.01")) if paid else None,
            phone=f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            flags=flags, collector=None, status=CaseStatus.OPEN, windows=windows,
            appointment_text=text, notes=""))
    # West of the city to Lucía, east to Javier; a few left for the supervisor to hand out.
    for case in cases:
        if rng.random() < 0.07:
            continue
        case.collector = COLLECTORS[0].name if case.lon < -3.695 else COLLECTORS[1].name
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
