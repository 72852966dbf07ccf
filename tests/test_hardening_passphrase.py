"""Passphrases: weak ones refused with zxcvbn's advice shown; a weak one already in use is asked to change."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.store import keyfile
from desktop.store.atomic import write_atomically
from desktop.store.errors import WrongPassphrase
from desktop.store.vault import Vault
from desktop.ui.unlock import UnlockWindow
from tests.conftest import PASSPHRASE

WEAK = "abcd1234"
STRONG = "Żyrafa i słoń piją herbatę"


@pytest.mark.parametrize(
    ("passphrase", "said"),
    [
        ("    ", "only spaces"),
        ("\t \n ", "only spaces"),
        ("abc", "Too short: use at least 10 characters or 4 words"),
        ("abcd", "Too short"),
        ("xxxxxxxxxxxx", 'Repeats like "aaa" are easy to guess'),
        ("password123", "This is a very common password"),
        ("Riverside1", "Too easy to guess. Add another word or two"),
        ("qwertyuiop", "top-100 common password"),
    ],
)
def test_a_weak_passphrase_is_refused_with_advice_and_no_folder_is_made(
    tmp_path: Path, passphrase: str, said: str
) -> None:
    folder = tmp_path / "new school"
    with pytest.raises(ValueError, match=said):
        Vault.create(folder, passphrase)
    assert not folder.exists()


def test_four_short_words_or_a_long_unusual_phrase_are_accepted(tmp_path: Path) -> None:
    Vault.create(tmp_path / "words", "kot pies koń mysz").close()
    Vault.create(tmp_path / "long", STRONG).close()


def test_first_run_shows_zxcvbn_advice_and_makes_nothing_for_a_weak_passphrase(qtbot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "new school")
    qtbot.addWidget(window)
    window.show()
    panel = window.first_run
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    for field, text in (
        (panel.school_field, "Ysgol y Dderwen"),
        (panel.name_field, "Mrs Nwosu"),
        (panel.class_field, "Derwen"),
        (panel.passphrase_field, "password123"),
        (panel.again_field, "password123"),
    ):
        qtbot.keyClicks(field, text)
    assert "This is a very common password" in panel.strength_label.text()
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.message_label.text().startswith("Too easy to guess.")
    assert "Add another word or two" in panel.message_label.text()
    assert window.focusWidget() is panel.passphrase_field
    assert not (tmp_path / "new school").exists()


def weaken(data_dir: Path, key: bytes, passphrase: str) -> None:
    """A school made before the rules: its key file wrapped under a weak passphrase."""
    wrapped = keyfile._wrap(key, passphrase, os.urandom(16).hex(), demo=False, in_keychain=False)
    write_atomically(Vault.key_path(data_dir), wrapped.to_bytes())


def test_a_school_with_a_weak_passphrase_is_asked_to_strengthen_it_at_unlock(
    qtbot, vault: Vault, data_dir: Path
) -> None:
    weaken(data_dir, vault.raw_key, WEAK)
    vault.close()
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    opened: list[Vault] = []
    window.unlocked.connect(opened.append)
    qtbot.keyClicks(window.passphrase_field, WEAK)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.strengthen_dialog is not None, timeout=10_000)
    dialog = window.strengthen_dialog
    assert dialog is not None and opened == []
    dialog.grab().save(str(data_dir.parent / "strengthen.png"))
    qtbot.keyClicks(dialog.new_field, "iloveyou12")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text().startswith("Too easy to guess")
    dialog.new_field.clear()
    dialog.new_field.setText(STRONG)  # QTest types Latin-1 only
    dialog.again_field.setText(STRONG)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    opened[0].close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, WEAK)
    Vault.unlock(data_dir, STRONG).close()


def test_later_opens_the_school_and_asks_again_next_time(qtbot, vault: Vault, data_dir: Path) -> None:
    weaken(data_dir, vault.raw_key, WEAK)
    vault.close()
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    opened: list[Vault] = []
    window.unlocked.connect(opened.append)
    qtbot.keyClicks(window.passphrase_field, WEAK)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.strengthen_dialog is not None, timeout=10_000)
    assert window.strengthen_dialog is not None
    qtbot.mouseClick(window.strengthen_dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    opened[0].close()
    Vault.unlock(data_dir, WEAK).close()


def test_a_strong_passphrase_opens_with_no_question(qtbot, vault: Vault, data_dir: Path) -> None:
    vault.close()
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    opened: list[Vault] = []
    window.unlocked.connect(opened.append)
    qtbot.keyClicks(window.passphrase_field, PASSPHRASE)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert window.strengthen_dialog is None
    opened[0].close()


def test_the_command_line_says_a_weak_passphrase_should_change_and_refuses_a_weak_new_one(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    weaken(data_dir, vault.raw_key, WEAK)
    vault.close()
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", WEAK)
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err
    assert "passphrase is easy to guess" in err and "linkbook passphrase" in err
    new_file = tmp_path / "new.txt"
    new_file.write_text("qwertyuiop\n", encoding="utf-8")
    code = main(["passphrase", "--data-dir", str(data_dir), "--new-passphrase-file", str(new_file)])
    err = capsys.readouterr().err
    assert code == 2 and "common password" in err and "was not changed" in err
    new_file.write_text(STRONG + "\n", encoding="utf-8")
    assert main(["passphrase", "--data-dir", str(data_dir), "--new-passphrase-file", str(new_file)]) == 0
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", STRONG)
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert "easy to guess" not in capsys.readouterr().err
