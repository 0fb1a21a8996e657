"""Issue 13 / BRK14 #3, #8, #9, #10 and the small items: headers about the account are never its
id; French, German and more Portuguese headers; the synonyms that lost data; footers in more
languages; two-row headers; two columns for one field are said; long cells are cut in previews."""

import pytest

from fieldvisit.adapters.files.table_rows import data_rows, footer_reason, pick_header, sub_header
from fieldvisit.domain.cells import join_address
from fieldvisit.domain.columns import canonical_for, column_conflicts, plan_columns
from fieldvisit.domain.text import clip


@pytest.mark.parametrize("header", [
    "Account Status", "Account Type", "Account Open Date", "Account Opened", "Account Class", "Account Currency",
    "Account Manager", "Account Branch", "Loan Status", "Loan Amount", "Loan Type", "Loan Term", "Loan Purpose",
    "Loan Officer", "Loan Product", "Loan Status Code", "Contract Date", "Contract Type", "Contract Start",
    "Case Status", "Case Type", "Case Stage", "Credit Limit", "Estado de la cuenta", "Tipo de cuenta",
    "Fecha de contrato", "Tipo de crédito", "Statut du dossier", "Type de contrat", "Vertragsart", "贷款类型",
    "账户状态", "合同日期", "案件状态",
])
def test_a_header_about_the_account_is_never_its_id(header):
    assert canonical_for(header) != "case_id"


@pytest.mark.parametrize("header", ["Loan", "Loan Account", "Account #", "Acct Ref", "Customer Account",
                                    "Case File", "LOAN_NBR", "Contract No", "合同编号"])
def test_the_account_itself_is_still_the_id(header):
    assert canonical_for(header) == "case_id"


@pytest.mark.parametrize(("header", "field"), [
    # French (France, Belgium, Switzerland, Canada)
    ("N° dossier", "case_id"), ("Numéro de dossier", "case_id"), ("Référence", "case_id"),
    ("Nom du débiteur", "name"), ("Nom", "surname"), ("Prénom", "name"), ("Adresse", "address"),
    ("Adresse du débiteur", "address"), ("Code postal", "postal_code"), ("Ville", "city"), ("NPA", "postal_code"),
    ("Montant dû", "balance"), ("MONTANT DU", "balance"), ("Solde", "balance"), ("Reste dû", "balance"),
    ("Montant restant dû (€)", "balance"), ("Jours de retard", "days_past_due"),
    ("Nombre de jours de retard", "days_past_due"), ("Devise", "currency"), ("Créneau de visite", "appointment"),
    ("Disponibilités", "appointment"), ("Heure de passage souhaitée", "appointment"), ("Téléphone", "phone"),
    ("Gestionnaire", "collector"), ("Remarques", "notes"), ("Date d'échéance", "due_date"),
    ("Date d’échéance", "due_date"), ("Date du dernier paiement", "last_payment_date"),
    ("Montant du dernier paiement", "last_payment_amount"),
    # German
    ("Aktenzeichen", "case_id"), ("Vertragsnummer", "case_id"), ("Kontonummer", "case_id"), ("Schuldner", "name"),
    ("Name des Schuldners", "name"), ("Vorname", "name"), ("Nachname", "surname"), ("Anschrift", "address"),
    ("Anschrift des Schuldners", "address"), ("Straße", "address"), ("Strasse", "address"),
    ("Hausnummer", "house_number"), ("PLZ", "postal_code"), ("Ort", "city"), ("Forderung", "balance"),
    ("Offener Betrag", "balance"), ("Offene Forderung EUR", "balance"), ("Saldo", "balance"),
    ("Tage überfällig", "days_past_due"), ("Verzugstage", "days_past_due"), ("Währung", "currency"),
    ("Besuchszeit", "appointment"), ("Bevorzugte Besuchszeit", "appointment"), ("Telefon", "phone"),
    ("Sachbearbeiter", "collector"), ("Bemerkung", "notes"), ("Fälligkeitsdatum", "due_date"),
    ("Datum letzte Zahlung", "last_payment_date"),
    # Portuguese
    ("Nº Processo", "case_id"), ("Nome do Titular", "name"), ("Morada", "address"), ("Localidade", "city"),
    ("Concelho", "city"), ("Freguesia", "district"), ("Valor em dívida", "balance"), ("Dias em mora", "days_past_due"),
    ("Telemóvel", "phone"), ("Observações", "notes"),
    # the synonyms that lost data (BRK14 #9)
    ("客户", "name"), ("客户名称", "name"), ("债务人", "name"), ("所在区县", "district"), ("区县", "district"),
    ("区", "district"), ("街道", "address"), ("Alcaldía/Municipio", "city"), ("Alcaldía", "city"),
    ("Delegación", "city"), ("Delegación o Municipio", "city"), ("Addr2", "address_line2"),
    ("Address 2", "address_line2"), ("Tel / Móvil", "phone"),
    # a group label before a column's own name (two-row headers)
    ("Dirección Calle", "address"), ("Dirección Ciudad", "city"), ("Address Zip", "postal_code"),
    ("Domicilio C.P.", "postal_code"), ("Deudor Apellido", "surname"),
])
def test_more_lenders_headers(header, field):
    assert canonical_for(header) == field


