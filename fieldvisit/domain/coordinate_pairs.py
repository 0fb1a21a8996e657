"""Latitude and longitude written in one cell, as some lenders export them: ``40.4168, -3.7038``,
``40.4168 -3.7038``, ``40,4168; -3,7038``, ``(40.4168, -3.7038)``, ``40,4168,-3,7038`` (decimal
commas), ``４０．４１６８，－３．７０３８`` (full width).

:func:`split_pair` only splits the text; the two halves are then read as any latitude and
longitude cell (:mod:`fieldvisit.domain.case_rows`: a pair in the wrong order or outside the
country goes to review, never stored as a guess).
"""

from __future__ import annotations

import re
import unicodedata

_NUMBER = r"[-+−]?\d{1,3}(?:[.,]\d+)?"
_PAIR = re.compile(rf"\s*[(\[]?\s*({_NUMBER})\s*(?:[;|/]|,(?=\s)|\s)\s*({_NUMBER})\s*[)\]]?\s*")
_COMMAS = re.compile(r"\s*[(\[]?\s*([-+−]?\d{1,3},\d+),\s*([-+−]?\d{1,3},\d+)\s*[)\]]?\s*")
_DOTS = re.compile(r"\s*[(\[]?\s*([-+−]?\d{1,3}\.\d+),\s*([-+−]?\d{1,3}\.\d+)\s*[)\]]?\s*")


def split_pair(text: str) -> tuple[str, str] | None:
    """``"40.4168, -3.7038"`` → ``("40.4168", "-3.7038")``: first and second as written (a decimal
    comma kept, so the evidence of the file's decimal mark stays as the file writes it); None when
    the text is not two numbers."""
    t = unicodedata.normalize("NFKC", str(text)).replace("−", "-")
    for pattern in (_DOTS, _COMMAS, _PAIR):
        m = pattern.fullmatch(t)
        if m:
            return m.group(1), m.group(2)
    return None
