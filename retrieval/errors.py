"""Domain errors. Each message says what went wrong and what to do next.

The CLI prints `str(error)` on one line; the UI shows `error.user_message` (Chinese).

Example:
    >>> raise InputError("empty file: a.txt", "文件为空：a.txt，请检查后重新上传。")
"""
from __future__ import annotations


class NoticeQAError(Exception):
    """Base class. `user_message` is the Chinese text shown in the UI."""

    def __init__(self, message: str, user_message: str | None = None):
        super().__init__(message)
        self.user_message = user_message or message


class InputError(NoticeQAError):
    """Bad user input: unreadable, empty or oversized file, empty question, unknown document."""


class IndexStateError(NoticeQAError):
    """The index is missing, broken or built with other settings."""


class ConfigError(NoticeQAError):
    """A setting is invalid (unknown embedding backend, bad port)."""
