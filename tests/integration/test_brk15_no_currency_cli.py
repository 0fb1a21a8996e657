"""BRK15 #8 (KIND 03 evidence) end to end through the CLI with the tester's f/c19_gb18030.csv
(Chinese headers, 万/亿 amounts, Shanghai addresses; no country or currency column; a new
workspace with neither): no balance is stored without a currency. The import and the preview say
so, the amounts wait in the queue with their currency and are set with one (``25000 CNY``);
``--currency`` stores them at once; a later file without a currency keeps a stored case's own."""

import json

from tests.integration.test_cli_plan import fv

C19 = ("客户编号,客户名称,地址,欠款金额,逾期天数,预约时间\n"
       "GB-1,𠮷田,上海市浦东新区1号,2.5万,40,周三下午2点到5点\n"
       "GB-2,龘龘,上海市黄浦区2号,1亿,400,周末\n"
       "GB-3,䶮,上海市徐汇区3号,12000,12,晚上\n")


def _run(db, *args):
    r = fv(*args, db=db)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _cases(db):
    return {c["case_id"]: c for c in json.loads(_run(db, "--json", "cases", "list", "--as-of", "2026-11-30"))["cases"]}


def test_no_currency_is_said_and_the_amounts_wait_with_one(tmp_path):
    db, path = f"sqlite:///{tmp_path / 'ws.db'}", tmp_path / "c19_gb18030.csv"
    path.write_bytes(C19.encode("gb18030"))
    preview = json.loads(_run(db, "--json", "cases", "import", str(path), "--preview", "--as-of", "2026-11-30"))
    assert preview["no_currency"] == 3 and preview["no_zone"] is True
    assert any(w.startswith("No currency:") and "--currency" in w for w in preview["warnings"])
    text = _run(db, "cases", "import", str(path), "--as-of", "2026-11-30")
    assert "Warning: No currency: neither the file nor the workspace gives one, so its amounts (3) wait" in text
    assert "Warning: No country or time zone:" in text and "their appointment times wait for review" in text
    cases = _cases(db)
    assert {k: (c["balance"], c["currency"]) for k, c in cases.items()} == {
        "GB-1": (None, ""), "GB-2": (None, ""), "GB-3": (None, "")}
    queue = json.loads(_run(db, "--json", "cases", "review"))["reviews"]
    money = {i["case_id"]: i for i in queue if i["column"] == "balance"}
    assert set(money) == {"GB-1", "GB-2", "GB-3"}
    assert "Set an amount with its currency" in _run(db, "cases", "review")
    r = fv("cases", "review", "--resolve", str(money["GB-1"]["id"]), "--text", "25000", db=db)
    assert r.returncode == 2 and "Say the currency too" in r.stderr and "Traceback" not in r.stderr
    _run(db, "cases", "review", "--resolve", str(money["GB-1"]["id"]), "--text", "25000 CNY")
    assert (_cases(db)["GB-1"]["balance"], _cases(db)["GB-1"]["currency"]) == ("25000.00", "CNY")


def test_the_users_currency_stores_them_and_a_stored_case_keeps_its_own(tmp_path):
    db, path = f"sqlite:///{tmp_path / 'ws.db'}", tmp_path / "c19_gb18030.csv"
    path.write_bytes(C19.encode("gb18030"))
    text = _run(db, "cases", "import", str(path), "--as-of", "2026-11-30", "--currency", "CNY")
    assert "No currency" not in text
    assert {k: (c["balance"], c["currency"]) for k, c in _cases(db).items()} == {
        "GB-1": ("25000.00", "CNY"), "GB-2": ("100000000.00", "CNY"), "GB-3": ("12000.00", "CNY")}
    again = tmp_path / "c19_again.csv"  # the lender's next file, still without a currency; one new case
    again.write_bytes(C19.replace("2.5万", "2.4万").replace("GB-3,䶮", "GB-4,䶮").encode("gb18030"))
    summary = json.loads(_run(db, "--json", "cases", "import", str(again), "--as-of", "2026-11-30"))
    assert [(r["case_id"], r["column"]) for r in summary["review"] if r["column"] == "balance"] == [("GB-4", "balance")]
    cases = _cases(db)
    assert (cases["GB-1"]["balance"], cases["GB-1"]["currency"]) == ("24000.00", "CNY")
    assert (cases["GB-4"]["balance"], cases["GB-4"]["currency"]) == (None, "")
