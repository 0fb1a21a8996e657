"""More lenders' headers (BRK13 #10): appointment wordings in en/es/zh and names in parts."""

import pytest

from fieldvisit.domain.cells import join_name
from fieldvisit.domain.columns import canonical_for, plan_columns


@pytest.mark.parametrize("header", [
    "约访时间", "方便拜访时间", "拜访时间", "可拜访时间", "预约上门时间", "联系时间", "方便上门时段",
    "Franja horaria", "Mejor hora para visitar", "Disponibilidad horaria", "Hora preferida de visita",
    "Visiting hours", "Appt", "Appt Time", "Call Window", "Contact hours", "Best hours to reach",
])
def test_appointment_headers(header):
    assert canonical_for(header) == "appointment"


@pytest.mark.parametrize("header", ["Last contact date", "Contact", "Visit count", "Office hours"])
def test_not_appointments(header):
    assert canonical_for(header) != "appointment"


@pytest.mark.parametrize("headers, parts, name", [
    (["合同编号", "姓", "名"], {"surname": "张", "name": "伟"}, "张伟"),
    (["Expediente", "Nombre", "Primer apellido", "Segundo apellido"],
     {"name": "José", "surname": "Martínez", "second_surname": "Ruiz"}, "José Martínez Ruiz"),
    (["Account", "First Name", "Middle Initial", "Last Name"],
     {"name": "John", "middle_name": "Q", "surname": "Public"}, "John Q Public"),
])
def test_names_in_parts(headers, parts, name):
    fields = {f for _, f, a in plan_columns(headers) if a == "map"}
    assert set(parts) <= fields
    assert join_name(parts) == name


def test_rows_join_the_name_parts():
    from datetime import date

    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), columns=frozenset({"case_id", "name", "surname", "second_surname"}))
    r = read_row({"case_id": "A", "name": "José", "surname": "Martínez", "second_surname": "Ruiz"}, ctx)
    assert r.case.name == "José Martínez Ruiz" and "name" in r.present and "second_surname" not in r.present
