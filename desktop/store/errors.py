"""What can go wrong opening or using a school's data, each with a message that says what to do."""


class StoreError(Exception):
    """Base of every store error; str() is a message for a person."""


class NoSchoolHere(StoreError):
    def __init__(self, data_dir: object) -> None:
        super().__init__(
            f"There is no Linkbook school in {data_dir}. Create one (linkbook demo, or the app's first-run "
            "screen) or give the folder that holds it with --data-dir."
        )


class SchoolAlreadyHere(StoreError):
    def __init__(self, data_dir: object) -> None:
        super().__init__(
            f"{data_dir} already holds a Linkbook school. "
            "Choose an empty folder, or open the school that is there."
        )


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__("That passphrase does not unlock this school. Check it and try again.")


class KeyFileDamaged(StoreError):
    def __init__(self, path: object, why: str) -> None:
        self.why = why
        super().__init__(
            f"The key file {path} is damaged ({why}). Nothing was changed. Restore the school from a backup "
            "(linkbook restore)."
        )


class KeyFileTampered(KeyFileDamaged):
    def __init__(self, path: object) -> None:
        super().__init__(
            path,
            "the passphrase is right, but the file's settings or wrapped key were changed after Linkbook "
            "wrote it",
        )


class DatabaseDamaged(StoreError):
    def __init__(self, path: object, why: str) -> None:
        super().__init__(
            f"The school's database {path} is damaged ({why}). The passphrase is right; nothing was written. "
            "Restore the school from a backup (linkbook restore)."
        )


class SchemaTooNew(StoreError):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"This school was saved by a newer version of Linkbook (schema {found}). "
            "Update Linkbook to open it."
        )


class BackupInvalid(StoreError):
    def __init__(self, path: object, why: str) -> None:
        super().__init__(f"{path} is not a usable Linkbook backup: {why}. Nothing was restored.")


class DiskFull(StoreError):
    def __init__(self, where: object, what: str) -> None:
        super().__init__(
            f"The disk holding {where} is full: {what}. Everything saved before is safe. Free some space "
            "(empty the recycle bin, move large files), then try again."
        )


class InvalidInput(StoreError):
    """Input a person gave that cannot be saved as it is."""


class VaultLocked(StoreError):
    def __init__(self) -> None:
        super().__init__("Linkbook is locked. Unlock it with the school's passphrase to go on.")