def test_the_joined_address_keeps_district_and_borough():
    plan = {f: a for _, f, a in plan_columns(["贷款编号", "借款人", "所在区县", "街道地址"])}
    assert plan.get("district") == "map"
    assert join_address({"address": "中关村大街1号", "district": "海淀区"}) == "海淀区中关村大街1号"
    fields = [f for _, f, _ in plan_columns(["No. de crédito", "Calle", "Núm. ext.", "Colonia", "Alcaldía/Municipio",
                                             "C.P.", "Estado"])]
    assert fields == ["case_id", "address", "house_number", "district", "city", "postal_code", "region"]
    assert join_address({"address": "Av. Insurgentes Sur", "house_number": "1602", "district": "Crédito Constructor",
                         "city": "Benito Juárez", "region": "CDMX", "postal_code": "03940"}) == \
        "Av. Insurgentes Sur 1602, Crédito Constructor, Benito Juárez, CDMX 03940"


@pytest.mark.parametrize("label", [
    "Total", "Gesamt", "Summe", "Insgesamt", "Gesamtsumme:", "Zwischensumme Köln", "Total général", "Sous-total",
    "Sous-total Paris", "Totale", "Subtotal", "Suma", "Suma total", "Total geral", "小计", "总计", "合計", "合计", "합계",
])
def test_footer_rows_in_more_languages(label):
    assert footer_reason([label, None, 1334.06, None])
    skipped, numbers = [], []
    rows = list(data_rows([(2, ["DE-1", "Hans", 10.0]), (3, [label, None, 10.0])], 3, skipped, numbers))
    assert [n for n, _ in rows] == [2] and skipped[0]["row"] == 3 and skipped[0]["kind"] == "total"


@pytest.mark.parametrize("value", ["Suma Rao", "Soma Das", "Totalenergies", "Summers", "Ernst", "Isabel", "E-1"])
def test_names_that_start_like_a_footer_are_cases(value):
    assert footer_reason([value, "x", 10.0]) is None


def test_a_two_row_header_under_a_merged_label_is_one_header():
    rows = [(1, ["Expediente", "Cliente", "Dirección", "Dirección", "Saldo", "Días de mora"]),
            (2, [None, None, "Calle", "Ciudad", None, None]),
            (3, ["E-1", "Ana", "Calle Mayor 1", "Madrid", 100, 30])]
    sub: list[dict] = []
    number, header, rest, _ = pick_header(iter(rows), None, set(), sub)
    assert number == 1 and header[2:4] == ["Dirección Calle", "Dirección Ciudad"]
    assert [r["row"] for r in sub] == [2] and [n for n, _ in rest] == [3]
    assert [f for _, f, _ in plan_columns(header)][2:4] == ["address", "city"]
    # a CSV leaves the merged cell's other columns blank; the label goes over them too
    assert sub_header(["Expediente", "Dirección", "", "Saldo"], [None, "Calle", "Ciudad", None]) == \
        ["Expediente", "Dirección Calle", "Dirección Ciudad", "Saldo"]
    # the same header row given by the user (a saved profile) reads the same
    sub.clear()
    number, header, rest, _ = pick_header(iter(rows), 1, set(), sub)
    assert header[3] == "Dirección Ciudad" and [n for n, _ in rest] == [3] and len(sub) == 1


