"""BRK14 #5 and #11 end to end through the CLI on a real SQLite workspace: in a Madrid (EUR) file,
``£1,234`` is 1234.00 GBP; ``$1,234.50``, ``¥12,345`` and ``1.234,5 kr`` keep their cases, whose
amount waits in the review queue with its currency (the balance shows "to review", the prep
sheet proposes nothing), and a person's answer sets amount and currency together — never EUR. A
re-import of the same file neither asks again nor doubles the queue."""

import json

from tests.integration.test_cli_plan import fv

K5 = ('case_id,name,address,lat,lon,balance,days_past_due\n'
      'M-01,Eva,"Calle Mayor 1, Madrid",40.4168,-3.7038,"$1,234.50",30\n'
      'M-03,Ana,"Calle Mayor 3, Madrid",40.4168,-3.7038,"€1.234,56",30\n'
      'M-06,Luis,"Calle Mayor 6, Madrid",40.4168,-3.7038,"¥12,345",30\n'
      'M-15,Pía,"Calle Mayor 15, Madrid",40.4168,-3.7038,"£1,234",30\n'
      'M-17,Otto,"Calle Mayor 17, Madrid",40.4168,-3.7038,"1.234,5 kr",30\n'
      'M-22,Ines,"Calle Mayor 22, Madrid",40.4168,-3.7038,"₹1,23,456.00",30\n')


def _cases(db):
    r = fv("--json", "cases", "list", "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    return {c["case_id"]: c for c in json.loads(r.stdout)["cases"]}


def _reviews(db):
    return {i["case_id"]: i for i in json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]}


def test_a_shared_symbol_keeps_the_case_and_the_review_sets_amount_and_currency(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / "k5_money.csv"
    path.write_text(K5, encoding="utf-8")
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["rejected"] == [] and summary["imported"] == 6  # no case lost for its currency
    got = _cases(db)
    assert (got["M-15"]["balance"], got["M-15"]["currency"]) == ("1234.00", "GBP")  # £ is pounds
    assert (got["M-22"]["balance"], got["M-22"]["currency"]) == ("123456.00", "INR")
    assert (got["M-03"]["balance"], got["M-03"]["currency"]) == ("1234.56", "EUR")
    for case_id in ("M-01", "M-06", "M-17"):  # never the file's EUR as if known
        assert (got[case_id]["balance"], got[case_id]["currency"]) == (None, ""), case_id
        assert got[case_id]["to_review"] == ["balance", "currency"]
    prep = json.loads(fv("--json", "prep", "M-06", "--as-of", "2026-11-23", db=db).stdout)
    assert prep["balance"] is None and prep["proposal"]["kind"] == "to_review"

    items = _reviews(db)
    assert set(items) == {"M-01", "M-06", "M-17"}
    assert items["M-06"]["candidates"] == ["12345.00 CNY", "12345 JPY"]
    assert items["M-17"]["candidates"] == ["1234.50 SEK", "1234.50 NOK", "1234.50 DKK", "1234.50 ISK"]
    plain = fv("cases", "review", db=db).stdout
    assert "could be: 12345.00 CNY or 12345 JPY" in plain and "--text '12345 JPY'" in plain

    item = str(items["M-06"]["id"])
    for text, says in (("12345", "Say the currency too"), ("12345 EUR", "cannot be EUR")):
        r = fv("cases", "review", "--resolve", item, "--text", text, db=db)
        assert r.returncode == 2 and says in r.stderr and "Traceback" not in r.stderr
    r = fv("--json", "cases", "review", "--resolve", item, "--text", "12345 JPY", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"resolved": int(item), "value": "12345.00", "currency": "JPY"}
    r = fv("cases", "review", "--resolve", str(items["M-01"]["id"]), "--text", "1234.50 MXN", db=db)
    assert r.returncode == 0 and "1234.50 MXN" in r.stdout
    got = _cases(db)
    assert (got["M-06"]["balance"], got["M-06"]["currency"], got["M-06"]["to_review"]) == ("12345.00", "JPY", [])
    assert (got["M-01"]["balance"], got["M-01"]["currency"]) == ("1234.50", "MXN")
    prep = json.loads(fv("--json", "prep", "M-06", "--as-of", "2026-11-23", db=db).stdout)
    assert prep["proposal"]["kind"] != "to_review" and prep["proposal"]["currency"] == "JPY"

    # the same file again: the answers are given again, the open one waits once
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    got = _cases(db)
    assert (got["M-06"]["balance"], got["M-06"]["currency"]) == ("12345.00", "JPY")
    assert (got["M-01"]["balance"], got["M-01"]["currency"]) == ("1234.50", "MXN")
    assert list(_reviews(db)) == ["M-17"] and json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 1


def test_the_files_country_decides_a_shared_symbol(tmp_path):
    """Tokyo coordinates: ¥ is yen; a country column: $ in Mexico is pesos; kr in Sweden is kronor."""
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / "tokyo.csv"
    path.write_text('case_id,name,address,lat,lon,balance\nJ-1,Aiko,"1-1 Marunouchi, Tokyo",35.68,139.76,"¥12,345"\n',
                    encoding="utf-8")
    assert fv("cases", "import", str(path), "--as-of", "2026-11-23", db=db).returncode == 0
    mixed = tmp_path / "mixed.csv"
    mixed.write_text('case_id,name,country,balance\nX-1,Ana,MX,"$1,234.50"\nX-2,Sven,SE,"1.234,5 kr"\n',
                     encoding="utf-8")
    assert fv("cases", "import", str(mixed), "--as-of", "2026-11-23", db=db).returncode == 0
    got = _cases(db)
    assert {k: (c["balance"], c["currency"]) for k, c in got.items()} == {
        "J-1": ("12345.00", "JPY"), "X-1": ("1234.50", "MXN"), "X-2": ("1234.50", "SEK")}
    assert not [i for i in _reviews(db).values() if i["column"] == "balance"]  # (X-1's time zone waits: MX has several)


def test_a_spreadsheet_number_in_dollars_waits_with_the_dollars_it_can_be(tmp_path):
    """A number cell formatted "$"#,##0.00 in a Madrid workbook: the cell shows no symbol, the
    review item still offers the dollars and refuses euros."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["case_id", "name", "address", "lat", "lon", "balance"])
    sheet.append(["D-1", "Ana", "Calle Mayor 1, Madrid", 40.4168, -3.7038, 1234.5])
    sheet.cell(2, 6).number_format = '"$"#,##0.00'
    path = tmp_path / "dollars.xlsx"
    book.save(path)
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["rejected"] == [], r.stderr
    item = _reviews(db)["D-1"]
    assert item["candidates"][:2] == ["1234.50 USD", "1234.50 MXN"]
    r = fv("cases", "review", "--resolve", str(item["id"]), "--text", "1234.50 EUR", db=db)
    assert r.returncode == 2 and "cannot be EUR" in r.stderr
    assert fv("cases", "review", "--resolve", str(item["id"]), "--text", "1234.50 USD", db=db).returncode == 0
    assert (_cases(db)["D-1"]["balance"], _cases(db)["D-1"]["currency"]) == ("1234.50", "USD")
