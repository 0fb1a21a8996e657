"""More lenders' headers: French (France, Belgium, Switzerland, Canada), German (Germany, Austria,
Switzerland), more Portuguese, and the Chinese and Mexican wordings that lost data (``客户``,
``所在区县``, ``Alcaldía/Municipio``, ``Delegación``, ``Addr2``).

Merged into the exact names of :mod:`.columns` (compared case-, accent- and
punctuation-insensitively, so ``Numéro de dossier`` also matches ``NUMERO DE DOSSIER``). Headers
that are none of these are read by their words (:mod:`.column_words`, which knows the French and
German words too: ``Montant restant dû`` → balance, ``Tage im Verzug`` → days past due).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

EU_SYNONYMS: dict[str, tuple[str, ...]] = {
    "case_id": (
        # French
        "n° dossier", "nº dossier", "no dossier", "n dossier", "numéro de dossier", "numéro dossier",
        "dossier", "référence", "référence dossier", "réf", "réf dossier", "n° de dossier", "n° contrat",
        "numéro de contrat", "n° de contrat", "contrat", "n° client", "numéro client", "numéro de client",
        "n° de compte", "numéro de compte", "n° prêt", "numéro de prêt", "n° créance", "référence client",
        "identifiant", "id dossier",
        # German
        "aktenzeichen", "az", "vertragsnummer", "vertrag", "vertrags nr", "vertragsnr", "kundennummer",
        "kunden nr", "kundennr", "kontonummer", "konto nr", "fallnummer", "akte", "aktennummer", "vorgangsnummer",
        "vorgang", "referenz", "darlehensnummer", "kreditnummer", "forderungsnummer",
        # Portuguese, Italian
        "nº processo", "número do processo", "número da conta", "conta", "referência", "id do cliente",
        "contrato nº", "numero pratica", "pratica", "n pratica", "codice cliente", "numero contratto",
        # Dutch
        "klantnummer", "dossiernummer", "contractnummer", "kenmerk", "referentie",
    ),
    "name": (
        "nom du débiteur", "nom débiteur", "débiteur", "nom et prénom", "nom prénom", "nom complet",
        "client", "nom du client", "nom client", "titulaire", "raison sociale", "emprunteur", "prénom",
        "prénoms",
        "schuldner", "schuldnername", "name des schuldners", "kunde", "kundenname", "vorname", "darlehensnehmer",
        "kreditnehmer", "vollständiger name", "name vorname",
        "nome do titular", "titular", "mutuário", "nominativo", "debitore", "nome e cognome",
        "naam", "klant", "klantnaam", "debiteur", "debiteurnaam",
        "客户", "客户名", "客户名称", "债务人", "债务人姓名", "借款人名称", "客戶", "債務人姓名",
    ),
    "surname": ("nom", "nom de famille", "nachname", "familienname", "cognome", "apelido", "achternaam"),
    "address": (
        "adresse", "adresse postale", "adresse du domicile", "adresse domicile", "domicile", "rue", "voie",
        "adresse complète", "adresse 1", "adresse ligne 1",
        "anschrift", "straße", "strasse", "straße und hausnummer", "strasse und hausnummer", "str", "wohnadresse",
        "adresse des schuldners", "wohnanschrift",
        "morada", "endereço residencial", "indirizzo", "adres", "straat", "街道", "街道地址",
    ),
    "house_number": ("hausnummer", "hausnr", "hnr", "numéro de rue", "n° de rue", "número da porta", "civico"),
    "address_line2": ("addr2", "addr 2", "address 2", "adresse 2", "adresse ligne 2", "complément d'adresse",
                      "complément", "bâtiment", "adresszusatz", "zusatz"),
    "district": ("quartier", "arrondissement", "ortsteil", "stadtteil", "bezirk", "freguesia", "frazione",
                 "所在区县", "所在区", "区县名称", "区县", "县区", "乡镇", "街道乡镇", "乡镇街道", "街道办"),
    "city": ("ville", "commune", "localité", "localidade", "ort", "stadt", "wohnort", "gemeinde", "concelho", "città", "comune", "woonplaats", "plaats",
             "alcaldía municipio", "alcaldía o municipio", "municipio alcaldía", "delegación", "delegación municipio",
             "delegación o municipio", "municipio delegación", "所在城市", "所在市"),
    "region": ("département", "canton", "bundesland", "kanton", "provincia", "所在省", "所在省份"),
    "postal_code": ("code postal", "cp", "npa", "plz", "postleitzahl", "código postal", "cap"),
    "country": ("pays", "land", "länderkennzeichen", "paese"),
    "balance": ("montant dû", "montant du", "solde", "solde dû", "reste dû", "restant dû", "montant restant dû",
                "montant impayé", "impayé", "impayés", "montant de la créance", "créance", "encours", "dette",
                "forderung", "offener betrag", "offene forderung", "saldo", "gesamtforderung", "rückstand",
                "schulden", "schuld", "betrag", "forderungsbetrag", "offener saldo", "restschuld",
                "valor em dívida", "montante em dívida", "dívida", "importo", "importo dovuto", "debito", "insoluto",
                "mt dû", "mt du", "mt impayé", "openstaand bedrag", "openstaand", "bedrag", "openstaand saldo",
                "vordering"),
    "days_past_due": ("jours de retard", "nombre de jours de retard", "jours d'impayé", "jours impayés",
                      "retard jours", "tage überfällig", "verzugstage", "tage im verzug", "überfällige tage",
                      "tage verzug", "verzug tage", "dias de atraso", "dias em mora", "giorni di ritardo",
                      "giorni scaduto", "jrs retard", "nb jrs retard", "nb jours de retard",
                      "dagen achterstand", "dagen te laat"),
    "due_date": ("date d'échéance", "échéance", "date échéance", "date limite de paiement", "date d'impayé",
                 "fälligkeitsdatum", "fälligkeit", "fällig am", "fällig seit", "verzug seit", "data de vencimento",
                 "scadenza", "data scadenza", "vervaldatum", "vervaldag"),
    "currency": ("devise", "monnaie", "währung", "valuta", "moeda", "divisa"),
    "last_payment_date": (*("dernier paiement", "letzte zahlung", "último pagamento", "ultimo pagamento"),
                          "date du dernier paiement", "date dernier paiement", "dernier paiement le",
                          "letzte zahlung am", "datum der letzten zahlung", "letzte zahlung datum",
                          "data último pagamento", "data ultimo pagamento"),
    "last_payment_amount": ("montant du dernier paiement", "montant dernier paiement", "betrag der letzten zahlung",
                            "letzte zahlung betrag", "valor último pagamento", "importo ultimo pagamento"),
    "phone": ("téléphone", "tél", "portable", "mobile", "numéro de téléphone", "gsm", "natel", "telefon",
              "telefonnummer", "handy", "mobilnummer", "mobiltelefon", "telemóvel", "telefono", "cellulare",
              "telefoon", "telefoonnummer", "mobiel"),
    "appointment": ("créneau de visite", "créneau", "créneau horaire", "disponibilités", "disponibilité",
                    "horaires de visite", "heure de visite", "plage horaire", "rendez vous", "rdv",
                    "besuchszeit", "besuchszeiten", "erreichbarkeit", "termin", "zeitfenster", "beste besuchszeit",
                    "disponibilidade", "horário preferido", "fascia oraria", "orario di visita", "disponibilità"),
    "collector": ("gestionnaire", "agent", "chargé de recouvrement", "recouvreur", "enquêteur",
                  "sachbearbeiter", "außendienst", "aussendienst", "inkassobeauftragter",
                  "zuständig", "gestor", "operatore", "esattore"),
    "notes": ("remarques", "remarque", "commentaire", "commentaires", "observations", "notes", "note",
              "bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "kommentar", "notiz", "hinweis",
              "observação", "note", "osservazioni", "opmerking", "opmerkingen"),
}


#: Headers that say "last payment" without saying date or amount (``Dernier paiement``, ``Letzte
#: Zahlung``): mapped to the date, then their values decide (:func:`payment_values_kind`).
EITHER_DATE_OR_AMOUNT = frozenset(("dernier paiement", "letzte zahlung", "último pagamento", "ultimo pagamento"))

_DATE_TEXT = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[ T].*)?|\d{1,2}[ .]+[^\W\d_]{3,}\.?[ .]+\d{2,4}")
_AMOUNT_TEXT = re.compile(r"[^\d]{0,4}-?\(?\d[\d\s.,'’]*\)?\s*[^\d]{0,4}")


def payment_values_kind(values: list) -> str | None:
    """``"date"`` when every filled value is a date (a workbook date, ``12/03/2026``,
    ``3 mars 2026``), ``"amount"`` when every one is an amount (``120,50 €``, ``80``), else None
    (mixed, or no values: the column is kept as information, never guessed)."""
    kinds = set()
    for v in values:
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if isinstance(v, date):
            kinds.add("date")
        elif isinstance(v, (int, float, Decimal)):
            kinds.add("amount")
        elif _DATE_TEXT.fullmatch(str(v).strip()):
            kinds.add("date")
        elif _AMOUNT_TEXT.fullmatch(str(v).strip()):
            kinds.add("amount")
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None
