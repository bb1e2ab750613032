"""The central column types, kept at this path because its migrations import it from here."""

from motcua_core.db import UtcDateTime as UtcDateTime
