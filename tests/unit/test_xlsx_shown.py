"""A number cell is read as the text its number format shows when that format makes it look like
text (breaker report 16a, finding 5): an account number 12345 formatted ``00000000`` is
``00012345``, the id the spreadsheet shows and a CSV export of it holds."""

import pytest

from fieldvisit.adapters.files.xlsx_shown import shown_text, text_format
from fieldvisit.domain.cells import ShownNumber, amount, cell_text, days_count


@pytest.mark.parametrize("value, fmt, shown", [
    (12345, "00000000", "00012345"),
    (12345.0, "00000000", "00012345"),
    (1234, "00000", "01234"),  # a US ZIP code
    (2801, "00000-0000", "00000-2801"),  # ZIP+4
    (1234, '"0"####', "01234"),  # a literal leading zero
    (7, "\\A0000", "A0007"),
    (123456789, "000-00-0000", "123-45-6789"),
    (5551234567, "(###) ###-####", "(555) 123-4567"),
    (5551234, "[<=9999999]###-####;(###) ###-####", "555-1234"),
    (5551234567, "[<=9999999]###-####;(###) ###-####", "(555) 123-4567"),
    (612345678, "[$-C0A]000 00 00 00", "612 34 56 78"),
])
def test_text_like_formats_give_the_shown_text(value, fmt, shown):
    assert shown_text(value, fmt) == shown


@pytest.mark.parametrize("value, fmt", [
    (12345, "00000"),  # already five digits: nothing to change
    (12345, "General"), (12345, "0"), (12345, "@"), (12345, "#,##0"), (12345, "0.00"),
    (1234.5, "00000"),  # not a whole number
    (46085, "dd/mm/yyyy"), (0.25, "0%"), (True, "00000"), ("00123", "00000"),
])
def test_other_cells_stay_as_they_are(value, fmt):
    assert shown_text(value, fmt) is None


def test_only_text_like_formats_are_looked_at():
    assert text_format("00000000") and text_format('"0"####') and text_format("(###) ###-####")
    assert not any(map(text_format, ["General", "0", "@", "#,##0.00", "0.00%", "d/m/yyyy", '"$"#,##0.00', None]))


def test_a_shown_number_is_text_for_text_and_a_number_for_numbers():
    cell = ShownNumber(30, "00030")
    assert cell_text(cell) == "00030"
    assert days_count(cell) == 30
    assert amount(ShownNumber(12345, "00012345"), False, "USD")[0] == 12345
