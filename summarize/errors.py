"""One exception type for everything a user can get wrong, so front ends can print one line."""


class SummarizeError(Exception):
    """A problem with the input or the request, with a message meant for the user."""


class InputError(SummarizeError):
    """The text cannot be summarized: empty, binary, undecodable, too large."""


class UnknownMethodError(SummarizeError):
    """The requested method is not in the registry."""


class ModelUnavailableError(SummarizeError):
    """A model could not be found, fetched or loaded."""
