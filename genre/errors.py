"""The one error of the genre package: a data file that is missing or does not say what it must."""


class GenreDataError(Exception):
    """A genre data file is missing, is not valid TOML/TSV, or lacks a key; the message names both.

    Example:
        >>> raise GenreDataError("outline.toml", "marker[2].why", "missing")
        Traceback (most recent call last):
        genre.errors.GenreDataError: genre/data/outline.toml: marker[2].why: missing
    """

    def __init__(self, file: str, key: str, problem: str):
        self.file, self.key, self.problem = file, key, problem
        super().__init__(f"genre/data/{file}: {key}: {problem}")