@pytest.mark.parametrize("below", [
    ["E-1", "Ana", "Calle Mayor 1", "Madrid", 100, 30],  # a case
    [None, None, "Calle Mayor 1", "Madrid", None, None],  # a case without its id: values, not names
    [None, "Ana", "Calle", "Ciudad", None, None],  # text under a column of its own
])
def test_a_data_row_is_never_taken_for_a_sub_header(below):
    assert sub_header(["Expediente", "Cliente", "Dirección", "Dirección", "Saldo", "Días de mora"], below) is None
    # an unnamed column after "name": a row without its id is still a row
    assert sub_header(["case_id", "name", "", "balance"], [None, "Ana", "x", None]) is None


def test_two_columns_for_one_field_are_said_never_kept_silently():
    headers = ["case_id", "name", "balance", "address", "balance", "Name"]
    plan = plan_columns(headers)
    assert plan[2] == ("balance", "balance", "map") and plan[4] == ("balance (2)", None, "keep")
    notes = column_conflicts(headers)
    assert [(n["field"], n["chosen"], n["other"], n["tie"]) for n in notes] == [
        ("balance", "balance", "balance (2)", True), ("name", "name", "Name (2)", True)]
    assert "two columns named 'balance'" in notes[0]["why"]
    # two different headers for a field that is not ranked: said too
    assert [(n["chosen"], n["other"]) for n in column_conflicts(["id", "DPD", "Days overdue"])] == \
        [("DPD", "Days overdue")]
    # the user chose: nothing left to say; and the chosen column is used
    assert column_conflicts(headers, {"balance (2)": "balance"})[0]["field"] == "name"
    assert plan_columns(headers, {"balance (2)": "balance"})[4] == ("balance (2)", "balance", "map")


def test_a_second_condition_column_is_read_like_the_first():
    plan = plan_columns(["case_id", "Deceased", "Deceased"])
    assert plan[1][1] == "flag:deceased" and plan[2][2] == "map" and plan[2][1].startswith("flag:deceased")


def test_long_cells_are_cut():
    assert clip("A" * 100_000) == "A" * 60 + "…"
    assert clip("short") == "short" and clip("x" * 60) == "x" * 60
    assert clip("A" * 1000, 500) == "A" * 500 + "…"


def test_a_bare_last_payment_header_is_read_by_its_values_never_guessed():
    from datetime import date

    from fieldvisit.domain.column_words_eu import payment_values_kind
    from fieldvisit.services.import_status import settle_payment_columns

    assert canonical_for("Dernier paiement") == "last_payment_date"
    assert payment_values_kind(["12/03/2026", date(2026, 4, 15), ""]) == "date"
    assert payment_values_kind(["120,50 €", 80, "1 234,00"]) == "amount"
    assert payment_values_kind(["120,50 €", "12/03/2026"]) is None and payment_values_kind([]) is None

    def settle(values):
        columns = [{"source": "Dernier paiement", "field": "last_payment_date", "action": "map"}]
        rows = [({"last_payment_date": v}, {}) for v in values]
        settle_payment_columns(columns, rows)
        return columns[0], rows

    column, _ = settle(["12/03/2026"])
    assert column["field"] == "last_payment_date"
    column, rows = settle(["120,50 €", "80"])
    assert column["field"] == "last_payment_amount" and rows[0][0] == {"last_payment_amount": "120,50 €"}
    column, rows = settle(["120,50 €", "hier"])
    assert column["action"] == "keep" and "could be the date or the amount" in column["note"]
    assert rows[1] == ({}, {"Dernier paiement": "hier"})
