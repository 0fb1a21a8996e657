"""BRK14 #1, #4 and the preview's smaller findings through the command line, on a real SQLite
workspace whose country is set: a row's own country decides its date order over the workspace's;
a workspace country the file contradicts is not used (and the user is told); an appointment months
in the past waits in the review queue; the preview says one country and quotes the file's dates."""

import json

from tests.integration.test_cli_lender_columns import AS_OF, fv, imported, listed


def _workspace(db, **settings):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.settings import load_settings, save_settings

    app = open_app(f"sqlite:///{db}")
    try:
        save_settings(app.uow(), {**load_settings(app.uow()), **settings})
    finally:
        app.close()


def _queue(db):
    r = fv(db, "--json", "cases", "review")
    assert r.returncode == 0, r.stderr
    return [(i["case_id"], i["column"], i["error"]) for i in json.loads(r.stdout)["reviews"]]


MIXED = ("case_id,name,address,lat,lon,balance,currency,country,days_past_due,appointment\n"
         'MC-1,Ann,"5th Ave 1, New York",40.7411,-73.9897,"1,234.50",USD,US,30,12/01/2026 6pm-8pm\n'
         'MC-2,Bob,"Calle Mayor 1, Madrid",40.4168,-3.7038,"1.234,50",EUR,ES,30,01/12/2026 18:00-20:00\n'
         'MC-3,Cid,"Av. Reforma 1, CDMX",19.4326,-99.1332,"1,234.50",MXN,MX,30,\n'
         'MC-4,Dee,"Old Appointment St 1, Madrid",40.4168,-3.7038,"100",EUR,ES,30,2026-06-01 10:00-12:00\n')


def test_in_a_cn_workspace_each_row_is_read_by_its_own_country(tmp_path):
    db, path = tmp_path / "ws.db", tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    _workspace(db, country="CN", currency="CNY", timezone="Asia/Shanghai")
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--preview")
    assert r.returncode == 0, r.stderr
    assert "country per row (ES, MX, US)" in r.stdout and "as written in the workspace's country" not in r.stdout
    assert "appointment=Tue 01 Dec 18:00–20:00" in r.stdout.split("row 2:")[1].split("\n")[0]
    imported(db, path)
    cases = listed(db)
    assert cases["MC-1"]["windows"][0]["start"] == "2026-12-01T18:00:00-05:00"  # 1 Dec in New York, not 12 Jan
    assert cases["MC-2"]["windows"][0]["start"] == "2026-12-01T18:00:00+01:00"
    assert cases["MC-4"]["windows"] == []  # 1 June: months before the import, not stored as a window
    queue = _queue(db)
    assert [(c, col) for c, col, _ in queue] == [("MC-4", "appointment")]
    assert "in the past" in queue[0][2] and "2026-06-01" in queue[0][2]


def test_a_past_appointment_names_its_other_reading(tmp_path):
    db, path = tmp_path / "ws.db", tmp_path / "dates.csv"
    path.write_text("case_id,name,address,lat,lon,balance,due_date,appointment\n"
                    'D-3,Cid,"Calle Mayor 3, Madrid",40.4168,-3.7038,300.00,25/04/2026,\n'
                    'D-4,Dee,"Calle Mayor 4, Madrid",40.4168,-3.7038,400.00,11/10/2026,12/01/2026 18:00-20:00\n',
                    encoding="utf-8")
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--preview")
    assert "such as 25/04/2026 that can only be read so" in r.stdout and "25/11" not in r.stdout
    data = imported(db, path)
    assert data["windows"] == 0
    (case_id, column, error), = _queue(db)
    assert (case_id, column) == ("D-4", "appointment")
    assert "2026-01-12" in error and "in the past" in error and "read month first it would be 2026-12-01" in error


#: Towns outside the big cities whose postcodes tell the country (28013 Madrid would say ES).
SPANISH = ("Nº Expediente;Nombre del cliente;Calle;Número;Municipio;Código postal;Saldo vencido;Días de mora;"
           "Horario de visita\n"
           "ES-001;María Núñez;Calle Mayor;1;Getafe;28901;1.234,56;45;martes y jueves 16:00-18:00\n"
           "ES-002;José Peña;Calle de Alcalá;100;Alcobendas;28100;987,00;95;de lunes a viernes de 9:00 a 14:00\n")


def test_a_spanish_file_of_big_cities_in_a_cn_workspace_is_read_as_spain(tmp_path):
    db, path = tmp_path / "ws.db", tmp_path / "es.csv"
    path.write_text(SPANISH.replace("Getafe;28901", "Madrid;28013").replace("Alcobendas;28100", "Madrid;28009"),
                    encoding="utf-8")
    _workspace(db, country="CN", currency="CNY", timezone="Asia/Shanghai")
    imported(db, path)
    assert {(c["country"], c["currency"], c["timezone"]) for c in listed(db).values()} == \
        {("ES", "EUR", "Europe/Madrid")}


def test_a_spanish_file_in_a_cn_workspace_is_not_read_as_china(tmp_path):
    db, path = tmp_path / "ws.db", tmp_path / "es.csv"
    path.write_text(SPANISH, encoding="utf-8")
    _workspace(db, country="CN", currency="CNY", timezone="Asia/Shanghai")
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert "Warning: Country unknown: the workspace's country (CN) does not fit this file" in r.stdout
    cases = listed(db)
    assert all(c["currency"] != "CNY" and c["timezone"] != "Asia/Shanghai" and c["windows"] == []
               for c in cases.values())
    assert {col for _, col, _ in _queue(db)} == {"appointment", "timezone", "balance"}  # times wait for the country; amounts for a currency
    # following the advice: --country ES reads the file as Spanish and corrects what was stored
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--country", "ES", "--preview")
    assert "Country unknown" not in r.stdout and "country ES," in r.stdout and "Country ES: chosen by the user." in r.stdout
    imported(db, path, "--country", "ES")
    cases = listed(db)
    assert {(c["country"], c["currency"], c["timezone"]) for c in cases.values()} == {("ES", "EUR", "Europe/Madrid")}
    assert all(c["windows"] for c in cases.values()) and _queue(db) == []


def test_the_preview_says_the_workspaces_country_as_the_workspaces(tmp_path):
    db, path = tmp_path / "ws.db", tmp_path / "plain.csv"
    path.write_text("case_id,name,address,balance,due_date\nP-1,Ann,Calle Mayor 1,100.00,03/04/2026\n",
                    encoding="utf-8")
    _workspace(db, country="CN", currency="CNY", timezone="Asia/Shanghai")
    r = fv(db, "cases", "import", str(path), "--as-of", AS_OF, "--preview")
    head = r.stdout.split("\n")[1]
    assert "country CN (the workspace's)" in head and "country unknown" not in head
    assert "dates undecided" in head and "CN writes dates year first" in r.stdout  # China is not day first
    assert "row 2 (due_date)" in r.stdout  # 03/04/2026 waits for a person
