"""Why a run could not start: raised before anything is read or written."""

from __future__ import annotations


class RunSetupError(Exception):
    """A run that cannot start (a missing input, model or gazetteer file, a bad option).

    Nothing has been read or written when it is raised; the message is one line for the user.
    """


class InputNotFoundError(RunSetupError):
    """A path or glob that matches nothing."""


class RunLockedError(RunSetupError):
    """Another run holds the lock of the same state or output; nothing was read or written."""


class OutputError(RuntimeError):
    """The output or the state could not be written mid-run (a full disk, a closed stdout).

    What was committed before stays; the uncommitted tail is removed. The message is one line.
    """


class NoDocumentsError(RunSetupError):
    """Directories (or globs) that hold no document file at all: nothing can be read."""
