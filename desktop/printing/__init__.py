"""Paper for families: domain objects in, PDF bytes out (reportlab). No Qt, no SQL, no I/O but fonts.

Modules, one concern each: `fonts` (the Noto faces and which one a character needs), `text` (mixed-script
lines: script runs, HarfBuzz shaping, bidi order, line breaking), `phrases` (bilingual labels), `styles`
(normal and large print), `blocks` (reply boxes, tick boxes, signature lines, QR codes), `layout` (the
page template and duplex-safe pack breaks), one module per document (`week`, `folder`, `agreement`,
`newsletter`) and `packs` (a class's packs in hand-out order behind a teacher's list).
"""
