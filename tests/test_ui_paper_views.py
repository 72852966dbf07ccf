"""Record views from paper: the code typed from a returned views form opens the child's plan due for
review, and the family's answers (or the child's faces and words) typed by staff are filed to it."""

from PySide6.QtCore import Qt

from desktop.domain.review_views import ChildViews, Face, FamilyViews, ViewsFrom, ViewsReceived
from desktop.services.context import ServiceContext
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.review_views import ReviewViewsService
from desktop.ui.paper_views import PaperViewsDialog
from tests.test_review_views import WEEK, plan_for, pupils
from tests.test_ui_family import type_text
from tests.ui_checks import unnamed_controls


def test_the_familys_and_the_childs_views_typed_from_paper_are_filed_to_the_plan(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    zofia = pupils(small_school)["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    dialog = PaperViewsDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "26W47-0000-0000")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert "typing mistake" in dialog.message.text() and not dialog.save_button.isEnabled()

    dialog.code_edit.setText(ReplyCodeService(senco_context).code_for(zofia.id, WEEK))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Zofia Wiśniewska" and dialog.plan_box.currentData() == plan.id
    assert unnamed_controls(dialog) == []
    dialog.who_edit.setText("Parent of Zofia")
    type_text(dialog.family_edits["going_well"], "Czyta z nami co wieczór")
    type_text(dialog.family_edits["hard"], "Poranki przed szkołą")
    dialog.grab().save("/tmp/paper_views_dialog.png")
    with qtbot.waitSignal(dialog.recorded, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.message.text()

    dialog.code_edit.setText(ReplyCodeService(senco_context).code_for(zofia.id, WEEK))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    dialog.whose_box.setCurrentIndex(1)
    assert dialog.who_edit.text() == "Zofia"
    dialog.child_faces["like_school"].setCurrentIndex(1)
    dialog.child_faces["have_friends"].setCurrentIndex(2)
    type_text(dialog.child_edits["i_like"], "Rysowanie")
    with qtbot.waitSignal(dialog.recorded, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    given = {v.given_by: v for v in ReviewViewsService(senco_context).views_for_plan(plan.id)}
    family, child = given[ViewsFrom.FAMILY], given[ViewsFrom.CHILD]
    assert family.views == FamilyViews(going_well="Czyta z nami co wieczór", hard="Poranki przed szkołą")
    assert (family.given_by, family.received, family.by_name) == (
        ViewsFrom.FAMILY,
        ViewsReceived.PAPER_TYPED,
        "Parent of Zofia",
    )
    assert child.views == ChildViews(
        (("like_school", Face.HAPPY), ("have_friends", Face.OKAY)), i_like="Rysowanie"
    )
    assert child.by_name == "Zofia"
