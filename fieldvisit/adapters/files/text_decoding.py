"""Tell a text case file's encoding and decode it — or refuse it in one sentence, never mojibake.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark (every other byte zero in
ASCII-heavy text); strict UTF-8; then the legacy code pages lenders' systems still write —
GB18030/GBK (simplified Chinese), Big5 (traditional Chinese), Shift-JIS/CP932 (Japanese),
EUC-KR/CP949 (Korean), Windows-1252 — chosen among those that decode the whole file without error
by how plausible the text is: a wrong decoding of CJK bytes yields rare ideographs, half-width
kana, box drawing or Latin mojibake (``ÕÅÎ°``), while the right one yields characters of the
national standards' common sets. Half-width katakana count as common where a Japanese file writes
them — in words of two or more (``ﾔﾏﾀﾞ ﾀﾛｳ``) standing apart from Latin letters and ideographs —
and as mojibake elsewhere (a stray ``ﾑ`` inside ``PEﾑA`` is a Latin byte read as Shift-JIS). Close calls go to charset-normalizer's language measures; when
no candidate is convincing the file is refused with a sentence that asks for UTF-8.
"""

from __future__ import annotations

import re
import unicodedata

from fieldvisit.adapters.files.encoding_checks import mixed_rows, rows_text
from fieldvisit.adapters.files.code_pages import best_single_byte, repair_double_utf8
from fieldvisit.domain.columns import canonical_for
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

