"""`linkbook reviews due`: the plans due for review or overdue, one a line, from a real process."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from desktop.domain.agreements import DocumentContent, DocumentKind, Target
from desktop.services.agreements import AgreementService
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


def reviews_due(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LINKBOOK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "reviews", "due", "--data-dir", str(data_dir), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_reviews_due_prints_overdue_first_then_those_due_within_the_weeks(
    senco_context, small_school, data_dir
) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()  # the command reads the real clock
    agreements = AgreementService(senco_context)
    pupils = small_school["pupils"]
    for pupil, days, title in (
        (pupils[2], 30, "Amina's plan, due in a month"),
        (pupils[0], -9, "Zofia's plan, overdue"),
        (pupils[6], 5, "Kavya's plan, due this week"),
        (pupils[3], 200, "Gurpreet's plan, not for months"),
    ):
        content = DocumentContent(
            targets=(Target("Ask for help with a card"),), review_date=today + dt.timedelta(days)
        )
        plan = agreements.create(pupil.id, DocumentKind.SUPPORT_PLAN, title, content)
        agreements.activate(plan.id)
    senco_context.vault.close()

    done = reviews_due(data_dir, "--weeks", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("OVERDUE by 9 days") and "Zofia's plan, overdue" in lines[0]
    assert "Zofia Wiśniewska" in lines[0] and "Year 3 Oak" in lines[0]
    assert lines[1].startswith("due in 5 days") and (today + dt.timedelta(5)).isoformat() in lines[1]

    wider = reviews_due(data_dir, "--weeks", "6").stdout.splitlines()
    assert [line.split("  ")[-1] for line in wider] == [
        "support plan: Zofia's plan, overdue",
        "support plan: Kavya's plan, due this week",
        "support plan: Amina's plan, due in a month",
    ]

    wrong = reviews_due(data_dir, "--weeks", "lots")
    assert wrong.returncode == 2 and "0 to 52" in wrong.stderr


def test_reviews_due_says_when_nothing_is_due(senco_context, small_school, data_dir) -> None:  # type: ignore[no-untyped-def]
    senco_context.vault.close()
    done = reviews_due(data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "No reviews due in the next 4 weeks, none overdue."
