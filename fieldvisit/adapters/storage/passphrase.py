"""Where a workspace's passphrase comes from: the OS keyring, ``FIELDVISIT_PASSPHRASE``, or the
user (a prompt on a terminal; the window passes a dialog instead).

:class:`PassphraseSource` is what :func:`fieldvisit.adapters.storage.db.open_engine` asks. For an
existing workspace it tries, in order, an explicit passphrase, the environment variable (given
for this very process, so it is tried before anything stored), the keyring entry for the file,
then asks (up to three times). The keyring is only consulted when the sources before it did not
open the file: finding the system's keyring backend costs a tenth of a second or more, which a
scripted command with ``FIELDVISIT_PASSPHRASE`` does not pay. For a new workspace (or one being
converted) it takes the explicit passphrase or the environment variable, or asks for one twice.
With nowhere to get one it raises :class:`PassphraseNeeded` (one sentence; the CLI exits 2).
The keyring entry is service ``FieldVisit``, user = the workspace's absolute path.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ENV = "FIELDVISIT_PASSPHRASE"
SERVICE = "FieldVisit"
#: The demo workspaces hold invented people only; they open without asking.
DEMO_PASSPHRASE = "fieldvisit demo workspace"
MIN_LENGTH = 8


class PassphraseNeeded(Exception):
    """No passphrase could be had for an encrypted workspace; the message says how to give one."""


def _keyring():
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return None
        return keyring
    except Exception:  # noqa: BLE001 - no usable keyring on this system
        return None


def keyring_get(path: Path) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(SERVICE, str(path))
    except Exception:  # noqa: BLE001 - a locked or broken keyring is the same as none
        return None


def keyring_set(path: Path, passphrase: str) -> bool:
    """Remember the passphrase in the OS keyring; False when there is no usable keyring."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, str(path), passphrase)
        return True
    except Exception:  # noqa: BLE001
        return False


def keyring_forget(path: Path) -> None:
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, str(path))
        except Exception:  # noqa: BLE001 - nothing stored
            pass


def terminal_prompt(path: Path, *, new: bool, attempt: int) -> str | None:
    """Ask on the terminal (no echo); None when there is no terminal to ask on."""
    if not (sys.stdin and sys.stdin.isatty()):
        return None
    if not new:
        return getpass.getpass(f"Passphrase for the workspace {path}: ")
    first = getpass.getpass(f"Choose a passphrase for the encrypted workspace {path} (at least {MIN_LENGTH} characters): ")
    if getpass.getpass("The same passphrase again: ") != first:
        sys.stderr.write("fieldvisit: the two passphrases differ.\n")
        return ""
    return first


class PassphraseSource:
    """Supplies passphrases for :func:`open_engine`; see the module docstring for the order."""

    def __init__(self, passphrase: str | None = None, *,
                 prompt: Callable[..., str | None] | None = terminal_prompt,
                 remember: bool = False, demo: bool = False,
                 notice: Callable[[str], None] | None = None) -> None:
        self.explicit = passphrase
        self.prompt = prompt
        self.remember = remember
        self.demo = demo
        self._notice = notice
        self.used: str | None = None

    def existing(self, path: Path) -> Iterator[str]:
        seen: set[str] = set()
        def candidates() -> Iterator[str | None]:
            yield self.explicit
            yield DEMO_PASSPHRASE if self.demo else None
            yield os.environ.get(ENV)
            yield keyring_get(path)  # looked up only when the ones before did not open the file

        for candidate in candidates():
            if candidate and candidate not in seen:
                seen.add(candidate)
                yield candidate
        answered = False
        for attempt in range(3 if self.prompt is not None else 0):
            answer = self.prompt(path, new=False, attempt=attempt)
            if answer is None:
                break
            if answer:
                answered = True
                yield answer
        if not seen and not answered:
            raise PassphraseNeeded(_how(path))

    def new(self, path: Path, *, converting: bool = False) -> str:
        for candidate, where in ((self.explicit, "given"), (DEMO_PASSPHRASE if self.demo else None, "demo"),
                                 (os.environ.get(ENV), ENV)):
            if candidate:
                if len(candidate) < MIN_LENGTH:  # the same minimum as at the prompt and on a change
                    raise PassphraseNeeded(f"A new workspace's passphrase needs at least {MIN_LENGTH} characters; the "
                                           f"one {'in ' + ENV if where == ENV else 'given'} has {len(candidate)}. "
                                           "Choose a longer one; nothing was created.")
                return candidate
        if self.prompt is not None:
            for attempt in range(3):
                answer = self.prompt(path, new=True, attempt=attempt)
                if answer is None:
                    break
                if len(answer) >= MIN_LENGTH:
                    self.remember = self.remember or keyring_get(path) is None
                    return answer
                sys.stderr.write(f"fieldvisit: a passphrase needs at least {MIN_LENGTH} characters.\n")
        raise PassphraseNeeded(_how(path, new=True))

    def accepted(self, path: Path, passphrase: str) -> None:
        """Called once the passphrase opened (or created) the workspace."""
        self.used = passphrase
        if self.remember and passphrase not in (os.environ.get(ENV), DEMO_PASSPHRASE):
            keyring_set(path, passphrase)

    def notice(self, text: str) -> None:
        if self._notice is not None:
            self._notice(text)
        else:
            sys.stderr.write(f"fieldvisit: {text}\n")


def _how(path: Path, *, new: bool = False) -> str:
    what = "A new workspace is encrypted and needs a passphrase" if new else \
        f"The workspace {path} is encrypted and needs its passphrase"
    return (f"{what}: set {ENV}, store it in the system keyring, or run the command from a terminal "
            "to be asked.")
