"""Tell apart the single-byte code pages lenders' systems write — Windows-1252 (Western Europe),
Windows-1250 (Polish, Czech), Windows-1251 and KOI8-R (Russian), Windows-1253 (Greek) — all of
which decode almost any bytes, and repair UTF-8 that was decoded and saved again as Windows-1252
(``JosÃ© NÃºÃ±ez``). A decoding is judged word by word: a right one gives words in one script,
with vowels, in a sane letter case, without symbols inside (``£ukasz ¯ó³æ`` and ``Èâàí`` are
wrong readings; ``Łukasz Żółć`` and ``Иван`` are right). Ties go to Windows-1252."""

from __future__ import annotations

import re
import unicodedata

#: Preference order for ties (Western first: a French è reads as a Czech č in Windows-1250).
SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1253")
#: Share of a decoding's non-ASCII words that must look right to read it so.
CONVINCING = 0.9
_TOKEN = re.compile(r"[^\s,;\t\"'()/\\.:\-_|0-9]+")
_ALLOWED_SYMBOLS = set("€£¥°–—’‘“”·•ºª§…")
_VOWELS = {"CYRILLIC": set("аеёиоуыэюяАЕЁИОУЫЭЮЯ"), "GREEK": set("αεηιουωάέήίόύώϊϋΑΕΗΙΟΥΩΆΈΉΊΌΎΏ")}
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]|â€")


def _script(ch: str) -> str:
    if ch < "\x80":
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def _word_ok(word: str) -> bool:
    letters = [c for c in word if c.isalpha() and c not in "ªº"]
    if any(not c.isalpha() and c not in _ALLOWED_SYMBOLS and c >= "\x80" for c in word):
        return False  # ³ ¹ ¿ ¯ © inside a word: a wrong reading
    if not letters:
        return True
    scripts = {_script(c) for c in letters}
    if len(scripts) > 1:
        return False
    script = scripts.pop()
    if script == "LATIN":
        pass  # how accented the words are is judged over the whole text (Żółć is Polish; Èâàí is not)
    elif script in _VOWELS:
        if len(letters) >= 4 and sum(c in _VOWELS[script] for c in letters) < 0.2 * len(letters):
            return False  # Greek read as Cyrillic: no vowels
    else:
        return False
    for part in re.split("[’‘ªº€£¥°–—“”·•§…]", word):  # O’Connor: each part on its own
        body = "".join(c for c in part if c.isalpha())
        if body and not (body.isupper() or body.islower() or (body[0].isupper() and body[1:].islower())):
            return False  # иВЮМ: KOI8-R read as Windows-1251 (or the reverse) swaps the case
    return True


def plausibility(text: str) -> float:
    """Share of the words with non-ASCII letters that look right (1.0 when there are none)."""
    good = bad = plain = accented = 0
    for word in _TOKEN.findall(text[:262144]):
        if word.isascii():
            continue
        if _word_ok(word):
            good += 1
        else:
            bad += 1
        for c in word:
            if c.isalpha() and _script(c) == "LATIN":
                if c < "\x80":
                    plain += 1
                else:
                    accented += 1
    if accented > plain:  # Latin words mostly of accented letters: Cyrillic or Greek read as Latin
        return 0.0
    return 1.0 if good + bad == 0 else good / (good + bad)


def best_single_byte(data: bytes) -> tuple[str | None, list[str], dict[str, str]]:
    """``(encoding or None, candidates ranked, decoded texts)``: the single-byte code page whose
    reading is convincing and better than the others (ties: :data:`SINGLE_BYTE` order)."""
    decoded: dict[str, str] = {}
    for encoding in SINGLE_BYTE:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    scores = {e: plausibility(t) for e, t in decoded.items()}
    ranked = sorted(decoded, key=lambda e: (-scores[e], SINGLE_BYTE.index(e)))
    if ranked and scores[ranked[0]] >= CONVINCING:
        return ranked[0], ranked, decoded
    return None, ranked, decoded


def repair_double_utf8(text: str) -> tuple[str | None, bool]:
    """``(repaired text or None, looks double-encoded)``: UTF-8 that was read as Windows-1252 and
    saved as UTF-8 again, repaired only when the whole text round-trips exactly."""
    marks = len(_MOJIBAKE.findall(text[:262144]))
    if not marks:
        return None, False
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None, True
    if fixed.encode("utf-8").decode("cp1252") != text or _MOJIBAKE.search(fixed):
        return None, True
    return fixed, True
