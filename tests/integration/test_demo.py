"""The demo workspace is realistic and deterministic, in central Helsinki at the shipped extract's
real addresses."""

from datetime import date

from fieldvisit.domain.cases import BLOCKING_FLAGS, Bucket
from fieldvisit.services.demo import build_demo, demo_cases

AS_OF = date(2026, 11, 23)


def test_demo_is_deterministic_and_varied():
    a, b = demo_cases(300, AS_OF), demo_cases(300, AS_OF)
    assert [(c.case_id, c.name, c.balance, c.lat, c.appointment_text) for c in a] == \
           [(c.case_id, c.name, c.balance, c.lat, c.appointment_text) for c in b]
    buckets = {c.bucket(AS_OF) for c in a}
    assert {Bucket.M1, Bucket.M2, Bucket.M3, Bucket.M5_PLUS} <= buckets
    assert sum(1 for c in a if c.flags & BLOCKING_FLAGS) >= 5
    assert sum(1 for c in a if c.windows) >= 80
    assert all(60.164 < c.lat < 60.18 and 24.935 < c.lon < 24.954 for c in a)  # inside the shipped extract
    assert all(c.country == "FI" and c.currency == "EUR" and c.timezone == "Europe/Helsinki" for c in a)
    assert all(c.address.endswith("Helsinki") and c.phone.startswith("+358 ") for c in a)
    assert len({c.address for c in a}) > 150  # many doors, some buildings with several debtors
    assert {c.collector for c in a} == {"Lucía Romero", "Javier Ortega", None}
    upcoming = [w for c in a for w in c.windows if not w.recurring]
    assert all(w.start.date() > AS_OF and w.start.weekday() < 5 for w in upcoming)


def test_demo_refresh_updates_in_place(app):
    assert build_demo(app.uow(), count=50, as_of=AS_OF) == 50
    assert build_demo(app.uow(), count=50, as_of=AS_OF) == 50
    with app.uow() as uow:
        assert len(uow.cases.keys()) == 50
        assert {c.name for c in uow.collectors.list()} == {"Lucía Romero", "Javier Ortega"}
        assert uow.settings.get("timezone") == "Europe/Helsinki"
        assert uow.settings.get("country") == "FI" and uow.settings.get("currency") == "EUR"


def test_demo_office_has_synced_visits_to_review(sqlite_app):
    from datetime import date, timedelta

    from fieldvisit.demo_office import build_demo_office
    from fieldvisit.services.demo import build_demo
    from fieldvisit.services.reports import team_report

    build_demo(sqlite_app.uow(), count=80)
    assert build_demo_office(sqlite_app) is True
    assert build_demo_office(sqlite_app) is False  # once only
    report = team_report(sqlite_app.uow(), date.today() - timedelta(days=7), date.today())
    assert report["totals"]["visits"] == 20 and {d["collector"] for d in report["days"]} == {"Lucía Romero", "Javier Ortega"}
    assert report["totals"]["approved"] == 4 and report["totals"]["has_issues"] == 1
    with sqlite_app.uow() as uow:
        assert uow.keys.identity()["role"] == "supervisor"
        assert all(v["device"] for v in uow.visits.list())  # they arrived in signed bundles
