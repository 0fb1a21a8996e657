"""Amounts as lenders write them, end to end through the CLI (BRK13c #4): a no-cents dash is not
a minus sign, a shared ``$`` goes with the currency column or ``--currency``, lakh/千/currency
names/credits are read, and a case in KWD keeps its fils from the file to the plan, the visit
and the report."""

import json

from tests.integration.test_cli_plan import fv


def _db(tmp_path, name="ws.db"):
    return f"sqlite:///{tmp_path / name}"


def _import(tmp_path, path, *args, db=None):
    return fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", *args, db=db or _db(tmp_path))


def _cases(tmp_path, db=None):
    r = fv("--json", "cases", "list", "--as-of", "2026-11-23", db=db or _db(tmp_path))
    assert r.returncode == 0, r.stderr
    return {c["case_id"]: c for c in json.loads(r.stdout)["cases"]}


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_no_cents_dashes_multipliers_names_and_credits(tmp_path):
    path = _write(tmp_path, "de.csv", "Aktenzeichen;Forderung;Land\nAT-3;€ 2.500,-;AT\nAT-4;1.234,56-;AT\n"
                                      "CH-3;Fr. 850.–;CH\nES-5;500,00 CR;ES\nDE-6;1.200,— €;DE\n", "cp1252")
    r = _import(tmp_path, path, "--mapping", '{"Aktenzeichen": "case_id", "Forderung": "balance", "Land": "country"}')
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["rejected"] == []
    got = {k: (c["balance"], c["currency"]) for k, c in _cases(tmp_path).items()}
    assert got == {"AT-3": ("2500.00", "EUR"), "AT-4": ("-1234.56", "EUR"), "CH-3": ("850.00", "CHF"),
                   "ES-5": ("-500.00", "EUR"), "DE-6": ("1200.00", "EUR")}


def test_lakh_thousands_characters_and_taiwan_dollars(tmp_path):
    india = _write(tmp_path, "in.csv", "case_id,balance,country\nIN-3,1.2 lakh,IN\nIN-4,2 crore,IN\n")
    assert _import(tmp_path, india).returncode == 0
    taiwan = _write(tmp_path, "tw.csv", "案件編號,欠款金額,幣別\nTW-1,\"新台幣 12,345\",TWD\nTW-2,\"NT$ 12,345\",\n"
                                        "TW-3,8萬,新台幣\nTW-4,1.5千,TWD\n", "big5")
    r = _import(tmp_path, taiwan)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["rejected"] == []
    got = {k: (c["balance"], c["currency"]) for k, c in _cases(tmp_path).items()}
    assert got["IN-3"] == ("120000.00", "INR") and got["IN-4"] == ("20000000.00", "INR")
    assert got["TW-1"] == got["TW-2"] == ("12345.00", "TWD")
    assert got["TW-3"] == ("80000.00", "TWD") and got["TW-4"] == ("1500.00", "TWD")


def test_dollars_with_a_currency_column_or_the_users_currency(tmp_path):
    mx = _write(tmp_path, "mx.csv", 'case_id,balance,currency,country\nMX-1,"$12,345.67",MXN,MX\n'
                                    'MX-3,"$1,500",USD,MX\n')
    assert _import(tmp_path, mx).returncode == 0
    got = _cases(tmp_path)
    assert (got["MX-3"]["balance"], got["MX-3"]["currency"]) == ("1500.00", "USD")
    au = _write(tmp_path, "au.csv", 'Account No,Balance\nAU-1,"$1,234.56"\nAU-2,$987.00\n')
    # nothing says which dollars: the cases are imported, amount and currency wait in the review
    # queue (BRK14 #11), never a guessed currency
    kept = _import(tmp_path, au, db=_db(tmp_path, "unsaid.db"))
    assert kept.returncode == 0 and json.loads(kept.stdout)["rejected"] == []
    got = _cases(tmp_path, db=_db(tmp_path, "unsaid.db"))
    assert {k: (c["balance"], c["currency"]) for k, c in got.items()} == {"AU-1": (None, ""),
                                                                         "AU-2": (None, "")}
    r = _import(tmp_path, au, "--currency", "AUD", db=_db(tmp_path, "au.db"))
    assert r.returncode == 0, r.stderr
    got = _cases(tmp_path, db=_db(tmp_path, "au.db"))
    assert {k: (c["balance"], c["currency"]) for k, c in got.items()} == {"AU-1": ("1234.56", "AUD"),
                                                                         "AU-2": ("987.00", "AUD")}


