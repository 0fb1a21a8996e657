"""Holds wait in the review queue (issue 13 leftover): an unclear condition cell (the case is held),
a time zone no evidence decides (its appointment waits with it) and implausible coordinates are
listed by ``pending_reviews``, settled by ``resolve_review`` (audited), given again when the same
text comes back, and closed by a later file that says something clear. On SQLite and PostgreSQL."""

from datetime import date

import pytest

from fieldvisit.domain.cases import Flag, GeoStatus
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.ports import Table
from fieldvisit.services.progress import run
from fieldvisit.services.window_review import dismiss_review, pending_reviews, resolve_review

AS_OF = date(2026, 11, 23)
HEAD = ["case_id", "name", "address", "country", "balance", "currency", "Deceased", "Bloqueos", "appointment",
        "lat", "lon"]
ROWS = [["A1", "Ana", "Calle 1, Madrid", "ES", "100", "EUR", "maybe", "", "", "", ""],
        ["A2", "Bob", "Calle 2, Madrid", "ES", "100", "EUR", "", "abogado, dispite", "", "", ""],
        ["A3", "Cid", "1 Main St, Springfield", "US", "100", "USD", "", "", "Tue 10:00-12:00", "", ""],
        ["A4", "Dan", "Calle 4, Madrid", "ES", "100", "EUR", "", "", "06:00-23:00", "-3.7038", "40.4168"]]


class _Zones:  # the import's zone lookup: coordinates only (timezonefinder's part is not under test)
    def zone_for(self, country, lat, lon):
        return None


def _import(app, rows, head=HEAD, name="lender.csv"):
    table = Table(headers=head, rows=iter(enumerate(rows, start=2)), kind="csv")
    return run(import_cases(app.uow(), table, file_name=name, sha256=name, as_of=AS_OF, zones=_Zones(),
                            rules=app.rules(), default_timezone="Etc/UTC"))


def _items(app):
    return {(i["case_id"], i["column"]): i for i in pending_reviews(app.uow())}


def _case(app, case_id):
    with app.uow() as uow:
        return uow.cases.get(case_id)


def test_holds_wait_in_the_queue_and_are_settled(app):
    summary = _import(app, ROWS)
    assert summary.notes == [{"row": 5, "case_id": "A4", "column": "appointment",
                              "note": "'06:00-23:00' clipped to the lawful visiting hours (09:00-21:00): "
                                      "Mon–Fri 09:00–21:00"}]  # ES: weekdays only
    items = _items(app)
    assert set(items) == {("A1", "flag:deceased"), ("A2", "flag:*"), ("A3", "timezone"), ("A3", "appointment"),
                          ("A4", "lat")}
    assert items[("A1", "flag:deceased")]["kind"] == "flag" and items[("A1", "flag:deceased")]["text"] == "maybe"
    assert "in Deceased" in items[("A1", "flag:deceased")]["error"]  # the file's header
    assert items[("A2", "flag:*")]["candidates"] == ["dispute", "none"]
    assert items[("A3", "timezone")]["kind"] == "timezone" and "America/Chicago" in items[("A3", "timezone")]["candidates"]
    assert items[("A4", "lat")]["text"] == "-3.7038, 40.4168" and items[("A4", "lat")]["candidates"][0] == "swapped"
    assert _case(app, "A1").flags == {Flag.DECEASED} and _case(app, "A2").flags == {Flag.LAWYER, Flag.DO_NOT_VISIT}

    # the appointment of a case whose zone is undecided waits for the zone
    with pytest.raises(UserError, match="time zone of A3 first"):
        resolve_review(app.uow(), items[("A3", "appointment")]["id"], "Tue 10:00-12:00")
    with pytest.raises(UserError, match="not an IANA time zone"):
        resolve_review(app.uow(), items[("A3", "timezone")]["id"], "Chicago")
    assert resolve_review(app.uow(), items[("A3", "timezone")]["id"], "america/chicago", by="eva") == ["America/Chicago"]
    a3 = _case(app, "A3")
    assert a3.timezone == "America/Chicago" and a3.appointment_text == "Tue 10:00-12:00"
    assert [(w.tz, w.weekdays, str(w.start_time)) for w in a3.windows] == [("America/Chicago", (1,), "10:00:00")]

    with pytest.raises(UserError, match="unknown flag"):
        resolve_review(app.uow(), items[("A1", "flag:deceased")]["id"], "perhaps")
    assert resolve_review(app.uow(), items[("A1", "flag:deceased")]["id"], "none", by="eva") == ["none"]
    assert _case(app, "A1").flags == frozenset()  # the hold is lifted
    assert resolve_review(app.uow(), items[("A2", "flag:*")]["id"], "dispute", by="eva") == ["dispute"]
    assert _case(app, "A2").flags == {Flag.LAWYER, Flag.DISPUTE}
    assert resolve_review(app.uow(), items[("A4", "lat")]["id"], "swapped", by="eva") == ["swapped"]
    a4 = _case(app, "A4")
    assert (a4.lat, a4.lon, a4.geo_status) == (40.4168, -3.7038, GeoStatus.FROM_FILE)
    assert pending_reviews(app.uow()) == []
    with app.uow() as uow:
        actions = [(e.action, e.subject) for e in uow.audit.entries()]
    for entry in (("flag_review", "A1"), ("flag_review", "A2"), ("zone_review", "A3"), ("position_review", "A4")):
        assert entry in actions

    # tomorrow's file with the same texts: the same answers, no new items
    summary = _import(app, ROWS, name="again.csv")
    assert summary.review == [] and summary.reviewed_before == 5
    assert pending_reviews(app.uow()) == []
    assert _case(app, "A1").flags == frozenset() and _case(app, "A2").flags == {Flag.LAWYER, Flag.DISPUTE}
    a3, a4 = _case(app, "A3"), _case(app, "A4")
    assert a3.timezone == "America/Chicago" and [w.tz for w in a3.windows] == ["America/Chicago"]
    assert (a4.lat, a4.lon) == (40.4168, -3.7038)


