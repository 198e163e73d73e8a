"""Errors every command maps to a clear message and an exit status."""

from __future__ import annotations


class SekgError(Exception):
    """A failure the user can act on; the CLI prints it without a traceback.

    ``exit_status`` follows pySHACL's convention: 1 for "the data is wrong",
    2 for "the command could not run" (missing file, unreadable input).
    """

    exit_status = 2


class InputError(SekgError):
    """A file that cannot be read or parsed; the message names the file."""
