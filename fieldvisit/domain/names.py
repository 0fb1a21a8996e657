"""Matching people's names the way people type them: without accents and case (``gomez`` finds
``Gómez``), and close spellings offered as "did you mean" — never silently taken."""

from __future__ import annotations

import difflib
import unicodedata


def fold(text: str | None) -> str:
    """``text`` without accents, case or repeated spaces: ``"  Lucía  GÓMEZ"`` → ``"lucia gomez"``.
    Letters that are not accented Latin ones (Chinese, Cyrillic) stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def match_name(given: str, names: list[str]) -> tuple[str | None, list[str]]:
    """The one name in ``names`` that ``given`` means once accents and case are ignored, or
    ``(None, suggestions)``: the closest spellings (at most three), for a "did you mean"."""
    wanted = fold(given)
    same = [n for n in names if fold(n) == wanted]
    if len(same) == 1:
        return same[0], []
    if len(same) > 1:  # differ only by accents or case: the exact spelling decides, else ask
        exact = [n for n in same if n == given.strip()]
        return (exact[0], []) if exact else (None, same)
    folded = {fold(n): n for n in names}
    close = difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.6)
    starts = [f for f in folded if wanted and (f.startswith(wanted) or wanted in f.split())]
    return None, list(dict.fromkeys(folded[f] for f in starts + close))[:3]
