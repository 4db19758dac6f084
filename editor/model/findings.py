"""What a check reports: a place in a file, a severity, a stable code and a message."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, order=False)
class Finding:
    """One problem. ``line`` and ``column`` are 1-based positions in the file itself."""

    file: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data

    def as_text(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.value} {self.code}: {self.message}"

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        # The message breaks ties so that output never depends on the order checks ran in.
        return (self.file, self.line, self.column, self.severity.rank, self.code, self.message)
