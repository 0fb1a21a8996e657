"""Errors a user can act on: one clear sentence, exit code 2 in the CLI, a message box in the UI."""


class UserError(Exception):
    """Bad input or a refused operation. ``str(error)`` is the sentence shown to the user."""


def safe_description(exc: BaseException) -> str:
    """``"Kind: first line"`` of an unexpected error, for stderr or a message box. A database
    driver's error (it carries ``orig`` and ``statement``) is reduced to the driver's own first
    line: never the SQL, never its parameters (names, phones, notes)."""
    orig = getattr(exc, "orig", None)
    if orig is not None and hasattr(exc, "statement"):
        first = (str(orig).strip().splitlines() or [""])[0]
        return f"{orig.__class__.__name__}: {first[:200]}"
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{exc.__class__.__name__}: {first[:300]}"


def os_reason(exc: OSError) -> str:
    """A short reason for a failed file operation, without the path (the caller names the file):
    "the disk is full", "permission denied", ..."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full; free some space and try again"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "a link is in the way (FieldVisit does not follow links here)"
    return (exc.strerror or exc.__class__.__name__).lower()
