"""Keeping, as packs are printed, where each returnable page's boxes are (to read its scan by later)."""

from desktop.printing.layout import Rendered
from desktop.services.context import ServiceContext
from desktop.store.repositories.paper_returns import PaperReturnRepository


def remember_printed(context: ServiceContext, rendered: Rendered) -> None:
    """Keep the layout of each returnable page just printed (once for each different layout)."""
    if not rendered.returnable:
        return
    now = context.now()
    with context.vault.writing() as session:
        PaperReturnRepository(session).remember_layouts(
            (
                (page.code.reply_code, page.code.household, page.code.page, page.to_json())
                for page in rendered.returnable
            ),
            now,
        )
