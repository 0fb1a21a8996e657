"""The core stays plain Python: domain and services never import Qt or SQLAlchemy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


BLOCKER = """
import sys, importlib, pkgutil
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'shiboken6'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import fieldvisit.domain, fieldvisit.services
for pkg in (fieldvisit.domain, fieldvisit.services):
    for m in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(pkg.__name__ + '.' + m.name)
print('ok')
"""


def test_domain_and_services_import_with_qt_and_sqlalchemy_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
