"""The evaluation's one error type: a message for the user, printed as one line by the CLI."""

from summarize.errors import SummarizeError


class EvalError(SummarizeError):
    """Bad evaluation input or request: unknown dataset or system, malformed data."""


class SystemUnavailableError(EvalError):
    """A system cannot be started (its model or package is missing): the run stops."""
