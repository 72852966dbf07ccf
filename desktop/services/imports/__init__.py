"""Importing class lists, families and contacts from a school's MIS.

Every format is read into the same plain records (`model.IncomingPupil`), so matching, previewing and
applying are written once:

- `detect`      bytes -> text (encoding), CSV dialect, day-first or month-first dates
- `csv_mapping` any CSV: propose a column mapping from the headers, preview it, read rows with it
- `sds`         Microsoft School Data Sync, v1 (incl. the UK format) and v2.1
- `ctf`         the DfE Common Transfer File (XML, versions 23 to 25)
- `codes`       relationship, SEN, language, year group and UPN rules shared by the readers
- `sources`     which reader a set of files needs, and reading them
- `plan`        what an import would add, change and leave alone, and what it rejects and why
- `family`      contacts matched to the family members the school holds (siblings share parents)
- `apply`       carrying out a plan in one transaction, audited
- `mappings`    column mappings remembered per source
- `service`     the use case (read, preview, apply) as the command line and the wizard call it

Nothing here imports Qt: the command line and the app's wizard drive the same code.
"""
