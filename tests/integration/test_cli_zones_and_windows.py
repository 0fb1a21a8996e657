"""BRK13c through the command line: morning times never moved to the evening, phrasings read
right, an unknown zone never placing times, far territories and regions placed by their zones."""

import json

from tests.integration.test_cli_lender_columns import fv, imported, listed

HEAD = "case_id,name,address,city,region,postal_code,country,balance,currency,days_past_due,appointment\n"


def reviews(db):
    r = fv(db, "--json", "cases", "review")
    assert r.returncode == 0, r.stderr
    return {i["case_id"]: i["error"] for i in json.loads(r.stdout)["reviews"]}


def spans(case):
    return [(w["start"][11:16], w["end"][11:16]) for w in case["windows"]]


def test_morning_times_are_clipped_or_reviewed_never_moved(tmp_path):
    path = tmp_path / "ampm.csv"
    path.write_text("case_id,name,address,city,region,country,balance,currency,days_past_due,appointment\n"
                    "P-1,A,1 Main,Austin,TX,US,1.00,USD,30,Mon 7-9\n"
                    "P-2,B,1 Main,Austin,TX,US,1.00,USD,30,Sat 6-8\n"
                    "P-3,C,1 Main,Austin,TX,US,1.00,USD,30,Tue 7:00-8:00\n"
                    "P-4,D,1 Main,Austin,TX,US,1.00,USD,30,Fri 5:30-7\n"
                    "P-5,E,1 Main,Austin,TX,US,1.00,USD,30,Sat 23:00-02:00\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, path)
    cases = listed(db)
    assert spans(cases["P-1"]) == [("08:00", "09:00")]  # clipped to the lawful start, not 19:00-21:00
    assert cases["P-2"]["windows"] == [] and cases["P-3"]["windows"] == []
    assert spans(cases["P-4"]) == [("17:30", "19:00")]  # nobody means 5:30 am
    queue = reviews(db)
    assert "outside lawful visiting hours" in queue["P-2"] and "outside lawful visiting hours" in queue["P-3"]
    assert "crosses midnight (23:00-02:00) and is outside the lawful visiting hours" in queue["P-5"]


def test_mexican_am_pm_and_portuguese_ranges_are_read(tmp_path):
    path = tmp_path / "mx.csv"
    path.write_text(HEAD + "M-1,Ana,Av. Juárez 1,Guadalajara,Jalisco,44100,MX,100.00,MXN,30,"
                           "lunes a viernes 9:00 a. m. - 2:00 p. m.\n"
                           "M-2,Eva,Av. Juárez 1,Guadalajara,Jalisco,44100,MX,100.00,MXN,30,24/7\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, path)
    cases = listed(db)
    assert spans(cases["M-1"])[0] == ("09:00", "14:00") and cases["M-1"]["timezone"] == "America/Mexico_City"
    assert spans(cases["M-2"])[0][0] != "00:00" and cases["M-2"]["windows"]  # the lawful hours
    assert reviews(db) == {}


def test_no_country_sends_the_appointments_to_review_and_country_places_them(tmp_path):
    path = tmp_path / "cn.csv"
    path.write_text("客户编号,客户姓名,联系地址,欠款金额,上门时间\nCN-01,张伟,北京市朝阳区建国路88号,100,工作日晚上7点后\n",
                    encoding="gb18030")
    db = tmp_path / "ws.db"
    r = fv(db, "--json", "cases", "import", str(path), "--as-of", "2026-11-23", "--preview")
    assert "Country unknown" in r.stdout
    imported(db, path)
    assert listed(db)["CN-01"]["windows"] == []
    assert "neither the file nor the workspace gives the country or time zone" in reviews(db)["CN-01"]
    assert "--country" in reviews(db)["CN-01"]
    db2 = tmp_path / "ws2.db"
    imported(db2, path, "--country", "CN")
    case = listed(db2)["CN-01"]
    assert case["timezone"] == "Asia/Shanghai" and case["windows"][0]["start"][11:] == "19:00:00+08:00"


def test_far_territories_and_regions_get_their_zones(tmp_path):
    path = tmp_path / "mz.csv"
    # France and Portugal follow the EU's weekdays (a Saturday there would wait for review)
    path.write_text(HEAD +
                    "FR1,H,5 rue de Paris,Saint-Denis,La Réunion,97400,FR,850.00,EUR,30,Tue 10-12\n"
                    "FR2,M,Rue Schoelcher,Pointe-à-Pitre,,97110,FR,850.00,EUR,30,Tue 10-12\n"
                    "PT1,S,Rua 1,Ponta Delgada,,9500-000,PT,100.00,EUR,30,Tue 10-12\n"
                    "ID1,M,Jl. Sunset Road 1,Denpasar,Bali,80361,ID,1000000,IDR,30,Sat 10-12\n"
                    "RU1,I,ul. Svetlanskaya 1,Vladivostok,Primorsky Krai,690000,RU,1000,RUB,30,Sat 10-12\n"
                    "RU2,Y,ul. Lenina 1,Yakutsk,Sakha,677000,RU,1000,RUB,30,Sat 10-12\n"
                    "EC1,V,Av. Charles Darwin,Puerto Ayora,Galápagos,200350,EC,100.00,USD,30,Sat 10-12\n"
                    "US1,G,1 Main St,Gary,IN,46402,US,100.00,USD,30,Sat 10-12\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, path)
    zones = {k: c["timezone"] for k, c in listed(db).items()}
    assert zones == {"FR1": "Indian/Reunion", "FR2": "America/Guadeloupe", "PT1": "Atlantic/Azores",
                     "ID1": "Asia/Makassar", "RU1": "Asia/Vladivostok", "RU2": zones["RU2"],
                     "EC1": "Pacific/Galapagos", "US1": "America/Chicago"}
    assert listed(db)["FR2"]["windows"][0]["start"][11:] == "10:00:00-04:00"
    assert reviews(db) == {"RU2": reviews(db)["RU2"]}
    assert "the region 'Sakha' is not one FieldVisit can place" in reviews(db)["RU2"]


def test_a_re_import_never_replaces_a_stored_zone_with_a_guess(tmp_path):
    """A region nobody can place, with no country or coordinates, tells nothing: the zone the
    first file gave stays (it was replaced by the workspace's zone before)."""
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("case_id,name,address,balance,currency,timezone\nZ-1,Ana,\"1 Main, Kyoto\",100,JPY,Asia/Tokyo\n",
                     encoding="utf-8")
    second.write_text("case_id,region\nZ-1,Nowhere Land\n", encoding="utf-8")
    db = tmp_path / "ws.db"
    imported(db, first)
    imported(db, second)
    assert listed(db)["Z-1"]["timezone"] == "Asia/Tokyo"
    third = tmp_path / "c.csv"  # coordinates that tell: stored on update
    third.write_text("case_id,country,lat,lon\nZ-1,US,29.76,-95.37\n", encoding="utf-8")
    imported(db, third)
    assert listed(db)["Z-1"]["timezone"] == "America/Chicago"
