"""Header words that lost coordinates, addresses, visiting times and arrears dates (BRK15 #2), in
English, Spanish, Portuguese, French, German and Chinese.

Two parts:

- :data:`MORE_SYNONYMS`: exact names, merged into those of :mod:`.columns` (compared case-, accent-
  and punctuation-insensitively): ``Addr1``, ``Breitengrad``, ``Horario Preferente``,
  ``First Unpaid Installment``, ``首次逾期日期``… (and a few names, phones and postcodes that were
  still kept: ``客户全名``, ``Handynummer``, ``ZIP+4``).
- :func:`coordinate` and :func:`first_arrears`: the words of a header nobody listed, used by
  :func:`fieldvisit.domain.column_words.guess`:

  * a header is the latitude (longitude) when it has exactly one latitude (longitude) word and its
    other words only say where the point is (``Geo Lat``, ``GPS Latitude``, ``Localização
    Latitude`` under a merged two-row header, ``Latitude (WGS84)``, ``GPS纬度``). A header naming
    the workplace (``Work Lat``, ``单位纬度``) or any other thing is not: there is no such field, and
    a guess would store a wrong point. ``X``/``Y`` with a qualifier (``Coord. X``, ``Coordenada Y``)
    are left to the user: in Spain and Latin America these are usually projected (UTM) metres,
    not degrees.
  * a header saying the *first* payment that was *missed* (``First Missed Payment``, ``Primera
    cuota impagada``, ``Premier impayé``, ``Erste offene Rate``, ``首次逾期``) is the due date the
    arrears started from, unless it also names an amount (``First Missed Payment Amount``).
"""

from __future__ import annotations

