"""BRK15 #4 and #5 end to end through the CLI, with the tester's files (f/c55_zh_money.csv,
c20_big5.csv, c31_money_shapes.csv, c29_fullwidth.csv, c32_dates_mixed.csv) and their right
values: Chinese amounts are read, full-width coordinates kept, and a due date written with a time
of day (text or a workbook's date-time cell) gives the days past due of its date."""

import json
from datetime import datetime

from openpyxl import Workbook

from tests.integration.test_cli_plan import fv


def _import(tmp_path, path, *args):
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-30", *args, db=f"sqlite:///{tmp_path / 'ws.db'}")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _cases(tmp_path):
    r = fv("--json", "cases", "list", "--as-of", "2026-11-30", db=f"sqlite:///{tmp_path / 'ws.db'}")
    assert r.returncode == 0, r.stderr
    return {c["case_id"]: c for c in json.loads(r.stdout)["cases"]}


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_chinese_amounts_of_the_testers_files(tmp_path):
    zh = _write(tmp_path, "c55_zh_money.csv", "客户编号,姓名,地址,欠款金额,逾期天数\n"
                                              'ZM-1,王一,北京市1号,"1,234.5万",30\nZM-2,王二,北京市2号,"RMB 3,000.00",30\n'
                                              "ZM-3,王三,北京市3号,叁仟元,30\nZM-7,王七,北京市7号,壹万贰仟叁佰肆拾伍元陆角柒分,30\n"
                                              "ZM-8,王八,北京市8号,伍佰元整,30\n")
    summary = _import(tmp_path, zh)
    assert summary["rejected"] == [] and summary["review"] == []
    got = {k: (c["balance"], c["currency"]) for k, c in _cases(tmp_path).items()}
    assert got == {"ZM-1": ("12345000.00", "CNY"), "ZM-2": ("3000.00", "CNY"), "ZM-3": ("3000.00", "CNY"),
                   "ZM-7": ("12345.67", "CNY"), "ZM-8": ("500.00", "CNY")}


def test_taiwan_dollars_named_with_yuan_and_full_width_cells(tmp_path):
    tw = _write(tmp_path, "c20_big5.csv", "客戶編號,客戶姓名,地址,欠款金額,幣別,逾期天數\n"
                                          'TW-1,林志明,台北市信義區松仁路1號,"NT$12,000",TWD,33\n'
                                          'TW-2,陳美玲,台北市大安區忠孝東路2號,"新台幣5,000元",,66\n', "big5")
    assert _import(tmp_path, tw)["rejected"] == []
    fw = _write(tmp_path, "c29_fullwidth.csv", "客户编号,姓名,地址,纬度,经度,欠款金额,逾期天数\n"
                                               "ＦＷ－１,全角一,广州市天河区１号,２３．１２,１１３．２６,￥１２，３４５．００,３０\n"
                                               "FW-2,全角二,广州市天河区2号,23.13,113.27,１．２万,６０\n")
    assert _import(tmp_path, fw)["rejected"] == []
    got = _cases(tmp_path)
    assert (got["TW-2"]["balance"], got["TW-2"]["currency"]) == ("5000.00", "TWD")
    first = next(c for k, c in got.items() if k not in ("TW-1", "TW-2", "FW-2"))
    assert (first["lat"], first["lon"], first["balance"], first["currency"]) == (23.12, 113.26, "12345.00", "CNY")
    assert (got["FW-2"]["balance"], got["FW-2"]["days_past_due"]) == ("12000.00", 60)


def test_leading_decimal_marks(tmp_path):
    path = _write(tmp_path, "c31_money_shapes.csv", "case_id,name,address,lat,lon,balance,currency,days_past_due\n"
                                                    "MS-6,Leading dot,A,46.95,7.44,.50,EUR,10\n"
                                                    "MS-13,Minus dot,A,46.95,7.44,-.5,EUR,10\n")
    assert _import(tmp_path, path)["rejected"] == []
    got = _cases(tmp_path)
    assert (got["MS-6"]["balance"], got["MS-13"]["balance"]) == ("0.50", "-0.50")


def test_a_due_date_with_a_time_of_day(tmp_path):
    path = _write(tmp_path, "c32_dates_mixed.csv", "case_id,name,address,lat,lon,balance,currency,due_date,country\n"
                                                   "DT-1,ISO,A,40.41,-3.70,10,EUR,2026-10-31,ES\n"
                                                   "DT-9,Impossible,A,40.41,-3.70,10,EUR,31/02/2026,ES\n"
                                                   "DT-10,With time,A,40.41,-3.70,10,EUR,2026-10-31 23:59:59,ES\n"
                                                   "DT-11,DMY time,A,40.41,-3.70,10,EUR,31/10/2026 23:59,ES\n"
                                                   "DT-12,Zulu,A,40.41,-3.70,10,EUR,2026-10-31T23:59:59Z,ES\n")
    summary = _import(tmp_path, path)
    assert summary["rejected"] == []  # 31 Feb: still no date, but the case is kept and its due date reviewed
    assert [(r["row"], r["column"]) for r in summary["review"]] == [(3, "due_date")]
    got = _cases(tmp_path)
    assert {k: c["days_past_due"] for k, c in got.items() if k != "DT-9"} == \
        {"DT-1": 30, "DT-10": 30, "DT-11": 30, "DT-12": 30}
    assert not isinstance(got["DT-9"]["days_past_due"], int)  # unknown until the date is entered


def test_a_workbook_due_date_with_a_time(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["case_id", "name", "address", "balance", "currency", "due_date", "country"])
    sheet.append(["XD-1", "Ana", "Calle Mayor 1, Madrid", 10, "EUR", datetime(2026, 10, 31, 23, 59, 59), "ES"])
    sheet.append(["XD-2", "Eva", "Calle Mayor 2, Madrid", 10, "EUR", "2026-10-31 23:59", "ES"])
    sheet.append(["XD-3", "Rut", "Calle Mayor 3, Madrid", 10, "EUR", 46326.99998, "ES"])  # a serial with its time
    book.save(tmp_path / "due.xlsx")
    assert _import(tmp_path, tmp_path / "due.xlsx")["rejected"] == []
    assert {k: c["days_past_due"] for k, c in _cases(tmp_path).items()} == {"XD-1": 30, "XD-2": 30, "XD-3": 30}
