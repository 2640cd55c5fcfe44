"""Why a run could not start: raised before anything is read or written."""

from __future__ import annotations


class RunSetupError(Exception):
    """A run that cannot start (a missing input, model or gazetteer file, a bad option).

    Nothing has been read or written when it is raised; the message is one line for the user.
    """


class InputNotFoundError(RunSetupError):
    """A path or glob that matches nothing."""