LEGACY = ("gb18030", "big5", "cp932", "cp949", "cp1252")  # cp1252 last: it decodes almost anything
_SAMPLE = 262144
#: Control bytes no text file holds (tab, line ends, form feed and NUL aside): a binary file's mark.
_CONTROLS = bytes(c for c in range(32) if c not in (0, 9, 10, 12, 13))


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
            return _once(data.decode("utf-8-sig"), "utf-8-sig", name)
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
        sample = data[:_SAMPLE]
        other_controls = len(sample) - len(sample.translate(None, _CONTROLS))
        # a binary file is full of them; a text file may hold a stray NUL beside a bell or an escape
        if data.count(b"\x00") > max(8, len(data) // 1000) or other_controls > max(8, len(sample) // 1000):
            raise UserError(msg('{name} is not a text (CSV) or XLSX file; export the case file as CSV or XLSX.',
                                name=name))
        # a few NUL bytes in a text file: a damaged export; the reader leaves out the rows holding them
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _once(text, "utf-8", name)
    if mixed := mixed_rows(data[:_SAMPLE], _plausibility):
        lines = data[:_SAMPLE].split(b"\n")
        try:  # what the other rows are written in, when they alone tell
            other = _NAMES.get(_legacy(b"\n".join(lines[n - 1] for n in mixed[1]), name)[1], "")
        except UserError:
            other = ""
        raise UserError(msg('{name} mixes text encodings: UTF-8 on {utf8}, {other} on {rows}, so no one encoding '
                            'reads it right; export it again as UTF-8 CSV, or retype the letters of those rows in '
                            'a text editor saving as UTF-8, and import again.', name=name,
                            utf8=rows_text(mixed[0]), other=other or "another encoding", rows=rows_text(mixed[1])))
    text, encoding = _legacy(data, name)
    if encoding == "cp932" and "\\" in text:  # Shift-JIS 0x5C is the yen sign: \12,345 is ¥12,345
        text = re.sub(r"\\(?=\s?\d)", "¥", text)
    return text, encoding


#: Encodings as people know them, for sentences.
_NAMES = {"cp1252": "Windows-1252", "cp1250": "Windows-1250", "cp1251": "Windows-1251", "cp1253": "Windows-1253",
          "koi8_r": "KOI8-R", "gb18030": "GBK", "big5": "Big5", "cp932": "Shift-JIS", "cp949": "EUC-KR"}


#: The encoding shown for UTF-8 text that had been saved twice and was repaired exactly.
REPAIRED_UTF8 = "utf-8 (repaired: it had been saved as UTF-8 twice)"


def _once(text: str, encoding: str, name: str) -> tuple[str, str]:
    """UTF-8 text as written, or repaired when it was decoded as Windows-1252 and saved as UTF-8
    again (``JosÃ© NÃºÃ±ez``) and round-trips exactly; refused when it cannot be repaired."""
    fixed, doubled = repair_double_utf8(text)
    if fixed is not None:
        return fixed, REPAIRED_UTF8
    if doubled:
        raise UserError(msg('{name} looks like UTF-8 text saved twice (é shows as Ã©) and cannot be repaired '
                            'exactly; export it again as UTF-8, or choose its encoding with --encoding (Encoding '
                            'in the import window).', name=name))
    return text, encoding


def _single_byte(data: bytes, name: str) -> tuple[str, str]:
    """Windows-1252, -1250, -1251, -1253 or KOI8-R, when one reading is convincing; else refused."""
    encoding, ranked, decoded = best_single_byte(data)
    if encoding is None:
        raise UserError(msg('The text encoding of {name} cannot be told for sure (it could be {candidates}); save '
                            'it as UTF-8 CSV, or choose its encoding with --encoding (Encoding in the import '
                            'window).', name=name, candidates=", ".join(ranked[:3]) or "none"))
    return decoded[encoding], encoding


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
    if len(decoded) == 1 and _plausibility(next(iter(decoded.values()))) > 0:
        encoding, text = next(iter(decoded.items()))
        return _single_byte(data, name) if encoding == "cp1252" else (text, encoding)
    plausible = {e: _plausibility(t) for e, t in decoded.items()}
    if plausible.get("gb18030", 0) > 0.5 and plausible.get("cp949", 0) > 0.5:
        if _korean(decoded["gb18030"], decoded["cp949"], name):
            return decoded["cp949"], "cp949"
        plausible["cp949"] = min(plausible["cp949"], 0.0)
    # most plausible first; a tie goes to the order of LEGACY (GB18030 before Big5: Big5 bytes
    # read as GB18030 give rare characters, while a few GBK names also read as common Big5 ones)
    ranked = sorted(decoded, key=lambda e: (-plausible[e], LEGACY.index(e)))
    best = ranked[0]
    if plausible[best] > 0.5:
        close = [e for e in ranked if plausible[e] == plausible[best]]
        if len(close) > 1 and "gb18030" not in close:
            from charset_normalizer import from_bytes  # only for files that are not UTF-8 (~0.05 s to import)

            found = from_bytes(data[:_SAMPLE], cp_isolation=close).best()
            for encoding in close:
                if found is not None and _same(encoding, found.encoding):
                    return decoded[encoding], encoding
        return _single_byte(data, name) if best == "cp1252" else (decoded[best], best)
    if "cp1252" in decoded:
        return _single_byte(data, name)
    raise UserError(msg('The text encoding of {name} cannot be told for sure (it could be {candidates}); save '
                        'it as UTF-8 CSV and import again.', name=name, candidates=", ".join(ranked[:3])))


#: Hangul syllables a file must show (with no ideograph among them) to be read as Korean when
#: its header does not tell: EUC-KR hangul bytes are also common GBK hanzi, but a Chinese text
#: this long almost surely has a hanzi outside that shared range (市 区 张 王 省 …), which reads
#: as a hanja in EUC-KR.
KOREAN_EVIDENCE = 8


#: Short texts: syllables and hanzi of the commonest surnames, given names and address words.
#: A real name or address is mostly made of them; the same bytes read in the other script are
#: mostly not (김민수 read as GBK is 辫刮霖; 李娜 read as EUC-KR is 이나's neighbours 판캘).
_KOREAN_COMMON = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    "여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용수영준혜경미희철훈동재상태승아규환식빈예람슬별찬혁"
    "완건일세창울특별광역군로읍면리번파트층대학교북산부해운중앙역을센터빌라가는의를에다요니입습간후평말저녁화")
_CHINESE_COMMON = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伟芳娜敏静丽"
    "强磊军洋勇艳杰娟涛明超秀英霞平刚桂华建国文辉玲红云飞鹏波斌宇浩凯俊峰亮燕小晓东海春梅兰凤志忠新德成省市区县"
    "镇乡村路街道号楼室单元栋层花园大厦广场中心北京上深圳天津重庆南西山人民解放设和")


