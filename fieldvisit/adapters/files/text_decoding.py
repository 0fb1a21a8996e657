"""Tell a text case file's encoding and decode it — or refuse it in one sentence, never mojibake.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark (every other byte zero in
ASCII-heavy text); strict UTF-8; then the legacy code pages lenders' systems still write —
GB18030/GBK (simplified Chinese), Big5 (traditional Chinese), Shift-JIS/CP932 (Japanese),
EUC-KR/CP949 (Korean), Windows-1252 — chosen among those that decode the whole file without error
by charset-normalizer's language and "chaos" measures, with the header row as a tie-breaker (the
decoding whose header names known columns wins). When no candidate is convincing the file is
refused with a sentence that asks for UTF-8.
"""

from __future__ import annotations

from charset_normalizer import from_bytes

from fieldvisit.domain.columns import canonical_for
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

LEGACY = ("gb18030", "big5", "cp932", "cp949", "cp1252")
_SAMPLE = 262144


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the zero bytes sit on one side of each pair."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    pairs = len(head) // 2
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _header_score(text: str) -> int:
    first = text.split("\n", 1)[0]
    cells = [c.strip().strip('"') for part in first.split("\t") for c2 in part.split(";") for c in c2.split(",")]
    return sum(1 for c in cells if c and canonical_for(c))


def _clean(text: str) -> bool:
    """No control characters other than tab and line ends (a wrong UTF-16 guess shows them)."""
    return not any(ord(c) < 32 and c not in "\t\r\n" for c in text[:4096])


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes; returns ``(text, encoding)``.

    Raises UserError (one sentence) when the bytes are not text or no encoding reads them
    convincingly.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            raise UserError(msg('{name} says it is UTF-8 but is not; save it again as UTF-8 CSV and import '
                                'that.', name=name)) from None
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise UserError(msg('{name} says it is UTF-16 but is damaged; save it again as UTF-8 CSV and '
                                    'import that.', name=name)) from None
    if b"\x00" in data[:8192]:
        encoding = _utf16_without_bom(data)
        if encoding:
            try:
                text = data.decode(encoding)
                if _clean(text):
                    return text, encoding
            except UnicodeDecodeError:
                pass
        raise UserError(msg('{name} is not a text (CSV) or XLSX file; export the case file as CSV or XLSX.',
                            name=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data, name)


def _legacy(data: bytes, name: str) -> tuple[str, str]:
    decoded: dict[str, str] = {}
    for encoding in LEGACY:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise UserError(msg('The text encoding of {name} cannot be recognised; save it as UTF-8 CSV and import '
                            'again.', name=name))
    if len(decoded) == 1:
        encoding, text = next(iter(decoded.items()))
        return text, encoding
    scores = {e: _header_score(t) for e, t in decoded.items()}
    top = max(scores.values())
    if top > 0 and list(scores.values()).count(top) == 1:
        encoding = max(scores, key=scores.get)
        return decoded[encoding], encoding
    tied = [e for e, s in scores.items() if s == top]
    matches = from_bytes(data[:_SAMPLE], cp_isolation=tied)
    best = matches.best()
    if best is not None and best.encoding in decoded:
        return decoded[best.encoding], best.encoding
    if best is not None:  # charset-normalizer names aliases (e.g. "shift_jis" for cp932)
        for encoding in tied:
            if _same(encoding, best.encoding):
                return decoded[encoding], encoding
    raise UserError(msg('The text encoding of {name} cannot be told for sure (it could be {candidates}); save '
                        'it as UTF-8 CSV and import again.', name=name, candidates=", ".join(tied)))


def _same(a: str, b: str) -> bool:
    import codecs

    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False