def test_a_clear_file_closes_the_items(app):
    _import(app, ROWS)
    assert len(pending_reviews(app.uow())) == 5
    head = [*HEAD, "state"]
    clear = [["A1", "Ana", "Calle 1, Madrid", "ES", "100", "EUR", "N", "", "", "", "", ""],
             ["A2", "Bob", "Calle 2, Madrid", "ES", "100", "EUR", "", "ninguno", "", "", "", ""],
             ["A3", "Cid", "1 Main St, Springfield", "US", "100", "USD", "", "", "Tue 10:00-12:00", "", "", "TX"],
             ["A4", "Dan", "Calle 4, Madrid", "ES", "100", "EUR", "", "", "", "40.4168", "-3.7038", ""]]
    summary = _import(app, clear, head=head, name="clear.csv")
    assert summary.review == []
    assert pending_reviews(app.uow()) == []
    assert _case(app, "A1").flags == frozenset()
    assert _case(app, "A2").flags == {Flag.LAWYER}  # the hold of 'dispite' is lifted, said in the summary
    assert {"row": 3, "case_id": "A2", "flags": ["do_not_visit"]} in summary.flags_dropped
    a3 = _case(app, "A3")
    assert a3.timezone == "America/Chicago" and [w.tz for w in a3.windows] == ["America/Chicago"]
    assert (_case(app, "A4").lat, _case(app, "A4").lon) == (40.4168, -3.7038)


def test_a_held_case_stays_held_when_kept_as_is(app):
    _import(app, ROWS[:1])
    item = pending_reviews(app.uow())[0]
    dismiss_review(app.uow(), item["id"], by="eva", reason="to ask the lender")
    assert pending_reviews(app.uow()) == [] and _case(app, "A1").flags == {Flag.DECEASED}


@pytest.mark.parametrize("others", [0, 60])  # few cases are read one by one, many in one read
def test_a_stored_zone_stands_when_a_later_file_does_not_tell(app, others):
    head = ["case_id", "name", "address", "state", "country", "appointment"]
    more = [[f"Z{n}", "Zed", f"{n} Elm St", "Ohio", "US", ""] for n in range(2, 2 + others)]
    _import(app, [["Z1", "Zoe", "1 Elm St", "Texas", "US", ""], *more], head=head)
    assert pending_reviews(app.uow()) == [] and _case(app, "Z1").timezone == "America/Chicago"
    head = ["case_id", "name", "address", "country", "appointment"]
    summary = _import(app, [["Z1", "Zoe", "1 Elm St", "US", "Tue 10:00-12:00"], *(r[:3] + r[4:] for r in more)],
                      head=head, name="no-state.csv")
    assert summary.review == [] and pending_reviews(app.uow()) == []
    assert {_case(app, f"Z{n}").timezone for n in range(2, 2 + others)} <= {"America/New_York"}
    z1 = _case(app, "Z1")
    assert z1.timezone == "America/Chicago" and [(w.tz, w.weekdays) for w in z1.windows] == [("America/Chicago", (1,))]


def test_geocoding_that_tells_the_zone_closes_its_question(app):
    from types import SimpleNamespace

    from fieldvisit.adapters.geo.geocoding import GeopyGeocoder
    from fieldvisit.services.geocode import geocode_pending

    class Geopy:
        def geocode(self, query):
            return SimpleNamespace(latitude=41.88, longitude=-87.63, address=query)

    class Zones:
        def zone_for(self, country, lat, lon):
            return "America/Chicago" if lat is not None else None

    _import(app, [ROWS[2]])
    assert {i["column"] for i in pending_reviews(app.uow())} == {"timezone", "appointment"}
    geocoder = GeopyGeocoder(geocoder=Geopy(), min_delay=0.0)
    run(geocode_pending(app.uow(), geocoder, Zones()))
    a3 = _case(app, "A3")
    assert a3.timezone == "America/Chicago"
    assert pending_reviews(app.uow()) == []  # the held appointment is read in Chicago's time, as a person's choice would
    assert [(w.tz, w.weekdays, w.start_time.isoformat(), w.end_time.isoformat()) for w in a3.windows] == [
        ("America/Chicago", (1,), "10:00:00", "12:00:00")]
    assert a3.appointment_text == "Tue 10:00-12:00"
    with app.uow() as uow:
        assert [e.action for e in uow.audit.entries() if e.subject == "A3"][-1:] == ["zone_from_place"]


def test_an_answer_for_one_case_does_not_change_another_with_the_same_cell(app):
    rows = [ROWS[0], ["B1", "Bea", "Calle 9, Madrid", "ES", "100", "EUR", "maybe", "", "", "", ""]]
    _import(app, rows)
    resolve_review(app.uow(), _items(app)[("A1", "flag:deceased")]["id"], "none")
    summary = _import(app, rows, name="again.csv")  # both rows share one reading of 'maybe'
    assert [(r["case_id"], r["column"]) for r in summary.review] == [("B1", "flag:deceased")]
    assert _case(app, "A1").flags == frozenset() and _case(app, "B1").flags == {Flag.DECEASED}
    assert set(_items(app)) == {("B1", "flag:deceased")}
