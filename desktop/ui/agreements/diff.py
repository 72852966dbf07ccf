"""What changed between two versions of an agreement, line by line, for people rather than programs.

A version is turned into labelled lines ("School: …", "Target: … (review by …)"), one per commitment,
target, outcome, piece of provision or profile section, and difflib pairs them up. Lines that difflib
sees replaced one for one are reported as changed (old and new together), the rest as added or removed,
so that a family member reading the changes sees "this target moved" rather than a deletion and an
insertion far apart. No Qt here: the labels are passed in already translated.
"""

import datetime as dt
import difflib
import enum
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.agreements import DocumentContent, Party


class Change(enum.StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class DiffLine:
    change: Change
    text: str
    before: str = ""
    """For a changed line, what it said in the earlier version."""


@dataclass(frozen=True, slots=True)
class Labels:
    """The words that start each line, translated by the caller."""

    party: dict[Party, str]
    target: str
    review_by: str
    progress: str
    outcome: str
    provision: str
    all_about_me: str
    important_to_me: str
    how_to_support_me: str
    review_date: str
    format_date: Callable[[dt.date], str]


def content_lines(content: DocumentContent, labels: Labels) -> list[str]:
    """The version as the lines a person compares, in the order the printed document shows them."""
    lines = [f"{labels.party[c.party]}: {c.text}" for party in Party for c in content.commitments_of(party)]
    for target in content.targets:
        line = f"{labels.target}: {target.text}"
        if target.review_date:
            line += f" ({labels.review_by} {labels.format_date(target.review_date)})"
        if target.progress:
            line += f" — {labels.progress}: {target.progress}"
        lines.append(line)
    lines += [f"{labels.outcome}: {o}" for o in content.outcomes]
    lines += [f"{labels.provision}: {p.what}; {p.who}; {p.how_often}" for p in content.provision]
    for label, text in (
        (labels.all_about_me, content.profile.all_about_me),
        (labels.important_to_me, content.profile.important_to_me),
        (labels.how_to_support_me, content.profile.how_to_support_me),
    ):
        lines += [f"{label}: {paragraph}" for paragraph in text.splitlines() if paragraph.strip()]
    if content.review_date:
        lines.append(f"{labels.review_date}: {labels.format_date(content.review_date)}")
    return lines


def diff_lines(before: list[str], after: list[str]) -> list[DiffLine]:
    """Every line of both, in order, each marked same, added, removed or changed."""
    result: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [DiffLine(Change.SAME, line) for line in before[i1:i2]]
        elif tag == "delete":
            result += [DiffLine(Change.REMOVED, line) for line in before[i1:i2]]
        elif tag == "insert":
            result += [DiffLine(Change.ADDED, line) for line in after[j1:j2]]
        else:
            old, new = before[i1:i2], after[j1:j2]
            paired = min(len(old), len(new))
            result += [DiffLine(Change.CHANGED, new[n], old[n]) for n in range(paired)]
            result += [DiffLine(Change.REMOVED, line) for line in old[paired:]]
            result += [DiffLine(Change.ADDED, line) for line in new[paired:]]
    return result


def count(lines: list[DiffLine]) -> dict[Change, int]:
    totals = dict.fromkeys(Change, 0)
    for line in lines:
        totals[line.change] += 1
    return totals
