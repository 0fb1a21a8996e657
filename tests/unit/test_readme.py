"""The README's two set-up commands stay true: CI runs exactly the README's test command, and the
system packages the README tells a new user to install are the ones CI installs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_ci_runs_the_readme_test_command():
    blocks = [b.strip() for b in _readme_blocks()]
    test_cmd = next(b for b in blocks if "pytest" in b and "pip install" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_cmd in [line.strip() for line in ci], (test_cmd, "not in .ci/run")


def test_readme_names_the_system_packages_ci_installs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/debian-packages" in readme
    assert "scripts/debian-packages" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = " ".join(line for line in (ROOT / "scripts" / "debian-packages").read_text().splitlines()
                      if not line.startswith("#")).split()
    # fonts-wqy-microhei: Chinese names show as empty boxes without a CJK font (BRK16a #11)
    for needed in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libnss3", "fonts-wqy-microhei"):
        assert needed in listed