def test_a_kwd_case_keeps_its_fils_end_to_end(tmp_path):
    path = _write(tmp_path, "kw.csv", 'case_id,name,address,country,lat,lon,balance,currency,days_past_due\n'
                                      'K-1,Ann,"1 Main St",KW,29.37,47.98,1.234,KWD,30\n'
                                      'K-2,Bob,"2 Main St",KW,29.37,47.98,"1,000.001",KWD,200\n')
    assert _import(tmp_path, path).returncode == 0
    got = _cases(tmp_path)
    assert (got["K-1"]["balance"], got["K-2"]["balance"]) == ("1.234", "1000.001")
    prep = json.loads(fv("--json", "prep", "K-2", "--as-of", "2026-11-23", db=_db(tmp_path)).stdout)
    amounts = [i["amount"] for i in prep["proposal"]["installments"]]
    assert sum(map(float, amounts)) == 1000.001 and all(len(a.split(".")[1]) == 3 for a in amounts)
    visit = {"case_id": "K-2", "arrived_at": "2026-11-24T10:05:00+03:00", "left_at": "2026-11-24T10:30:00+03:00",
             "outcome": "partial_payment", "person_met": "debtor",
             "payment": {"amount": "100.125", "currency": "KWD", "method": "cash", "receipt": "R-1"}}
    (tmp_path / "v.json").write_text(json.dumps(visit))
    r = fv("--json", "visits", "add", "--json-file", str(tmp_path / "v.json"), db=_db(tmp_path))
    assert r.returncode == 0, r.stderr
    r = fv("--json", "report", "--from", "2026-11-20", "--to", "2026-11-30", "--format", "csv",
           "--out", str(tmp_path / "r.csv"), db=_db(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["totals"]["collected"] == "100.125"
    assert "100.125" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_mixed_chinese_and_japanese_units_end_to_end(tmp_path):
    """``1万2千`` and ``1億2000万円`` are imported at their exact value; ``1万2`` (12000 said, 10002
    written) waits for review with both readings; ``万2`` is rejected with its reason."""
    cn = _write(tmp_path, "cn.csv", "客户编号,客户姓名,欠款金额,国家\nC-1,张伟,1万2千,CN\nC-2,王芳,１２万３４５６元,CN\n"
                                    "C-3,李娜,1亿2000万,CN\nC-4,刘洋,1万2,CN\nC-5,陈静,万2,CN\n", "gb18030")
    r = _import(tmp_path, cn)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [(x["row"], x["column"]) for x in out["rejected"]] == [(6, "balance")]
    assert "万 with no number before it" in out["rejected"][0]["error"]
    got = _cases(tmp_path)
    assert {k: got[k]["balance"] for k in ("C-1", "C-2", "C-3")} == {
        "C-1": "12000.00", "C-2": "123456.00", "C-3": "120000000.00"}
    queue = fv("--json", "cases", "review", db=_db(tmp_path))
    item = next(i for i in json.loads(queue.stdout)["reviews"] if i["case_id"] == "C-4")
    assert item["candidates"] == ["12000.00", "10002.00"]
    jp = _write(tmp_path, "jp.csv", "case_id,balance,country\nJ-1,1億2000万円,JP\nJ-2,\"1,234万円\",JP\n", "cp932")
    assert _import(tmp_path, jp).returncode == 0
    got = _cases(tmp_path)
    assert (got["J-1"]["balance"], got["J-1"]["currency"]) == ("120000000.00", "JPY")
    assert got["J-2"]["balance"] == "12340000.00"  # a comma groups thousands: never 12340
