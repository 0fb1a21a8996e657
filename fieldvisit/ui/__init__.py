"""PySide6 user interface: windows, dialogs, table models. Only this package imports Qt."""
