"""Where the shared real-world cases live: ``../shared/cases`` beside the checkout (CI lays a
copy there), else the workplace's ``/work/shared/cases``."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BESIDE = ROOT.parent / "shared" / "cases"
CASES = _BESIDE if _BESIDE.is_dir() else Path("/work/shared/cases")
