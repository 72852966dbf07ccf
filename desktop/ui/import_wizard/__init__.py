"""The import wizard: class lists, families and contacts from a school's MIS, previewed before saving.

- `wizard`        the QWizard, its four pages in order, and open_import_wizard() for the main window
- `files_page`    step 1: choose or drop files; the format, encoding and delimiter found, to correct
- `mapping_page`  step 2 (CSV only): each field a combo box of the file's columns, the first rows, dates
- `preview_page`  step 3: what will be added, changed and left alone; rejected rows with line and reason
- `apply_page`    step 4: the one write, on the task runner, and what it did (or why it did nothing)
- `host`          what a page may ask of the wizard (WizardHost), and the page ids
- `base`          running a page's work on the task runner, dropping answers no longer wanted
- `draft`         the person's choices so far, and the plain work the pages hand to the runner
- `screenshot`    grab_import_wizard(out_dir) for `make screenshots`

The import itself (reading, matching, the one transaction) is desktop/services/imports/: see docs/imports.md.
"""

from desktop.ui.import_wizard.screenshot import grab_import_wizard
from desktop.ui.import_wizard.wizard import ImportWizard, open_import_wizard

__all__ = ["ImportWizard", "grab_import_wizard", "open_import_wizard"]