#: More exact names, merged into the synonyms of :mod:`.columns`.
MORE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("客户全名", "客戶全名", "借款人全名"),
    "phone": ("handynummer", "handy nr", "mobil nr", "telefonnr"),
    "postal_code": ("zip+4", "zip 4", "zip code+4"),
    "address": (
        "addr1", "addr 1", "addr line 1", "adr1", "address line1", "street 1", "street1", "street line 1",
        "dirección 1", "direccion1", "dirección línea 1", "domicilio 1", "calle 1",
        "endereço 1", "endereco1", "endereço linha 1", "linha 1 do endereço",
        "adresse1", "ligne d'adresse 1", "ligne adresse 1",
        "adresszeile 1", "adresse zeile 1", "straße hausnummer", "strasse hausnummer",
        "地址1", "地址一", "地址行1",
    ),
    "address_line2": (
        "addr line 2", "adr2", "address line2", "street 2", "street2", "dirección 2", "direccion2",
        "dirección línea 2", "endereço 2", "endereco2", "endereço linha 2", "adresse2", "ligne d'adresse 2",
        "adresszeile 2", "地址2", "地址二", "地址行2",
    ),
    "lat": (
        "geo lat", "geolat", "gps lat", "gpslat", "lat gps", "latitude gps", "gps latitude", "geo latitude",
        "latitude decimal", "lat dec", "y lat", "lat y",
        "latitud gps", "latitud geográfica", "coordenada latitud", "latitude geográfica",
        "breitengrad", "geogr breite", "geographische breite", "geografische breite", "breite wgs84",
        "geo breite", "gps breite",
        "纬度坐标", "坐标纬度", "gps纬度", "定位纬度", "位置纬度", "地址纬度", "緯度座標", "위도",
    ),
    "lon": (
        "geo lng", "geolng", "geo lon", "geolon", "geo long", "gps lng", "gpslng", "gps lon", "gpslon",
        "gps long", "lng gps", "lon gps", "longitude gps", "gps longitude", "geo longitude",
        "longitude decimal", "lon dec", "lng dec", "x lon", "lon x", "x lng", "lng x",
        "longitud gps", "longitud geográfica", "coordenada longitud", "longitude geográfica",
        "längengrad", "laengengrad", "geogr länge", "geographische länge", "geografische länge", "länge wgs84",
        "geo länge", "gps länge",
        "经度坐标", "坐标经度", "gps经度", "定位经度", "位置经度", "地址经度", "經度座標", "経度", "경도",
    ),
    "coordinates": (  # latitude and longitude in one cell ("40.4168, -3.7038")
        "coordinates", "coords", "gps coordinates", "gps coords", "gps location", "geo coordinates", "lat lon", "lat lng", "lat long",
        "latitude longitude", "lat lon gps", "latlng", "latlon", "location coordinates",
        "coordenadas", "coordenadas gps", "latitud longitud", "latitud y longitud", "ubicación gps",
        "coordenadas geográficas", "latitude e longitude", "localização gps",
        "coordonnées", "coordonnées gps", "latitude longitude gps", "koordinaten", "gps koordinaten",
        "geokoordinaten", "经纬度", "坐标", "gps坐标", "经纬度坐标", "經緯度", "座標", "gps座標",
    ),
    "appointment": (
        "horario preferente", "hora preferente", "horario de preferencia", "horario preferencial",
        "franja preferente", "franja horaria preferida", "franja de visita preferida", "disponibilidad para visita",
        "disponibilidad de visita", "horario disponible", "turno preferido", "turno de visita",
        "horário preferencial", "horário de preferência", "horário preferido", "melhor horário para visita",
        "janela de visita", "período preferido", "turno preferencial",
        "créneau préféré", "heure préférée", "horaire préféré", "plage de disponibilité",
        "wunschtermin", "wunschzeit", "bevorzugte zeit", "bevorzugter termin", "besuchsfenster",
        "cuándo visitar", "mejor momento para visitar", "mejor momento", "momento de visita", "días y horario de visita",
        "when to visit", "best day time", "best day and time", "visit preference", "visit preferences",
        "time window", "visit time window", "availability window", "visit availability", "besuchszeitraum",
        "偏好时间", "方便时段", "首选时间", "首选拜访时间", "可上门时间", "上门时间段", "拜访时段",
    ),
    "due_date": (
        "first missed payment", "first missed payment date", "first missed installment", "first missed instalment",
        "first unpaid installment", "first unpaid instalment", "first unpaid payment", "first unpaid emi",
        "first default date", "date of first default", "date first missed", "earliest unpaid installment",
        "oldest unpaid installment", "oldest unpaid due date", "first delinquent installment",
        "fecha primer impago", "fecha del primer impago", "primer impago", "primera cuota impagada",
        "primera cuota vencida", "fecha primera cuota impagada", "fecha primera cuota vencida", "fecha de primer impago",
        "primeira parcela em atraso", "primeira parcela vencida", "data da primeira parcela em atraso",
        "data do primeiro atraso", "data primeiro atraso", "data de inadimplência", "data da inadimplência",
        "premier impayé", "date du premier impayé", "date premier impayé", "première échéance impayée",
        "date de la première échéance impayée",
        "erste offene rate", "erste unbezahlte rate", "datum der ersten offenen rate", "erster zahlungsausfall",
        "datum erster zahlungsausfall", "in verzug seit", "verzugsbeginn", "datum verzugsbeginn", "beginn des verzugs",
        "zahlungsverzug seit", "inadimplente desde", "em inadimplência desde",
        "应还款日", "應還款日", "应还款日期", "首次逾期日", "首次逾期日期", "首逾日", "首逾日期", "首次逾期时间", "逾期开始日", "逾期开始日期", "逾期起始日",
        "逾期起始日期", "首期逾期日", "首次違約日", "首次逾期日期(年月日)",
    ),
}

