"""The family's and the child's views, as the review meeting form lists them (one item each)."""

from PySide6.QtCore import QCoreApplication

from desktop.domain.review_views import ChildViews, FamilyViews, ReceivedViews, ViewsReceived
from desktop.printing.phrases import ENGLISH


def _how(received: ViewsReceived) -> str:
    words = {
        ViewsReceived.APP: QCoreApplication.translate("PlanReviewsScreen", "in the family app"),
        ViewsReceived.PAPER_TYPED: QCoreApplication.translate("PlanReviewsScreen", "on paper, typed in"),
        ViewsReceived.PAPER_SCANNED: QCoreApplication.translate("PlanReviewsScreen", "on a scanned form"),
    }
    return words[received]


def describe_views(item: object) -> str:
    """Who gave the views, how and when, then each answer on its own line."""
    if not isinstance(item, ReceivedViews):
        return str(item)
    views = item.views
    lines = [f"{item.by_name}, {_how(item.received)}, {item.received_at:%d %b %Y}"]
    if isinstance(views, FamilyViews):
        lines += [f"{ENGLISH['views_' + q]}: {a}" for q, a in views.answers().items() if a.strip()]
    elif isinstance(views, ChildViews):
        lines += [f"{ENGLISH['child_' + s]}: {ENGLISH['face_' + f.value]}" for s, f in views.faces]
        lines += [f"{ENGLISH['child_' + b]}: {a}" for b, a in views.answers().items() if a.strip()]
    if item.pictures:
        count = len(item.pictures)
        lines.append(
            QCoreApplication.translate(
                "PlanReviewsScreen", "{count} handwritten answer(s) kept as pictures"
            ).format(count=count)
        )
    return "\n".join(lines)
