"""BRK16b #13: every symbol the window shows must be drawn by the fonts a bare Debian has
(fonts-dejavu): the lock emoji showed as an empty box. Every non-ASCII character in the window's
source (fieldvisit/ui) must be in DejaVu Sans, and a locked stop is marked with a painted icon."""

import re
from pathlib import Path

import pytest

from fieldvisit.ui.day_timeline import lock_icon, stop_text

UI = Path(__file__).resolve().parents[2] / "fieldvisit" / "ui"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# letters of names in examples and language names (drawn by any font with Latin/CJK, not symbols)
LETTERS = re.compile(r"[\u00c0-\u024f\u4e00-\u9fff]")


def _symbols() -> dict[str, str]:
    found = {}
    for path in sorted(UI.glob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0] if not line.lstrip().startswith(("#", '"""')) else ""
            for ch in code:
                if ord(ch) > 127 and not LETTERS.match(ch):
                    found.setdefault(ch, path.name)
    return found


@pytest.mark.skipif(not DEJAVU.is_file(), reason="fonts-dejavu not installed")
def test_every_window_symbol_is_in_dejavu_sans(qapp):
    from PySide6.QtGui import QRawFont

    font = QRawFont(str(DEJAVU), 12)
    assert font.isValid()
    missing = {ch: f"U+{ord(ch):04X} in {where}" for ch, where in _symbols().items() if not font.supportsCharacter(ord(ch))}
    assert missing == {}, "no glyph in DejaVu Sans (an empty box on a bare Debian)"


def test_locked_stop_has_a_painted_lock_not_an_emoji(qapp):
    stop = {"case_id": "K-1", "start": "2026-12-02T09:05:00+01:00", "departure": "2026-12-02T09:25:00+01:00"}
    assert not any(ord(ch) > 0xFFFF for ch in stop_text(1, stop, locked=True))
    assert not lock_icon().isNull() and not lock_icon().pixmap(16, 16).toImage().isNull()
