"""QR codes (segno) for the itinerary: one per stop (its ``geo:`` URI) and one for the day."""

from __future__ import annotations

import io

import segno


def qr_png(payload: str, scale: int = 4, border: int = 2) -> bytes:
    """The QR code of ``payload`` as PNG bytes (error correction M; ``scale`` px per module)."""
    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def qr_svg(payload: str, scale: int = 4) -> str:
    """The QR code of ``payload`` as SVG text."""
    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="svg", scale=scale, xmldecl=False)
    return out.getvalue().decode("utf-8")
