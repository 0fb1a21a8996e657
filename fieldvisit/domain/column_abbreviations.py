"""Headers written in abbreviations, spelled out once per header before the header word lists are
searched again (BRK16a #12): ``Nº Exp.`` → ``número expediente``, ``Mon.`` → ``moneda``, ``D.V.`` →
``días vencidos``, ``F. Venc.`` → ``fecha vencimiento``, ``Imp.``/``Impte.`` → ``importe``,
``Tfno.`` → ``teléfono``; German ``Kd.-Nr.``, ``Whg.``, ``Fäll.-Dat.``; Italian ``Cod. cliente``, ``Scad.``,
``gg. rit.``; French ``Dev.``, ``Date éch.``; Portuguese ``Dt. vcto.``; Dutch ``Klantnr.``, ``Vervaldat.`` (BRK17 #3).

A word is spelled out only when the header marks it as shortened: a trailing dot (``Mon.``, never
``Mon``, which may be Monday), dotted initials (``D.V.``, ``C.P.``), or a number sign (``Nº``,
``N°``, ``N.º``, ``No.``, ``#``). The word lists themselves hold whole words: one list entry
serves every way of writing its abbreviation.
"""

from __future__ import annotations

import re
import unicodedata

#: A word written with a trailing dot → the word (accents dropped, casefolded keys).
_DOTTED = {
    # Spanish
    "exp": "expediente", "expte": "expediente", "expdte": "expediente", "exped": "expediente", "d": "días", "mon": "moneda", "mda": "moneda",
    "div": "divisa", "imp": "importe", "impte": "importe", "import": "importe", "sdo": "saldo",
    "pdte": "pendiente", "pte": "pendiente", "vencim": "vencimiento",
    "vto": "vencimiento", "f": "fecha", "fec": "fecha", "fch": "fecha", "fcha": "fecha",
    "tel": "teléfono", "telf": "teléfono", "tfno": "teléfono", "tlf": "teléfono", "tlfno": "teléfono",
    "mov": "móvil", "cel": "celular", "dom": "domicilio", "domic": "domicilio", "dir": "dirección",
    "direc": "dirección", "obs": "observaciones", "observ": "observaciones", "cta": "cuenta",
    "cte": "cliente", "cli": "cliente", "op": "operación", "oper": "operación", "cod": "código",
    "pobl": "población", "loc": "localidad", "prov": "provincia", "num": "número", "nro": "número",
    "nom": "nombre", "ape": "apellido", "apell": "apellido", "tit": "titular", "gest": "gestor",
    "cob": "cobrador", "dias": "días", "vdos": "vencidos", "prest": "préstamo",
    "cred": "crédito", "contr": "contrato", "ult": "último", "pago": "pago", "hor": "horario",
    "deud": "deudor", "cp": "código postal",
    # Portuguese, French, German, English
    "end": "endereço", "vlr": "valor", "dt": "data", "mt": "montant", "tél": "téléphone",
    "str": "straße", "betr": "betrag", "acct": "account", "amt": "amount", "bal": "balance",
    "addr": "address", "cust": "customer", "ref": "reference", "no": "número",
    # German
    "kd": "kunden", "nr": "nummer", "whg": "währung", "uberf": "überfällig", "vertr": "vertrag",
    "fall": "fällig", "dat": "datum", "anschr": "anschrift", "verzugst": "verzugstage",
    "forderungsbetr": "forderungsbetrag", "kto": "konto", "vorg": "vorgang",
    # Italian
    "val": "valuta", "gg": "giorni", "rit": "ritardo", "scad": "scadenza", "ind": "indirizzo",
    "pag": "pagamento",
    # French
    "dev": "devise", "ech": "échéance", "jrs": "jours", "adr": "adresse",
    # Portuguese
    "proc": "processo", "vcto": "vencimento", "atr": "atraso",
    # Dutch
    "klantnr": "klantnummer", "dossiernr": "dossiernummer", "bedr": "bedrag", "openst": "openstaand",
    "vervaldat": "vervaldatum", "dgn": "dagen",
}
#: Dotted initials (``D.V.``) → the words.
_INITIALS = {
    "dv": "días vencidos", "dpd": "days past due", "dm": "días mora", "cp": "código postal",
    "fv": "fecha vencimiento", "nif": "nif", "dni": "dni",
}
#: ``Nº``, ``N°``, ``N.º``, ``Nº.``, ``No.`` and ``#`` in front of a word: its number.
_NUMBER_SIGN = re.compile(r"(?<![^\W\d_])(?:n\s*\.?\s*[º°˚]\s*\.?|no\.|#)\s*([^\W\d_]+)", re.IGNORECASE)
_INITIAL_RUN = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\s*\.\s*){2,})(?![^\W\d_])")
_DOTTED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s*\.")


def _key(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if unicodedata.category(c) != "Mn")


def _number_of(m: re.Match) -> str:
    """``Nº Exp`` → ``número expediente``: the sign marks the word after it as shortened too."""
    return f"número {_DOTTED.get(_key(m.group(1)), m.group(1))}"


def spelled_out(header: str) -> str:
    """The header with its marked abbreviations spelled out (``"Nº Exp."`` → ``"número expediente"``);
    the header itself when it marks none."""
    text = str(header)
    if "." not in text and not any(c in text for c in "º°˚#"):
        return text
    text = _NUMBER_SIGN.sub(_number_of, text)
    text = re.sub(r"(?<=[^\W\d_])\s*#\s*$", " id", text)  # "Customer #", "Cliente #": its id

    def initials(m: re.Match) -> str:
        letters = _key(re.sub(r"[\s.]", "", m.group(1)))
        return f" {_INITIALS[letters]} " if letters in _INITIALS else m.group(0)

    text = _INITIAL_RUN.sub(initials, text)

    def word(m: re.Match) -> str:
        found = _DOTTED.get(_key(m.group(1)))
        return f"{found} " if found else f"{m.group(1)} "

    text = _DOTTED_WORD.sub(word, text)
    return re.sub(r"\s+", " ", text).strip()
