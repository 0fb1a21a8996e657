"""Case-file readers (CSV with detected encoding and delimiter, XLSX through openpyxl)."""
