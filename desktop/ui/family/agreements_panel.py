"""The child's agreements and plans for the family to read, and to sign digitally.

The signature is the family member's own (their name, today's date, "digital"), on the version in front
of them; the service refuses a second signature by the same person on the same version, and anything
signed in another's name. Before signing, the person ticks that they have read it: signing is a choice,
never a stray click.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from desktop.domain.agreements import Agreement, DocumentContent, Party
from desktop.domain.linkbook import Method
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.ui.agreements import words
from desktop.ui.family.cards import Card, CardList, rich_label, text_label
from desktop.ui.family.writing import Writer, short_date


class AgreementCard(Card):
    def __init__(self, agreement: Agreement, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(agreement.title, self.tr("Agreement: {title}").format(title=agreement.title), parent)
        self.agreement = agreement
        self.writer = writer
        version = agreement.current
        about = self.tr("{kind}, version {number}").format(
            kind=words.kind_name(agreement.kind), number=version.number
        )
        self.add(text_label(about, self.tr("Kind and version"), 1.0))
        self.add(rich_label(self._content(version.content), self.tr("What the agreement says")))
        for signature in version.signatures:
            line = self.tr("Signed by {name} for the {party}: {state}").format(
                name=signature.signer_name,
                party=words.party_name(signature.party),
                state=words.signature_state(signature),
            )
            self.add(text_label(line, line, 1.0))
        mine = [
            s for s in version.signatures if s.party is Party.FAMILY and s.signer_name == writer.actor.name
        ]
        self.agree_box = QCheckBox(self.tr("I have read this and &agree to it"))
        self.agree_box.setAccessibleName(
            self.tr("I have read {title} and agree to it").format(title=agreement.title)
        )
        self.sign_button = QPushButton(self.tr("&Sign as {name}").format(name=writer.actor.name))
        self.sign_button.setAccessibleName(self.tr("Sign {title}").format(title=agreement.title))
        self.sign_button.setEnabled(False)
        self.agree_box.toggled.connect(self.sign_button.setEnabled)
        self.sign_button.clicked.connect(self.sign)
        row = QHBoxLayout()
        row.addWidget(self.agree_box)
        row.addWidget(self.sign_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        for widget in (self.agree_box, self.sign_button):
            widget.setVisible(not mine)
        if mine:
            done = self.tr("You signed this version on {day}.").format(day=short_date(mine[0].signed_on))
            self.add(text_label(done, done, 1.1, bold=True))

    def _content(self, content: DocumentContent) -> list[tuple[str, str]]:
        parts: list[tuple[str, str]] = []
        for party, title in (
            (Party.SCHOOL, self.tr("The school will")),
            (Party.FAMILY, self.tr("At home we will")),
            (Party.PUPIL, self.tr("I will")),
        ):
            parts.append((title, "\n".join(f"• {c.text}" for c in content.commitments_of(party))))
        parts.append((self.tr("Targets"), "\n".join(f"• {t.text}" for t in content.targets)))
        profile = content.profile
        parts += [
            (self.tr("All about me"), profile.all_about_me),
            (self.tr("What is important to me"), profile.important_to_me),
            (self.tr("How to support me"), profile.how_to_support_me),
        ]
        parts.append((self.tr("Outcomes"), "\n".join(f"• {o}" for o in content.outcomes)))
        parts.append(
            (self.tr("Support"), "\n".join(f"• {p.what} ({p.who}, {p.how_often})" for p in content.provision))
        )
        if content.review_date:
            parts.append((self.tr("Review"), short_date(content.review_date)))
        return parts

    def sign(self) -> None:
        if not self.agree_box.isChecked():
            return
        agreement_id = self.agreement.id
        name = self.writer.actor.name

        def work(context: ServiceContext) -> object:
            return AgreementService(context).sign(agreement_id, Party.FAMILY, name, Method.DIGITAL)

        self.sign_button.setEnabled(False)
        self.writer.run(self.tr("Signing the agreement"), work, lambda: None)


class AgreementsPanel(CardList):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agreements"), self.tr("No agreements to read or sign."), parent)
        self.writer = writer

    def show_agreements(self, agreements: tuple[Agreement, ...]) -> None:
        self.set_cards([AgreementCard(a, self.writer) for a in agreements])

    def agreement_cards(self) -> list[AgreementCard]:
        return [c for c in self.cards() if isinstance(c, AgreementCard)]
