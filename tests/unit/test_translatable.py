"""Every visible string in the windows goes through Qt's translation: a string literal handed to
a Qt text setter or widget constructor in ``fieldvisit/ui`` must be wrapped in ``self.tr(...)``
(or ``QCoreApplication.translate``). Fails with the file, line and string of each offender."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "fieldvisit" / "ui"

#: Calls whose string arguments are shown to the user.
TEXT_CALLS = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "showMessage", "setPlaceholderText",
              "addItem", "addTab", "addMenu", "setTitle", "setHorizontalHeaderLabels", "setHeaderLabels",
              "information", "warning", "critical", "question", "setLabelText", "setItemText", "addRow",
              "setWhatsThis", "setSuffix", "setPrefix", "setSpecialValueText", "setHtml", "addSection",
              "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox",
              "QBarSet", "getItem", "getText", "getMultiLineText", "getOpenFileName", "getSaveFileName",
              "getOpenFileNames", "getExistingDirectory", "QTableWidgetItem", "QListWidgetItem", "setPlainText",
              "setSubTitle", "setButtonText", "addToolBar"}
#: Plain literals that are not words (symbols, markup, formats).
NOT_WORDS = {"", "⚠", "—", "–", "·", "…", "%.0f", "HH:mm", "yyyy-MM-dd", "dd/MM/yyyy", "+", "-", "×"}


FILE_NAME = re.compile(r"\.(xlsx|csv|pdf|html|fvbundle|fvpack|json|png)$")


def _wordy(text: str) -> bool:
    text = re.sub(r"<[^>]*>", "", text).strip()
    return text not in NOT_WORDS and any(ch.isalpha() for ch in text)


def _is_word_literal(node) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return _wordy(text) and not FILE_NAME.search(text) \
            and not text.startswith(("fv.", "JSON.", "color:", "font-", "QLabel", "QWidget", "#"))
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return not FILE_NAME.search(parts[-1] if parts else "") and any(_wordy(p) for p in parts)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_word_literal(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return _is_word_literal(node.left) or _is_word_literal(node.right)
    return False


def offenders() -> list[str]:
    found = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in TEXT_CALLS:
                continue
            args = list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title", "placeholderText",
                                                                                 "toolTip", "statusTip", "windowTitle")]
            for arg in args:
                if _is_word_literal(arg):
                    found.append(f"{path.name}:{arg.lineno}: {ast.unparse(arg)[:70]}")
    return found


def test_no_unwrapped_visible_strings():
    assert offenders() == []


def test_the_checker_catches_an_unwrapped_string(tmp_path, monkeypatch):
    (tmp_path / "w.py").write_text('label.setText("Hello")\nlabel.setText(self.tr("Hello"))\n'
                                   'QPushButton(f"Save {n}")\nbox.setText("⚠")\n', encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "UI", tmp_path)
    assert offenders() == ['w.py:1: \'Hello\'', "w.py:3: f'Save {n}'"]


def test_domain_sentences_are_marked_for_translation():
    """scripts/domain_texts.py has been run since the domain's sentences last changed."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("domain_texts", UI.parents[1] / "scripts" / "domain_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (UI / "domain_texts.py").read_text(encoding="utf-8") == module.render()


def test_domain_sentence_reads_as_english_and_keeps_its_parts():
    from datetime import date
    from decimal import Decimal

    from fieldvisit.domain.text import msg

    m = msg("Paid {amount} {currency} on {date}", amount=Decimal("12.5"), currency="EUR", date=date(2026, 11, 27))
    assert m == "Paid 12.50 EUR on Fri 27 Nov 2026"
    assert m.template == "Paid {amount} {currency} on {date}" and m.params["amount"] == Decimal("12.5")