#: Words that say only where a point is (never whose or which other thing).
_WHERE = frozenset(
    "geo gps coord coords coordinate coordinates coordenada coordenadas coordonnee coordonnees koordinate "
    "koordinaten location loc localizacao localizacion localisation ubicacion posicion posicao position standort "
    "geografica geografico geographic geographical geogr geographische geografische home domicilio casa "
    "residence residencia address addr direccion endereco adresse anschrift wgs84 wgs 84 dec decimal deg degrees "
    "grados graus degres grad point punto ponto geocode geocoded map mapa karte property prop visit visita "
    "del de da do la el the of du des le der die das in en em dd ° º domicile logement maison wohnort wohnung haus "
    "residencial residential vivienda moradia geolocation geolocalizacion geolocalizacao geolocalisation geoloc".split())
_LAT = frozenset("lat latitude latitud latitudine breitengrad".split())
_LON = frozenset("lon lng long longitude longitud longitudine langengrad laengengrad".split())
_COMPOUND = ("geo", "gps", "loc", "home", "addr", "site")
_LAT_CJK = ("纬度", "緯度", "위도")
_LON_CJK = ("经度", "經度", "経度", "경도")
_NOT_HOME_CJK = ("单位", "單位", "公司", "工作", "勤務", "직장", "회사")


def _split_compound(word: str) -> str:
    """``geolat`` → ``lat``, ``gpslng`` → ``lng``; other words as they are."""
    for p in _COMPOUND:
        if word.startswith(p) and word[len(p):] in _LAT | _LON:
            return word[len(p):]
    return word


def coordinate(words: list[str], text: str) -> str | None:
    """``"lat"``/``"lon"`` when a header's words (casefolded, accents dropped) name one coordinate
    of the case's own place, else None."""
    if any(c in text for c in _LAT_CJK + _LON_CJK):
        if any(c in text for c in _NOT_HOME_CJK + ("经纬", "經緯", "経緯")):  # "经纬度": both in one column
            return None
        lat, lon = any(c in text for c in _LAT_CJK), any(c in text for c in _LON_CJK)
        latin = [w for w in words if w.isascii()]
        if lat == lon or any(w not in _WHERE for w in latin):
            return None
        return "lat" if lat else "lon"
    words = [_split_compound(w) for w in words]
    lats, lons = [w for w in words if w in _LAT], [w for w in words if w in _LON]
    if len(lats) + len(lons) != 1 or any(w not in _WHERE for w in words if w not in _LAT | _LON):
        return None
    return "lat" if lats else "lon"


_FIRST = "first primer primera primero premier premiere erste ersten erster primeiro primeira earliest oldest 1er 1ere"
#: Words saying the arrears *started* ("Inicio de mora", "Data início atraso", "Arrears Start").
_START = "start started begin began beginning inicio comienzo debut beginn"
_MISSED = ("missed unpaid impago impagado impagada impagadas impagados default defaulted delinquency delinquent "
           "overdue arrears vencida vencido vencidas vencidos impaga impagas impagos defaut atraso atrasada atrasado mora impaye impayee impayes "
           "unbezahlt unbezahlte offene zahlungsausfall inadimplencia incumplimiento incumplida bounced dishonoured "
           "dishonored")
_AMOUNT = ("amount amt monto importe valor montant betrag balance saldo sum total count number numero nombre "
           "anzahl cantidad quantidade days dias jours tage")
_FIRST_CJK = ("首次逾期", "首逾", "逾期开始", "逾期起始", "开始逾期", "首期逾期", "首次违约", "首次違約", "首次未还")
_AMOUNT_CJK = ("金额", "金額", "天数", "天數", "次数", "次數", "期数")


def first_arrears(has) -> str | None:
    """What a header about the first missed payment names (``has(latin words, cjk words)``, see
    :mod:`.column_words`): ``"due_date"``, the date the arrears run from (``First Missed Payment``,
    ``首次逾期``); ``""`` for its amount, count or days (``First Missed Payment Amount``: no field of
    its own, kept as information); None for a header about something else."""
    if not ((has(_FIRST) or has(_START)) and has(_MISSED) or has("", _FIRST_CJK)):
        return None
    return "" if has(_AMOUNT, _AMOUNT_CJK) else "due_date"
