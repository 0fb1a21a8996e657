"""BRK15 #2 (kind us_headers_dropped) through the real CLI on a real workspace: the tester's files
whose coordinates, address, visiting times and arrears dates were only kept as extra information
now store them (tests/data/brk15, as the tester made them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "brk15"


def run_json(capsys, url, *args):
    rc = main(["--db", url, "--json", *args])
    out, err = capsys.readouterr()
    assert rc == 0, err
    return json.loads(out)


def imported(capsys, url, name, *extra):
    data = run_json(capsys, url, "cases", "import", str(DATA / name), "--as-of", "2026-11-30", *extra)
    cases = run_json(capsys, url, "cases", "list", "--as-of", "2026-11-30")["cases"]
    return data, {c["case_id"]: c for c in cases}


@pytest.fixture
def url(app):
    return app.url


def kept(data):
    return [c["source"] for c in data["columns"] if c["action"] != "map"]


def test_en_synonyms_addr1_and_geo_lat_lng(capsys, url):
    data, cases = imported(capsys, url, "c42_en_synonyms.csv")
    assert kept(data) == [] and data["imported"] == 2
    assert (cases["L-1"]["lat"], cases["L-1"]["lon"]) == (53.48, -2.24)
    assert (cases["L-2"]["lat"], cases["L-2"]["lon"]) == (53.49, -2.25)
    assert cases["L-1"]["timezone"] == "Europe/London" and cases["L-2"]["windows"]


def test_german_breitengrad_laengengrad_give_the_place_and_its_zone(capsys, url):
    data, cases = imported(capsys, url, "x09_de_summary_footer.xlsx")
    assert kept(data) == [] and data["imported"] == 4
    assert (cases["DE-1"]["lat"], cases["DE-1"]["lon"]) == (52.52, 13.405)
    assert {c["timezone"] for c in cases.values()} == {"Europe/Berlin"}
    assert {c["country"] for c in cases.values()} == {"DE"}


def test_two_row_header_localizacao_latitude_longitude(capsys, url):
    data, cases = imported(capsys, url, "x11_pt_two_row_header.xlsx")
    fields = {c["source"]: c["field"] for c in data["columns"] if c["action"] == "map"}
    assert "lat" in fields.values() and "lon" in fields.values() and kept(data) == []
    assert (cases["BR-1"]["lat"], cases["BR-1"]["lon"]) == (-23.55, -46.63)
    assert cases["BR-2"]["timezone"] == "America/Sao_Paulo"


def test_horario_preferente_is_the_appointment(capsys, url):
    data, cases = imported(capsys, url, "c16_mx.csv")
    assert kept(data) == [] and data["windows"] == 3
    first = cases["MX-1"]["windows"][0]
    assert (first["start"], first["end"]) == ("2026-11-30T09:00:00-06:00", "2026-11-30T14:00:00-06:00")
    assert cases["MX-2"]["windows"][0]["start"] == "2026-11-30T18:00:00-06:00"


def test_first_missed_payment_serials_are_the_due_date(capsys, url):
    data, cases = imported(capsys, url, "x03_serial_numbers.xlsx")
    assert kept(data) == [] and data["imported"] == 3
    assert {k: c["days_past_due"] for k, c in cases.items()} == {"S-1": 30, "S-2": 90, "S-3": 180}


def test_the_preview_names_no_false_name_conflict(capsys, url):
    data = run_json(capsys, url, "cases", "import", str(DATA / "x03_serial_numbers.xlsx"), "--preview",
                    "--as-of", "2026-11-30")
    assert data["conflicts"] == []
    assert {c["source"]: c["field"] for c in data["columns"]}["First Missed Payment"] == "due_date"


def test_variants_in_spanish_and_chinese(capsys, url, tmp_path):
    es = tmp_path / "es_variant.csv"
    es.write_text("Expediente,Titular,Domicilio,GPS Lat,GPS Lng,Saldo,Moneda,Fecha primer impago,Franja preferente\n"
                  "V-1,Ana Ruiz,\"Calle Mayor 1, Madrid\",40.4168,-3.7038,\"1.000,00\",EUR,31/10/2026,"
                  "martes 16:00-18:00\n", encoding="utf-8")
    data, cases = imported(capsys, url, str(es))
    assert kept(data) == []
    case = cases["V-1"]
    assert (case["lat"], case["lon"], case["days_past_due"]) == (40.4168, -3.7038, 30)
    assert case["windows"][0]["start"] == "2026-12-01T16:00:00+01:00"
    zh = tmp_path / "zh_variant.csv"
    zh.write_text("合同编号,客户姓名,地址,GPS纬度,GPS经度,欠款金额,币种,首次逾期日期,方便时段\n"
                  "Z-1,张伟,上海市浦东新区世纪大道100号,31.2304,121.4737,5000,CNY,2026-10-31,周六上午\n",
                  encoding="utf-8")
    data, cases = imported(capsys, url, str(zh))
    assert kept(data) == []
    case = cases["Z-1"]
    assert (case["lat"], case["lon"], case["days_past_due"], case["timezone"]) == (31.2304, 121.4737, 30,
                                                                                    "Asia/Shanghai")


def run(capsys, url, *args):
    rc = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return rc, out, err


def test_no_id_preview_exits_0_with_columns_sample_and_the_sentence(capsys, url):
    """BRK15 #12 (c46_no_id.csv): the preview shows all it can and says a case_id column is needed."""
    path = str(DATA / "c46_no_id.csv")
    data = run_json(capsys, url, "cases", "import", path, "--preview", "--as-of", "2026-11-30")
    assert "no case_id column" in data["problem"] and "--mapping" in data["problem"]
    assert [c["field"] for c in data["columns"]] == ["name", "address", "lat", "lon", "balance", "currency",
                                                     "days_past_due"]
    assert data["conventions"]["currency"] == "EUR" and data["rows_read"] == 2
    assert data["sample"][0]["values"]["balance"] == "100.00 EUR"  # the rows are read as the import would
    rc, out, err = run(capsys, url, "cases", "import", path, "--preview", "--as-of", "2026-11-30")
    assert rc == 0 and err == ""
    assert "Columns (7):" in out and "row 3: name=No Id Two" in out
    last = out.strip().splitlines()[-1]
    assert last.startswith("Cannot be imported as it is:") and "case_id" in last and "--mapping" in last
    rc, out, err = run(capsys, url, "cases", "import", path, "--as-of", "2026-11-30")
    assert rc == 2 and out == "" and "no case_id column" in err and err.count("\n") == 1
    rc, _, err = run(capsys, url, "cases", "import", path, "--preview", "--save-profile", "p")
    assert rc == 2 and "the profile is not saved" in err
    assert run_json(capsys, url, "cases", "profiles")["profiles"] == []


