"""The story-gold scorers' one result record: hits out of a total, with the misses to show."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    """Hits out of a total, and the misses worth showing."""

    hits: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, hit: bool, error: str) -> None:
        self.total += 1
        self.hits += hit
        if not hit:
            self.errors.append(error)

    def count(self, found: bool, note: str) -> None:
        """Count an item that should be rare: ``found`` ones are the ones worth showing."""
        self.total += 1
        self.hits += found
        if found:
            self.errors.append(note)

    def merge(self, other: Tally) -> None:
        self.hits += other.hits
        self.total += other.total
        self.errors.extend(other.errors)

    def __str__(self) -> str:
        if not self.total:
            return "-"
        return f"{self.hits / self.total:.2f} ({self.hits}/{self.total})"
