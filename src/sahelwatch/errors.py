"""Named exceptions. Each message says what went wrong and what to do next."""

from __future__ import annotations


class SahelwatchError(Exception):
    """Base class for every error sahelwatch raises on purpose."""


class InputError(SahelwatchError):
    """An input (file, text, feed, parameter) cannot be used as given."""


class MissingPublicationDateError(InputError):
    """Neither the caller nor the article gives a publication date."""

    def __init__(self, source: str) -> None:
        super().__init__(
            f"{source}: no publication date given and none found in the article "
            "(no dateline or 'Published:' line). Pass --published YYYY-MM-DD."
        )


class UnsupportedLanguageError(InputError):
    """The article's language has no extraction resources."""

    def __init__(self, lang: str) -> None:
        super().__init__(
            f"language {lang!r} is not supported: use 'en' or 'fr' (or omit --lang to detect it)."
        )


class DataFileError(SahelwatchError):
    """A packaged data file is missing or corrupt: the installation is broken."""
