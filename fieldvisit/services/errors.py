"""Errors a user can act on: one clear sentence, exit code 2 in the CLI, a message box in the UI."""


class UserError(Exception):
    """Bad input or a refused operation. ``str(error)`` is the sentence shown to the user."""
