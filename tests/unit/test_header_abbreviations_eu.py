"""German, Italian, French, Portuguese and Dutch headers written in abbreviations (BRK17 #3), and a
person's number, code or id as the case id, never the name (``Cod. cliente`` was taken as the name)."""

import csv
from pathlib import Path

import pytest

from fieldvisit.domain.columns import canonical_for, match_headers

DATA = Path(__file__).resolve().parents[1] / "data" / "brk17"


@pytest.mark.parametrize("header, field", [
    # German
    ("Kd.-Nr.", "case_id"), ("Kd.-Nr", "case_id"), ("Kunden-Nr.", "case_id"), ("Vertr.-Nr.", "case_id"),
    ("Whg.", "currency"), ("Tage überf.", "days_past_due"), ("Verzugst.", "days_past_due"),
    ("Fäll.-Dat.", "due_date"), ("Betr.", "balance"), ("Forderungsbetr.", "balance"), ("Anschr.", "address"),
    # Italian
    ("Cod. cliente", "case_id"), ("Cod. Cliente", "case_id"), ("Val.", "currency"), ("gg. ritardo", "days_past_due"),
    ("Gg. rit.", "days_past_due"), ("Scad.", "due_date"), ("Data scad.", "due_date"), ("Imp. dovuto", "balance"),
    ("Imp. scaduto", "balance"), ("Ind.", "address"),
    # French
    ("N° client", "case_id"), ("Nº client", "case_id"), ("Réf. dossier", "case_id"), ("Mt dû", "balance"),
    ("Mt. dû", "balance"), ("Dev.", "currency"), ("Jrs retard", "days_past_due"), ("Date éch.", "due_date"),
    ("Dt éch.", "due_date"), ("Adr.", "address"),
    # Portuguese
    ("Cód. Cliente", "case_id"), ("Cód. do cliente", "case_id"), ("Nº proc.", "case_id"), ("Dt. vcto.", "due_date"),
    ("Dias atr.", "days_past_due"),
    # Dutch
    ("Klantnr.", "case_id"), ("Klantnummer", "case_id"), ("Dossiernr.", "case_id"), ("Naam", "name"),
    ("Adres", "address"), ("Openst. bedrag", "balance"), ("Bedr.", "balance"), ("Vervaldat.", "due_date"),
    ("Dgn. achterstand", "days_past_due"),
])
def test_european_abbreviations_name_their_column(header, field):
    assert canonical_for(header) == field


@pytest.mark.parametrize("header", [
    "Nº Cliente", "Cód. Cliente", "Cod. cliente", "Kd.-Nr.", "N° client", "Kundennummer", "codice cliente",
    "Customer Number", "Customer No.", "Client Code", "Cust. No.", "Nº do cliente", "Customer #", "Cliente #",
    "# Cliente", "Debtor ID", "Deudor Nº", "N. cliente",
])
def test_a_persons_number_or_code_is_the_case_id_never_the_name(header):
    assert canonical_for(header) == "case_id"


@pytest.mark.parametrize("header", ["Customer Name", "Nom du client", "Nome do cliente", "Client", "Cliente",
                                    "Nominativo", "Kunde"])
def test_a_persons_name_stays_the_name(header):
    assert canonical_for(header) == "name"


@pytest.mark.parametrize("name, expected", [
    ("h_de_fr_it_abbrev.csv", {"case_id", "name", "address", "balance", "currency", "days_past_due", "due_date",
                               "country"}),
    ("h_it_abbrev.csv", {"case_id", "name", "address", "balance", "currency", "days_past_due", "due_date",
                         "country"}),
    ("h_fr_abbrev.csv", {"case_id", "surname", "address", "balance", "currency", "days_past_due", "due_date",
                         "country"}),
])
def test_the_testers_files_map_every_column(name, expected):
    text = (DATA / name).read_text(encoding="utf-8")
    headers = next(csv.reader([text.splitlines()[0]], delimiter=";" if ";" in text.splitlines()[0] else ","))
    mapped, _ = match_headers(headers)
    assert set(mapped.values()) == expected


@pytest.mark.parametrize("header", ["Cliente no localizado", "Cliente no visitar"])
def test_a_spanish_not_inside_a_header_is_no_number(header):
    assert canonical_for(header) != "case_id"
