"""A school's corrections of the printed translations: kept in the vault, audited, and printed everywhere."""

from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.calendar import Period
from desktop.domain.news import NewsItem
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import WorkItem
from desktop.printing.phrases import Phrasebook, shipped
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.news import NewsService
from desktop.services.phrase_corrections import PhraseCorrectionService
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.printing_fixtures import page_texts

WEEK = Period.week_of(TODAY.date())


def _zofia(school: dict[str, object]) -> object:
    return school["pupils"][0]  # type: ignore[index]


def test_a_correction_prints_on_packs_folders_agreements_and_news_after_reopening_the_vault(
    data_dir: Path, vault: Vault, small_school: dict[str, object], senco_context: ServiceContext
) -> None:
    pupil = _zofia(small_school)  # Polish family, asked for paper
    oak = small_school["class"]
    corrections = PhraseCorrectionService(senco_context)
    for phrase, words in (
        ("your_reply", "Odpowiedź rodziców"),
        ("family_comment", "Uwagi rodziców o pracach"),
        ("return_agreement", "Prosimy przeczytać, podpisać i oddać nauczycielowi."),
        ("class_news", "Nowości w klasie"),
    ):
        corrections.correct("pol", phrase, f"  {words} ")
    folders = WorkFolderService(senco_context)
    folder = folders.open_folder(pupil.id, WEEK)
    folders.add_item(folder.id, WorkItem("Maths", "Number bonds to 20", TODAY.date(), "Lovely work"))
    agreement = AgreementService(senco_context).create(
        pupil.id,
        DocumentKind.AGREEMENT,
        "Reading at home",
        DocumentContent(commitments=(Commitment(Party.FAMILY, "Read together three times a week"),)),
    )
    NewsService(senco_context).publish(
        NewsItem(
            "Harvest festival", "Thank you for the food donations.", TODAY.date(), "Mr Okonkwo-Jones", oak.id
        )
    )
    vault.close()

    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        context = ServiceContext(
            reopened, Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER), clock=lambda: TODAY
        )
        printing = PrintPackService(context)
        week = "\n".join(page_texts(printing.pupil_week(pupil.id, WEEK)))
        assert "Odpowiedź rodziców" in week
        assert shipped("POL")["your_reply"] not in week, "the shipped words still print"
        assert "Nowości w klasie" in week, "the newsletter in the pack"
        folder_text = "\n".join(page_texts(printing.folder(pupil.id, WEEK)))
        assert "Uwagi rodziców o pracach" in folder_text
        agreement_text = "\n".join(page_texts(printing.agreement(agreement.id)))
        assert "Prosimy przeczytać, podpisać i oddać nauczycielowi." in agreement_text
        batch = "\n".join(page_texts(printing.class_packs(oak.id, WEEK, PackOptions(paper_only=True)).pdf))
        assert "Odpowiedź rodziców" in batch and "Nowości w klasie" in batch
        # Another language is untouched.
        assert (
            PhraseCorrectionService(context).phrasebook("POR").home("your_reply")
            == shipped("POR")["your_reply"]
        )
    finally:
        reopened.close()


def test_reset_prints_the_shipped_words_again_and_both_changes_are_audited(
    vault: Vault, senco_context: ServiceContext
) -> None:
    service = PhraseCorrectionService(senco_context)
    line = service.correct("URD", "signature", "دستخط (والدین)")
    assert line.correction is not None and line.printed == "دستخط (والدین)"
    assert service.phrasebook("URD").home("signature") == "دستخط (والدین)"
    line = service.reset("URD", "signature")
    assert line.correction is None and line.printed == shipped("URD")["signature"]
    assert service.overrides() == {}
    with vault.reading() as session:
        events = [e for e in AuditRepository(session).events() if e.record_kind == "phrase_correction"]
    assert [(e.action.value, e.record_id, e.actor) for e in events] == [
        ("changed", "URD/signature", "Mrs Adebayo-Kowalska"),
        ("deleted", "URD/signature", "Mrs Adebayo-Kowalska"),
    ]


def test_typing_the_shipped_words_back_removes_the_correction(senco_context: ServiceContext) -> None:
    service = PhraseCorrectionService(senco_context)
    service.correct("BNG", "date", "দিন")
    line = service.correct("BNG", "date", shipped("BNG")["date"])
    assert line.correction is None
    assert service.overrides() == {}


def test_list_shows_english_shipped_and_correction_side_by_side(senco_context: ServiceContext) -> None:
    service = PhraseCorrectionService(senco_context)
    service.correct("TAM", "monday", "திங்கள்கிழமை")
    lines = {line.phrase_id: line for line in service.phrases("tam")}
    assert lines["monday"].english == "Monday"
    assert lines["monday"].shipped == shipped("TAM")["monday"]
    assert lines["monday"].printed == "திங்கள்கிழமை"
    assert lines["friday"].correction is None
    codes = [language.code for language in service.languages()]
    assert codes[:10] == sorted(
        codes[:10], key=lambda c: next(lang.english_name for lang in service.languages() if lang.code == c)
    )
    assert {"POL", "URD", "PNJ", "BNG", "SOM", "ARA", "GUJ", "POR", "TAM", "RUM"} <= set(codes)
    assert "ENG" not in codes and "CHI" not in codes


def test_a_gurmukhi_correction_reaches_families_coded_either_way(senco_context: ServiceContext) -> None:
    service = PhraseCorrectionService(senco_context)
    service.correct("PNJG", "reply_code", "ਜਵਾਬ ਦਾ ਕੋਡ ਨੰਬਰ")
    overrides = service.overrides()
    assert Phrasebook("PNJ", overrides).home("reply_code") == "ਜਵਾਬ ਦਾ ਕੋਡ ਨੰਬਰ"
    assert Phrasebook("PNJG", overrides).home("reply_code") == "ਜਵਾਬ ਦਾ ਕੋਡ ਨੰਬਰ"


@pytest.mark.parametrize(
    ("language", "phrase", "text", "message"),
    [
        ("POL", "signature", "   ", "Reset"),
        ("POL", "signature", "x" * 301, "under 300 characters"),
        ("POL", "signature", "Podpis 签名", "cannot be printed"),
        ("POL", "no_such_phrase", "Podpis", "no printed phrase"),
        ("ENG", "signature", "Signature", "not a home language"),
        ("CHI", "signature", "签名", "not a home language"),
    ],
)
def test_bad_corrections_are_refused_with_what_to_do_and_nothing_is_stored(
    senco_context: ServiceContext, language: str, phrase: str, text: str, message: str
) -> None:
    service = PhraseCorrectionService(senco_context)
    service.correct("POL", "date", "Data (dzień)")
    with pytest.raises(InvalidInput, match=message):
        service.correct(language, phrase, text)
    assert service.overrides() == {"POL": {"date": "Data (dzień)"}}


def test_a_teaching_assistant_may_not_change_what_every_family_reads(vault: Vault) -> None:
    assistant = ServiceContext(
        vault, Actor("Ms Dimitrova", StaffRole.TEACHING_ASSISTANT), clock=lambda: TODAY
    )
    with pytest.raises(PermissionError):
        PhraseCorrectionService(assistant).correct("SOM", "date", "Taariikhda")
    assert PhraseCorrectionService(assistant).overrides() == {}


def test_line_breaks_are_folded_into_one_printed_line(senco_context: ServiceContext) -> None:
    line = PhraseCorrectionService(senco_context).correct(
        "RUM", "return_page", "Vă rugăm scrieți\nși semnați."
    )
    assert line.printed == "Vă rugăm scrieți și semnați."