def _share(text: str, common: frozenset[str]) -> float:
    letters = [c for c in text[:_SAMPLE] if ord(c) >= 0x3000]
    return sum(c in common for c in letters) / len(letters) if letters else 0.0


def _korean(chinese: str, korean: str, name: str) -> bool:
    """Whether bytes that read both as GBK and as EUC-KR are Korean. Raises UserError (one
    sentence) when the file is too short to tell."""
    by_header = _header_score(korean) - _header_score(chinese)
    if by_header:
        return by_header > 0
    sample = korean[:_SAMPLE]
    if any(0x4E00 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF for c in sample):
        return False  # hanja among the hangul: Chinese bytes
    hangul = sum(1 for c in sample if 0xAC00 <= ord(c) <= 0xD7A3)
    if hangul >= KOREAN_EVIDENCE:
        return True
    ko, zh = _share(korean, _KOREAN_COMMON), _share(chinese, _CHINESE_COMMON)
    if abs(ko - zh) >= 0.5:
        return ko > zh
    raise UserError(msg('The text of {name} reads both as Chinese (GBK) and as Korean (EUC-KR) and is too short '
                        'to tell which; save it as UTF-8 CSV and import again.', name=name))


def _is_common(ch: str) -> bool:
    """A character people write in names and addresses (not the rare ideographs, box drawing,
    half-width kana or stray symbols a wrong decoding produces)."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:  # CJK ideographs: the common set of some national standard
        for encoding, low, high in (("gb2312", 0xB0A1, 0xD7FE), ("big5", 0xA440, 0xC67E), ("cp932", 0x889F, 0x9FFC)):
            try:
                code = int.from_bytes(ch.encode(encoding), "big")
            except UnicodeEncodeError:
                continue
            if low <= code <= high:
                return True
        return False
    if 0x3041 <= o <= 0x30FF:  # kana
        return True
    if 0xAC00 <= o <= 0xD7A3:  # hangul: the 2,350 syllables of KS X 1001 (what Korean text uses)
        try:
            ch.encode("euc_kr")
            return True
        except UnicodeEncodeError:
            return False
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0xFFE0 <= o <= 0xFFE6:  # CJK punctuation, full-width
        return True
    category = unicodedata.category(ch)
    if category in ("Ll", "Lu") and o < 0x250:  # accented Latin letters
        return o not in _MOJIBAKE_LATIN
    return category.startswith("Z") or ch in "€£¥°–—’‘“”·•ºª"


_MOJIBAKE_LATIN = {ord(c) for c in "ÃÂÐÞþ"}  # UTF-8/CJK bytes read as Latin show these


_HALF_KANA = re.compile(r"[\uff66-\uff9f]{2,}(?:[ \uff65\uff70][\uff66-\uff9f]+)*")


def _kana_words(text: str) -> set[int]:
    """Positions of half-width katakana standing as words (runs of two or more, with their spaces
    and middle dots), not touching a Latin letter, digit or ideograph: how Japanese files write
    reading names (ﾌﾘｶﾞﾅ)."""
    out: set[int] = set()
    for m in _HALF_KANA.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if any(c.isalnum() for c in (before, after)):
            continue
        out.update(range(m.start(), m.end()))
    return out


def _plausibility(text: str) -> float:
    """Share of a decoding's non-ASCII characters that are common ones, rare ones counted
    twice against it (1.0: all common; below 0: mostly mojibake). ASCII-only text: 1.0."""
    common = rare = 0
    text = text[:_SAMPLE]
    kana = _kana_words(text) if any("\uff61" <= c <= "\uff9f" for c in text) else set()
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        if i in kana or _is_common(ch):
            common += 1
        else:
            rare += 1
        if common + rare >= 20000:
            break
    total = common + rare
    return 1.0 if total == 0 else (common - 2 * rare) / total


def _same(a: str, b: str) -> bool:
    import codecs

    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False