def test_no_id_preview_still_reports_other_bad_cells(capsys, url, tmp_path):
    path = tmp_path / "no_id_bad.csv"
    path.write_text("name,balance,currency,appointment\nAna,100,EUR,martes 16:00-18:00\nBea,abc,EUR,\n",
                    encoding="utf-8")
    data = run_json(capsys, url, "cases", "import", str(path), "--preview", "--as-of", "2026-11-30")
    assert data["problem"] and [r["row"] for r in data["rejected"]] == [3]
    rc = main(["--db", url, "--json", "cases", "import", str(path), "--preview", "--mapping",
               '{"name": "case_id"}', "--as-of", "2026-11-30"])
    mapped = json.loads(capsys.readouterr().out)
    assert rc == 0 and mapped["problem"] is None


def test_latitude_and_longitude_in_one_column(capsys, url, tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text('Expediente;Titular;Coordenadas GPS;Saldo;Moneda\n'
                    'G-1;Ana;40,4168, -3,7038;1.000,00;EUR\nG-2;Bea;(40.4178 -3.7028);200,00;EUR\n'
                    'G-3;Cid;junto al mercado;300,00;EUR\nG-4;Dan;;400,00;EUR\n', encoding="utf-8")
    preview = run_json(capsys, url, "cases", "import", str(path), "--preview", "--as-of", "2026-11-30")
    assert {c["source"]: c["field"] for c in preview["columns"]}["Coordenadas GPS"] == "coordinates"
    assert preview["sample"][0]["values"]["Coordenadas GPS"] == "40.4168, -3.7038"
    assert "address" not in preview["missing_fields"]
    data, cases = imported(capsys, url, str(path))
    assert [(r["row"], r["error"]) for r in data["rejected"]] == [(4, "'junto al mercado' is not a coordinate")]
    assert (cases["G-1"]["lat"], cases["G-1"]["lon"], cases["G-1"]["timezone"]) == (40.4168, -3.7038, "Europe/Madrid")
    assert (cases["G-2"]["lat"], cases["G-2"]["lon"]) == (40.4178, -3.7028)
    assert cases["G-4"]["lat"] is None and "G-3" not in cases
