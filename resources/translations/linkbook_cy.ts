<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Linkbook</source>
        <translation>Ynghylch Linkbook</translation>
    </message>
    <message>
        <source>Linkbook icon</source>
        <translation>Eicon Linkbook</translation>
    </message>
    <message>
        <source>Linkbook {version}</source>
        <translation>Linkbook {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>The home-school link book. Free software under the GNU General Public Licence, version 3 or later.
Qt {qt}, PySide6 {pyside}, Python {python}.</source>
        <translation>Y llyfr cyswllt rhwng y cartref a&apos;r ysgol. Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.
Qt {qt}, PySide6 {pyside}, Python {python}.</translation>
    </message>
    <message>
        <source>Reads aloud with eSpeak NG, under the GPL, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Yn darllen yn uchel gydag eSpeak NG, o dan y GPL, fersiwn 3 neu ddiweddarach (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Licence and versions</source>
        <translation>Trwydded a fersiynau</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Trwyddedau</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Ffont</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Ffontiau</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Llyfrgelloedd</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botymau&apos;r ddeialog</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>{title} columns</source>
        <translation>Colofnau {title}</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Testun y drwydded</translation>
    </message>
    <message>
        <source>Choose a line above to read its licence.</source>
        <translation>Dewiswch linell uchod i ddarllen ei thrwydded.</translation>
    </message>
    <message>
        <source>No licence text is shipped with this one; see its summary.</source>
        <translation>Nid oes testun trwydded yn dod gyda&apos;r un hwn; gweler ei grynodeb.</translation>
    </message>
    <message>
        <source>&amp;About Linkbook</source>
        <translation>&amp;Ynghylch Linkbook</translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <source>Agreement: {title}</source>
        <translation>Cytundeb: {title}</translation>
    </message>
    <message>
        <source>{kind}, version {number}</source>
        <translation>{kind}, fersiwn {number}</translation>
    </message>
    <message>
        <source>Kind and version</source>
        <translation>Math a fersiwn</translation>
    </message>
    <message>
        <source>What the agreement says</source>
        <translation>Beth mae&apos;r cytundeb yn ei ddweud</translation>
    </message>
    <message>
        <source>Signed by {name} for the {party}: {state}</source>
        <translation>Llofnod {name} ({party}): {state}</translation>
    </message>
    <message>
        <source>I have read this and &amp;agree to it</source>
        <translation>Rwyf wedi darllen hwn ac rwy&apos;n &amp;cytuno iddo</translation>
    </message>
    <message>
        <source>I have read {title} and agree to it</source>
        <translation>Rwyf wedi darllen {title} ac rwy&apos;n cytuno iddo</translation>
    </message>
    <message>
        <source>&amp;Sign as {name}</source>
        <translation>&amp;Llofnodi fel {name}</translation>
    </message>
    <message>
        <source>Sign {title}</source>
        <translation>Llofnodi {title}</translation>
    </message>
    <message>
        <source>You signed this version on {day}.</source>
        <translation>Fe wnaethoch chi lofnodi&apos;r fersiwn hwn ar {day}.</translation>
    </message>
    <message>
        <source>The school will</source>
        <translation>Bydd yr ysgol yn</translation>
    </message>
    <message>
        <source>At home we will</source>
        <translation>Gartref, byddwn ni&apos;n</translation>
    </message>
    <message>
        <source>I will</source>
        <translation>Byddaf i&apos;n</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How to support me</source>
        <translation>Sut i fy nghefnogi</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Signing the agreement</source>
        <translation>Wrthi&apos;n llofnodi&apos;r cytundeb</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Home-school agreement</source>
        <translation>Cytundeb cartref-ysgol</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Cynllun cymorth</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>school</source>
        <translation>ysgol</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>disgybl</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Heb ei lofnodi eto</translation>
    </message>
    <message>
        <source>Signed on paper on {day}</source>
        <translation>Llofnodwyd ar bapur ar {day}</translation>
    </message>
    <message>
        <source>Signed digitally on {day}</source>
        <translation>Llofnodwyd yn ddigidol ar {day}</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
    </message>
    <message>
        <source>No agreements to read or sign.</source>
        <translation>Dim cytundebau i&apos;w darllen na&apos;u llofnodi.</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Find a pupil</source>
        <translation>Dod o hyd i ddisgybl</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Teipiwch ran o enw</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>Agreements and plans</source>
        <translation>Cytundebau a chynlluniau</translation>
    </message>
    <message>
        <source>Template to tailor</source>
        <translation>Templed i&apos;w addasu</translation>
    </message>
    <message>
        <source>&amp;Tailor a copy</source>
        <translation>&amp;Addasu copi</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Dosbarth:</translation>
    </message>
    <message>
        <source>&amp;Find a pupil:</source>
        <translation>Dod o &amp;hyd i ddisgybl:</translation>
    </message>
    <message>
        <source>Agreements and plans:</source>
        <translation>Cytundebau a chynlluniau:</translation>
    </message>
    <message>
        <source>Fro&amp;m template:</source>
        <translation>O&apos;r &amp;templed:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>School templates</source>
        <translation>Templedi&apos;r ysgol</translation>
    </message>
    <message>
        <source>Kind of new template</source>
        <translation>Math o dempled newydd</translation>
    </message>
    <message>
        <source>&amp;Add a template</source>
        <translation>&amp;Ychwanegu templed</translation>
    </message>
    <message>
        <source>The school&apos;s &amp;templates:</source>
        <translation>Templedi&apos;r y&amp;sgol:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Pupils, reviews and templates</source>
        <translation>Disgyblion, adolygiadau a thempledi</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Lists and the open document</source>
        <translation>Rhestrau a&apos;r ddogfen agored</translation>
    </message>
    <message>
        <source>Reading the classes</source>
        <translation>Darllen y dosbarthiadau</translation>
    </message>
    <message>
        <source>Reading the templates</source>
        <translation>Darllen y templedi</translation>
    </message>
    <message>
        <source>Reading the reviews due</source>
        <translation>Darllen yr adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Darllen y dosbarth</translation>
    </message>
    <message>
        <source>{name}&apos;s agreements and plans:</source>
        <translation>Cytundebau a chynlluniau {name}:</translation>
    </message>
    <message>
        <source>Reading the pupil&apos;s agreements</source>
        <translation>Darllen cytundebau&apos;r disgybl</translation>
    </message>
    <message>
        <source>{number}, {status}</source>
        <translation>{number}, {status}</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>Reviews due ({count})</source>
        <translation>Adolygiadau sy&apos;n ddyledus ({count})</translation>
    </message>
    <message>
        <source>New template: {kind}</source>
        <translation>Templed newydd: {kind}</translation>
    </message>
    <message>
        <source>Choose a pupil and a template first.</source>
        <translation>Dewiswch ddisgybl a thempled yn gyntaf.</translation>
    </message>
    <message>
        <source>Tailoring a copy</source>
        <translation>Addasu copi</translation>
    </message>
    <message>
        <source>A draft copy for this pupil: change what needs changing, save it, then make it active.</source>
        <translation>Copi drafft ar gyfer y disgybl hwn: newidiwch yr hyn sydd angen ei newid, cadwch ef, yna gwnewch ef yn weithredol.</translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>Linkbook is locked. Type the passphrase to carry on.</source>
        <translation>Mae Linkbook wedi&apos;i gloi. Teipiwch y cyfrinymadrodd i barhau.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Beth a fewnforiwyd</translation>
    </message>
    <message>
        <source>Why nothing was imported</source>
        <translation>Pam na fewnforiwyd dim</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Rhagolwg eto</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Rhagolwg eto</translation>
    </message>
    <message>
        <source>Writing everything in one go; this takes a moment…</source>
        <translation>Yn ysgrifennu popeth ar unwaith; mae hyn yn cymryd eiliad…</translation>
    </message>
    <message>
        <source>Importing class lists</source>
        <translation>Mewnforio rhestrau dosbarth</translation>
    </message>
    <message>
        <source>Imported. Pupils: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation>Wedi mewnforio. Disgyblion: {added} wedi&apos;u hychwanegu, {changed} wedi&apos;u newid, {unchanged} heb eu newid.</translation>
    </message>
    <message>
        <source>Family members: {added} added, {changed} changed.</source>
        <translation>Aelodau&apos;r teulu: {added} wedi&apos;u hychwanegu, {changed} wedi&apos;u newid.</translation>
    </message>
    <message>
        <source>Classes created: {names}.</source>
        <translation>Dosbarthiadau a grëwyd: {names}.</translation>
    </message>
    <message>
        <source>{count} row(s) were not imported (listed on the previous page). Correct them in the file and import it again: what was imported now will be matched, not doubled.</source>
        <translation>Ni fewnforiwyd {count} rhes (maen nhw wedi&apos;u rhestru ar y dudalen flaenorol). Cywirwch nhw yn y ffeil a&apos;i mewnforio eto: bydd yr hyn a fewnforiwyd nawr yn cael ei baru, nid ei ddyblu.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi mewnforio</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>Nothing was imported, and nothing the school held was changed.</source>
        <translation>Ni fewnforiwyd dim, ac ni newidiwyd dim o&apos;r hyn oedd gan yr ysgol.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>What is working</source>
        <translation>Beth sy&apos;n gweithio</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Beth sydd ddim yn gweithio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Save the &amp;assessment</source>
        <translation>Cadw&apos;r &amp;asesiad</translation>
    </message>
    <message>
        <source>What is &amp;working:</source>
        <translation>Beth sy&apos;n &amp;gweithio:</translation>
    </message>
    <message>
        <source>What is &amp;not working:</source>
        <translation>Beth sydd &amp;ddim yn gweithio:</translation>
    </message>
    <message>
        <source>&amp;Evidence (tick what shows it):</source>
        <translation>&amp;Tystiolaeth (ticiwch beth sy&apos;n ei dangos):</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Wrthi&apos;n darllen y log archwilio</translation>
    </message>
    <message>
        <source>(no longer on roll)</source>
        <translation>(ddim ar y gofrestr mwyach)</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Any pupil: type part of a name or a UPN</source>
        <translation>Unrhyw ddisgybl: teipiwch ran o enw neu UPN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anyone: type part of a name</source>
        <translation>Unrhyw un: teipiwch ran o enw</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Unrhyw beth</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Rhwng</translation>
    </message>
    <message>
        <source>Only between two dates</source>
        <translation>Dim ond rhwng dau ddyddiad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Disgybl:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Did:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>Events found</source>
        <translation>Digwyddiadau a ganfuwyd</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Digwyddiadau archwilio</translation>
    </message>
    <message>
        <source>Audit event columns</source>
        <translation>Colofnau digwyddiadau archwilio</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>D&amp;ilysu&apos;r gadwyn</translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written (can take a while)</source>
        <translation>Gwirio na chafodd unrhyw ddigwyddiad ei newid na&apos;i dynnu ers iddo gael ei ysgrifennu (gall gymryd amser)</translation>
    </message>
    <message>
        <source>Verdict on the audit log</source>
        <translation>Dyfarniad ar y log archwilio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>The first date is after the second; swap them to see those days.</source>
        <translation>Mae&apos;r dyddiad cyntaf ar ôl yr ail; cyfnewidiwch nhw i weld y diwrnodau hynny.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wrthi&apos;n darllen…</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Does dim digwyddiadau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>1 event, newest first.</source>
        <translation>1 digwyddiad, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} events, newest first; scroll down for older ones.</source>
        <translation>{count} digwyddiad, y mwyaf diweddar yn gyntaf; sgroliwch i lawr i weld rhai hŷn.</translation>
    </message>
    <message>
        <source>{count} events, newest first.</source>
        <translation>{count} digwyddiad, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Checking every event against the one before…</source>
        <translation>Wrthi&apos;n gwirio pob digwyddiad yn erbyn yr un cynt…</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Wrthi&apos;n dilysu&apos;r log archwilio</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: {problem}. Do not change anything on this computer; tell the school&apos;s data protection lead.</source>
        <translation>Mae rhywun wedi ymyrryd â&apos;r log archwilio: {problem}. Peidiwch â newid dim ar y cyfrifiadur hwn; rhowch wybod i arweinydd diogelu data&apos;r ysgol.</translation>
    </message>
    <message>
        <source>The audit log could not be checked, because the database is damaged.</source>
        <translation>Nid oedd modd gwirio&apos;r log archwilio, oherwydd bod y gronfa ddata wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The audit log is intact: each of its {count} events is linked to the one before, and none was changed after it was written.</source>
        <translation>Mae&apos;r log archwilio yn gyfan: mae pob un o&apos;i {count} digwyddiad wedi&apos;i gysylltu â&apos;r un cynt, ac ni newidiwyd yr un ohonynt ar ôl iddo gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The check also found: {problems}</source>
        <translation>Daeth y gwiriad o hyd i&apos;r canlynol hefyd: {problems}</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>an unexpected error; see the log</source>
        <translation>gwall annisgwyl; gweler y log</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>{name}&apos;s records</source>
        <translation>Cofnodion {name}</translation>
    </message>
    <message>
        <source>Loading {name}&apos;s link book</source>
        <translation>Wrthi&apos;n llwytho llyfr cyswllt {name}</translation>
    </message>
    <message>
        <source>Link book</source>
        <translation>Llyfr cyswllt</translation>
    </message>
    <message>
        <source>{title} ({count} new)</source>
        <translation>{title} ({count} newydd)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
    </message>
    <message>
        <source>{title} ({count} to sign)</source>
        <translation>{title} ({count} i&apos;w llofnodi)</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Year group: {year_group}</source>
        <translation>Grŵp blwyddyn: {year_group}</translation>
    </message>
</context>
<context>
    <name>ClassNoteDialog</name>
    <message>
        <source>Class note</source>
        <translation>Nodyn dosbarth</translation>
    </message>
    <message>
        <source>&amp;Note for the class</source>
        <translation>&amp;Nodyn i&apos;r dosbarth</translation>
    </message>
    <message>
        <source>Note caption</source>
        <translation>Pennawd y nodyn</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Anfon a&amp;t</translation>
    </message>
    <message>
        <source>Send to caption</source>
        <translation>Pennawd anfon at</translation>
    </message>
    <message>
        <source>Children to send the note to</source>
        <translation>Plant i anfon y nodyn atyn nhw</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Pawb</translation>
    </message>
    <message>
        <source>Choose everyone</source>
        <translation>Dewis pawb</translation>
    </message>
    <message>
        <source>No &amp;one</source>
        <translation>N&amp;eb</translation>
    </message>
    <message>
        <source>Choose no one</source>
        <translation>Dewis neb</translation>
    </message>
    <message>
        <source>Send or cancel</source>
        <translation>Anfon neu ganslo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Anfon</translation>
    </message>
    <message>
        <source>Send the class note</source>
        <translation>Anfon y nodyn dosbarth</translation>
    </message>
    <message>
        <source>How many chosen</source>
        <translation>Faint sydd wedi&apos;u dewis</translation>
    </message>
    <message>
        <source>{chosen} of {total} children chosen</source>
        <translation>{chosen} o {total} o blant wedi&apos;u dewis</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Refuse a request</source>
        <translation>Gwrthod cais</translation>
    </message>
    <message>
        <source>Mark a request answered</source>
        <translation>Nodi bod cais wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>{kind} about {pupil}, from {requester}, received {received}.</source>
        <translation>{kind} am {pupil}, gan {requester}, a ddaeth i law {received}.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Y cais</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>Ffeil a anfonwyd</translation>
    </message>
    <message>
        <source>the name of the export sent, like records.zip</source>
        <translation>enw&apos;r allforio a anfonwyd, fel records.zip</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Why the request is refused; the requester is told this.</source>
        <translation>Pam mae&apos;r cais yn cael ei wrthod; bydd y sawl a wnaeth y cais yn cael gwybod hyn.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;File sent:</source>
        <translation>&amp;Ffeil a anfonwyd:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Ar:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Refuse the request</source>
        <translation>&amp;Gwrthod y cais</translation>
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation>&amp;Nodi ei fod wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Say why the request is refused; the person who asked must be told.</source>
        <translation>Dywedwch pam mae&apos;r cais yn cael ei wrthod; rhaid rhoi gwybod i&apos;r sawl a ofynnodd.</translation>
    </message>
    <message>
        <source>Give the file name of the export sent in answer.</source>
        <translation>Rhowch enw ffeil yr allforio a anfonwyd mewn ateb.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>What differs</source>
        <translation>Beth sy&apos;n wahanol</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ. Each is marked in the text that has it: “only in this text” or “worded differently”.</source>
        <translation>
            <numerusform>Mae %n llinell yn wahanol. Mae pob un wedi&apos;i marcio yn y testun sy&apos;n ei chynnwys: “dim ond yn y testun hwn” neu “wedi&apos;i eirio&apos;n wahanol”.</numerusform>
            <numerusform>Mae %n llinell yn wahanol. Mae wedi&apos;i marcio yn y testun sy&apos;n ei chynnwys: “dim ond yn y testun hwn” neu “wedi&apos;i eirio&apos;n wahanol”.</numerusform>
            <numerusform>Mae %n linell yn wahanol. Mae pob un wedi&apos;i marcio yn y testun sy&apos;n ei chynnwys: “dim ond yn y testun hwn” neu “wedi&apos;i eirio&apos;n wahanol”.</numerusform>
            <numerusform>Mae %n llinell yn wahanol. Mae pob un wedi&apos;i marcio yn y testun sy&apos;n ei chynnwys: “dim ond yn y testun hwn” neu “wedi&apos;i eirio&apos;n wahanol”.</numerusform>
            <numerusform>Mae %n llinell yn wahanol. Mae pob un wedi&apos;i marcio yn y testun sy&apos;n ei chynnwys: “dim ond yn y testun hwn” neu “wedi&apos;i eirio&apos;n wahanol”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The texts say the same; keep either.</source>
        <translation>Mae&apos;r testunau&apos;n dweud yr un peth; cadwch y naill neu&apos;r llall.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This plan was changed on two devices: choose which text to keep.</source>
        <translation>Cafodd y cynllun hwn ei newid ar ddwy ddyfais: dewiswch pa destun i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Changed on two devices</source>
        <translation>Wedi&apos;i newid ar ddwy ddyfais</translation>
    </message>
    <message>
        <source>C&amp;hoose which text to keep…</source>
        <translation>&amp;Dewis pa destun i&apos;w gadw…</translation>
    </message>
    <message>
        <source>Choose which text to keep</source>
        <translation>Dewis pa destun i&apos;w gadw</translation>
    </message>
    <message>
        <source>Looking for texts to choose between</source>
        <translation>Wrthi&apos;n chwilio am destunau i ddewis rhyngddynt</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Texts to choose between</source>
        <translation>Testunau i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>These texts were changed on two devices before the devices had synced, so neither saw the other&apos;s change. Both are kept until you choose: keep one, or combine them.</source>
        <translation>Cafodd y testunau hyn eu newid ar ddwy ddyfais cyn i&apos;r dyfeisiau gysoni, felly ni welodd y naill ddyfais newid y llall. Mae&apos;r ddau&apos;n cael eu cadw nes i chi ddewis: cadwch un, neu cyfunwch nhw.</translation>
    </message>
    <message>
        <source>About texts to choose between</source>
        <translation>Am destunau i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>Which text this is</source>
        <translation>Pa destun yw hwn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Penderfynu&apos;n &amp;nes ymlaen</translation>
    </message>
    <message>
        <source>Decide later: keep both texts for now</source>
        <translation>Penderfynu&apos;n nes ymlaen: cadw&apos;r ddau destun am y tro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Looking for texts to choose between…</source>
        <translation>Wrthi&apos;n chwilio am destunau i ddewis rhyngddynt…</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Testun cyfun</translation>
    </message>
    <message>
        <source>The other text, to copy from</source>
        <translation>Y testun arall, i gopïo ohono</translation>
    </message>
    <message>
        <source>&amp;Keep this combined text</source>
        <translation>&amp;Cadw&apos;r testun cyfun hwn</translation>
    </message>
    <message>
        <source>Keep this combined text</source>
        <translation>Cadw&apos;r testun cyfun hwn</translation>
    </message>
    <message>
        <source>&amp;Back to the texts</source>
        <translation>&amp;Yn ôl at y testunau</translation>
    </message>
    <message>
        <source>Back to the texts, without keeping the combined text</source>
        <translation>Yn ôl at y testunau, heb gadw&apos;r testun cyfun</translation>
    </message>
    <message>
        <source>Reading the texts to choose between</source>
        <translation>Wrthi&apos;n darllen y testunau i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>There is nothing left to choose between.</source>
        <translation>Does dim testunau ar ôl i ddewis rhyngddynt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>{pupil}: {title} ({kind})</source>
        <translation>{pupil}: {title} ({kind})</translation>
    </message>
    <message>
        <source>A long text in a record this device does not show ({kind})</source>
        <translation>Testun hir mewn cofnod nad yw&apos;r ddyfais hon yn ei ddangos ({kind})</translation>
    </message>
    <message>
        <source>A long text ({kind}, {field}) was changed on two devices. This device cannot show which document it belongs to; the texts are below.</source>
        <translation>Cafodd testun hir ({kind}, {field}) ei newid ar ddwy ddyfais. Ni all y ddyfais hon ddangos i ba ddogfen mae&apos;n perthyn; mae&apos;r testunau isod.</translation>
    </message>
    <message>
        <source>{pupil}&apos;s {kind} “{title}”, version {number}, begun by {who} on {day}. Who typed each of the texts below is not recorded: both were saved on different devices.</source>
        <translation>Dyma {kind} {pupil}, “{title}”, fersiwn {number}, a ddechreuwyd gan {who} ar {day}. Nid yw&apos;n cael ei gofnodi pwy deipiodd bob un o&apos;r testunau isod: cafodd y ddau eu cadw ar ddyfeisiau gwahanol.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>Kept text {number}.</source>
        <translation>Cadwyd testun {number}.</translation>
    </message>
    <message>
        <source>Your combined text, starting from {text}. Copy in what you need from the other text on the right, then keep it.</source>
        <translation>Eich testun cyfun, a ddechreuodd fel {text}. Copïwch i mewn yr hyn sydd ei angen arnoch o&apos;r testun arall ar y dde, yna cadwch ef.</translation>
    </message>
    <message>
        <source>The combined text is empty. Type what the plan should say, or keep one text.</source>
        <translation>Mae&apos;r testun cyfun yn wag. Teipiwch beth ddylai&apos;r cynllun ei ddweud, neu cadwch un testun.</translation>
    </message>
    <message>
        <source>The combined text is empty. Type it, or keep one text.</source>
        <translation>Mae&apos;r testun cyfun yn wag. Teipiwch ef, neu cadwch un testun.</translation>
    </message>
    <message>
        <source>Kept your combined text.</source>
        <translation>Cadwyd eich testun cyfun.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Wrthi&apos;n cadw eich dewis…</translation>
    </message>
    <message>
        <source>{done} {where}: other devices get it when they next sync.</source>
        <translation>{done} {where}: bydd dyfeisiau eraill yn ei gael y tro nesaf y byddant yn cysoni.</translation>
    </message>
    <message>
        <source>Keeping the chosen text</source>
        <translation>Wrthi&apos;n cadw&apos;r testun a ddewiswyd</translation>
    </message>
    <message>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Ni weithiodd hynny ({kind}); ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>only in this text:</source>
        <translation>dim ond yn y testun hwn:</translation>
    </message>
    <message>
        <source>worded differently:</source>
        <translation>wedi&apos;i eirio&apos;n wahanol:</translation>
    </message>
    <message>
        <source>(This text is empty.)</source>
        <translation>(Mae&apos;r testun hwn yn wag.)</translation>
    </message>
    <message>
        <source>Text 1: the earlier edit</source>
        <translation>Testun 1: y golygiad cynharaf</translation>
    </message>
    <message>
        <source>Text {number}: the later edit (shown in the plan until you choose)</source>
        <translation>Testun {number}: y golygiad diweddarach (yn cael ei ddangos yn y cynllun nes i chi ddewis)</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Testun {number}</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Mam-gu / Tad-cu (Nain / Taid)</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Perthynas arall</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Yn yr ap</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Ar bapur</translation>
    </message>
    <message>
        <source>In the app and on paper</source>
        <translation>Yn yr ap ac ar bapur</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Patchy</source>
        <translation>Ysbeidiol</translation>
    </message>
    <message>
        <source>None at home</source>
        <translation>Dim gartref</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Ffôn clyfar</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Llechen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Enw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Full name, as they write it</source>
        <translation>Enw llawn, fel maen nhw&apos;n ei ysgrifennu</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>Perthynas â&apos;r plentyn</translation>
    </message>
    <message>
        <source>Has &amp;parental responsibility</source>
        <translation>Mae ganddyn nhw &amp;gyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Has parental responsibility</source>
        <translation>Mae ganddyn nhw gyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Iaith y cartref</translation>
    </message>
    <message>
        <source>Gets the link book</source>
        <translation>Yn cael y llyfr cyswllt</translation>
    </message>
    <message>
        <source>&amp;Large print on paper</source>
        <translation>Print &amp;bras ar bapur</translation>
    </message>
    <message>
        <source>Large print on paper</source>
        <translation>Print bras ar bapur</translation>
    </message>
    <message>
        <source>Has a {device} at home</source>
        <translation>Mae ganddyn nhw {device} gartref</translation>
    </message>
    <message>
        <source>Internet at home</source>
        <translation>Rhyngrwyd gartref</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>e.e. 07700 900123</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>e.e. enw@example.org</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <source>Only if the child has two homes, e.g. Dad&apos;s</source>
        <translation>Dim ond os oes gan y plentyn ddau gartref, e.e. tŷ Dad</translation>
    </message>
    <message>
        <source>Contact order (1 is called first)</source>
        <translation>Trefn cysylltu (1 sy&apos;n cael ei ffonio gyntaf)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Pe&amp;rthynas</translation>
    </message>
    <message>
        <source>Home lan&amp;guage</source>
        <translation>Iaith y &amp;cartref</translation>
    </message>
    <message>
        <source>Gets the link &amp;book</source>
        <translation>Yn cael y &amp;llyfr cyswllt</translation>
    </message>
    <message>
        <source>Devices at home</source>
        <translation>Dyfeisiau gartref</translation>
    </message>
    <message>
        <source>&amp;Internet at home</source>
        <translation>Rhy&amp;ngrwyd gartref</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-b&amp;ost</translation>
    </message>
    <message>
        <source>Hous&amp;ehold</source>
        <translation>&amp;Aelwyd</translation>
    </message>
    <message>
        <source>Contact &amp;order</source>
        <translation>&amp;Trefn cysylltu</translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation> (capsiwn)</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name, then save.</source>
        <translation>Teipiwch enw&apos;r cyswllt, yna cadwch.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) -. Check it, then save.</source>
        <translation>Dim ond digidau, bylchau a + ( ) - sydd mewn rhif ffôn. Gwiriwch ef, yna cadwch.</translation>
    </message>
    <message>
        <source>Check the email address: it looks like name@example.org. Correct it, or leave it empty.</source>
        <translation>Gwiriwch y cyfeiriad e-bost: mae&apos;n edrych fel enw@example.org. Cywirwch ef, neu gadewch ef yn wag.</translation>
    </message>
</context>
<context>
    <name>ContactLogPane</name>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Dim cyfieithydd</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Math o gyswllt</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Beth a ddywedwyd neu a wnaed</translation>
    </message>
    <message>
        <source>What was said or done; Enter logs it</source>
        <translation>Beth a ddywedwyd neu a wnaed; mae Enter yn ei gofnodi</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Note (caption)</source>
        <translation>Nodyn (capsiwn)</translation>
    </message>
    <message>
        <source>Day of the contact</source>
        <translation>Diwrnod y cyswllt</translation>
    </message>
    <message>
        <source>Family reached</source>
        <translation>Wedi cael gafael ar y teulu</translation>
    </message>
    <message>
        <source>Untick when the call rang out or the message had no answer</source>
        <translation>Tynnwch y tic os na chafodd yr alwad ei hateb neu os na chafwyd ateb i&apos;r neges</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Defnyddiwyd cyfieithydd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Outcome (optional)</source>
        <translation>Canlyniad (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Dilyn i &amp;fyny ar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dilyn i fyny</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Diwrnod dilyn i fyny</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Cofnodi&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Log the contact</source>
        <translation>Cofnodi&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Contacts logged</source>
        <translation>Cysylltiadau a gofnodwyd</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Loading the contact log</source>
        <translation>Wrthi&apos;n llwytho&apos;r log cysylltu</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Does dim cyswllt wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>heb gael gafael arnyn nhw</translation>
    </message>
    <message>
        <source>interpreter: {language}</source>
        <translation>cyfieithydd: {language}</translation>
    </message>
    <message>
        <source>follow up {day}</source>
        <translation>dilyn i fyny {day}</translation>
    </message>
    <message>
        <source>Type what was said or done, then log it.</source>
        <translation>Teipiwch beth a ddywedwyd neu a wnaed, yna cofnodwch ef.</translation>
    </message>
    <message>
        <source>Logged: {kind} with {name}&apos;s family.</source>
        <translation>Wedi&apos;i gofnodi: {kind} gyda theulu {name}.</translation>
    </message>
    <message>
        <source>Logging a contact</source>
        <translation>Wrthi&apos;n cofnodi cyswllt</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>The school will</source>
        <translation>Bydd yr ysgol yn</translation>
    </message>
    <message>
        <source>The family will</source>
        <translation>Bydd y teulu yn</translation>
    </message>
    <message>
        <source>The pupil will</source>
        <translation>Bydd y disgybl yn</translation>
    </message>
    <message>
        <source>One commitment on each line</source>
        <translation>Un ymrwymiad ar bob llinell</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Ychwanegu targed</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Tynnu&apos;r targed</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>One outcome on each line</source>
        <translation>Un canlyniad ar bob llinell</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Darpariaeth</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Add provision</source>
        <translation>Ychwanegu darpariaeth</translation>
    </message>
    <message>
        <source>Remove the provision</source>
        <translation>Tynnu&apos;r ddarpariaeth</translation>
    </message>
    <message>
        <source>What people like and admire about me</source>
        <translation>Beth mae pobl yn ei hoffi a&apos;i edmygu amdana i</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Y ffordd orau o fy nghefnogi i</translation>
    </message>
    <message>
        <source>Review the whole document &amp;by</source>
        <translation>Adolygu&apos;r ddogfen gyfan &amp;erbyn</translation>
    </message>
    <message>
        <source>Review the whole document by a date</source>
        <translation>Adolygu&apos;r ddogfen gyfan erbyn dyddiad</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>The sch&amp;ool will:</source>
        <translation>Bydd yr y&amp;sgol yn:</translation>
    </message>
    <message>
        <source>The famil&amp;y will:</source>
        <translation>Bydd y te&amp;ulu yn:</translation>
    </message>
    <message>
        <source>The p&amp;upil will:</source>
        <translation>Bydd y &amp;disgybl yn:</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>&amp;Canlyniadau:</translation>
    </message>
    <message>
        <source>Provisio&amp;n:</source>
        <translation>Da&amp;rpariaeth:</translation>
    </message>
    <message>
        <source>Tar&amp;gets:</source>
        <translation>Tar&amp;gedau:</translation>
    </message>
    <message>
        <source>What people lik&amp;e and admire about me:</source>
        <translation>Beth mae pobl yn ei &amp;hoffi a&apos;i edmygu amdana i:</translation>
    </message>
    <message>
        <source>&amp;What is important to me:</source>
        <translation>Beth sy&apos;n &amp;bwysig i mi:</translation>
    </message>
    <message>
        <source>How best to support me:</source>
        <translation>Y ffordd orau o fy nghefnogi i:</translation>
    </message>
</context>
<context>
    <name>DayDrafts</name>
    <message>
        <source>Typing…</source>
        <translation>Yn teipio…</translation>
    </message>
    <message>
        <source>Keeping a draft</source>
        <translation>Wrthi&apos;n cadw drafft</translation>
    </message>
    <message>
        <source>Forgetting a draft</source>
        <translation>Wrthi&apos;n taflu drafft</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Drafft wedi&apos;i gadw am {time}</translation>
    </message>
</context>
<context>
    <name>DayNotes</name>
    <message>
        <source>Sending the class note</source>
        <translation>Wrthi&apos;n anfon y nodyn dosbarth</translation>
    </message>
    <message>
        <source>Reading the staff-only note</source>
        <translation>Wrthi&apos;n darllen y nodyn i staff yn unig</translation>
    </message>
    <message>
        <source>Keeping the staff-only note</source>
        <translation>Wrthi&apos;n cadw&apos;r nodyn i staff yn unig</translation>
    </message>
    <message>
        <source>The class note is on {count} children&apos;s entries.</source>
        <translation>Mae&apos;r nodyn dosbarth ar gofnodion {count} o blant.</translation>
    </message>
    <message>
        <source>Save {name}&apos;s entry first: a staff-only note sits beside a saved entry.</source>
        <translation>Cadwch gofnod {name} yn gyntaf: mae nodyn i staff yn unig yn mynd wrth ochr cofnod sydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Staff-only note kept for {name}; it never goes home.</source>
        <translation>Nodyn i staff yn unig wedi&apos;i gadw ar gyfer {name}; nid yw byth yn mynd adref.</translation>
    </message>
</context>
<context>
    <name>DayPhrases</name>
    <message>
        <source>Loading quick phrases</source>
        <translation>Wrthi&apos;n llwytho ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Finding phrases to translate</source>
        <translation>Wrthi&apos;n chwilio am ymadroddion i&apos;w cyfieithu</translation>
    </message>
</context>
<context>
    <name>DaySaving</name>
    <message>
        <source>Before this goes home</source>
        <translation>Cyn i hwn fynd adref</translation>
    </message>
    <message>
        <source>&amp;Go back and edit</source>
        <translation>&amp;Mynd yn ôl a golygu</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>C&amp;adw beth bynnag</translation>
    </message>
    <message>
        <source>Safeguarding warning</source>
        <translation>Rhybudd diogelu</translation>
    </message>
    <message>
        <source>Refreshing the register</source>
        <translation>Wrthi&apos;n adnewyddu&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Recording the safeguarding warning</source>
        <translation>Wrthi&apos;n cofnodi&apos;r rhybudd diogelu</translation>
    </message>
    <message>
        <source>Keeping a draft</source>
        <translation>Wrthi&apos;n cadw drafft</translation>
    </message>
    <message>
        <source>{saved} of {total} written</source>
        <translation>{saved} o {total} wedi&apos;u hysgrifennu</translation>
    </message>
    <message>
        <source>Forgetting a draft</source>
        <translation>Wrthi&apos;n taflu drafft</translation>
    </message>
    <message>
        <source>These words may suggest a safeguarding concern: {words}.

A concern goes to the Designated Safeguarding Lead by the school&apos;s procedure, not into the link book, which the family reads.

Go on only if this is not a concern (a grazed knee in the playground is first aid).</source>
        <translation>Gallai&apos;r geiriau hyn awgrymu pryder diogelu: {words}.

Mae pryder yn mynd at y Person Diogelu Dynodedig yn ôl trefn yr ysgol, nid i&apos;r llyfr cyswllt, y mae&apos;r teulu&apos;n ei ddarllen.

Ewch ymlaen dim ond os nad yw hyn yn bryder (cymorth cyntaf yw pen-glin wedi&apos;i grafu ar yr iard chwarae).</translation>
    </message>
    <message>
        <source>Saving {name}&apos;s entry</source>
        <translation>Wrthi&apos;n cadw cofnod {name}</translation>
    </message>
    <message>
        <source>Everyone in {name} has an entry for this day.</source>
        <translation>Mae gan bawb yn {name} gofnod ar gyfer y diwrnod hwn.</translation>
    </message>
    <message>
        <source> · {drafts} drafts</source>
        <translation> · {drafts} drafft</translation>
    </message>
    <message>
        <source>Nothing was written for {name}, so nothing was saved.</source>
        <translation>Ni ysgrifennwyd dim ar gyfer {name}, felly ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices asking to join</source>
        <translation>Dyfeisiau sy&apos;n gofyn am gael ymuno</translation>
    </message>
    <message>
        <source>&amp;Asking to join</source>
        <translation>&amp;Gofyn am gael ymuno</translation>
    </message>
    <message>
        <source>Asking to join (caption)</source>
        <translation>Gofyn am gael ymuno (capsiwn)</translation>
    </message>
    <message>
        <source>C&amp;heck for requests</source>
        <translation>&amp;Chwilio am geisiadau</translation>
    </message>
    <message>
        <source>Check for requests to join</source>
        <translation>Chwilio am geisiadau i ymuno</translation>
    </message>
    <message>
        <source>A&amp;pprove ticked</source>
        <translation>C&amp;ymeradwyo&apos;r rhai a diciwyd</translation>
    </message>
    <message>
        <source>Approve the ticked devices</source>
        <translation>Cymeradwyo&apos;r dyfeisiau a diciwyd</translation>
    </message>
    <message>
        <source>Invitations not used yet</source>
        <translation>Gwahoddiadau nad ydynt wedi&apos;u defnyddio eto</translation>
    </message>
    <message>
        <source>&amp;Unused invitations</source>
        <translation>Gwahoddiadau &amp;heb eu defnyddio</translation>
    </message>
    <message>
        <source>Unused invitations (caption)</source>
        <translation>Gwahoddiadau heb eu defnyddio (capsiwn)</translation>
    </message>
    <message>
        <source>Invitations message</source>
        <translation>Neges y gwahoddiadau</translation>
    </message>
    <message>
        <source>Devices that sync with the school</source>
        <translation>Dyfeisiau sy&apos;n cysoni gyda&apos;r ysgol</translation>
    </message>
    <message>
        <source>Approved de&amp;vices</source>
        <translation>&amp;Dyfeisiau a gymeradwywyd</translation>
    </message>
    <message>
        <source>Devices (caption)</source>
        <translation>Dyfeisiau (capsiwn)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Remove the chosen device</source>
        <translation>Tynnu&apos;r ddyfais a ddewiswyd</translation>
    </message>
    <message>
        <source>Devices message</source>
        <translation>Neges dyfeisiau</translation>
    </message>
    <message>
        <source>No device is waiting to join.</source>
        <translation>Does dim dyfais yn aros i ymuno.</translation>
    </message>
    <message>
        <source>Checking for requests to join</source>
        <translation>Wrthi&apos;n chwilio am geisiadau i ymuno</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Wrthi&apos;n holi&apos;r gweinydd…</translation>
    </message>
    <message>
        <source> — until {date}</source>
        <translation> — tan {date}</translation>
    </message>
    <message>
        <source> — waiting to reach the server</source>
        <translation> — yn aros i gyrraedd y gweinydd</translation>
    </message>
    <message>
        <source>Issued while the school&apos;s server was out of reach. The next sync sends it to the server; a computer that tries the code before then is told to ask you to sync.</source>
        <translation>Fe&apos;i rhoddwyd tra nad oedd modd cyrraedd gweinydd yr ysgol. Mae&apos;r cysoni nesaf yn ei anfon i&apos;r gweinydd; bydd cyfrifiadur sy&apos;n rhoi cynnig ar y cod cyn hynny yn cael gwybod am ofyn i chi gysoni.</translation>
    </message>
    <message>
        <source>Reading the invitations</source>
        <translation>Wrthi&apos;n darllen y gwahoddiadau</translation>
    </message>
    <message>
        <source> — joined again on {date}</source>
        <translation> — ymunodd eto ar {date}</translation>
    </message>
    <message>
        <source> — removed {date}</source>
        <translation> — tynnwyd {date}</translation>
    </message>
    <message>
        <source>Reading the devices</source>
        <translation>Wrthi&apos;n darllen y dyfeisiau</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(dim enw wedi&apos;i roi)</translation>
    </message>
    <message>
        <source>    joining again: it was {label} ({device}), removed {date}</source>
        <translation>    yn ymuno eto: {label} ({device}) oedd hwn, tynnwyd {date}</translation>
    </message>
    <message>
        <source>    before that it was {label} ({device}), removed {date}</source>
        <translation>    cyn hynny, {label} ({device}) oedd hwn, tynnwyd {date}</translation>
    </message>
    <message>
        <source>Tick the devices to approve (Check for requests lists them).</source>
        <translation>Ticiwch y dyfeisiau i&apos;w cymeradwyo (mae Chwilio am geisiadau yn eu rhestru).</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n device(s); they start syncing by themselves.</source>
        <translation>
            <numerusform>Cymeradwywyd %n dyfais; byddant yn dechrau cysoni ar eu pen eu hunain.</numerusform>
            <numerusform>Cymeradwywyd %n ddyfais; bydd yn dechrau cysoni ar ei phen ei hun.</numerusform>
            <numerusform>Cymeradwywyd %n ddyfais; byddant yn dechrau cysoni ar eu pen eu hunain.</numerusform>
            <numerusform>Cymeradwywyd %n dyfais; byddant yn dechrau cysoni ar eu pen eu hunain.</numerusform>
            <numerusform>Cymeradwywyd %n dyfais; byddant yn dechrau cysoni ar eu pen eu hunain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving devices</source>
        <translation>Wrthi&apos;n cymeradwyo dyfeisiau</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Dewiswch ddyfais yn y rhestr yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n key(s) were replaced; that device can read nothing written from now on.</source>
        <translation>
            <numerusform>Wedi&apos;i thynnu. Disodlwyd %n allwedd; ni all y ddyfais honno ddarllen dim a ysgrifennir o hyn ymlaen.</numerusform>
            <numerusform>Wedi&apos;i thynnu. Disodlwyd %n allwedd; ni all y ddyfais honno ddarllen dim a ysgrifennir o hyn ymlaen.</numerusform>
            <numerusform>Wedi&apos;i thynnu. Disodlwyd %n allwedd; ni all y ddyfais honno ddarllen dim a ysgrifennir o hyn ymlaen.</numerusform>
            <numerusform>Wedi&apos;i thynnu. Disodlwyd %n allwedd; ni all y ddyfais honno ddarllen dim a ysgrifennir o hyn ymlaen.</numerusform>
            <numerusform>Wedi&apos;i thynnu. Disodlwyd %n allwedd; ni all y ddyfais honno ddarllen dim a ysgrifennir o hyn ymlaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing a device</source>
        <translation>Wrthi&apos;n tynnu dyfais</translation>
    </message>
    <message>
        <source>Remove this device?</source>
        <translation>Tynnu&apos;r ddyfais hon?</translation>
    </message>
    <message>
        <source>{device}

The device is shut out of the school&apos;s sync server, and every class and child it could see gets a new key: it can read nothing written from now on. What it already holds stays on it. This cannot be undone; to use it again, invite it again.</source>
        <translation>{device}

Bydd y ddyfais yn cael ei chau allan o weinydd cysoni&apos;r ysgol, a bydd pob dosbarth a phlentyn yr oedd yn gallu eu gweld yn cael allwedd newydd: ni fydd yn gallu darllen dim a ysgrifennir o hyn ymlaen. Bydd yr hyn sydd arni eisoes yn aros arni. Does dim modd dadwneud hyn; i&apos;w defnyddio eto, gwahoddwch hi eto.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Compare version</source>
        <translation>Cymharu fersiwn</translation>
    </message>
    <message>
        <source>With version</source>
        <translation>Â fersiwn</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Newidiadau rhwng y fersiynau</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Crynodeb o&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Show &amp;unchanged lines</source>
        <translation>Dangos llinellau &amp;heb eu newid</translation>
    </message>
    <message>
        <source>Show unchanged lines</source>
        <translation>Dangos llinellau heb eu newid</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>&amp;Cymharu fersiwn</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>â &amp;fersiwn</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>adolygu erbyn</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>cynnydd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Darpariaeth</translation>
    </message>
    <message>
        <source>What people like and admire about me</source>
        <translation>Beth mae pobl yn ei hoffi a&apos;i edmygu amdana i</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Y ffordd orau o fy nghefnogi i</translation>
    </message>
    <message>
        <source>Review the whole document by</source>
        <translation>Adolygu&apos;r ddogfen gyfan erbyn</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fersiwn {number}</translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation>Dewiswch ddwy fersiwn wahanol i weld beth newidiodd.</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>Mae&apos;r ddwy fersiwn yn dweud yr un peth.</translation>
    </message>
    <message>
        <source>From version {a} to version {b}: {added} added, {removed} removed, {changed} changed.</source>
        <translation>O fersiwn {a} i fersiwn {b}: {added} wedi&apos;u hychwanegu, {removed} wedi&apos;u tynnu, {changed} wedi&apos;u newid.</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>ychwanegwyd:</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>tynnwyd:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>newidiwyd:</translation>
    </message>
    <message>
        <source>unchanged:</source>
        <translation>heb newid:</translation>
    </message>
    <message>
        <source>was:</source>
        <translation>oedd:</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>nawr:</translation>
    </message>
    <message>
        <source>Version {number} ({when}, {who}): {note}</source>
        <translation>Fersiwn {number} ({when}, {who}): {note}</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>dim nodyn</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Version and state</source>
        <translation>Fersiwn a chyflwr</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Beth newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <source>What changed, in a few words (kept with the version)</source>
        <translation>Beth newidiodd, mewn ychydig eiriau (yn cael ei gadw gyda&apos;r fersiwn)</translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation>Beth &amp;newidiodd:</translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Cadw&apos;r &amp;drafft</translation>
    </message>
    <message>
        <source>Make this version &amp;active</source>
        <translation>Gwneud y fersiwn hon yn we&amp;ithredol</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Document parts</source>
        <translation>Rhannau&apos;r ddogfen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>Versions and changes</source>
        <translation>Fersiynau a newidiadau</translation>
    </message>
    <message>
        <source>Choose a pupil and one of their agreements or plans, tailor a copy of a school template for them, or open a review that is due.</source>
        <translation>Dewiswch ddisgybl ac un o&apos;u cytundebau neu gynlluniau, addaswch gopi o dempled ysgol ar eu cyfer, neu agorwch adolygiad sy&apos;n ddyledus.</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Dim byd ar agor</translation>
    </message>
    <message>
        <source>Opening the agreement</source>
        <translation>Agor y cytundeb</translation>
    </message>
    <message>
        <source>School template: {title}</source>
        <translation>Templed ysgol: {title}</translation>
    </message>
    <message>
        <source>{kind}. A new template: type its commitments and targets, then save it.</source>
        <translation>{kind}. Templed newydd: teipiwch ei ymrwymiadau a&apos;i dargedau, yna cadwch ef.</translation>
    </message>
    <message>
        <source>{kind}. Changes reach pupils&apos; copies only when a copy is next tailored.</source>
        <translation>{kind}. Dim ond pan fydd copi&apos;n cael ei addasu nesaf y bydd newidiadau&apos;n cyrraedd copïau&apos;r disgyblion.</translation>
    </message>
    <message>
        <source>{kind} for {pupil}. Version {number}, {status}.</source>
        <translation>{kind} ar gyfer {pupil}. Fersiwn {number}, {status}.</translation>
    </message>
    <message>
        <source>The review was due on {day}: overdue.</source>
        <translation>Roedd yr adolygiad yn ddyledus ar {day}: mae&apos;n hwyr.</translation>
    </message>
    <message>
        <source>Review by {day}.</source>
        <translation>Adolygu erbyn {day}.</translation>
    </message>
    <message>
        <source>Changes are saved to this draft; make it active once it is agreed.</source>
        <translation>Mae newidiadau&apos;n cael eu cadw yn y drafft hwn; gwnewch ef yn weithredol unwaith y bydd wedi&apos;i gytuno.</translation>
    </message>
    <message>
        <source>This draft has been signed, so changes are saved as a new version.</source>
        <translation>Mae&apos;r drafft hwn wedi&apos;i lofnodi, felly mae newidiadau&apos;n cael eu cadw fel fersiwn newydd.</translation>
    </message>
    <message>
        <source>Changes are saved as a new version, with a note of what changed.</source>
        <translation>Mae newidiadau&apos;n cael eu cadw fel fersiwn newydd, gyda nodyn o beth newidiodd.</translation>
    </message>
    <message>
        <source>Save the te&amp;mplate</source>
        <translation>Cadw&apos;r &amp;templed</translation>
    </message>
    <message>
        <source>Save as a ne&amp;w version</source>
        <translation>Cadw fel fersiwn ne&amp;wydd</translation>
    </message>
    <message>
        <source>Preparing the agreement to print</source>
        <translation>Paratoi&apos;r cytundeb i&apos;w argraffu</translation>
    </message>
    <message>
        <source>Refreshing the agreement</source>
        <translation>Adnewyddu&apos;r cytundeb</translation>
    </message>
</context>
<context>
    <name>DocumentSaving</name>
    <message>
        <source>The template is saved.</source>
        <translation>Mae&apos;r templed wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Cadw&apos;r templed</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Mae&apos;r drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Nothing has changed yet: change the text, then save a new version.</source>
        <translation>Does dim wedi newid eto: newidiwch y testun, yna cadwch fersiwn newydd.</translation>
    </message>
    <message>
        <source>Say in a few words what changed in this version, then save.</source>
        <translation>Dywedwch mewn ychydig eiriau beth newidiodd yn y fersiwn hon, yna cadwch.</translation>
    </message>
    <message>
        <source>Saved as a new draft version. Make it active once it is agreed.</source>
        <translation>Wedi&apos;i chadw fel fersiwn ddrafft newydd. Gwnewch hi&apos;n weithredol unwaith y bydd wedi&apos;i chytuno.</translation>
    </message>
    <message>
        <source>Saving the agreement</source>
        <translation>Cadw&apos;r cytundeb</translation>
    </message>
    <message>
        <source>Version {number} is now the one in force.</source>
        <translation>Fersiwn {number} yw&apos;r un sydd mewn grym nawr.</translation>
    </message>
    <message>
        <source>Making the version active</source>
        <translation>Gwneud y fersiwn yn weithredol</translation>
    </message>
    <message>
        <source>Recorded {name}&apos;s paper signature of {day}.</source>
        <translation>Cofnodwyd llofnod papur {name}, dyddiedig {day}.</translation>
    </message>
    <message>
        <source>Recording the signature</source>
        <translation>Cofnodi&apos;r llofnod</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} am {time}</translation>
    </message>
    <message>
        <source>Unsaved changes kept</source>
        <translation>Mae newidiadau heb eu cadw ar gael o hyd</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Adfer nhw</translation>
    </message>
    <message>
        <source>Discard t&amp;hem</source>
        <translation>&amp;Gwaredu nhw</translation>
    </message>
    <message>
        <source>You have unsaved changes from {when}: restore them, or discard them.</source>
        <translation>Mae gennych newidiadau heb eu cadw o {when}: adferwch nhw, neu gwaredwch nhw.</translation>
    </message>
    <message>
        <source>They were typed over version {old}; version {current} is the one shown now.</source>
        <translation>Cawson nhw eu teipio ar ben fersiwn {old}; fersiwn {current} yw&apos;r un sy&apos;n cael ei dangos nawr.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Link book entry for {day}</source>
        <translation>Cofnod llyfr cyswllt ar gyfer {day}</translation>
    </message>
    <message>
        <source>What school wrote on {day}</source>
        <translation>Beth ysgrifennodd yr ysgol ar {day}</translation>
    </message>
    <message>
        <source>from home</source>
        <translation>o&apos;r cartref</translation>
    </message>
    <message>
        <source>from school</source>
        <translation>o&apos;r ysgol</translation>
    </message>
    <message>
        <source>{name}, {source}, {when}:</source>
        <translation>{name}, {source}, {when}:</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation>Ateb gan {name}</translation>
    </message>
    <message>
        <source>✓ Read by {name} on {day}</source>
        <translation>✓ Wedi&apos;i ddarllen gan {name} ar {day}</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ateb</translation>
    </message>
    <message>
        <source>Reply to the entry for {day}</source>
        <translation>Ateb y cofnod ar gyfer {day}</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Rwyf wedi &amp;darllen hwn</translation>
    </message>
    <message>
        <source>I have read the entry for {day}</source>
        <translation>Rwyf wedi darllen y cofnod ar gyfer {day}</translation>
    </message>
    <message>
        <source>Your reply to the entry for {day}</source>
        <translation>Eich ateb i&apos;r cofnod ar gyfer {day}</translation>
    </message>
    <message>
        <source>Write to your child&apos;s teacher…</source>
        <translation>Ysgrifennwch at athro eich plentyn…</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>A&amp;nfon ateb</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Anfon yr ateb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Canslo&apos;r ateb</translation>
    </message>
    <message>
        <source>Problem with the reply</source>
        <translation>Problem gyda&apos;r ateb</translation>
    </message>
    <message>
        <source>For the whole class</source>
        <translation>I&apos;r dosbarth cyfan</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Beth ddysgon ni</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Llwyddiannau</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>A note from school</source>
        <translation>Nodyn gan yr ysgol</translation>
    </message>
    <message>
        <source>The day in detail</source>
        <translation>Y diwrnod yn fanwl</translation>
    </message>
    <message>
        <source>The reply is empty; write something, or press Cancel.</source>
        <translation>Mae&apos;r ateb yn wag; ysgrifennwch rywbeth, neu pwyswch Canslo.</translation>
    </message>
    <message>
        <source>Sending your reply</source>
        <translation>Wrthi&apos;n anfon eich ateb</translation>
    </message>
    <message>
        <source>Marking the entry read</source>
        <translation>Wrthi&apos;n nodi bod y cofnod wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <source>Translated by {name}</source>
        <translation>Wedi&apos;i gyfieithu gan {name}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>What we &amp;learned</source>
        <translation>Beth ddy&amp;sgon ni</translation>
    </message>
    <message>
        <source>&amp;Wins</source>
        <translation>&amp;Llwyddiannau</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>Nodiadau &amp;atgoffa</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;odyn</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Beth ddysgon ni</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Llwyddiannau</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Entry state</source>
        <translation>Cyflwr y cofnod</translation>
    </message>
    <message>
        <source>Class note</source>
        <translation>Nodyn dosbarth</translation>
    </message>
    <message>
        <source>Care and wellbeing</source>
        <translation>Gofal a lles</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Choose a pupil</source>
        <translation>Dewiswch ddisgybl</translation>
    </message>
    <message>
        <source>Class note: {note}</source>
        <translation>Nodyn dosbarth: {note}</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Lunchtime</source>
        <translation>Amser cinio</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Tawel</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Blinedig</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>Pryderus</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Wedi cynhyrfu</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Anesmwyth</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>Most</source>
        <translation>Y rhan fwyaf</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Peth</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation>Clwb brecwast</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>Byrbryd</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Cinio</translation>
    </message>
    <message>
        <source>Drink</source>
        <translation>Diod</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase records</source>
        <translation>Dileu cofnodion</translation>
    </message>
    <message>
        <source>This erases {pupil} and {what}.</source>
        <translation>Mae hyn yn dileu {pupil} a&apos;r canlynol: {what}.</translation>
    </message>
    <message>
        <source>Of {pupil}&apos;s records, this erases {what}.</source>
        <translation>O gofnodion {pupil}, mae hyn yn dileu {what}.</translation>
    </message>
    <message>
        <source>It cannot be undone. Backups made before today still hold these records: keep them only as long as the school&apos;s backup policy says, and make a new backup afterwards.</source>
        <translation>Does dim modd dadwneud hyn. Mae copïau wrth gefn a wnaed cyn heddiw yn dal i gynnwys y cofnodion hyn: cadwch nhw dim ond cyhyd ag y mae polisi copïau wrth gefn yr ysgol yn ei ddweud, a gwnewch gopi wrth gefn newydd wedyn.</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Beth fydd yn cael ei ddileu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>for example: retention period over; kept in the register</source>
        <translation>er enghraifft: cyfnod cadw cofnodion wedi dod i ben; wedi&apos;i gadw yn y gofrestr</translation>
    </message>
    <message>
        <source>Type the pupil&apos;s name to confirm</source>
        <translation>Teipiwch enw&apos;r disgybl i gadarnhau</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
    <message>
        <source>&amp;Type “{name}” to confirm:</source>
        <translation>&amp;Teipiwch “{name}” i gadarnhau:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Dileu am byth</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Cadw nhw</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Cadw nhw</translation>
    </message>
    <message>
        <source>Say why, and type the pupil&apos;s name exactly as shown, to erase.</source>
        <translation>I ddileu, dywedwch pam, a theipiwch enw&apos;r disgybl yn union fel y mae&apos;n cael ei ddangos.</translation>
    </message>
</context>
<context>
    <name>EventsCard</name>
    <message>
        <source>Coming up</source>
        <translation>I ddod</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Digwyddiad: {title}</translation>
    </message>
</context>
<context>
    <name>FamiliesScreen</name>
    <message>
        <source>Not asked yet (no photos)</source>
        <translation>Heb ofyn eto (dim lluniau)</translation>
    </message>
    <message>
        <source>Photos may be shared</source>
        <translation>Gellir rhannu lluniau</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Dim lluniau</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Class (caption)</source>
        <translation>Dosbarth (capsiwn)</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>D&amp;isgyblion</translation>
    </message>
    <message>
        <source>Pupils (caption)</source>
        <translation>Disgyblion (capsiwn)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Caniatâd lluniau</translation>
    </message>
    <message>
        <source>P&amp;hoto consent</source>
        <translation>&amp;Caniatâd lluniau</translation>
    </message>
    <message>
        <source>Photo consent (caption)</source>
        <translation>Caniatâd lluniau (capsiwn)</translation>
    </message>
    <message>
        <source>Answer given by</source>
        <translation>Ateb wedi&apos;i roi gan</translation>
    </message>
    <message>
        <source>&amp;given by</source>
        <translation>wedi&apos;i roi &amp;gan</translation>
    </message>
    <message>
        <source>Given by (caption)</source>
        <translation>Wedi&apos;i roi gan (capsiwn)</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>C&amp;ofnodi</translation>
    </message>
    <message>
        <source>Record the photo consent</source>
        <translation>Cofnodi&apos;r caniatâd lluniau</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Cysylltiadau&apos;r teulu</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>Cysyll&amp;tiadau</translation>
    </message>
    <message>
        <source>Contacts (caption)</source>
        <translation>Cysylltiadau (capsiwn)</translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation>&amp;Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>Ty&amp;nnu cyswllt…</translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation>Tynnu&apos;r cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>C&amp;adw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Cadw&apos;r cyswllt (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Dad&amp;wneud newidiadau</translation>
    </message>
    <message>
        <source>Undo changes to the contact</source>
        <translation>Dadwneud newidiadau i&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation>Log cy&amp;sylltu</translation>
    </message>
    <message>
        <source>Family p&amp;rofile</source>
        <translation>P&amp;roffil y teulu</translation>
    </message>
    <message>
        <source>Each family</source>
        <translation>Pob teulu</translation>
    </message>
    <message>
        <source>Families not reached</source>
        <translation>Teuluoedd heb eu cyrraedd</translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation>Llwytho dosbarthiadau</translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation>Does gan yr ysgol hon ddim dosbarthiadau eto. Mewnforiwch restr ddosbarth i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Loading pupils</source>
        <translation>Llwytho disgyblion</translation>
    </message>
    <message>
        <source>{name}&apos;s family</source>
        <translation>Teulu {name}</translation>
    </message>
    <message>
        <source>Say which parent or carer gave this answer, then record it.</source>
        <translation>Dywedwch pa riant neu ofalwr roddodd yr ateb hwn, yna cofnodwch ef.</translation>
    </message>
    <message>
        <source>Recorded for {name}: {answer}.</source>
        <translation>Wedi&apos;i gofnodi ar gyfer {name}: {answer}.</translation>
    </message>
    <message>
        <source>Recording photo consent</source>
        <translation>Cofnodi caniatâd lluniau</translation>
    </message>
    <message>
        <source>Loading the family</source>
        <translation>Llwytho&apos;r teulu</translation>
    </message>
    <message>
        <source>No one is on this pupil&apos;s contact list yet: add the first contact.</source>
        <translation>Does neb ar restr gysylltiadau&apos;r disgybl hwn eto: ychwanegwch y cyswllt cyntaf.</translation>
    </message>
    <message>
        <source>home: {household}</source>
        <translation>cartref: {household}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Cyswllt: {name}</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>y cyswllt newydd</translation>
    </message>
    <message>
        <source>Your changes to {name} were not saved.</source>
        <translation>Ni chafodd eich newidiadau i {name} eu cadw.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Cyswllt newydd</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Wedi cadw {name}.</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>Cadw cyswllt</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Tynnu cyswllt</translation>
    </message>
    <message>
        <source>Take {name} off {pupil}&apos;s contact list? The link book will no longer go to them.</source>
        <translation>Tynnu {name} oddi ar restr gysylltiadau {pupil}? Fydd y llyfr cyswllt ddim yn mynd atyn nhw mwyach.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>{name} is off {pupil}&apos;s contact list.</source>
        <translation>Dydy {name} ddim ar restr gysylltiadau {pupil} mwyach.</translation>
    </message>
    <message>
        <source>Removing a contact</source>
        <translation>Tynnu cyswllt</translation>
    </message>
</context>
<context>
    <name>FamilyComment</name>
    <message>
        <source>At home: no comment from the family yet.</source>
        <translation>Gartref: dim sylw gan y teulu eto.</translation>
    </message>
    <message>
        <source>No comment from the family yet.</source>
        <translation>Dim sylw gan y teulu eto.</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>ar bapur</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>yn yr ap</translation>
    </message>
    <message>
        <source>From home, {how}: {who}, {when}
“{text}”</source>
        <translation>O&apos;r cartref, {how}: {who}, {when}
“{text}”</translation>
    </message>
</context>
<context>
    <name>FamilyCommentDialog</name>
    <message>
        <source>Comment from home, on paper</source>
        <translation>Sylw o&apos;r cartref, ar bapur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Pwy a&apos;i hysgrifennodd</translation>
    </message>
    <message>
        <source>What the family wrote</source>
        <translation>Beth ysgrifennodd y teulu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Gan</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <source>Say who wrote the comment.</source>
        <translation>Dywedwch pwy ysgrifennodd y sylw.</translation>
    </message>
    <message>
        <source>Type what the family wrote on the comment page.</source>
        <translation>Teipiwch beth ysgrifennodd y teulu ar y dudalen sylwadau.</translation>
    </message>
</context>
<context>
    <name>FamilyLanguage</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Show Linkbook in {language}</source>
        <translation>Dangos Linkbook yn {language}</translation>
    </message>
</context>
<context>
    <name>FamilyWindow</name>
    <message>
        <source>Linkbook</source>
        <translation>Linkbook</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>&amp;Linkbook</source>
        <translation>&amp;Linkbook</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bar dewislenni</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>&amp;Using Linkbook:</source>
        <translation>Yn &amp;defnyddio Linkbook:</translation>
    </message>
    <message>
        <source>Using Linkbook</source>
        <translation>Yn defnyddio Linkbook</translation>
    </message>
    <message>
        <source>Who is using Linkbook</source>
        <translation>Pwy sy&apos;n defnyddio Linkbook</translation>
    </message>
    <message>
        <source>Lock Linkbook</source>
        <translation>Cloi Linkbook</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Eich plant</translation>
    </message>
    <message>
        <source>No child&apos;s records have reached this device yet. Press Sync now.</source>
        <translation>Nid oes cofnodion unrhyw blentyn wedi cyrraedd y ddyfais hon eto. Pwyswch Cysoni nawr.</translation>
    </message>
    <message>
        <source>No children yet</source>
        <translation>Dim plant eto</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Opening your children&apos;s link books</source>
        <translation>Wrthi&apos;n agor llyfrau cyswllt eich plant</translation>
    </message>
    <message>
        <source>Linkbook — {school}</source>
        <translation>Linkbook — {school}</translation>
    </message>
</context>
<context>
    <name>FileReturnedPages</name>
    <message>
        <source>File returned pages</source>
        <translation>Ffeilio tudalennau a ddychwelwyd</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Sganiau (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Filing returned pages</source>
        <translation>Wrthi&apos;n ffeilio tudalennau a ddychwelwyd</translation>
    </message>
    <message>
        <source>Returned pages filed</source>
        <translation>Tudalennau a ddychwelwyd wedi&apos;u ffeilio</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Dewiswch y ffeiliau i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>A class list your MIS exported as CSV, a School Data Sync set, or a Common Transfer File. Choose them, or drop them on this page. Nothing is saved until the last step.</source>
        <translation>Rhestr ddosbarth a allforiwyd gan eich MIS fel CSV, set School Data Sync, neu Ffeil Trosglwyddo Gyffredin (CTF). Dewiswch nhw, neu gollyngwch nhw ar y dudalen hon. Does dim yn cael ei gadw tan y cam olaf.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Ffeiliau i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Press Delete to take the chosen file off the list</source>
        <translation>Pwyswch Delete i dynnu&apos;r ffeil a ddewiswyd oddi ar y rhestr</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Ffe&amp;iliau</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Dewis &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Dewis ffeiliau</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Dewis ff&amp;older…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>A folder of School Data Sync files: every .csv in it</source>
        <translation>Ffolder o ffeiliau School Data Sync: pob .csv sydd ynddo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Tynnu&apos;r ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>What Linkbook found</source>
        <translation>Beth ddaeth Linkbook o hyd iddo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Amgodiad</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Gwahanydd</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Ffo&amp;rmat</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Amgodiad</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Gwahanydd</translation>
    </message>
    <message>
        <source>Problem with the files</source>
        <translation>Problem gyda&apos;r ffeiliau</translation>
    </message>
    <message>
        <source>Choose the folder of School Data Sync files</source>
        <translation>Dewiswch y ffolder o ffeiliau School Data Sync</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Darllen y ffeiliau</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>Darllen y rhestr ddosbarth</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Dim ffeiliau wedi&apos;u dewis eto.</translation>
    </message>
    <message>
        <source>{name}: {format}, {encoding}, {delimiter}, {rows} rows. Change any of these if they are wrong.</source>
        <translation>{name}: {format}, {encoding}, {delimiter}, {rows} rhes. Newidiwch unrhyw un o&apos;r rhain os ydyn nhw&apos;n anghywir.</translation>
    </message>
    <message>
        <source>{count} file(s): {format}. Change it if it is wrong.</source>
        <translation>{count} ffeil: {format}. Newidiwch ef os yw&apos;n anghywir.</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>School admin</source>
        <translation>Gweinyddwr yr ysgol</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Athro dosbarth</translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation>CydADY</translation>
    </message>
    <message>
        <source>Teaching assistant</source>
        <translation>Cynorthwyydd addysgu</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Meithrin</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Blwyddyn {n}</translation>
    </message>
    <message>
        <source>Strong: hard to guess, and a sentence is easy to remember.</source>
        <translation>Cryf: anodd ei ddyfalu, ac mae brawddeg yn hawdd ei chofio.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or only spaces.</source>
        <translation>Ni all cyfrinymadrodd fod yn wag nac yn fylchau yn unig.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters or {words} words; a short sentence is best.</source>
        <translation>Rhy fyr: defnyddiwch o leiaf {n} nod neu {words} gair; brawddeg fer sydd orau.</translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translation>Rhy hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Good enough; a word or two more makes it harder to guess.</source>
        <translation>Digon da; byddai gair neu ddau yn rhagor yn ei wneud yn anoddach i&apos;w ddyfalu.</translation>
    </message>
    <message>
        <source>Start a new school here, or look around the demo school first.</source>
        <translation>Dechreuwch ysgol newydd yma, neu edrychwch o gwmpas yr ysgol enghreifftiol yn gyntaf.</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Beth i&apos;w wneud yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Create a new school…</source>
        <translation>&amp;Creu ysgol newydd…</translation>
    </message>
    <message>
        <source>Create a new school</source>
        <translation>Creu ysgol newydd</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Agor yr ysgol &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Agor yr ysgol enghreifftiol</translation>
    </message>
    <message>
        <source>Invented children and a term of records, safe to try things on</source>
        <translation>Plant dychmygol a thymor o gofnodion, yn ddiogel i roi cynnig ar bethau</translation>
    </message>
    <message>
        <source>A new school</source>
        <translation>Ysgol newydd</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>e.g. Riverside Primary</source>
        <translation>e.e. Ysgol Gynradd Glan yr Afon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>As colleagues and families know you</source>
        <translation>Fel mae cydweithwyr a theuluoedd yn eich adnabod</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>First class</source>
        <translation>Dosbarth cyntaf</translation>
    </message>
    <message>
        <source>e.g. Oak, or 3B</source>
        <translation>e.e. Derw, neu 3B</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>A short sentence only you know</source>
        <translation>Brawddeg fer nad oes neb ond chi&apos;n ei gwybod</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>The same again, to be sure</source>
        <translation>Yr un peth eto, i wneud yn siŵr</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe: without it nobody, not even Linkbook, can open the school&apos;s records.</source>
        <translation>Ysgrifennwch y cyfrinymadrodd a&apos;i gadw yn rhywle diogel: hebddo, all neb, dim hyd yn oed Linkbook, agor cofnodion yr ysgol.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe</source>
        <translation>Cadwch y cyfrinymadrodd yn ddiogel</translation>
    </message>
    <message>
        <source>&amp;School name</source>
        <translation>&amp;Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>E&amp;ich enw</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Eich &amp;rôl</translation>
    </message>
    <message>
        <source>&amp;First class</source>
        <translation>&amp;Dosbarth cyntaf</translation>
    </message>
    <message>
        <source>Year &amp;group</source>
        <translation>&amp;Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Et&amp;o</translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation> (capsiwn)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Create the &amp;school</source>
        <translation>Creu&apos;r y&amp;sgol</translation>
    </message>
    <message>
        <source>Create the school</source>
        <translation>Creu&apos;r ysgol</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Making the school</source>
        <translation>Creu&apos;r ysgol</translation>
    </message>
    <message>
        <source>Type the school&apos;s name.</source>
        <translation>Teipiwch enw&apos;r ysgol.</translation>
    </message>
    <message>
        <source>Type your name: the records say who wrote what.</source>
        <translation>Teipiwch eich enw: mae&apos;r cofnodion yn dweud pwy ysgrifennodd beth.</translation>
    </message>
    <message>
        <source>Type the name of your first class; you can add more later.</source>
        <translation>Teipiwch enw eich dosbarth cyntaf; gallwch ychwanegu rhagor yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one in both boxes.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un un yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Making the school…</source>
        <translation>Yn creu&apos;r ysgol…</translation>
    </message>
    <message>
        <source>Making the demo school…</source>
        <translation>Yn creu&apos;r ysgol enghreifftiol…</translation>
    </message>
    <message>
        <source>Linkbook cannot write in {folder} ({problem}). Nothing was kept; choose a folder you may write to, or ask whoever looks after this computer.</source>
        <translation>Ni all Linkbook ysgrifennu yn {folder} ({problem}). Ni chadwyd dim; dewiswch ffolder y cewch chi ysgrifennu ynddo, neu gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Linkbook could not make the school ({problem}). Nothing was kept; try again.</source>
        <translation>Methodd Linkbook â chreu&apos;r ysgol ({problem}). Ni chadwyd dim; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>FolderCard</name>
    <message>
        <source>Week beginning {day}</source>
        <translation>Wythnos yn dechrau {day}</translation>
    </message>
    <message>
        <source>Work folder: {period}</source>
        <translation>Ffolder gwaith: {period}</translation>
    </message>
    <message>
        <source>{name} wrote, {when}:</source>
        <translation>Ysgrifennodd {name}, {when}:</translation>
    </message>
    <message>
        <source>The family&apos;s comment</source>
        <translation>Sylw&apos;r teulu</translation>
    </message>
    <message>
        <source>Your comment on the folder for {period}</source>
        <translation>Eich sylw ar y ffolder ar gyfer {period}</translation>
    </message>
    <message>
        <source>What did you and your child think of this work?</source>
        <translation>Beth oedd eich barn chi a&apos;ch plentyn am y gwaith hwn?</translation>
    </message>
    <message>
        <source>Send &amp;comment</source>
        <translation>Anfon &amp;sylw</translation>
    </message>
    <message>
        <source>Send the comment on the folder for {period}</source>
        <translation>Anfon y sylw ar y ffolder ar gyfer {period}</translation>
    </message>
    <message>
        <source>Problem with the comment</source>
        <translation>Problem gyda&apos;r sylw</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marc</translation>
    </message>
    <message>
        <source>Work: {title}</source>
        <translation>Gwaith: {title}</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Wrthi&apos;n llwytho&apos;r llun…</translation>
    </message>
    <message>
        <source>Photo of {title}</source>
        <translation>Llun o&apos;r gwaith: {title}</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>Wrthi&apos;n llwytho lluniau</translation>
    </message>
    <message>
        <source>This photo has not reached this device yet.</source>
        <translation>Nid yw&apos;r llun hwn wedi cyrraedd y ddyfais hon eto.</translation>
    </message>
    <message>
        <source>The comment is empty; write something first.</source>
        <translation>Mae&apos;r sylw yn wag; ysgrifennwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Sending your comment</source>
        <translation>Wrthi&apos;n anfon eich sylw</translation>
    </message>
</context>
<context>
    <name>FolderFiles</name>
    <message>
        <source>{name} is a folder; open it and drop the photos inside it.</source>
        <translation>Ffolder yw {name}; agorwch ef a gollwng y lluniau sydd ynddo.</translation>
    </message>
    <message>
        <source>{name} is not a photo or a scan. Add photos (PNG, JPEG, GIF, WebP, TIFF) or PDF scans.</source>
        <translation>Nid llun na sgan yw {name}. Ychwanegwch luniau (PNG, JPEG, GIF, WebP, TIFF) neu sganiau PDF.</translation>
    </message>
    <message>
        <source>{name} is no longer there; check where it was saved.</source>
        <translation>Dydy {name} ddim yno mwyach; gwiriwch ble cafodd ei chadw.</translation>
    </message>
    <message>
        <source>{name} is over {mb} MB; photograph or scan it at a lower resolution.</source>
        <translation>Mae {name} dros {mb} MB; tynnwch y llun neu sganiwch eto ar gydraniad is.</translation>
    </message>
    <message>
        <source>{name} does not hold a photo or a PDF, whatever its name says; it was not added.</source>
        <translation>Does dim llun na PDF yn {name}, beth bynnag mae&apos;r enw&apos;n ei ddweud; ni chafodd ei hychwanegu.</translation>
    </message>
    <message>
        <source>{name} could not be read; check the file is still there.</source>
        <translation>Methu darllen {name}; gwiriwch fod y ffeil yno o hyd.</translation>
    </message>
</context>
<context>
    <name>FolderItemsModel</name>
    <message>
        <source>topic: {topic}</source>
        <translation>pwnc: {topic}</translation>
    </message>
    <message>
        <source>mark: {mark}</source>
        <translation>marc: {mark}</translation>
    </message>
    <message>
        <source>photos or scans: {count}</source>
        <translation>lluniau neu sganiau: {count}</translation>
    </message>
</context>
<context>
    <name>FolderRosterModel</name>
    <message>
        <source>No folder</source>
        <translation>Dim ffolder</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Sent home</source>
        <translation>Wedi&apos;i anfon adref</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Darnau</translation>
    </message>
    <message>
        <source>Family comment</source>
        <translation>Sylw&apos;r teulu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>FolderTasks</name>
    <message>
        <source>Making thumbnails</source>
        <translation>Creu mân-luniau</translation>
    </message>
    <message>
        <source>Adding work to the folder</source>
        <translation>Ychwanegu gwaith at y ffolder</translation>
    </message>
    <message>
        <source>Saving feedback</source>
        <translation>Cadw adborth</translation>
    </message>
    <message>
        <source>Removing a piece of work</source>
        <translation>Tynnu darn o waith</translation>
    </message>
    <message>
        <source>Changing the folder&apos;s status</source>
        <translation>Newid statws y ffolder</translation>
    </message>
    <message>
        <source>Opening the folder</source>
        <translation>Wrthi&apos;n agor y ffolder</translation>
    </message>
    <message>
        <source>Opening the family&apos;s details</source>
        <translation>Agor manylion y teulu</translation>
    </message>
    <message>
        <source>Saving the family&apos;s comment</source>
        <translation>Cadw sylw&apos;r teulu</translation>
    </message>
    <message>
        <source>Preparing the folder to print</source>
        <translation>Paratoi&apos;r ffolder i&apos;w argraffu</translation>
    </message>
</context>
<context>
    <name>FolderView</name>
    <message>
        <source>Drop photos or PDF scans here to add them, several at once.</source>
        <translation>Gollyngwch luniau neu sganiau PDF yma i&apos;w hychwanegu, sawl un ar y tro.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Folder status</source>
        <translation>Statws y ffolder</translation>
    </message>
    <message>
        <source>Draft (still at school)</source>
        <translation>Drafft (yn yr ysgol o hyd)</translation>
    </message>
    <message>
        <source>Sent home</source>
        <translation>Wedi&apos;i anfon adref</translation>
    </message>
    <message>
        <source>Returned with a comment</source>
        <translation>Wedi&apos;i ddychwelyd gyda sylw</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Statw&amp;s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Add work…</source>
        <translation>&amp;Ychwanegu gwaith…</translation>
    </message>
    <message>
        <source>Add photos or scans of work</source>
        <translation>Ychwanegu lluniau neu sganiau o waith</translation>
    </message>
    <message>
        <source>&amp;Remove piece</source>
        <translation>&amp;Tynnu darn</translation>
    </message>
    <message>
        <source>Remove the chosen piece of work</source>
        <translation>Tynnu&apos;r darn o waith a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>&amp;Argraffu&apos;r ffolder…</translation>
    </message>
    <message>
        <source>Print the folder</source>
        <translation>Argraffu&apos;r ffolder</translation>
    </message>
    <message>
        <source>Type in a &amp;comment from paper…</source>
        <translation>Teipio sylw o &amp;bapur…</translation>
    </message>
    <message>
        <source>Type in the family&apos;s comment from paper</source>
        <translation>Teipio sylw&apos;r teulu o bapur</translation>
    </message>
    <message>
        <source>How to add work</source>
        <translation>Sut i ychwanegu gwaith</translation>
    </message>
    <message>
        <source>Pieces of work</source>
        <translation>Darnau o waith</translation>
    </message>
    <message>
        <source>The family&apos;s comment</source>
        <translation>Sylw&apos;r teulu</translation>
    </message>
    <message>
        <source>No folder for this period yet: create it with the buttons on the left.</source>
        <translation>Does dim ffolder ar gyfer y cyfnod hwn eto: crëwch ef gyda&apos;r botymau ar y chwith.</translation>
    </message>
    <message>
        <source>Choose a pupil to see their folder</source>
        <translation>Dewiswch ddisgybl i weld ffolder y disgybl</translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation>Lluniau a sganiau ({patterns})</translation>
    </message>
    <message>
        <source>Create this period&apos;s folder for the pupil, then add work to it.</source>
        <translation>Crëwch ffolder y cyfnod hwn ar gyfer y disgybl, yna ychwanegwch waith ato.</translation>
    </message>
    <message>
        <source>Remove a piece of work</source>
        <translation>Tynnu darn o waith</translation>
    </message>
    <message>
        <source>Take “{title}” out of this folder?</source>
        <translation>Tynnu “{title}” allan o&apos;r ffolder hwn?</translation>
    </message>
    <message>
        <source>{name}&apos;s folder, {period}</source>
        <translation>Ffolder {name}, {period}</translation>
    </message>
</context>
<context>
    <name>FoldersPanel</name>
    <message>
        <source>Work folders</source>
        <translation>Ffolderi gwaith</translation>
    </message>
    <message>
        <source>No work folders have come home yet.</source>
        <translation>Does dim ffolderi gwaith wedi dod adref eto.</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Angen dilyn i fyny</translation>
    </message>
    <message>
        <source>Finding follow-ups due</source>
        <translation>Wrthi&apos;n chwilio am deuluoedd i&apos;w dilyn i fyny</translation>
    </message>
    <message>
        <source>{name} ({kind} on {day})</source>
        <translation>{name} ({kind} ar {day})</translation>
    </message>
    <message>
        <source>Follow up with the families of: {names}</source>
        <translation>Dilynwch i fyny gyda theuluoedd: {names}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> a {count} arall</translation>
    </message>
</context>
<context>
    <name>FoundPanel</name>
    <message>
        <source>Only on the school office&apos;s computer, once: it becomes the school&apos;s admin device, which invites and approves every other computer. Use the setup token the sync server printed when it first started, or a shared folder if the school has no server.</source>
        <translation>Dim ond ar gyfrifiadur swyddfa&apos;r ysgol, unwaith: mae&apos;n dod yn ddyfais weinyddol yr ysgol, sy&apos;n gwahodd ac yn cymeradwyo pob cyfrifiadur arall. Defnyddiwch y tocyn gosod a argraffodd y gweinydd cysoni pan ddechreuodd gyntaf, neu ffolder a rennir os nad oes gan yr ysgol weinydd.</translation>
    </message>
    <message>
        <source>About setting up</source>
        <translation>Am y gosod</translation>
    </message>
    <message>
        <source>A sync se&amp;rver</source>
        <translation>&amp;Gweinydd cysoni</translation>
    </message>
    <message>
        <source>Sync through a server</source>
        <translation>Cysoni drwy weinydd</translation>
    </message>
    <message>
        <source>A shared &amp;folder or USB stick</source>
        <translation>&amp;Ffolder a rennir neu ffon USB</translation>
    </message>
    <message>
        <source>Sync through a folder</source>
        <translation>Cysoni drwy ffolder</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Cyfeiriad y gweinydd cysoni</translation>
    </message>
    <message>
        <source>Setup token</source>
        <translation>Tocyn gosod</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Ffolder cysoni</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Dewiswch y ffolder cysoni</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>C&amp;yfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>Setup &amp;token</source>
        <translation>&amp;Tocyn gosod</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>Ff&amp;older</translation>
    </message>
    <message>
        <source>Set up the school&apos;s &amp;sync</source>
        <translation>Gosod &amp;cysoni&apos;r ysgol</translation>
    </message>
    <message>
        <source>Set up the school&apos;s sync on this computer</source>
        <translation>Gosod cysoni&apos;r ysgol ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation>Neges gosod</translation>
    </message>
    <message>
        <source>Choose the shared folder or USB stick first.</source>
        <translation>Dewiswch y ffolder a rennir neu&apos;r ffon USB yn gyntaf.</translation>
    </message>
    <message>
        <source>Setting up sync</source>
        <translation>Wrthi&apos;n gosod cysoni</translation>
    </message>
    <message>
        <source>Setting up the school&apos;s sync…</source>
        <translation>Wrthi&apos;n gosod cysoni&apos;r ysgol…</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
</context>
<context>
    <name>HomeLearningPanel</name>
    <message>
        <source>Home learning</source>
        <translation>Dysgu gartref</translation>
    </message>
    <message>
        <source>No home learning has been set yet.</source>
        <translation>Does dim dysgu gartref wedi&apos;i osod eto.</translation>
    </message>
    <message>
        <source>Loading home learning</source>
        <translation>Wrthi&apos;n llwytho dysgu gartref</translation>
    </message>
</context>
<context>
    <name>HomeLearningScreen</name>
    <message>
        <source>on paper</source>
        <translation>ar bapur</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>yn yr ap</translation>
    </message>
    <message>
        <source>Home learning</source>
        <translation>Dysgu gartref</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Set home learning</source>
        <translation>Gosod dysgu gartref</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>What the children should do, in your words</source>
        <translation>Beth ddylai&apos;r plant ei wneud, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>More detail</source>
        <translation>Rhagor o fanylion</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>How long it should take</source>
        <translation>Faint o amser ddylai ei gymryd</translation>
    </message>
    <message>
        <source>Do it &amp;together (the family and the child side by side)</source>
        <translation>Ei wneud &amp;ochr yn ochr (y teulu a&apos;r plentyn gyda&apos;i gilydd)</translation>
    </message>
    <message>
        <source>Guidance for families</source>
        <translation>Arweiniad i deuluoedd</translation>
    </message>
    <message>
        <source>How much help to give</source>
        <translation>Faint o help i&apos;w roi</translation>
    </message>
    <message>
        <source>Ways to help</source>
        <translation>Ffyrdd o helpu</translation>
    </message>
    <message>
        <source>If the child is stuck</source>
        <translation>Os yw&apos;r plentyn yn sownd</translation>
    </message>
    <message>
        <source>For a group (tick none for the whole class)</source>
        <translation>Ar gyfer grŵp (peidiwch â thicio dim ar gyfer y dosbarth cyfan)</translation>
    </message>
    <message>
        <source>&amp;Set the task</source>
        <translation>&amp;Gosod y dasg</translation>
    </message>
    <message>
        <source>What to &amp;do:</source>
        <translation>Beth i&apos;w &amp;wneud:</translation>
    </message>
    <message>
        <source>More detail:</source>
        <translation>Rhagor o fanylion:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation>Pa mor &amp;hir:</translation>
    </message>
    <message>
        <source>&amp;Guidance for families (shown in their language):</source>
        <translation>&amp;Arweiniad i deuluoedd (yn cael ei ddangos yn eu hiaith):</translation>
    </message>
    <message>
        <source>For a g&amp;roup (tick none for the whole class):</source>
        <translation>Ar gyfer g&amp;rŵp (peidiwch â thicio dim ar gyfer y dosbarth cyfan):</translation>
    </message>
    <message>
        <source>Tasks set</source>
        <translation>Tasgau a osodwyd</translation>
    </message>
    <message>
        <source>Who has done it</source>
        <translation>Pwy sydd wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>T&amp;asks set</source>
        <translation>&amp;Tasgau a osodwyd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation>Wrthi&apos;n agor y dosbarthiadau</translation>
    </message>
    <message>
        <source>Opening the class&apos;s home learning</source>
        <translation>Wrthi&apos;n agor dysgu gartref y dosbarth</translation>
    </message>
    <message>
        <source>, together</source>
        <translation>, gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>{title} — by {day}{together} — {done} of {total} done</source>
        <translation>{title} — erbyn {day}{together} — {done} o {total} wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>No home learning set for this class yet.</source>
        <translation>Dim dysgu gartref wedi&apos;i osod i&apos;r dosbarth hwn eto.</translation>
    </message>
    <message>
        <source>Done ({count}):</source>
        <translation>Wedi&apos;i gwneud ({count}):</translation>
    </message>
    <message>
        <source>  nobody yet</source>
        <translation>  neb eto</translation>
    </message>
    <message>
        <source>Comments ({count}):</source>
        <translation>Sylwadau ({count}):</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  dim eto</translation>
    </message>
    <message>
        <source>Not done yet ({count}):</source>
        <translation>Heb ei gwneud eto ({count}):</translation>
    </message>
    <message>
        <source>  everyone has done it</source>
        <translation>  mae pawb wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Dewiswch ddosbarth yn gyntaf.</translation>
    </message>
    <message>
        <source>Say what the children should do first.</source>
        <translation>Dywedwch beth ddylai&apos;r plant ei wneud yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} pupils</source>
        <translation>{count} o ddisgyblion</translation>
    </message>
    <message>
        <source>the whole class</source>
        <translation>y dosbarth cyfan</translation>
    </message>
    <message>
        <source>Set “{title}” for {who}.</source>
        <translation>Gosodwyd “{title}” ar gyfer {who}.</translation>
    </message>
    <message>
        <source>Setting home learning</source>
        <translation>Wrthi&apos;n gosod dysgu gartref</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>CSV class list (any MIS)</source>
        <translation>Rhestr ddosbarth CSV (unrhyw MIS)</translation>
    </message>
    <message>
        <source>School Data Sync v1 (Student.csv …)</source>
        <translation>School Data Sync v1 (Student.csv …)</translation>
    </message>
    <message>
        <source>School Data Sync v2.1 (users.csv, roles.csv …)</source>
        <translation>School Data Sync v2.1 (users.csv, roles.csv …)</translation>
    </message>
    <message>
        <source>Common Transfer File (CTF XML)</source>
        <translation>Ffeil Trosglwyddo Gyffredin (CTF XML)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Hanner colon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Bar ( | )</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>wedi&apos;i wahanu gan gomâu</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>wedi&apos;i wahanu gan hanner colonau</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>wedi&apos;i wahanu gan dabiau</translation>
    </message>
    <message>
        <source>bar-separated</source>
        <translation>wedi&apos;i wahanu gan farrau</translation>
    </message>
    <message>
        <source>Class lists and transfer files (*.csv *.txt *.xml *.ctf);;All files (*)</source>
        <translation>Rhestrau dosbarth a ffeiliau trosglwyddo (*.csv *.txt *.xml *.ctf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>MIS id (admission number)</source>
        <translation>Dynodydd MIS (rhif derbyn)</translation>
    </message>
    <message>
        <source>Legal first name</source>
        <translation>Enw cyntaf cyfreithiol</translation>
    </message>
    <message>
        <source>Legal last name</source>
        <translation>Cyfenw cyfreithiol</translation>
    </message>
    <message>
        <source>Preferred first name</source>
        <translation>Enw cyntaf dewisol</translation>
    </message>
    <message>
        <source>Preferred last name</source>
        <translation>Cyfenw dewisol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Class (registration group)</source>
        <translation>Dosbarth (grŵp cofrestru)</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>SEN status</source>
        <translation>Statws ADY</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Iaith gyntaf</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Iaith y cartref</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Contact {number}: {part}</source>
        <translation>Cyswllt {number}: {part}</translation>
    </message>
    <message>
        <source>Import class lists</source>
        <translation>Mewnforio rhestrau dosbarth</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
</context>
<context>
    <name>InvitationSlip</name>
    <message>
        <source>Linkbook: connect a device</source>
        <translation>Linkbook: cysylltu dyfais</translation>
    </message>
    <message>
        <source>For a member of staff&apos;s device</source>
        <translation>Ar gyfer dyfais aelod o staff</translation>
    </message>
    <message>
        <source>For a family&apos;s device</source>
        <translation>Ar gyfer dyfais teulu</translation>
    </message>
    <message>
        <source>For a device</source>
        <translation>Ar gyfer dyfais</translation>
    </message>
    <message>
        <source>Your one-time code</source>
        <translation>Eich cod untro</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>1. Install Linkbook on the new computer and open it.</source>
        <translation>1. Gosodwch Linkbook ar y cyfrifiadur newydd a&apos;i agor.</translation>
    </message>
    <message>
        <source>2. Choose “Join a school” and type the code above, or scan the QR code.</source>
        <translation>2. Dewiswch “Ymuno ag ysgol” a theipiwch y cod uchod, neu sganiwch y cod QR.</translation>
    </message>
    <message>
        <source>3. Tell the school office you have done so: they approve the device.</source>
        <translation>3. Dywedwch wrth swyddfa&apos;r ysgol eich bod wedi gwneud hynny: byddan nhw&apos;n cymeradwyo&apos;r ddyfais.</translation>
    </message>
    <message>
        <source>4. The device then receives what it is allowed to see.</source>
        <translation>4. Yna bydd y ddyfais yn derbyn yr hyn y caiff ei weld.</translation>
    </message>
    <message>
        <source>The code works once, until {day}.</source>
        <translation>Mae&apos;r cod yn gweithio unwaith, tan {day}.</translation>
    </message>
    <message>
        <source>School sync server: {url}</source>
        <translation>Gweinydd cysoni&apos;r ysgol: {url}</translation>
    </message>
    <message>
        <source>Keep this slip private until you have used it; throw it away afterwards.</source>
        <translation>Cadwch y slip hwn yn breifat nes i chi ei ddefnyddio; taflwch ef wedyn.</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <source>Invite a device for</source>
        <translation>Gwahodd dyfais ar gyfer</translation>
    </message>
    <message>
        <source>A member of staff (their classes)</source>
        <translation>Aelod o staff (eu dosbarthiadau)</translation>
    </message>
    <message>
        <source>A family (their children)</source>
        <translation>Teulu (eu plant)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Dosbarthiadau</translation>
    </message>
    <message>
        <source>Choices (caption)</source>
        <translation>Dewisiadau (capsiwn)</translation>
    </message>
    <message>
        <source>e.g. Mrs Nowak&apos;s laptop</source>
        <translation>e.e. gliniadur Mrs Nowak</translation>
    </message>
    <message>
        <source>Who the device is for</source>
        <translation>Ar gyfer pwy mae&apos;r ddyfais</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>A&amp;r gyfer</translation>
    </message>
    <message>
        <source>For (caption)</source>
        <translation>Ar gyfer (capsiwn)</translation>
    </message>
    <message>
        <source>The language the slip is printed in</source>
        <translation>Yr iaith y caiff y slip ei argraffu ynddi</translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation>&amp;Iaith y slip</translation>
    </message>
    <message>
        <source>Slip language (caption)</source>
        <translation>Iaith y slip (pennawd)</translation>
    </message>
    <message>
        <source>Issue invitation</source>
        <translation>Creu gwahoddiad</translation>
    </message>
    <message>
        <source>Invitation message</source>
        <translation>Neges y gwahoddiad</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cod y gwahoddiad</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>Cod QR y gwahoddiad</translation>
    </message>
    <message>
        <source>Invitation expiry</source>
        <translation>Dyddiad dod i ben y gwahoddiad</translation>
    </message>
    <message>
        <source>&amp;Print invitation…</source>
        <translation>&amp;Argraffu&apos;r gwahoddiad…</translation>
    </message>
    <message>
        <source>Print invitation</source>
        <translation>Argraffu&apos;r gwahoddiad</translation>
    </message>
    <message>
        <source>&amp;Kind of device</source>
        <translation>&amp;Math o ddyfais</translation>
    </message>
    <message>
        <source>Kind of device (caption)</source>
        <translation>Math o ddyfais (capsiwn)</translation>
    </message>
    <message>
        <source>Cl&amp;asses</source>
        <translation>Dos&amp;barthiadau</translation>
    </message>
    <message>
        <source>Issue in&amp;vitation</source>
        <translation>Creu gwa&amp;hoddiad</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Plant</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Reading the school</source>
        <translation>Wrthi&apos;n darllen yr ysgol</translation>
    </message>
    <message>
        <source>Tick the children this family&apos;s device is for.</source>
        <translation>Ticiwch y plant y mae dyfais y teulu hwn ar eu cyfer.</translation>
    </message>
    <message>
        <source>Tick the classes this member of staff&apos;s device is for.</source>
        <translation>Ticiwch y dosbarthiadau y mae dyfais yr aelod hwn o staff ar eu cyfer.</translation>
    </message>
    <message>
        <source>Issuing an invitation</source>
        <translation>Wrthi&apos;n creu gwahoddiad</translation>
    </message>
    <message>
        <source>Works once, until {date}. Give it only to the person it is for.</source>
        <translation>Mae&apos;n gweithio unwaith, tan {date}. Rhowch ef i&apos;r person y mae ar ei gyfer yn unig.</translation>
    </message>
    <message>
        <source>The school&apos;s server could not be reached, so it does not know this invitation yet: the next sync tells it. You can print it now; it works once this computer has synced.</source>
        <translation>Nid oedd modd cyrraedd gweinydd yr ysgol, felly nid yw&apos;n gwybod am y gwahoddiad hwn eto: bydd y cysoni nesaf yn dweud wrtho. Gallwch ei argraffu nawr; mae&apos;n gweithio unwaith y bydd y cyfrifiadur hwn wedi cysoni.</translation>
    </message>
    <message>
        <source>Invitation {code}</source>
        <translation>Gwahoddiad {code}</translation>
    </message>
    <message>
        <source>Preparing the invitation</source>
        <translation>Wrthi&apos;n paratoi&apos;r gwahoddiad</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Title of the piece of work</source>
        <translation>Teitl y darn o waith</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>For example Maths, Science, Art</source>
        <translation>Er enghraifft Mathemateg, Gwyddoniaeth, Celf</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marc</translation>
    </message>
    <message>
        <source>8/10, 75%, or words such as Expected</source>
        <translation>8/10, 75%, neu eiriau fel Disgwyliedig</translation>
    </message>
    <message>
        <source>Marks written as 8/10 or 75% appear on the progress chart; words are listed beside it.</source>
        <translation>Mae marciau wedi&apos;u hysgrifennu fel 8/10 neu 75% yn ymddangos ar y siart cynnydd; mae geiriau&apos;n cael eu rhestru wrth ei ochr.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>What went well, and what to try next</source>
        <translation>Beth aeth yn dda, a beth i roi cynnig arno nesaf</translation>
    </message>
    <message>
        <source>&amp;Save feedback</source>
        <translation>&amp;Cadw adborth</translation>
    </message>
    <message>
        <source>Save feedback and mark</source>
        <translation>Cadw&apos;r adborth a&apos;r marc</translation>
    </message>
    <message>
        <source>Save this piece of work (Ctrl+S)</source>
        <translation>Cadw&apos;r darn hwn o waith (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved or not</source>
        <translation>Wedi&apos;i gadw neu beidio</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Pwnc</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Gwnaed ar</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Marc</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>A&amp;dborth</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>To join again, type the code from a new invitation and the school&apos;s sync server address, or choose the school&apos;s shared folder if it has no server. Everything on this computer stays here, and what was written on it and not yet sent goes to the school once the office approves it.</source>
        <translation>I ymuno eto, teipiwch y cod o wahoddiad newydd a chyfeiriad gweinydd cysoni&apos;r ysgol, neu dewiswch ffolder a rennir yr ysgol os nad oes ganddi weinydd. Mae popeth sydd ar y cyfrifiadur hwn yn aros yma, ac mae&apos;r hyn a ysgrifennwyd arno ac nad yw wedi&apos;i anfon eto yn mynd i&apos;r ysgol unwaith y bydd y swyddfa&apos;n ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Type the code from the invitation the school office gave you, and the school&apos;s sync server address printed under it, or choose the school&apos;s shared folder if it has no server. The office then approves this computer, and it starts syncing by itself.</source>
        <translation>Teipiwch y cod o&apos;r gwahoddiad a gawsoch gan swyddfa&apos;r ysgol, a chyfeiriad gweinydd cysoni&apos;r ysgol sydd wedi&apos;i argraffu oddi tano, neu dewiswch ffolder a rennir yr ysgol os nad oes ganddi weinydd. Yna bydd y swyddfa&apos;n cymeradwyo&apos;r cyfrifiadur hwn, a bydd yn dechrau cysoni ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>About joining</source>
        <translation>Ynghylch ymuno</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cod y gwahoddiad</translation>
    </message>
    <message>
        <source>School sync server address</source>
        <translation>Cyfeiriad gweinydd cysoni&apos;r ysgol</translation>
    </message>
    <message>
        <source>Invitation &amp;code</source>
        <translation>C&amp;od y gwahoddiad</translation>
    </message>
    <message>
        <source>Invitation code (caption)</source>
        <translation>Cod y gwahoddiad (capsiwn)</translation>
    </message>
    <message>
        <source>Sync &amp;server</source>
        <translation>G&amp;weinydd cysoni</translation>
    </message>
    <message>
        <source>Sync server (caption)</source>
        <translation>Gweinydd cysoni (capsiwn)</translation>
    </message>
    <message>
        <source>The school&apos;s shared sync folder</source>
        <translation>Ffolder cysoni a rennir yr ysgol</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the school&apos;s shared sync folder</source>
        <translation>Dewiswch ffolder cysoni a rennir yr ysgol</translation>
    </message>
    <message>
        <source>&amp;Ask to join</source>
        <translation>Go&amp;fyn am ymuno</translation>
    </message>
    <message>
        <source>Ask to join the school</source>
        <translation>Gofyn am ymuno â&apos;r ysgol</translation>
    </message>
    <message>
        <source>Joining message</source>
        <translation>Neges ymuno</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Am yr iaith</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>or a shared &amp;folder</source>
        <translation>neu &amp;ffolder a rennir</translation>
    </message>
    <message>
        <source>Linkbook will speak {language} on this computer from now on.</source>
        <translation>O hyn ymlaen bydd Linkbook yn siarad {language} ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Type the code from the invitation first.</source>
        <translation>Teipiwch y cod o&apos;r gwahoddiad yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the school&apos;s sync server address (it is on the invitation), or choose the school&apos;s shared folder if it has no server.</source>
        <translation>Teipiwch gyfeiriad gweinydd cysoni&apos;r ysgol (mae ar y gwahoddiad), neu dewiswch ffolder a rennir yr ysgol os nad oes ganddi weinydd.</translation>
    </message>
    <message>
        <source>Leaving the request in the folder…</source>
        <translation>Yn gadael y cais yn y ffolder…</translation>
    </message>
    <message>
        <source>Approved: this computer now syncs with the school.</source>
        <translation>Wedi&apos;i gymeradwyo: mae&apos;r cyfrifiadur hwn bellach yn cysoni â&apos;r ysgol.</translation>
    </message>
    <message>
        <source>Asked. Tell the school office: once they approve this computer, it joins by itself.</source>
        <translation>Wedi gofyn. Rhowch wybod i swyddfa&apos;r ysgol: unwaith y byddan nhw&apos;n cymeradwyo&apos;r cyfrifiadur hwn, bydd yn ymuno ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Joining the school</source>
        <translation>Wrthi&apos;n ymuno â&apos;r ysgol</translation>
    </message>
    <message>
        <source>The language Linkbook speaks</source>
        <translation>Yr iaith y mae Linkbook yn ei siarad</translation>
    </message>
    <message>
        <source>Asking the school&apos;s server…</source>
        <translation>Wrthi&apos;n gofyn i weinydd yr ysgol…</translation>
    </message>
</context>
<context>
    <name>LinkBookPanel</name>
    <message>
        <source>Link book</source>
        <translation>Llyfr cyswllt</translation>
    </message>
    <message>
        <source>No entries from school yet. Press Sync now to fetch the latest.</source>
        <translation>Dim cofnodion o&apos;r ysgol eto. Pwyswch Cysoni nawr i nôl y diweddaraf.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>class teacher</source>
        <translation>athro dosbarth</translation>
    </message>
    <message>
        <source>teaching assistant</source>
        <translation>cynorthwyydd addysgu</translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation>CydADY</translation>
    </message>
    <message>
        <source>school admin</source>
        <translation>gweinyddwr yr ysgol</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Ysgol</translation>
    </message>
    <message>
        <source>&amp;Import class lists…</source>
        <translation>&amp;Mewnforio rhestrau dosbarth…</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Dosbarthiadau</translation>
    </message>
    <message>
        <source>Classes caption</source>
        <translation>Pennawd dosbarthiadau</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Dosbarthiadau</translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation>Does gan yr ysgol hon ddim dosbarthiadau eto. Mewnforiwch restr ddosbarth i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>No classes</source>
        <translation>Dim dosbarthiadau</translation>
    </message>
    <message>
        <source>Import class lists</source>
        <translation>Mewnforio rhestrau dosbarth</translation>
    </message>
    <message>
        <source>&amp;Find in the school…</source>
        <translation>Ch&amp;wilio&apos;r ysgol…</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Pupil columns</source>
        <translation>Colofnau disgyblion</translation>
    </message>
    <message>
        <source>Search results and pupils</source>
        <translation>Canlyniadau chwilio a disgyblion</translation>
    </message>
    <message>
        <source>Classes, pupils and link book</source>
        <translation>Dosbarthiadau, disgyblion a llyfr cyswllt</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Sgriniau</translation>
    </message>
    <message>
        <source>Today&apos;s link book</source>
        <translation>Llyfr cyswllt heddiw</translation>
    </message>
    <message>
        <source>Pupils and timelines</source>
        <translation>Disgyblion a llinellau amser</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar statws</translation>
    </message>
    <message>
        <source>Pupil count</source>
        <translation>Nifer y disgyblion</translation>
    </message>
    <message>
        <source>Demo school: made-up children, safe to try things</source>
        <translation>Ysgol enghreifftiol: plant dychmygol, yn ddiogel i roi cynnig ar bethau</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Ysgol enghreifftiol</translation>
    </message>
    <message>
        <source>Working as {name} ({role})</source>
        <translation>Yn gweithio fel {name} ({role})</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Yn gweithio fel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Opening the school</source>
        <translation>Wrthi&apos;n agor yr ysgol</translation>
    </message>
    <message>
        <source>Linkbook — {school}</source>
        <translation>Linkbook — {school}</translation>
    </message>
    <message>
        <source>Linkbook</source>
        <translation>Linkbook</translation>
    </message>
    <message>
        <source>Pupils in {class_name}</source>
        <translation>Disgyblion yn {class_name}</translation>
    </message>
    <message>
        <source>{class_name}: {count} on roll</source>
        <translation>{class_name}: {count} ar y gofrestr</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Wrthi&apos;n darllen y dosbarth</translation>
    </message>
</context>
<context>
    <name>MainWindowFeatures</name>
    <message>
        <source>Preparing the packs</source>
        <translation>Paratoi&apos;r pecynnau</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Dewiswch ddosbarth yn gyntaf.</translation>
    </message>
    <message>
        <source>{class_name}, week {week}</source>
        <translation>{class_name}, wythnos {week}</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Lock Linkbook: hide every child&apos;s details until the passphrase</source>
        <translation>Cloi Linkbook: cuddio manylion pob plentyn nes rhoi&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>&amp;Record a paper reply…</source>
        <translation>&amp;Cofnodi ateb papur…</translation>
    </message>
    <message>
        <source>Type the code from a returned reply slip and the reply</source>
        <translation>Teipiwch y cod o slip ateb a ddychwelwyd, a&apos;r ateb</translation>
    </message>
    <message>
        <source>Print this week&apos;s &amp;packs for families on paper…</source>
        <translation>Argraffu &amp;pecynnau&apos;r wythnos hon i deuluoedd ar bapur…</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Ysgol</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papur</translation>
    </message>
    <message>
        <source>Record &amp;views from paper…</source>
        <translation>Cofnodi &amp;barn o bapur…</translation>
    </message>
    <message>
        <source>Print packs for the &amp;whole school…</source>
        <translation>Argraffu pecynnau&apos;r ysgol &amp;gyfan…</translation>
    </message>
    <message>
        <source>Every class&apos;s packs in one PDF, with progress and cancel</source>
        <translation>Pecynnau pob dosbarth mewn un PDF, gan ddangos y cynnydd a gyda&apos;r dewis i ganslo</translation>
    </message>
    <message>
        <source>&amp;File returned pages…</source>
        <translation>&amp;Ffeilio tudalennau a ddychwelwyd…</translation>
    </message>
    <message>
        <source>File scanned reply pages to their records</source>
        <translation>Ffeilio tudalennau ateb wedi&apos;u sganio yn eu cofnodion</translation>
    </message>
    <message>
        <source>Returned pages to &amp;review…</source>
        <translation>Tudalennau a ddychwelwyd i&apos;w &amp;hadolygu…</translation>
    </message>
    <message>
        <source>&amp;Correct printed translations…</source>
        <translation>C&amp;ywiro cyfieithiadau printiedig…</translation>
    </message>
    <message>
        <source>Change the home-language words printed beside the English on paper packs</source>
        <translation>Newid y geiriau yn iaith y cartref sy&apos;n cael eu hargraffu wrth ymyl y Saesneg ar becynnau papur</translation>
    </message>
    <message>
        <source>&amp;Translations wanted…</source>
        <translation>Cyfieithiadau sydd eu &amp;hangen…</translation>
    </message>
    <message>
        <source>Translate what teachers wrote for families who read another language</source>
        <translation>Cyfieithu&apos;r hyn a ysgrifennodd athrawon ar gyfer teuluoedd sy&apos;n darllen iaith arall</translation>
    </message>
    <message>
        <source>&amp;Import class lists…</source>
        <translation>&amp;Mewnforio rhestrau dosbarth…</translation>
    </message>
    <message>
        <source>Pupils, classes and families from your MIS&apos;s files</source>
        <translation>Disgyblion, dosbarthiadau a theuluoedd o ffeiliau eich MIS</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bar dewislenni</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School toolbar</source>
        <translation>Bar offer yr ysgol</translation>
    </message>
    <message>
        <source>&amp;View as</source>
        <translation>&amp;Gweld fel</translation>
    </message>
    <message>
        <source>The demo school as each of its staff sees it</source>
        <translation>Yr ysgol enghreifftiol fel mae pob aelod o&apos;i staff yn ei gweld</translation>
    </message>
    <message>
        <source>Reading the staff</source>
        <translation>Wrthi&apos;n darllen y staff</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Paru&apos;r colofnau</translation>
    </message>
    <message>
        <source>Where the matching came from</source>
        <translation>O ble daeth y paru</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Rhesi cyntaf y ffeil</translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation>Colofnau a&apos;u meysydd</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>Rhifau llinell</translation>
    </message>
    <message>
        <source>First &amp;rows of the file</source>
        <translation>&amp;Rhesi cyntaf y ffeil</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Contact {number} (parent or carer)</source>
        <translation>Cyswllt {number} (rhiant neu ofalwr)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Meysydd</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Dyddiadau geni</translation>
    </message>
    <message>
        <source>How the dates read</source>
        <translation>Sut mae&apos;r dyddiadau&apos;n darllen</translation>
    </message>
    <message>
        <source>Da&amp;y first (UK): 03/04/2018 is 3 April 2018</source>
        <translation>&amp;Diwrnod yn gyntaf (DU): 03/04/2018 yw 3 Ebrill 2018</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Diwrnod yn gyntaf</translation>
    </message>
    <message>
        <source>Mo&amp;nth first (US): 03/04/2018 is 4 March 2018</source>
        <translation>&amp;Mis yn gyntaf (UDA): 03/04/2018 yw 4 Mawrth 2018</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Mis yn gyntaf</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Beth sydd ar goll</translation>
    </message>
    <message>
        <source>Linkbook&apos;s fields (* needed)</source>
        <translation>Meysydd Linkbook (* angenrheidiol)</translation>
    </message>
    <message>
        <source>First rows and fields</source>
        <translation>Rhesi cyntaf a meysydd</translation>
    </message>
    <message>
        <source>{field} (needed)</source>
        <translation>{field} (angenrheidiol)</translation>
    </message>
    <message>
        <source>The columns are matched as at the last import of {name} (same columns), and will be remembered again. Change any that are wrong.</source>
        <translation>Mae&apos;r colofnau wedi&apos;u paru fel y tro diwethaf y mewnforiwyd {name} (yr un colofnau), a byddant yn cael eu cofio eto. Newidiwch unrhyw rai sy&apos;n anghywir.</translation>
    </message>
    <message>
        <source>Linkbook matched the columns of {name} by their names. Check each field, and choose a column for any left empty; the matching is remembered for the next file like it.</source>
        <translation>Mae Linkbook wedi paru colofnau {name} yn ôl eu henwau. Gwiriwch bob maes, a dewiswch golofn ar gyfer unrhyw faes sy&apos;n wag; bydd y paru&apos;n cael ei gofio ar gyfer y ffeil debyg nesaf.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nid yw yn y ffeil)</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>llinell {n}</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}. If the file has none, add it to the export in your MIS and choose the file again; nothing is imported without it.</source>
        <translation>Dewiswch y golofn sy&apos;n cynnwys: {fields}. Os nad oes colofn o&apos;r fath yn y ffeil, ychwanegwch hi at yr allforio yn eich MIS a dewiswch y ffeil eto; ni chaiff dim ei fewnforio hebddi.</translation>
    </message>
    <message>
        <source>The column “{column}” is chosen for {fields}: choose it for one of them only.</source>
        <translation>Mae&apos;r golofn “{column}” wedi&apos;i dewis ar gyfer {fields}: dewiswch hi ar gyfer un ohonynt yn unig.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>The dates read month first (US), as {where} shows.</source>
        <translation>Mae&apos;r dyddiadau&apos;n darllen mis yn gyntaf (UDA), fel y dengys {where}.</translation>
    </message>
    <message>
        <source>The dates read day first (UK), as {where} shows.</source>
        <translation>Mae&apos;r dyddiadau&apos;n darllen diwrnod yn gyntaf (DU), fel y dengys {where}.</translation>
    </message>
    <message>
        <source>The dates are written out in full; nothing to ask.</source>
        <translation>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu&apos;n llawn; does dim angen gofyn.</translation>
    </message>
    <message>
        <source>The dates disagree: as many read only day first (as at {day}) as only month first (as at {month}). Say which the file uses; the others will be listed as rejected.</source>
        <translation>Mae&apos;r dyddiadau&apos;n anghyson: mae cymaint yn darllen diwrnod yn gyntaf yn unig (fel yn {day}) ag sy&apos;n darllen mis yn gyntaf yn unig (fel yn {month}). Dywedwch pa drefn mae&apos;r ffeil yn ei defnyddio; bydd y lleill yn cael eu rhestru fel rhai a wrthodwyd.</translation>
    </message>
    <message>
        <source>Every date in the file reads both ways (03/04/2018 could be 3 April or 4 March). Which does the file use?</source>
        <translation>Mae pob dyddiad yn y ffeil yn darllen y ddwy ffordd (gallai 03/04/2018 fod yn 3 Ebrill neu&apos;n 4 Mawrth). Pa drefn mae&apos;r ffeil yn ei defnyddio?</translation>
    </message>
</context>
<context>
    <name>MarksChart</name>
    <message>
        <source>Chart of marks over time</source>
        <translation>Siart o farciau dros amser</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>dim pwnc</translation>
    </message>
    <message>
        <source>{day}, {topic}, {title}: {mark} ({percent}%)</source>
        <translation>{day}, {topic}, {title}: {mark} ({percent}%)</translation>
    </message>
    <message>
        <source>No marks written as numbers yet.</source>
        <translation>Dim marciau wedi&apos;u hysgrifennu fel rhifau eto.</translation>
    </message>
    <message>
        <source>Marks on the chart: {count}, from {first} to {last}, in {topics}. Average {average}%, lowest {low}%, highest {high}%.</source>
        <translation>Marciau ar y siart: {count}, o {first} i {last}, yn {topics}. Cyfartaledd {average}%, isaf {low}%, uchaf {high}%.</translation>
    </message>
    <message>
        <source>Chosen: {mark}.</source>
        <translation>Wedi&apos;i ddewis: {mark}.</translation>
    </message>
    <message>
        <source>Use the Left and Right arrow keys to go through the marks.</source>
        <translation>Defnyddiwch y bysellau saeth Chwith a De i fynd drwy&apos;r marciau.</translation>
    </message>
    <message>
        <source>No marks written as numbers yet. Marks such as 8/10 or 75% appear here.</source>
        <translation>Dim marciau wedi&apos;u hysgrifennu fel rhifau eto. Mae marciau fel 8/10 neu 75% yn ymddangos yma.</translation>
    </message>
</context>
<context>
    <name>MarksTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Piece of work</source>
        <translation>Darn o waith</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marc</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation>Ar y siart</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ddim yn rhif</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <source>Meeting: {title}</source>
        <translation>Cyfarfod: {title}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Ystafell: {room}</translation>
    </message>
    <message>
        <source>An interpreter will be there for {language} ({native}).</source>
        <translation>Bydd cyfieithydd yno ar gyfer {language} ({native}).</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Pryd a ble</translation>
    </message>
    <message>
        <source>Your time: {time}</source>
        <translation>Eich amser: {time}</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Eich amser</translation>
    </message>
    <message>
        <source>You have not booked a time yet.</source>
        <translation>Dydych chi ddim wedi archebu amser eto.</translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translation>Amser ar gyfer {title}</translation>
    </message>
    <message>
        <source>&amp;Change my time</source>
        <translation>&amp;Newid fy amser</translation>
    </message>
    <message>
        <source>&amp;Book this time</source>
        <translation>&amp;Archebu&apos;r amser hwn</translation>
    </message>
    <message>
        <source>Book the time chosen for {title}</source>
        <translation>Archebu&apos;r amser a ddewiswyd ar gyfer {title}</translation>
    </message>
    <message>
        <source>C&amp;ancel my booking</source>
        <translation>&amp;Canslo fy archeb</translation>
    </message>
    <message>
        <source>Cancel the booking for {title}</source>
        <translation>Canslo&apos;r archeb ar gyfer {title}</translation>
    </message>
    <message>
        <source>Booking the meeting</source>
        <translation>Wrthi&apos;n archebu&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Cancelling the booking</source>
        <translation>Wrthi&apos;n canslo&apos;r archeb</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>No meetings to book at the moment.</source>
        <translation>Dim cyfarfodydd i&apos;w harchebu ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Wrthi&apos;n llwytho cyfarfodydd</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>app</source>
        <translation>ap</translation>
    </message>
    <message>
        <source>paper slip</source>
        <translation>slip papur</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>gan staff</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Cyfarfod</translation>
    </message>
    <message>
        <source>Offer a meeting</source>
        <translation>Cynnig cyfarfod</translation>
    </message>
    <message>
        <source>Parents&apos; evening</source>
        <translation>Noson rieni</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Teitl y cyfarfod</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>Diwrnod y cyfarfod</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Yr amser cyntaf</translation>
    </message>
    <message>
        <source>Last time ends</source>
        <translation>Yr amser olaf yn gorffen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Munudau yr un</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Interpreter available for</source>
        <translation>Cyfieithydd ar gael ar gyfer</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Dim cyfieithydd</translation>
    </message>
    <message>
        <source>&amp;Offer these times</source>
        <translation>Cynnig yr a&amp;mseroedd hyn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Di&amp;wrnod</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Ta&amp;n</translation>
    </message>
    <message>
        <source>&amp;Each</source>
        <translation>Yr &amp;un</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>Cyfi&amp;eithydd</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Archebion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Booking grid</source>
        <translation>Grid archebu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Booked by the family of</source>
        <translation>Wedi&apos;i archebu gan deulu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Daeth</translation>
    </message>
    <message>
        <source>Booking grid columns</source>
        <translation>Colofnau&apos;r grid archebu</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Heb archebu eto</translation>
    </message>
    <message>
        <source>&amp;Not booked yet</source>
        <translation>&amp;Heb archebu eto</translation>
    </message>
    <message>
        <source>&amp;Book the selected time for this family</source>
        <translation>&amp;Archebu&apos;r amser a ddewiswyd i&apos;r teulu hwn</translation>
    </message>
    <message>
        <source>C&amp;ame</source>
        <translation>&amp;Presennol</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>A&amp;bsennol</translation>
    </message>
    <message>
        <source>Code of a returned booking slip</source>
        <translation>Cod slip archebu a ddychwelwyd</translation>
    </message>
    <message>
        <source>&amp;File the slip (times ticked selected above)</source>
        <translation>&amp;Ffeilio&apos;r slip (mae&apos;r amseroedd a diciwyd wedi&apos;u dewis uchod)</translation>
    </message>
    <message>
        <source>Print booking &amp;slips…</source>
        <translation>Argraffu &amp;slipiau archebu…</translation>
    </message>
    <message>
        <source>Print re&amp;minders…</source>
        <translation>A&amp;rgraffu nodiadau atgoffa…</translation>
    </message>
    <message>
        <source>Returned slip&apos;s c&amp;ode</source>
        <translation>Cod y s&amp;lip a ddychwelwyd</translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation>Wrthi&apos;n llwytho dosbarthiadau</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Wrthi&apos;n llwytho cyfarfodydd</translation>
    </message>
    <message>
        <source>Loading the bookings</source>
        <translation>Wrthi&apos;n llwytho&apos;r archebion</translation>
    </message>
    <message>
        <source>No meeting offered to this class yet: offer one above.</source>
        <translation>Does dim cyfarfod wedi&apos;i gynnig i&apos;r dosbarth hwn eto: cynigiwch un uchod.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>do</translation>
    </message>
    <message>
        <source>no</source>
        <translation>naddo</translation>
    </message>
    <message>
        <source>Clash: {names}</source>
        <translation>Gwrthdaro: {names}</translation>
    </message>
    <message>
        <source>interpreter for {language}</source>
        <translation>cyfieithydd ar gyfer {language}</translation>
    </message>
    <message>
        <source>{title}, {day}{where}: {booked} booked, {missing} not booked, clashes: {clashes}</source>
        <translation>{title}, {day}{where}: {booked} wedi archebu, {missing} heb archebu, gwrthdaro: {clashes}</translation>
    </message>
    <message>
        <source>{time} is booked by {count} families: keep one and call the others to move.</source>
        <translation>Mae {count} teulu wedi archebu {time}: cadwch un a ffoniwch y lleill i symud.</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Dewiswch ddosbarth yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} times offered.</source>
        <translation>Cynigiwyd {count} amser.</translation>
    </message>
    <message>
        <source>Offering the meeting</source>
        <translation>Wrthi&apos;n cynnig y cyfarfod</translation>
    </message>
    <message>
        <source>Choose a family under “Not booked yet” and one time in the grid.</source>
        <translation>Dewiswch deulu o dan “Heb archebu eto” ac un amser yn y grid.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Archebu</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Wedi&apos;i archebu.</translation>
    </message>
    <message>
        <source>That slip is for another meeting; choose it above first. Nothing was booked.</source>
        <translation>Mae&apos;r slip hwnnw ar gyfer cyfarfod arall; dewiswch hwnnw uchod yn gyntaf. Ni archebwyd dim.</translation>
    </message>
    <message>
        <source>{name} booked at {time} from the paper slip.</source>
        <translation>Mae {name} wedi archebu {time} o&apos;r slip papur.</translation>
    </message>
    <message>
        <source>Filing the booking slip</source>
        <translation>Wrthi&apos;n ffeilio&apos;r slip archebu</translation>
    </message>
    <message>
        <source>Select one booked time in the grid.</source>
        <translation>Dewiswch un amser a archebwyd yn y grid.</translation>
    </message>
    <message>
        <source>Select a time booked by one family (settle a clash first).</source>
        <translation>Dewiswch amser a archebwyd gan un teulu (datryswch y gwrthdaro yn gyntaf).</translation>
    </message>
    <message>
        <source>Recording attendance</source>
        <translation>Wrthi&apos;n cofnodi presenoldeb</translation>
    </message>
    <message>
        <source>Kept in the contact log.</source>
        <translation>Wedi&apos;i gadw yn y log cysylltu.</translation>
    </message>
    <message>
        <source>Booking slips</source>
        <translation>Slipiau archebu</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>News: {title}</source>
        <translation>Newyddion: {title}</translation>
    </message>
    <message>
        <source>For the whole school</source>
        <translation>I&apos;r ysgol gyfan</translation>
    </message>
    <message>
        <source>For the class</source>
        <translation>I&apos;r dosbarth</translation>
    </message>
    <message>
        <source>{day}, {author}. {whose}</source>
        <translation>{day}, {author}. {whose}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>The news</source>
        <translation>Y newyddion</translation>
    </message>
</context>
<context>
    <name>NewsComposer</name>
    <message>
        <source>News title</source>
        <translation>Teitl y newyddion</translation>
    </message>
    <message>
        <source>e.g. Our trip to the museum</source>
        <translation>e.e. Ein taith i&apos;r amgueddfa</translation>
    </message>
    <message>
        <source>News text</source>
        <translation>Testun y newyddion</translation>
    </message>
    <message>
        <source>What families should know, in a few sentences</source>
        <translation>Beth ddylai teuluoedd ei wybod, mewn ychydig frawddegau</translation>
    </message>
    <message>
        <source>Photos to publish</source>
        <translation>Lluniau i&apos;w cyhoeddi</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Ychwanegu &amp;lluniau…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ychwanegu lluniau</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation>T&amp;ynnu&apos;r llun allan</translation>
    </message>
    <message>
        <source>Remove the chosen photo</source>
        <translation>Tynnu&apos;r llun a ddewiswyd allan</translation>
    </message>
    <message>
        <source>Add a &amp;date for families&apos; calendars</source>
        <translation>Ychwanegu &amp;dyddiad at galendrau teuluoedd</translation>
    </message>
    <message>
        <source>Add a date for families&apos; calendars</source>
        <translation>Ychwanegu dyddiad at galendrau teuluoedd</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>e.g. Class assembly</source>
        <translation>e.e. Gwasanaeth dosbarth</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>At a &amp;time</source>
        <translation>Ar a&amp;mser penodol</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>Ar amser penodol</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>e.g. the school hall</source>
        <translation>e.e. neuadd yr ysgol</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>Bl&amp;e</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;stun</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation> (capsiwn)</translation>
    </message>
    <message>
        <source>Add photos to the news</source>
        <translation>Ychwanegu lluniau at y newyddion</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Write a title and the news, or add a date, then publish.</source>
        <translation>Ysgrifennwch deitl a&apos;r newyddion, neu ychwanegwch ddyddiad, yna cyhoeddwch.</translation>
    </message>
    <message>
        <source>Give the news a title: families see it first.</source>
        <translation>Rhowch deitl i&apos;r newyddion: dyna&apos;r peth cyntaf mae teuluoedd yn ei weld.</translation>
    </message>
    <message>
        <source>Write the news itself under the title.</source>
        <translation>Ysgrifennwch y newyddion ei hun o dan y teitl.</translation>
    </message>
    <message>
        <source>Say what is happening on that date, e.g. Class assembly.</source>
        <translation>Dywedwch beth sy&apos;n digwydd ar y dyddiad hwnnw, e.e. Gwasanaeth dosbarth.</translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a day to come.</source>
        <translation>Mae&apos;r dyddiad hwnnw wedi mynd heibio. Dewiswch heddiw neu ddiwrnod sydd i ddod.</translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>News and events</source>
        <translation>Newyddion a digwyddiadau</translation>
    </message>
    <message>
        <source>No news from the class or school yet.</source>
        <translation>Dim newyddion gan y dosbarth na&apos;r ysgol eto.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Class news</source>
        <translation>Newyddion y dosbarth</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Class (caption)</source>
        <translation>Dosbarth (capsiwn)</translation>
    </message>
    <message>
        <source>This half-term</source>
        <translation>Yr hanner tymor hwn</translation>
    </message>
    <message>
        <source>News published this half-term</source>
        <translation>Newyddion a gyhoeddwyd yr hanner tymor hwn</translation>
    </message>
    <message>
        <source>&amp;News this half-term</source>
        <translation>&amp;Newyddion yr hanner tymor hwn</translation>
    </message>
    <message>
        <source>News this half-term (caption)</source>
        <translation>Newyddion yr hanner tymor hwn (capsiwn)</translation>
    </message>
    <message>
        <source>The chosen news</source>
        <translation>Y newyddion a ddewiswyd</translation>
    </message>
    <message>
        <source>Dates this half-term</source>
        <translation>Dyddiadau&apos;r hanner tymor hwn</translation>
    </message>
    <message>
        <source>&amp;Dates this half-term</source>
        <translation>D&amp;yddiadau&apos;r hanner tymor hwn</translation>
    </message>
    <message>
        <source>Dates this half-term (caption)</source>
        <translation>Dyddiadau&apos;r hanner tymor hwn (capsiwn)</translation>
    </message>
    <message>
        <source>Newsletter for</source>
        <translation>Cylchlythyr ar gyfer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>&amp;Print the newsletter…</source>
        <translation>&amp;Argraffu&apos;r cylchlythyr…</translation>
    </message>
    <message>
        <source>Print the class newsletter</source>
        <translation>Argraffu cylchlythyr y dosbarth</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <source>Publish to the class&apos;s families</source>
        <translation>Cyhoeddi i deuluoedd y dosbarth</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Write to the class&apos;s families</source>
        <translation>Ysgrifennu at deuluoedd y dosbarth</translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation>Wrthi&apos;n llwytho dosbarthiadau</translation>
    </message>
    <message>
        <source>This half-term: {first} to {last}</source>
        <translation>Yr hanner tymor hwn: {first} i {last}</translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation>Does gan yr ysgol hon ddim dosbarthiadau eto. Mewnforiwch restr ddosbarth i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Loading the news</source>
        <translation>Wrthi&apos;n llwytho&apos;r newyddion</translation>
    </message>
    <message>
        <source>Nothing published this half-term yet.</source>
        <translation>Dim byd wedi&apos;i gyhoeddi yr hanner tymor hwn eto.</translation>
    </message>
    <message>
        <source>No dates this half-term yet.</source>
        <translation>Dim dyddiadau yr hanner tymor hwn eto.</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>yr ysgol gyfan</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 llun</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} llun</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}). Check that it is still there, or remove it from the news; nothing was published.</source>
        <translation>Nid oedd modd darllen {name} ({problem}). Gwiriwch ei fod yno o hyd, neu tynnwch ef o&apos;r newyddion; ni chyhoeddwyd dim.</translation>
    </message>
    <message>
        <source>Published “{title}” to {class_name}&apos;s families.</source>
        <translation>Cyhoeddwyd “{title}” i deuluoedd {class_name}.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wrthi&apos;n cyhoeddi…</translation>
    </message>
    <message>
        <source>Publishing news</source>
        <translation>Wrthi&apos;n cyhoeddi newyddion</translation>
    </message>
    <message>
        <source>{class_name} newsletter, {period}</source>
        <translation>Cylchlythyr {class_name}, {period}</translation>
    </message>
    <message>
        <source>Preparing the newsletter</source>
        <translation>Wrthi&apos;n paratoi&apos;r cylchlythyr</translation>
    </message>
</context>
<context>
    <name>PaperReplyDialog</name>
    <message>
        <source>Record a paper reply</source>
        <translation>Cofnodi ateb ar bapur</translation>
    </message>
    <message>
        <source>e.g. 26W47-K7QF-2XM9</source>
        <translation>e.e. 26W47-K7QF-2XM9</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Cod ateb</translation>
    </message>
    <message>
        <source>Type the code from the top right of the page, or scan its QR code</source>
        <translation>Teipiwch y cod o gornel dde uchaf y dudalen, neu sganiwch ei god QR</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ca&amp;nfod</translation>
    </message>
    <message>
        <source>Find the entry for this code</source>
        <translation>Canfod y cofnod ar gyfer y cod hwn</translation>
    </message>
    <message>
        <source>What the code found</source>
        <translation>Beth ddaeth y cod o hyd iddo</translation>
    </message>
    <message>
        <source>Day of the entry, or the work folder</source>
        <translation>Diwrnod y cofnod, neu&apos;r ffolder gwaith</translation>
    </message>
    <message>
        <source>What school wrote that day</source>
        <translation>Beth ysgrifennodd yr ysgol y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Who wrote the reply</source>
        <translation>Pwy ysgrifennodd yr ateb</translation>
    </message>
    <message>
        <source>The family&apos;s reply</source>
        <translation>Ateb y teulu</translation>
    </message>
    <message>
        <source>Type what the family wrote, as they wrote it</source>
        <translation>Teipiwch beth ysgrifennodd y teulu, yn union fel y gwnaethon nhw ei ysgrifennu</translation>
    </message>
    <message>
        <source>They ticked “I have read this” (or signed)</source>
        <translation>Maen nhw wedi ticio “Rwyf wedi darllen hwn” (neu wedi llofnodi)</translation>
    </message>
    <message>
        <source>Acknowledged on paper</source>
        <translation>Wedi&apos;i ddarllen ar bapur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Save the paper reply</source>
        <translation>Cadw&apos;r ateb ar bapur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation>&amp;Cod ateb:</translation>
    </message>
    <message>
        <source>&amp;Day or folder:</source>
        <translation>&amp;Diwrnod neu ffolder:</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Ysgrifennwyd gan:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>A&amp;teb:</translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation>%1, wythnos %2</translation>
    </message>
    <message>
        <source>%1, month %2</source>
        <translation>%1, mis %2</translation>
    </message>
    <message>
        <source>Home learning: %1</source>
        <translation>Dysgu gartref: %1</translation>
    </message>
    <message>
        <source>No link-book entries or work folders for that period.</source>
        <translation>Dim cofnodion llyfr cyswllt na ffolderi gwaith ar gyfer y cyfnod hwnnw.</translation>
    </message>
    <message>
        <source>Work folder, week %1</source>
        <translation>Ffolder gwaith, wythnos %1</translation>
    </message>
    <message>
        <source>Work folder, month %1</source>
        <translation>Ffolder gwaith, mis %1</translation>
    </message>
    <message>
        <source>They ticked “We did this”</source>
        <translation>Maen nhw wedi ticio “Fe wnaethon ni hyn”</translation>
    </message>
    <message>
        <source>Their &amp;comment:</source>
        <translation>Eu &amp;sylw:</translation>
    </message>
    <message>
        <source>Type the family&apos;s comment, as they wrote it</source>
        <translation>Teipiwch sylw&apos;r teulu, yn union fel y gwnaethon nhw ei ysgrifennu</translation>
    </message>
    <message>
        <source>The family&apos;s comment on the home learning</source>
        <translation>Sylw&apos;r teulu ar y dysgu gartref</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <source>Already marked done by %1</source>
        <translation>Wedi&apos;i nodi&apos;n gyflawn eisoes gan %1</translation>
    </message>
    <message>
        <source>Type the family&apos;s comment on the work, as they wrote it</source>
        <translation>Teipiwch sylw&apos;r teulu ar y gwaith, yn union fel y gwnaethon nhw ei ysgrifennu</translation>
    </message>
    <message>
        <source>The family&apos;s comment on the work folder</source>
        <translation>Sylw&apos;r teulu ar y ffolder gwaith</translation>
    </message>
    <message>
        <source>no pieces of work yet</source>
        <translation>dim darnau o waith eto</translation>
    </message>
    <message>
        <source>In the folder: %1</source>
        <translation>Yn y ffolder: %1</translation>
    </message>
    <message>
        <source>Already commented by %1: “%2” (saving replaces it)</source>
        <translation>Sylw eisoes gan %1: “%2” (bydd cadw&apos;n ei ddisodli)</translation>
    </message>
    <message>
        <source>Say who wrote on the paper (the name under the signature).</source>
        <translation>Dywedwch pwy ysgrifennodd ar y papur (yr enw o dan y llofnod).</translation>
    </message>
    <message>
        <source>Saved. Type the next code.</source>
        <translation>Wedi&apos;i gadw. Teipiwch y cod nesaf.</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Record a paper signature</source>
        <translation>Cofnodi llofnod ar bapur</translation>
    </message>
    <message>
        <source>Who signed</source>
        <translation>Pwy lofnododd</translation>
    </message>
    <message>
        <source>{name} ({party})</source>
        <translation>{name} ({party})</translation>
    </message>
    <message>
        <source>Name as signed</source>
        <translation>Yr enw fel y&apos;i llofnodwyd</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Dyddiad llofnodi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation>Cofnodi&apos;r llofnod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Who signed:</source>
        <translation>&amp;Pwy lofnododd:</translation>
    </message>
    <message>
        <source>&amp;Name as signed:</source>
        <translation>&amp;Enw fel y&apos;i llofnodwyd:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Dyddiad llofnodi:</translation>
    </message>
    <message>
        <source>Type the name of the person who signed, as it reads on the paper.</source>
        <translation>Teipiwch enw&apos;r person a lofnododd, fel y mae ar y papur.</translation>
    </message>
</context>
<context>
    <name>PaperViewsDialog</name>
    <message>
        <source>Record views from paper</source>
        <translation>Cofnodi barn o bapur</translation>
    </message>
    <message>
        <source>e.g. 26W47-K7QF-2XM9</source>
        <translation>e.e. 26W47-K7QF-2XM9</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Cod ateb</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ca&amp;nfod</translation>
    </message>
    <message>
        <source>Find the child for this code</source>
        <translation>Canfod y plentyn ar gyfer y cod hwn</translation>
    </message>
    <message>
        <source>What the code found</source>
        <translation>Beth ddaeth y cod o hyd iddo</translation>
    </message>
    <message>
        <source>Plan being reviewed</source>
        <translation>Y cynllun sy&apos;n cael ei adolygu</translation>
    </message>
    <message>
        <source>Whose views</source>
        <translation>Barn pwy</translation>
    </message>
    <message>
        <source>The family&apos;s views</source>
        <translation>Barn y teulu</translation>
    </message>
    <message>
        <source>The child&apos;s views</source>
        <translation>Barn y plentyn</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Pwy atebodd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Save the views</source>
        <translation>Cadw&apos;r farn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Cod ateb:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>&amp;Whose views:</source>
        <translation>&amp;Barn pwy:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>Atebwyd &amp;gan:</translation>
    </message>
    <message>
        <source>What is going well:</source>
        <translation>Beth sy&apos;n mynd yn dda:</translation>
    </message>
    <message>
        <source>What is hard:</source>
        <translation>Beth sy&apos;n anodd:</translation>
    </message>
    <message>
        <source>What helps at home:</source>
        <translation>Beth sy&apos;n helpu gartref:</translation>
    </message>
    <message>
        <source>To talk about, and hopes:</source>
        <translation>Pethau i siarad amdanyn nhw, a gobeithion:</translation>
    </message>
    <message>
        <source>I like coming to school:</source>
        <translation>Rwy&apos;n hoffi dod i&apos;r ysgol:</translation>
    </message>
    <message>
        <source>I get help when I need it:</source>
        <translation>Rwy&apos;n cael help pan fydd ei angen arna i:</translation>
    </message>
    <message>
        <source>I have friends:</source>
        <translation>Mae gen i ffrindiau:</translation>
    </message>
    <message>
        <source>I feel safe at school:</source>
        <translation>Rwy&apos;n teimlo&apos;n ddiogel yn yr ysgol:</translation>
    </message>
    <message>
        <source>I am learning new things:</source>
        <translation>Rwy&apos;n dysgu pethau newydd:</translation>
    </message>
    <message>
        <source>(no face ticked)</source>
        <translation>(dim wyneb wedi&apos;i dicio)</translation>
    </message>
    <message>
        <source>Happy face (yes)</source>
        <translation>Wyneb hapus (ie)</translation>
    </message>
    <message>
        <source>Okay face (sometimes)</source>
        <translation>Wyneb canolig (weithiau)</translation>
    </message>
    <message>
        <source>Sad face (no)</source>
        <translation>Wyneb trist (na)</translation>
    </message>
    <message>
        <source>What I like:</source>
        <translation>Beth rwy&apos;n ei hoffi:</translation>
    </message>
    <message>
        <source>What helps me:</source>
        <translation>Beth sy&apos;n fy helpu:</translation>
    </message>
    <message>
        <source>Saved. Type the next code.</source>
        <translation>Wedi&apos;i gadw. Teipiwch y cod nesaf.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>week of {day}</source>
        <translation>wythnos yn dechrau {day}</translation>
    </message>
    <message>
        <source>Folders for</source>
        <translation>Ffolderi ar gyfer</translation>
    </message>
    <message>
        <source>A week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>&amp;Folders for</source>
        <translation>&amp;Ffolderi ar gyfer</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation>◀ &amp;Cynharach</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Cyfnod cynharach</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>&amp;Later ▶</source>
        <translation>&amp;Diweddarach ▶</translation>
    </message>
    <message>
        <source>Later period</source>
        <translation>Cyfnod diweddarach</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Nawr</translation>
    </message>
    <message>
        <source>This week or month</source>
        <translation>Yr wythnos neu&apos;r mis hwn</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Quick phrases</source>
        <translation>Ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Phrases for every class. Each belongs to a part of the entry; order them as you like.</source>
        <translation>Ymadroddion ar gyfer pob dosbarth. Mae pob un yn perthyn i ran o&apos;r cofnod; trefnwch nhw fel y mynnwch.</translation>
    </message>
    <message>
        <source>About quick phrases</source>
        <translation>Am ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Ymadrodd</translation>
    </message>
    <message>
        <source>Part of the entry</source>
        <translation>Rhan o&apos;r cofnod</translation>
    </message>
    <message>
        <source>P&amp;hrase</source>
        <translation>Y&amp;madrodd</translation>
    </message>
    <message>
        <source>Phrase caption</source>
        <translation>Capsiwn ymadrodd</translation>
    </message>
    <message>
        <source>&amp;Goes in</source>
        <translation>&amp;Perthyn i</translation>
    </message>
    <message>
        <source>Goes in caption</source>
        <translation>Capsiwn perthyn i</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Ychwanegu fel un newydd</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Newid</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>Add phrase</source>
        <translation>Ychwanegu ymadrodd</translation>
    </message>
    <message>
        <source>Change phrase</source>
        <translation>Newid ymadrodd</translation>
    </message>
    <message>
        <source>Remove phrase</source>
        <translation>Dileu ymadrodd</translation>
    </message>
    <message>
        <source>Move phrase up</source>
        <translation>Symud yr ymadrodd i fyny</translation>
    </message>
    <message>
        <source>Move phrase down</source>
        <translation>Symud yr ymadrodd i lawr</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Cyfieithiadau…</translation>
    </message>
    <message>
        <source>The phrases in the families&apos; languages</source>
        <translation>Yr ymadroddion yn ieithoedd y teuluoedd</translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation>Ymadroddion sydd angen eu cyfieithu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Finding phrases to translate</source>
        <translation>Wrthi&apos;n chwilio am ymadroddion i&apos;w cyfieithu</translation>
    </message>
    <message>
        <source>Loading quick phrases</source>
        <translation>Wrthi&apos;n llwytho ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Adding a quick phrase</source>
        <translation>Wrthi&apos;n ychwanegu ymadrodd cyflym</translation>
    </message>
    <message>
        <source>Changing a quick phrase</source>
        <translation>Wrthi&apos;n newid ymadrodd cyflym</translation>
    </message>
    <message>
        <source>Removing a quick phrase</source>
        <translation>Wrthi&apos;n dileu ymadrodd cyflym</translation>
    </message>
    <message>
        <source>Reordering quick phrases</source>
        <translation>Wrthi&apos;n aildrefnu ymadroddion cyflym</translation>
    </message>
</context>
<context>
    <name>PhraseCorrectionsDialog</name>
    <message>
        <source>Correct printed translations</source>
        <translation>Cywiro cyfieithiadau printiedig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Printed phrases</source>
        <translation>Ymadroddion printiedig</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Shipped translation</source>
        <translation>Cyfieithiad gwreiddiol</translation>
    </message>
    <message>
        <source>School&apos;s correction</source>
        <translation>Cywiriad yr ysgol</translation>
    </message>
    <message>
        <source>Phrase columns</source>
        <translation>Colofnau ymadroddion</translation>
    </message>
    <message>
        <source>The English phrase</source>
        <translation>Yr ymadrodd Saesneg</translation>
    </message>
    <message>
        <source>The shipped translation</source>
        <translation>Y cyfieithiad gwreiddiol</translation>
    </message>
    <message>
        <source>The words to print</source>
        <translation>Y geiriau i&apos;w hargraffu</translation>
    </message>
    <message>
        <source>Type the words families should read</source>
        <translation>Teipiwch y geiriau y dylai teuluoedd eu darllen</translation>
    </message>
    <message>
        <source>&amp;Print as:</source>
        <translation>&amp;Argraffu fel:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>&amp;Reset to shipped</source>
        <translation>&amp;Dychwelyd i&apos;r gwreiddiol</translation>
    </message>
    <message>
        <source>Reset to the shipped translation</source>
        <translation>Dychwelyd i&apos;r cyfieithiad gwreiddiol</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Preview of the printed phrase</source>
        <translation>Rhagolwg o&apos;r ymadrodd printiedig</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Saesneg:</translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation>Gwreiddiol:</translation>
    </message>
    <message>
        <source>Reading the printed phrases</source>
        <translation>Wrthi&apos;n darllen yr ymadroddion printiedig</translation>
    </message>
    <message>
        <source>(no shipped translation)</source>
        <translation>(dim cyfieithiad gwreiddiol)</translation>
    </message>
    <message>
        <source>Saving the correction</source>
        <translation>Wrthi&apos;n cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Printing the shipped words again</source>
        <translation>Wrthi&apos;n dychwelyd i&apos;r geiriau gwreiddiol</translation>
    </message>
    <message>
        <source>Saved: packs print these words from now on.</source>
        <translation>Wedi&apos;i gadw: bydd pecynnau&apos;n argraffu&apos;r geiriau hyn o hyn ymlaen.</translation>
    </message>
    <message>
        <source>The shipped translation prints again.</source>
        <translation>Bydd y cyfieithiad gwreiddiol yn cael ei argraffu eto.</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Wrthi&apos;n paratoi&apos;r rhagolwg</translation>
    </message>
</context>
<context>
    <name>PhrasePanel</name>
    <message>
        <source>&amp;Quick phrases</source>
        <translation>&amp;Ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Quick phrases caption</source>
        <translation>Capsiwn ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 puts a phrase where you are typing.</source>
        <translation>Mae Ctrl+1 … Ctrl+9 yn rhoi ymadrodd lle rydych chi&apos;n teipio.</translation>
    </message>
    <message>
        <source>Quick phrase keys</source>
        <translation>Bysellau ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Edit &amp;phrases…</source>
        <translation>Golygu&apos;r y&amp;madroddion…</translation>
    </message>
    <message>
        <source>Edit quick phrases</source>
        <translation>Golygu ymadroddion cyflym</translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation>Ymadroddion sydd angen eu cyfieithu</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
</context>
<context>
    <name>PhraseTranslationsDialog</name>
    <message>
        <source>“{english}” needs translating into {languages}</source>
        <translation>Mae angen cyfieithu “{english}” i {languages}</translation>
    </message>
    <message>
        <source>Quick phrases in the families&apos; languages</source>
        <translation>Ymadroddion cyflym yn ieithoedd y teuluoedd</translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation>Ymadroddion sydd angen eu cyfieithu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Language caption</source>
        <translation>Capsiwn iaith</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Ymadroddion</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>For families</source>
        <translation>I deuluoedd</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Phrase columns</source>
        <translation>Colofnau ymadroddion</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Cyfieithiad</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Cyfieithiad:</translation>
    </message>
    <message>
        <source>Translation caption</source>
        <translation>Capsiwn cyfieithiad</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>C&amp;adw&apos;r cyfieithiad</translation>
    </message>
    <message>
        <source>Save the translation</source>
        <translation>Cadw&apos;r cyfieithiad</translation>
    </message>
    <message>
        <source>&amp;Mark checked</source>
        <translation>&amp;Nodi ei fod wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>The words as they stand are right: record that you checked them.</source>
        <translation>Mae&apos;r geiriau&apos;n gywir fel y maen nhw: cofnodwch eich bod wedi&apos;u gwirio.</translation>
    </message>
    <message>
        <source>Mark the translation checked</source>
        <translation>Nodi bod y cyfieithiad wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Loading the phrases&apos; translations</source>
        <translation>Wrthi&apos;n llwytho cyfieithiadau&apos;r ymadroddion</translation>
    </message>
    <message>
        <source>Every phrase is translated for the families who need it.</source>
        <translation>Mae pob ymadrodd wedi&apos;i gyfieithu ar gyfer y teuluoedd sydd ei angen.</translation>
    </message>
    <message>
        <source>needs translating</source>
        <translation>angen ei gyfieithu</translation>
    </message>
    <message>
        <source>by {name}, {day}</source>
        <translation>gan {name}, {day}</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>heb ei wirio</translation>
    </message>
    <message>
        <source>Saving a translation</source>
        <translation>Wrthi&apos;n cadw cyfieithiad</translation>
    </message>
    <message>
        <source>Marking a translation checked</source>
        <translation>Wrthi&apos;n nodi bod cyfieithiad wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <source>{met} met, {partly} partly, {not_yet} not yet</source>
        <translation>{met} wedi&apos;u cyrraedd, {partly} yn rhannol, {not_yet} ddim eto</translation>
    </message>
    <message>
        <source>Made by the review of {day}.</source>
        <translation>Wedi&apos;i wneud gan adolygiad {day}.</translation>
    </message>
    <message>
        <source>Version {number} ({state})</source>
        <translation>Fersiwn {number} ({state})</translation>
    </message>
    <message>
        <source>Assessed for version {number}</source>
        <translation>Wedi&apos;i asesu ar gyfer fersiwn {number}</translation>
    </message>
    <message>
        <source>Working: {working} Not working: {not_working}</source>
        <translation>Yn gweithio: {working} Ddim yn gweithio: {not_working}</translation>
    </message>
    <message>
        <source>Review of version {reviewed}, made version {made}</source>
        <translation>Adolygiad o fersiwn {reviewed}, creodd fersiwn {made}</translation>
    </message>
    <message>
        <source>{tally}. Came: {came}. Decisions: {decisions}</source>
        <translation>{tally}. Daeth: {came}. Penderfyniadau: {decisions}</translation>
    </message>
</context>
<context>
    <name>PlanHistoryPane</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>The plan&apos;s versions and reviews</source>
        <translation>Fersiynau ac adolygiadau&apos;r cynllun</translation>
    </message>
</context>
<context>
    <name>PlanReviewsScreen</name>
    <message>
        <source>To assess</source>
        <translation>I&apos;w asesu</translation>
    </message>
    <message>
        <source>Planning (draft)</source>
        <translation>Cynllunio (drafft)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n ddiwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>yn ddyledus heddiw</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>ymhen %n diwrnod</numerusform>
            <numerusform>ymhen %n diwrnod</numerusform>
            <numerusform>ymhen %n ddiwrnod</numerusform>
            <numerusform>ymhen %n diwrnod</numerusform>
            <numerusform>ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Cynlluniau cymorth</translation>
    </message>
    <message>
        <source>The plan chosen</source>
        <translation>Y cynllun a ddewiswyd</translation>
    </message>
    <message>
        <source>Print the annual review &amp;pack…</source>
        <translation>Argraffu &amp;pecyn yr adolygiad blynyddol…</translation>
    </message>
    <message>
        <source>For a pupil with an EHC plan: the plan, the views, progress and reports</source>
        <translation>Ar gyfer disgybl gyda CDU: y cynllun, y farn, y cynnydd a&apos;r adroddiadau</translation>
    </message>
    <message>
        <source>Assess, review and history</source>
        <translation>Asesu, adolygu a hanes</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Asesu</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Cyfarfod adolygu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Support &amp;plans, those due soonest first:</source>
        <translation>&amp;Cynlluniau cymorth, y rhai sy&apos;n ddyledus gyntaf ar y brig:</translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation>Adolygiadau cynlluniau</translation>
    </message>
    <message>
        <source>Reading the support plans</source>
        <translation>Wrthi&apos;n darllen y cynlluniau cymorth</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Wrthi&apos;n darllen y cynllun</translation>
    </message>
    <message>
        <source> Next review {day} ({when}).</source>
        <translation> Adolygiad nesaf {day} ({when}).</translation>
    </message>
    <message>
        <source>{pupil}: {title}, version {number}. {stage}.{due}</source>
        <translation>{pupil}: {title}, fersiwn {number}. {stage}.{due}</translation>
    </message>
    <message>
        <source>Version {number} is a draft: sign it with the family and put it in force on the Agreements and plans screen, then review it here when it falls due.</source>
        <translation>Drafft yw fersiwn {number}: llofnodwch ef gyda&apos;r teulu a&apos;i roi mewn grym ar y sgrin Cytundebau a chynlluniau, yna adolygwch ef yma pan fydd yn ddyledus.</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Asesiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>Wrthi&apos;n cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>Review saved. Version {number} is a draft with the next targets: sign it with the family and put it in force on the Agreements and plans screen.</source>
        <translation>Adolygiad wedi&apos;i gadw. Mae fersiwn {number} yn ddrafft gyda&apos;r targedau nesaf: llofnodwch ef gyda&apos;r teulu a&apos;i roi mewn grym ar y sgrin Cytundebau a chynlluniau.</translation>
    </message>
    <message>
        <source>Saving the review</source>
        <translation>Wrthi&apos;n cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Attach a report</source>
        <translation>Atodi adroddiad</translation>
    </message>
    <message>
        <source>Reports: PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Adroddiadau: PDF, PNG neu JPEG (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} is attached. Say whose report it is and what it says in short.</source>
        <translation>Mae {name} wedi&apos;i atodi. Dywedwch adroddiad pwy ydyw a beth mae&apos;n ei ddweud yn fyr.</translation>
    </message>
    <message>
        <source>Attaching the report</source>
        <translation>Atodi&apos;r adroddiad</translation>
    </message>
    <message>
        <source>{name} cannot be shown here: it is not a PDF or a picture.</source>
        <translation>Ni ellir dangos {name} yma: nid yw&apos;n PDF nac yn llun.</translation>
    </message>
    <message>
        <source>Opening the report</source>
        <translation>Agor yr adroddiad</translation>
    </message>
    <message>
        <source>Removing the report</source>
        <translation>Tynnu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Annual review: {title}</source>
        <translation>Adolygiad blynyddol: {title}</translation>
    </message>
    <message>
        <source>Making the annual review pack</source>
        <translation>Wrthi&apos;n paratoi pecyn yr adolygiad blynyddol</translation>
    </message>
    <message>
        <source>Mornings are calmer with the visual timetable. She still finds the dinner hall loud.</source>
        <translation>Mae&apos;r boreau&apos;n dawelach gyda&apos;r amserlen weledol. Mae hi&apos;n dal i weld y neuadd ginio&apos;n swnllyd.</translation>
    </message>
    <message>
        <source>I like the quiet corner. Lunch is too noisy.</source>
        <translation>Rwy&apos;n hoffi&apos;r gornel dawel. Mae amser cinio&apos;n rhy swnllyd.</translation>
    </message>
    <message>
        <source>in the family app</source>
        <translation>yn ap y teulu</translation>
    </message>
    <message>
        <source>on paper, typed in</source>
        <translation>ar bapur, wedi&apos;i deipio</translation>
    </message>
    <message>
        <source>on a scanned form</source>
        <translation>ar ffurflen wedi&apos;i sganio</translation>
    </message>
    <message>
        <source>{count} handwritten answer(s) kept as pictures</source>
        <translation>{count} ateb mewn llawysgrifen wedi&apos;u cadw fel lluniau</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Gwiriwch beth fydd yn digwydd</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. An import adds and changes; it never deletes.</source>
        <translation>Does dim wedi&apos;i gadw eto. Mae mewnforio yn ychwanegu ac yn newid; nid yw byth yn dileu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Class for pupils the file puts in none</source>
        <translation>Dosbarth ar gyfer disgyblion nad yw&apos;r ffeil yn eu rhoi mewn dosbarth</translation>
    </message>
    <message>
        <source>Pupils the file puts in no &amp;class go to</source>
        <translation>Mae disgyblion heb &amp;ddosbarth yn y ffeil yn mynd i</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Beth fydd y mewnforio yn ei wneud</translation>
    </message>
    <message>
        <source>Pupil, family member or row</source>
        <translation>Disgybl, aelod o&apos;r teulu neu res</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Preview columns</source>
        <translation>Colofnau&apos;r rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Ma&amp;nylion</translation>
    </message>
    <message>
        <source>The chosen line in full</source>
        <translation>Y llinell a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <source>Why the files cannot be imported</source>
        <translation>Pam na ellir mewnforio&apos;r ffeiliau</translation>
    </message>
    <message>
        <source>Read them da&amp;y first (UK)</source>
        <translation>Eu darllen di&amp;wrnod yn gyntaf (DU)</translation>
    </message>
    <message>
        <source>Read the dates day first</source>
        <translation>Darllen y dyddiadau diwrnod yn gyntaf</translation>
    </message>
    <message>
        <source>Read them mo&amp;nth first (US)</source>
        <translation>Eu darllen m&amp;is yn gyntaf (UDA)</translation>
    </message>
    <message>
        <source>Read the dates month first</source>
        <translation>Darllen y dyddiadau mis yn gyntaf</translation>
    </message>
    <message>
        <source>Reading the files and comparing them with the school…</source>
        <translation>Wrthi&apos;n darllen y ffeiliau a&apos;u cymharu â&apos;r ysgol…</translation>
    </message>
    <message>
        <source>Preparing the import preview</source>
        <translation>Wrthi&apos;n paratoi rhagolwg y mewnforio</translation>
    </message>
    <message>
        <source>Nothing can be imported from these files yet.</source>
        <translation>Does dim modd mewnforio dim o&apos;r ffeiliau hyn eto.</translation>
    </message>
    <message>
        <source>Every date of birth in these files reads both ways (03/04/2018 could be 3 April or 4 March). Say which the files use.</source>
        <translation>Mae pob dyddiad geni yn y ffeiliau hyn yn darllen y ddwy ffordd (gallai 03/04/2018 fod yn 3 Ebrill neu&apos;n 4 Mawrth). Dywedwch pa drefn mae&apos;r ffeiliau&apos;n ei defnyddio.</translation>
    </message>
    <message>
        <source>{problem}

Go Back to choose other files or columns, or correct the file and choose it again.</source>
        <translation>{problem}

Ewch yn Ôl i ddewis ffeiliau neu golofnau eraill, neu cywirwch y ffeil a&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>Nothing to import: the school already holds everything in these files.</source>
        <translation>Dim i&apos;w fewnforio: mae gan yr ysgol bopeth sydd yn y ffeiliau hyn eisoes.</translation>
    </message>
    <message>
        <source>By year group (a class for each year, made if needed)</source>
        <translation>Yn ôl grŵp blwyddyn (dosbarth ar gyfer pob blwyddyn, wedi&apos;i greu os oes angen)</translation>
    </message>
    <message>
        <source>Read: {description}.</source>
        <translation>Darllenwyd: {description}.</translation>
    </message>
    <message>
        <source>Pupils: {added} to add, {changed} to change, {unchanged} unchanged; {left} in the school but not in the files are left alone.</source>
        <translation>Disgyblion: {added} i&apos;w hychwanegu, {changed} i&apos;w newid, {unchanged} heb newid; mae {left} yn yr ysgol ond nid yn y ffeiliau, a chânt eu gadael fel y maent.</translation>
    </message>
    <message>
        <source>Family members: {added} to add, {changed} to change.</source>
        <translation>Aelodau o&apos;r teulu: {added} i&apos;w hychwanegu, {changed} i&apos;w newid.</translation>
    </message>
    <message>
        <source>Classes to create: {names}.</source>
        <translation>Dosbarthiadau i&apos;w creu: {names}.</translation>
    </message>
    <message>
        <source>Pupils rejected for want of a class: choose their class below, and they will be added.</source>
        <translation>Disgyblion a wrthodwyd am nad oes ganddynt ddosbarth: dewiswch eu dosbarth isod, a byddant yn cael eu hychwanegu.</translation>
    </message>
    <message>
        <source>{count} row(s) will not be imported: see Rejected below for the line and why.</source>
        <translation>Ni fydd {count} rhes yn cael eu mewnforio: gweler ‘Wedi&apos;u gwrthod’ isod am y llinell a&apos;r rheswm.</translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, {delimiter}, dates {order}</source>
        <translation>{name}: CSV, {encoding}, {delimiter}, dyddiadau {order}</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>diwrnod yn gyntaf</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mis yn gyntaf</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… a {n} arall</translation>
    </message>
    <message>
        <source>Rejected, not imported ({count})</source>
        <translation>Wedi&apos;u gwrthod, heb eu mewnforio ({count})</translation>
    </message>
    <message>
        <source>Pupils to add ({count})</source>
        <translation>Disgyblion i&apos;w hychwanegu ({count})</translation>
    </message>
    <message>
        <source>{where}, into {class_name}</source>
        <translation>{where}, i {class_name}</translation>
    </message>
    <message>
        <source>Pupils to change ({count})</source>
        <translation>Disgyblion i&apos;w newid ({count})</translation>
    </message>
    <message>
        <source>Pupils unchanged ({count})</source>
        <translation>Disgyblion heb newid ({count})</translation>
    </message>
    <message>
        <source>Classes to create ({count})</source>
        <translation>Dosbarthiadau i&apos;w creu ({count})</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>blwyddyn {year}</translation>
    </message>
    <message>
        <source>Family members to add or change ({count})</source>
        <translation>Aelodau o&apos;r teulu i&apos;w hychwanegu neu eu newid ({count})</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Nodiadau ({count})</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <source>Pages to print</source>
        <translation>Tudalennau i&apos;w hargraffu</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n dudalen</numerusform>
            <numerusform>%n dudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the PDF was saved</source>
        <translation>Ble cafodd y PDF ei gadw</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message>
        <source>Print packs</source>
        <translation>Argraffu pecynnau</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: the disk holding {folder} is full. Free some space or choose another folder, then save again.</source>
        <translation>Heb ei gadw: mae&apos;r ddisg sy&apos;n dal {folder} yn llawn. Rhyddhewch ychydig o le neu dewiswch ffolder arall, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Choose another folder or name.</source>
        <translation>Heb ei gadw: {reason}. Dewiswch ffolder neu enw arall.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Wedi&apos;i gadw fel {path}</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>The app</source>
        <translation>Yr ap</translation>
    </message>
    <message>
        <source>In person at the gate</source>
        <translation>Wyneb yn wyneb wrth y giât</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel iddyn nhw</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation>Dros y ffôn</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Yn yr ap</translation>
    </message>
    <message>
        <source>Main language at home</source>
        <translation>Prif iaith y cartref</translation>
    </message>
    <message>
        <source>No other language</source>
        <translation>Dim iaith arall</translation>
    </message>
    <message>
        <source>Another language at home</source>
        <translation>Iaith arall gartref</translation>
    </message>
    <message>
        <source>Preferred way to contact</source>
        <translation>Hoff ffordd o gysylltu</translation>
    </message>
    <message>
        <source>Best time to contact</source>
        <translation>Yr amser gorau i gysylltu</translation>
    </message>
    <message>
        <source>e.g. after 6pm, not on Fridays</source>
        <translation>e.e. ar ôl 6pm, nid ar ddydd Gwener</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <source>How the family prefers to read</source>
        <translation>Sut mae&apos;n well gan y teulu ddarllen</translation>
    </message>
    <message>
        <source>&amp;Languages at home</source>
        <translation>&amp;Ieithoedd gartref</translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation>Cysylltu &amp;trwy</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Amser gorau</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>Cyfi&amp;eithydd</translation>
    </message>
    <message>
        <source>Prefers to r&amp;ead</source>
        <translation>Hoff ffordd o &amp;ddarllen</translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation> (capsiwn)</translation>
    </message>
    <message>
        <source>What matters to the child (ticked: sensitive)</source>
        <translation>Beth sy&apos;n bwysig i&apos;r plentyn (wedi&apos;i dicio: sensitif)</translation>
    </message>
    <message>
        <source>What matters to the child (tick an item to mark it sensitive)</source>
        <translation>Beth sy&apos;n bwysig i&apos;r plentyn (ticiwch eitem i&apos;w marcio&apos;n sensitif)</translation>
    </message>
    <message>
        <source>What matters to the child (caption)</source>
        <translation>Beth sy&apos;n bwysig i&apos;r plentyn (capsiwn)</translation>
    </message>
    <message>
        <source>Something that matters to the child</source>
        <translation>Rhywbeth sy&apos;n bwysig i&apos;r plentyn</translation>
    </message>
    <message>
        <source>Traditions, pets, a bereavement, an illness…; Enter adds it</source>
        <translation>Traddodiadau, anifeiliaid anwes, profedigaeth, salwch…; mae Enter yn ei ychwanegu</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Tynnu eitem</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Cadw&apos;r &amp;proffil</translation>
    </message>
    <message>
        <source>Save the family profile</source>
        <translation>Cadw proffil y teulu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Loading the family profile</source>
        <translation>Wrthi&apos;n llwytho proffil y teulu</translation>
    </message>
    <message>
        <source>A sensitive note (for the class teacher, SENCO and admin)</source>
        <translation>Nodyn sensitif (i&apos;r athro dosbarth, y CydADY a&apos;r gweinyddwr)</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s family profile.</source>
        <translation>Wedi cadw proffil teulu {name}.</translation>
    </message>
    <message>
        <source>Saving the family profile</source>
        <translation>Wrthi&apos;n cadw proffil y teulu</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Choose a pupil to see their progress</source>
        <translation>Dewiswch ddisgybl i weld cynnydd y disgybl</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Marks in words</source>
        <translation>Marciau mewn geiriau</translation>
    </message>
    <message>
        <source>Marks and feedback</source>
        <translation>Marciau ac adborth</translation>
    </message>
    <message>
        <source>What they are learning</source>
        <translation>Beth maen nhw&apos;n ei ddysgu</translation>
    </message>
    <message>
        <source>Marks and topics</source>
        <translation>Marciau a phynciau</translation>
    </message>
    <message>
        <source>&amp;Marks and feedback</source>
        <translation>&amp;Marciau ac adborth</translation>
    </message>
    <message>
        <source>What they are &amp;learning</source>
        <translation>Beth maen nhw&apos;n ei dd&amp;ysgu</translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation>Wrthi&apos;n agor y dosbarthiadau</translation>
    </message>
    <message>
        <source>Opening the class</source>
        <translation>Wrthi&apos;n agor y dosbarth</translation>
    </message>
    <message>
        <source>Opening the pupil&apos;s progress</source>
        <translation>Wrthi&apos;n agor cynnydd y disgybl</translation>
    </message>
    <message>
        <source>Not on the chart (marks in words): {marks}</source>
        <translation>Ddim ar y siart (marciau mewn geiriau): {marks}</translation>
    </message>
    <message>
        <source>No marks or feedback in this pupil&apos;s folders yet.</source>
        <translation>Dim marciau nac adborth yn ffolderi&apos;r disgybl hwn eto.</translation>
    </message>
</context>
<context>
    <name>PupilField</name>
    <message>
        <source>No pupil on roll is called “{text}”; type part of a name or a UPN.</source>
        <translation>Does dim disgybl ar y gofrestr o&apos;r enw “{text}”; teipiwch ran o enw neu UPN.</translation>
    </message>
    <message>
        <source>{count} pupils match “{text}”; type more of the name, or choose one from the list.</source>
        <translation>Mae {count} disgybl yn cyfateb i “{text}”; teipiwch ragor o&apos;r enw, neu dewiswch un o&apos;r rhestr.</translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>SEN</source>
        <translation>ADY</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Iaith gyntaf</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation>Cymorth ADY</translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Has special educational needs support</source>
        <translation>Yn cael cymorth anghenion dysgu ychwanegol</translation>
    </message>
    <message>
        <source>Has an education, health and care plan</source>
        <translation>Gyda Chynllun Datblygu Unigol (CDU)</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Caniateir</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Ni chaniateir</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Anghenion dysgu ychwanegol</translation>
    </message>
    <message>
        <source>Legal name: {name}</source>
        <translation>Enw cyfreithiol: {name}</translation>
    </message>
</context>
<context>
    <name>PupilTimelineView</name>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Beth ddysgon ni</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Llwyddiannau</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Mood, food, care and first aid</source>
        <translation>Hwyliau, bwyd, gofal a chymorth cyntaf</translation>
    </message>
    <message>
        <source>Replies from home</source>
        <translation>Atebion o&apos;r cartref</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Link book</source>
        <translation>Llyfr cyswllt</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;o</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hyd at</translation>
    </message>
    <message>
        <source>Noting who opened the link book</source>
        <translation>Wrthi&apos;n nodi pwy agorodd y llyfr cyswllt</translation>
    </message>
    <message>
        <source>Opening the link book</source>
        <translation>Wrthi&apos;n agor y llyfr cyswllt</translation>
    </message>
    <message>
        <source>Opening the reply</source>
        <translation>Wrthi&apos;n agor yr ateb</translation>
    </message>
    <message>
        <source>Saving the reply</source>
        <translation>Wrthi&apos;n cadw&apos;r ateb</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Gofal personol</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Cymorth cyntaf</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>from home</source>
        <translation>o&apos;r cartref</translation>
    </message>
    <message>
        <source>from home, on paper (typed in by {name})</source>
        <translation>o&apos;r cartref, ar bapur (wedi&apos;i deipio gan {name})</translation>
    </message>
    <message>
        <source>from school</source>
        <translation>o&apos;r ysgol</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>ar bapur</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>yn yr ap</translation>
    </message>
    <message>
        <source>Read by {name} {how}, {when}</source>
        <translation>Wedi&apos;i ddarllen gan {name} {how}, {when}</translation>
    </message>
    <message>
        <source>Show earlier entries…</source>
        <translation>Dangos cofnodion cynharach…</translation>
    </message>
    <message>
        <source>Nothing here yet for these dates and sections.</source>
        <translation>Dim byd yma eto ar gyfer y dyddiadau a&apos;r adrannau hyn.</translation>
    </message>
    <message>
        <source>Add a reply from home…</source>
        <translation>Ychwanegu ateb o&apos;r cartref…</translation>
    </message>
    <message>
        <source>Written on the returned page:</source>
        <translation>Wedi&apos;i ysgrifennu ar y dudalen a ddychwelwyd:</translation>
    </message>
    <message>
        <source>Class note</source>
        <translation>Nodyn dosbarth</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Something went wrong ({kind}). Nothing half-done was saved; please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}). Ni chadwyd dim byd hanner-gorffenedig; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Gwaredu</translation>
    </message>
</context>
<context>
    <name>ReachView</name>
    <message>
        <source>in the app</source>
        <translation>yn yr ap</translation>
    </message>
    <message>
        <source>paper page back</source>
        <translation>tudalen bapur yn ôl</translation>
    </message>
    <message>
        <source>call, visit or message</source>
        <translation>galwad, ymweliad neu neges</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <source>Nothing has come back from this family yet</source>
        <translation>Does dim byd wedi dod yn ôl gan y teulu hwn eto</translation>
    </message>
    <message>
        <source>No device, and no paper back in four weeks</source>
        <translation>Dim dyfais, a dim papur yn ôl ers pedair wythnos</translation>
    </message>
    <message>
        <source>Joined the app, unopened for three weeks</source>
        <translation>Wedi ymuno â&apos;r ap, heb ei agor ers tair wythnos</translation>
    </message>
    <message>
        <source>Nothing back on any channel</source>
        <translation>Dim byd yn ôl drwy unrhyw sianel</translation>
    </message>
    <message>
        <source>Call in {language} with an interpreter</source>
        <translation>Ffonio yn {language} gyda chyfieithydd</translation>
    </message>
    <message>
        <source>Send a large-print pack</source>
        <translation>Anfon pecyn print bras</translation>
    </message>
    <message>
        <source>Arrange a home visit</source>
        <translation>Trefnu ymweliad cartref</translation>
    </message>
    <message>
        <source>Phone the family</source>
        <translation>Ffonio&apos;r teulu</translation>
    </message>
    <message>
        <source>Send the week home on paper</source>
        <translation>Anfon yr wythnos adref ar bapur</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Cysylltiad diwethaf</translation>
    </message>
    <message>
        <source>School days</source>
        <translation>Diwrnodau ysgol</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Families not reached</source>
        <translation>Teuluoedd heb eu cyrraedd</translation>
    </message>
    <message>
        <source>School days without contact</source>
        <translation>Diwrnodau ysgol heb gysylltiad</translation>
    </message>
    <message>
        <source>Not reached in &amp;school days:</source>
        <translation>Heb eu cyrraedd ers hyn o &amp;ddiwrnodau ysgol:</translation>
    </message>
    <message>
        <source>School days (caption)</source>
        <translation>Diwrnodau ysgol (capsiwn)</translation>
    </message>
    <message>
        <source>&amp;Whole school</source>
        <translation>Yr ysgol &amp;gyfan</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Yr ysgol gyfan</translation>
    </message>
    <message>
        <source>Every class&apos;s families (the head and the family liaison)</source>
        <translation>Teuluoedd pob dosbarth (y pennaeth a&apos;r swyddog cyswllt teuluoedd)</translation>
    </message>
    <message>
        <source>Families and their last contact</source>
        <translation>Teuluoedd a&apos;u cysylltiad diwethaf</translation>
    </message>
    <message>
        <source>Reach columns</source>
        <translation>Colofnau cyrraedd teuluoedd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Finding families not reached</source>
        <translation>Wrthi&apos;n chwilio am deuluoedd heb eu cyrraedd</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <source>{missing} of {total} families not reached in {days} school days</source>
        <translation>{missing} o&apos;r {total} teulu heb eu cyrraedd yn y {days} diwrnod ysgol diwethaf</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read &amp;aloud</source>
        <translation>Darllen yn &amp;uchel</translation>
    </message>
    <message>
        <source>Read the entry aloud</source>
        <translation>Darllen y cofnod yn uchel</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>&amp;Stopio darllen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stopio darllen yn uchel</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Linkbook has no voice that speaks {language}, so it cannot read this aloud. Read it on the screen, or ask the school for a paper copy.</source>
        <translation>Does gan Linkbook ddim llais sy&apos;n siarad {language}, felly all e ddim darllen hwn yn uchel. Darllenwch ef ar y sgrin, neu gofynnwch i&apos;r ysgol am gopi papur.</translation>
    </message>
    <message>
        <source>This entry has nothing written in it to read aloud.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu yn y cofnod hwn i&apos;w ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found, so the entry cannot be read aloud. Connect some or turn the sound on, then press Read aloud again.</source>
        <translation>Ni chafwyd hyd i seinydd na chlustffonau, felly does dim modd darllen y cofnod yn uchel. Cysylltwch rai neu trowch y sain ymlaen, yna pwyswch Darllen yn uchel eto.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice could not read the entry: {reason}</source>
        <translation>Nid oedd llais y cyfrifiadur yn gallu darllen y cofnod: {reason}</translation>
    </message>
    <message>
        <source>Getting the entry ready to read aloud</source>
        <translation>Wrthi&apos;n paratoi&apos;r cofnod i&apos;w ddarllen yn uchel</translation>
    </message>
    <message>
        <source>The sound could not be played on this computer&apos;s speaker or headphones.</source>
        <translation>Nid oedd modd chwarae&apos;r sain ar seinydd na chlustffonau&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The sound stopped: the speaker or headphones went away.</source>
        <translation>Stopiodd y sain: diflannodd y seinydd neu&apos;r clustffonau.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>{title} columns</source>
        <translation>Colofnau {title}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add to {title}</source>
        <translation>Ychwanegu at {title}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Remove from {title}</source>
        <translation>Dileu o {title}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>viewed</source>
        <translation>gwelwyd</translation>
    </message>
    <message>
        <source>created</source>
        <translation>crëwyd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiwyd</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dilëwyd</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>argraffwyd</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>allforiwyd</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>mewnforiwyd</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>llofnodwyd</translation>
    </message>
    <message>
        <source>Link book</source>
        <translation>Llyfr cyswllt</translation>
    </message>
    <message>
        <source>Work folders</source>
        <translation>Ffolderi gwaith</translation>
    </message>
    <message>
        <source>SEN records and support plans</source>
        <translation>Cofnodion ADY a chynlluniau cymorth</translation>
    </message>
    <message>
        <source>Home-school agreements</source>
        <translation>Cytundebau cartref-ysgol</translation>
    </message>
    <message>
        <source>Pupil record (everything about the child)</source>
        <translation>Cofnod y disgybl (popeth am y plentyn)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Cofrestr ceisiadau</translation>
    </message>
    <message>
        <source>Link-book entry</source>
        <translation>Cofnod llyfr cyswllt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Read receipt</source>
        <translation>Cadarnhad darllen</translation>
    </message>
    <message>
        <source>Agreement or plan</source>
        <translation>Cytundeb neu gynllun</translation>
    </message>
    <message>
        <source>SEN records and plans</source>
        <translation>Cofnodion a chynlluniau ADY</translation>
    </message>
    <message>
        <source>Work folder</source>
        <translation>Ffolder gwaith</translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translation>Llun neu sgan</translation>
    </message>
    <message>
        <source>Pupil record</source>
        <translation>Cofnod disgybl</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Cyswllt teulu</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Caniatâd lluniau</translation>
    </message>
    <message>
        <source>Subject-access export</source>
        <translation>Allforio ar gyfer cais am fynediad at ddata gan wrthrych</translation>
    </message>
    <message>
        <source>Request for records</source>
        <translation>Cais am gofnodion</translation>
    </message>
    <message>
        <source>Class news</source>
        <translation>Newyddion y dosbarth</translation>
    </message>
    <message>
        <source>the link-book entries due for deletion, with every reply and acknowledgement</source>
        <translation>y cofnodion llyfr cyswllt sy&apos;n ddyledus i&apos;w dileu, gyda phob ateb a chadarnhad darllen</translation>
    </message>
    <message>
        <source>the work folders due for deletion, with every piece of work, photo and comment</source>
        <translation>y ffolderi gwaith sy&apos;n ddyledus i&apos;w dileu, gyda phob darn o waith, llun a sylw</translation>
    </message>
    <message>
        <source>the support plans and one-page profiles, with every version and signature</source>
        <translation>y cynlluniau cymorth a&apos;r proffiliau un dudalen, gyda phob fersiwn a llofnod</translation>
    </message>
    <message>
        <source>the home-school agreements, with every version and signature</source>
        <translation>y cytundebau cartref-ysgol, gyda phob fersiwn a llofnod</translation>
    </message>
    <message>
        <source>everything held about them: link book with replies, agreements and plans with every version and signature, work folders, every photo that shows them, family contacts who are nobody else&apos;s, and their photo-consent history</source>
        <translation>popeth sydd gennym amdanynt: y llyfr cyswllt gyda&apos;r atebion, cytundebau a chynlluniau gyda phob fersiwn a llofnod, ffolderi gwaith, pob llun sy&apos;n eu dangos, cysylltiadau teulu nad ydynt yn gysylltiadau i neb arall, a hanes eu caniatâd lluniau</translation>
    </message>
    <message>
        <source>Subject access (one calendar month)</source>
        <translation>Cais am fynediad at ddata gan wrthrych (un mis calendr)</translation>
    </message>
    <message>
        <source>Educational record (15 school days)</source>
        <translation>Cofnod addysgol (15 diwrnod ysgol)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 flwyddyn</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} o flynyddoedd</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 diwrnod ar ôl</translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation>{count} diwrnod ar ôl</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>OVERDUE by 1 day</source>
        <translation>YN HWYR o 1 diwrnod</translation>
    </message>
    <message>
        <source>OVERDUE by {count} days</source>
        <translation>YN HWYR o {count} diwrnod</translation>
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Only the school&apos;s administrator may read the audit log: it shows what every member of staff looked at and did. Ask your administrator if you need to know who saw a child&apos;s record.</source>
        <translation>Dim ond gweinyddwr yr ysgol sy&apos;n cael darllen y log archwilio: mae&apos;n dangos beth edrychodd pob aelod o staff arno a beth wnaeth. Gofynnwch i&apos;ch gweinyddwr os oes angen i chi wybod pwy welodd gofnod plentyn.</translation>
    </message>
    <message>
        <source>Why the audit log is not shown</source>
        <translation>Pam nad yw&apos;r log archwilio&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Log &amp;archwilio</translation>
    </message>
    <message>
        <source>Requests for a child&apos;s records are handled by the school&apos;s administrator and the SENCO. If a parent asks you for their child&apos;s records, note the day they asked and pass the request on to them today: the time to answer starts when the school receives it.</source>
        <translation>Gweinyddwr yr ysgol a&apos;r CydADY sy&apos;n delio â cheisiadau am gofnodion plentyn. Os bydd rhiant yn gofyn i chi am gofnodion ei blentyn, nodwch y diwrnod y gofynnodd a throsglwyddwch y cais iddyn nhw heddiw: mae&apos;r amser i ateb yn dechrau pan fydd yr ysgol yn ei dderbyn.</translation>
    </message>
    <message>
        <source>Why the register of requests is not shown</source>
        <translation>Pam nad yw&apos;r gofrestr ceisiadau&apos;n cael ei dangos</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Ceisiadau</translation>
    </message>
    <message>
        <source>Reviewing records due for deletion, and erasing them, is the school administrator&apos;s job as the school&apos;s data protection lead; ask them.</source>
        <translation>Gwaith gweinyddwr yr ysgol, fel arweinydd diogelu data&apos;r ysgol, yw adolygu cofnodion sy&apos;n ddyledus i&apos;w dileu, a&apos;u dileu; gofynnwch iddyn nhw.</translation>
    </message>
    <message>
        <source>Why retention is not shown</source>
        <translation>Pam nad yw cadw cofnodion yn cael ei ddangos</translation>
    </message>
    <message>
        <source>Re&amp;tention and erasure</source>
        <translation>Cadw cofnodion a &amp;dileu</translation>
    </message>
    <message>
        <source>Reading the pupils</source>
        <translation>Wrthi&apos;n darllen y disgyblion</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Class note only</source>
        <translation>Nodyn dosbarth yn unig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>SEN</source>
        <translation>ADY</translation>
    </message>
    <message>
        <source>Replies waiting: {count}</source>
        <translation>Atebion yn aros: {count}</translation>
    </message>
    <message>
        <source>Read at home</source>
        <translation>Wedi&apos;i ddarllen gartref</translation>
    </message>
    <message>
        <source>replies waiting: {count}</source>
        <translation>atebion yn aros: {count}</translation>
    </message>
    <message>
        <source>read at home</source>
        <translation>wedi&apos;i ddarllen gartref</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply from home</source>
        <translation>Ateb o&apos;r cartref</translation>
    </message>
    <message>
        <source>For the entry of {day}</source>
        <translation>Ar gyfer cofnod {day}</translation>
    </message>
    <message>
        <source>Who replied</source>
        <translation>Pwy atebodd</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Gan</translation>
    </message>
    <message>
        <source>On &amp;paper (a returned slip)</source>
        <translation>Ar &amp;bapur (slip ateb wedi&apos;i ddychwelyd)</translation>
    </message>
    <message>
        <source>Told to me in &amp;person or by message</source>
        <translation>Wedi&apos;i ddweud wrthyf &amp;wyneb yn wyneb neu mewn neges</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>What the family wrote</source>
        <translation>Beth ysgrifennodd y teulu</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ateb</translation>
    </message>
    <message>
        <source>They ticked “I have read this”</source>
        <translation>Maen nhw wedi ticio “Rwyf wedi darllen hwn”</translation>
    </message>
    <message>
        <source>Acknowledged as read</source>
        <translation>Wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <source>Say who replied.</source>
        <translation>Dywedwch pwy atebodd.</translation>
    </message>
    <message>
        <source>Type what they wrote, or tick that they read it.</source>
        <translation>Teipiwch beth ysgrifennon nhw, neu ticiwch eu bod wedi&apos;i ddarllen.</translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Pwy ofynnodd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Days left, or how it ended</source>
        <translation>Dyddiau ar ôl, neu sut y daeth i ben</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>E&amp;xport this pupil&apos;s records…</source>
        <translation>&amp;Allforio cofnodion y disgybl hwn…</translation>
    </message>
    <message>
        <source>Mark a&amp;nswered…</source>
        <translation>Nodi fel wedi&apos;i a&amp;teb…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Gwrthod…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Pupil the request is about</source>
        <translation>Y disgybl y mae&apos;r cais amdano</translation>
    </message>
    <message>
        <source>type part of a name or a UPN</source>
        <translation>teipiwch ran o enw neu UPN</translation>
    </message>
    <message>
        <source>their name, and how they are related to the child</source>
        <translation>eu henw, a&apos;u perthynas â&apos;r plentyn</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Math o gais</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Derbyniwyd ar</translation>
    </message>
    <message>
        <source>A&amp;dd the request</source>
        <translation>&amp;Ychwanegu&apos;r cais</translation>
    </message>
    <message>
        <source>A new request</source>
        <translation>Cais newydd</translation>
    </message>
    <message>
        <source>Pup&amp;il:</source>
        <translation>&amp;Disgybl:</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Pwy ofynnodd:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>R&amp;eceived:</source>
        <translation>Der&amp;byniwyd:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Requests for a child&apos;s records, the oldest due first:</source>
        <translation>C&amp;eisiadau am gofnodion plentyn, y dyddiad dyledus cynharaf yn gyntaf:</translation>
    </message>
    <message>
        <source>Reading the register of requests</source>
        <translation>Wrthi&apos;n darllen y gofrestr ceisiadau</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>atebwyd {day}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <source>Answer by {day}</source>
        <translation>Ateb erbyn {day}</translation>
    </message>
    <message>
        <source>(erased, or no longer on roll)</source>
        <translation>(wedi&apos;i ddileu, neu ddim ar y gofrestr mwyach)</translation>
    </message>
    <message>
        <source>Type the name of the pupil the request is about.</source>
        <translation>Teipiwch enw&apos;r disgybl y mae&apos;r cais amdano.</translation>
    </message>
    <message>
        <source>Entered the request about {pupil}; answer it by {day}.</source>
        <translation>Cofnodwyd y cais am {pupil}; atebwch ef erbyn {day}.</translation>
    </message>
    <message>
        <source>Entering a request</source>
        <translation>Wrthi&apos;n cofnodi cais</translation>
    </message>
    <message>
        <source>Wrote {file}: {entries} entries, {agreements} agreements and plans, {folders} folders, {files} files, {events} audit events. Hand it over, delete your copy, then mark the request answered.</source>
        <translation>Ysgrifennwyd {file}: {entries} cofnod, {agreements} cytundeb a chynllun, {folders} ffolder, {files} ffeil, {events} digwyddiad archwilio. Trosglwyddwch ef, dilëwch eich copi, yna nodwch fod y cais wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>Writing everything held about {pupil}…</source>
        <translation>Wrthi&apos;n ysgrifennu popeth sydd gennym am {pupil}…</translation>
    </message>
    <message>
        <source>Exporting a pupil&apos;s records</source>
        <translation>Wrthi&apos;n allforio cofnodion disgybl</translation>
    </message>
    <message>
        <source>Export this pupil&apos;s records</source>
        <translation>Allforio cofnodion y disgybl hwn</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau Zip (*.zip)</translation>
    </message>
    <message>
        <source>The request from {requester} is {state}.</source>
        <translation>Mae&apos;r cais gan {requester} {state}.</translation>
    </message>
    <message>
        <source>Closing a request</source>
        <translation>Wrthi&apos;n cau cais</translation>
    </message>
</context>
<context>
    <name>RetentionPane</name>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Faint</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Due for deletion since</source>
        <translation>Yn ddyledus i&apos;w dileu ers</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Yn cael eu cadw am</translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation>Cofnodion sy&apos;n ddyledus i&apos;w dileu</translation>
    </message>
    <message>
        <source>&amp;Erase the records due…</source>
        <translation>&amp;Dileu&apos;r cofnodion sy&apos;n ddyledus…</translation>
    </message>
    <message>
        <source>Pupil to erase</source>
        <translation>Disgybl i&apos;w ddileu</translation>
    </message>
    <message>
        <source>type part of a name or a UPN</source>
        <translation>teipiwch ran o enw neu UPN</translation>
    </message>
    <message>
        <source>Erase this &amp;pupil…</source>
        <translation>Dileu&apos;r disgybl &amp;hwn…</translation>
    </message>
    <message>
        <source>Erase a pupil who has left, or whose family asked for erasure, &amp;now:</source>
        <translation>Dileu disgybl sydd wedi gadael, neu y gofynnodd ei deulu am ei ddileu, &amp;nawr:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Records past their retention period (periods from the IRMS toolkit for schools, unless the school set its own). Nothing is erased until you say so:</source>
        <translation>Cofnodion sydd wedi pasio eu cyfnod cadw (cyfnodau o becyn cymorth IRMS i ysgolion, oni bai bod yr ysgol wedi gosod ei rhai ei hun). Does dim yn cael ei ddileu nes i chi ddweud:</translation>
    </message>
    <message>
        <source>Reviewing records due for deletion</source>
        <translation>Wrthi&apos;n adolygu cofnodion sy&apos;n ddyledus i&apos;w dileu</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <source>up to {last}</source>
        <translation>hyd at {last}</translation>
    </message>
    <message>
        <source>(the school&apos;s own records)</source>
        <translation>(cofnodion yr ysgol ei hun)</translation>
    </message>
    <message>
        <source>Nothing is due for deletion today.</source>
        <translation>Does dim yn ddyledus i&apos;w ddileu heddiw.</translation>
    </message>
    <message>
        <source>The audit log and the register of requests are not pruned yet.</source>
        <translation>Nid yw&apos;r log archwilio a&apos;r gofrestr ceisiadau yn cael eu tocio eto.</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Cyfnod cadw wedi dod i ben</translation>
    </message>
    <message>
        <source>Type the name of the pupil to erase.</source>
        <translation>Teipiwch enw&apos;r disgybl i&apos;w ddileu.</translation>
    </message>
    <message>
        <source>{pupil} is erased ({counts}). Make a new backup now.</source>
        <translation>Mae {pupil} wedi&apos;i ddileu ({counts}). Gwnewch gopi wrth gefn newydd nawr.</translation>
    </message>
    <message>
        <source>Erased {pupil}&apos;s records that were due ({counts}). Make a new backup now.</source>
        <translation>Dilëwyd cofnodion {pupil} a oedd yn ddyledus ({counts}). Gwnewch gopi wrth gefn newydd nawr.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wrthi&apos;n dileu…</translation>
    </message>
    <message>
        <source>Erasing records</source>
        <translation>Wrthi&apos;n dileu cofnodion</translation>
    </message>
</context>
<context>
    <name>ReviewMeetingForm</name>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Outside professional</source>
        <translation>Gweithiwr proffesiynol allanol</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} beit</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Day of the review meeting</source>
        <translation>Diwrnod y cyfarfod adolygu</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Came as</source>
        <translation>Daeth fel</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ychwanegu per&amp;son</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>Tynnu&apos;r person</translation>
    </message>
    <message>
        <source>Views received</source>
        <translation>Barn a dderbyniwyd</translation>
    </message>
    <message>
        <source>The family&apos;s views</source>
        <translation>Barn y teulu</translation>
    </message>
    <message>
        <source>The child&apos;s views</source>
        <translation>Barn y plentyn</translation>
    </message>
    <message>
        <source>Progress on each target</source>
        <translation>Cynnydd ar bob targed</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Evidence for the chosen target</source>
        <translation>Tystiolaeth ar gyfer y targed a ddewiswyd</translation>
    </message>
    <message>
        <source>E&amp;vidence for the chosen target (tick what shows it):</source>
        <translation>T&amp;ystiolaeth ar gyfer y targed a ddewiswyd (ticiwch beth sy&apos;n ei dangos):</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Reports brought</source>
        <translation>Adroddiadau a gyflwynwyd</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Yn fyr</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Ffeil wedi&apos;i hatodi</translation>
    </message>
    <message>
        <source>Add a re&amp;port</source>
        <translation>Ychwanegu &amp;adroddiad</translation>
    </message>
    <message>
        <source>A&amp;ttach a report…</source>
        <translation>A&amp;todi adroddiad…</translation>
    </message>
    <message>
        <source>Keep a copy of a report: a PDF, or a scan (PNG or JPEG)</source>
        <translation>Cadw copi o adroddiad: PDF, neu sgan (PNG neu JPEG)</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Agor y ffeil</translation>
    </message>
    <message>
        <source>Remove the report</source>
        <translation>Tynnu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Next targets, one a line</source>
        <translation>Y targedau nesaf, un ar bob llinell</translation>
    </message>
    <message>
        <source>Set the next review&apos;s &amp;date (otherwise one term on)</source>
        <translation>Gosod &amp;dyddiad yr adolygiad nesaf (fel arall, ymhen tymor)</translation>
    </message>
    <message>
        <source>Set the next review&apos;s date</source>
        <translation>Gosod dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>What changes in the next version</source>
        <translation>Beth sy&apos;n newid yn y fersiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Save the review and make the next version</source>
        <translation>Cadw&apos;r adolygiad a c&amp;hreu&apos;r fersiwn nesaf</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Cynhaliwyd ar:</translation>
    </message>
    <message>
        <source>Who &amp;came:</source>
        <translation>Pwy dda&amp;eth:</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Views &amp;received:</source>
        <translation>Barn a dde&amp;rbyniwyd:</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s views:</source>
        <translation>Barn y &amp;teulu:</translation>
    </message>
    <message>
        <source>The c&amp;hild&apos;s views:</source>
        <translation>Barn y p&amp;lentyn:</translation>
    </message>
    <message>
        <source>Decisions and the next version</source>
        <translation>Penderfyniadau a&apos;r fersiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Penderfyniadau:</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Adroddiadau:</translation>
    </message>
    <message>
        <source>&amp;Next targets:</source>
        <translation>Y targedau &amp;nesaf:</translation>
    </message>
    <message>
        <source>What c&amp;hanges:</source>
        <translation>Beth sy&apos;n ne&amp;wid:</translation>
    </message>
    <message>
        <source>None received yet.</source>
        <translation>Dim wedi dod i law eto.</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Progress on: {target}</source>
        <translation>Cynnydd ar: {target}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Returned pages to review</source>
        <translation>Tudalennau a ddychwelwyd i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Pages waiting for review</source>
        <translation>Tudalennau sy&apos;n aros i gael eu hadolygu</translation>
    </message>
    <message>
        <source>&amp;File to…</source>
        <translation>&amp;Ffeilio i…</translation>
    </message>
    <message>
        <source>Record what the page says as a paper reply; the page then leaves the queue</source>
        <translation>Cofnodi&apos;r hyn mae&apos;r dudalen yn ei ddweud fel ateb papur; yna bydd y dudalen yn gadael y ciw</translation>
    </message>
    <message>
        <source>&amp;Typed in by hand: mark filed</source>
        <translation>Wedi&apos;i &amp;deipio â llaw: marcio wedi&apos;i ffeilio</translation>
    </message>
    <message>
        <source>After recording what the page says with Paper &gt; Record a paper reply</source>
        <translation>Ar ôl cofnodi&apos;r hyn mae&apos;r dudalen yn ei ddweud gyda Papur &gt; Cofnodi ateb papur</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Gwaredu</translation>
    </message>
    <message>
        <source>No pages are waiting.</source>
        <translation>Does dim tudalennau&apos;n aros.</translation>
    </message>
    <message>
        <source>Waiting because: {reason}</source>
        <translation>Yn aros oherwydd: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewReminderBanner</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n ddiwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>yn ddyledus heddiw</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>yn ddyledus ymhen %n ddiwrnod</numerusform>
            <numerusform>yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>yn ddyledus ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Adolygiadau cynlluniau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Finding plan reviews due</source>
        <translation>Wrthi&apos;n chwilio am adolygiadau cynlluniau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>Plan reviews to hold with the family: {names}</source>
        <translation>Adolygiadau cynlluniau i&apos;w cynnal gyda&apos;r teulu: {names}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> a {count} arall</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n ddiwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n ddiwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Wythnosau ymlaen</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>Agreements and plans in force with a review or target due in the weeks ahead, and those &amp;overdue; a plan with no date is due one term after its last review. Press Enter to open one.</source>
        <translation>Cytundebau a chynlluniau mewn grym sydd ag adolygiad neu darged yn ddyledus yn yr wythnosau i ddod, a&apos;r rhai sy&apos;n &amp;hwyr; mae cynllun heb ddyddiad yn ddyledus dymor ar ôl ei adolygiad diwethaf. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation>&amp;Edrych ymlaen:</translation>
    </message>
    <message>
        <source>{day} (termly)</source>
        <translation>{day} (bob tymor)</translation>
    </message>
</context>
<context>
    <name>SchoolPrintDialog</name>
    <message>
        <source>Print packs for the whole school</source>
        <translation>Argraffu pecynnau ar gyfer yr ysgol gyfan</translation>
    </message>
    <message>
        <source>Week to print</source>
        <translation>Wythnos i&apos;w hargraffu</translation>
    </message>
    <message>
        <source>A week such as 2026-W47</source>
        <translation>Wythnos fel 2026-W47</translation>
    </message>
    <message>
        <source>Only families who asked for &amp;paper</source>
        <translation>Dim ond teuluoedd a ofynnodd am &amp;bapur</translation>
    </message>
    <message>
        <source>Only families who asked for paper</source>
        <translation>Dim ond teuluoedd a ofynnodd am bapur</translation>
    </message>
    <message>
        <source>&amp;All families</source>
        <translation>Pob &amp;teulu</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Pob teulu</translation>
    </message>
    <message>
        <source>The week&apos;s &amp;link-book pages</source>
        <translation>Tudalennau &amp;llyfr cyswllt yr wythnos</translation>
    </message>
    <message>
        <source>Link-book pages</source>
        <translation>Tudalennau llyfr cyswllt</translation>
    </message>
    <message>
        <source>Work &amp;folders</source>
        <translation>&amp;Ffolderi gwaith</translation>
    </message>
    <message>
        <source>Work folders</source>
        <translation>Ffolderi gwaith</translation>
    </message>
    <message>
        <source>Agreements waiting for the family&apos;s &amp;signature</source>
        <translation>Cytundebau sy&apos;n aros i&apos;r teulu eu ll&amp;ofnodi</translation>
    </message>
    <message>
        <source>Agreements to sign</source>
        <translation>Cytundebau i&apos;w llofnodi</translation>
    </message>
    <message>
        <source>Class &amp;news and dates</source>
        <translation>&amp;Newyddion a dyddiadau&apos;r dosbarth</translation>
    </message>
    <message>
        <source>Class news</source>
        <translation>Newyddion y dosbarth</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Beth sydd angen ei newid</translation>
    </message>
    <message>
        <source>&amp;Prepare the packs</source>
        <translation>&amp;Paratoi&apos;r pecynnau</translation>
    </message>
    <message>
        <source>Prepare the packs</source>
        <translation>Paratoi&apos;r pecynnau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Wythnos:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Ar gyfer:</translation>
    </message>
    <message>
        <source>In each pack:</source>
        <translation>Ym mhob pecyn:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Give a week, such as 2026-W47.</source>
        <translation>Rhowch wythnos, fel 2026-W47.</translation>
    </message>
    <message>
        <source>Choose what goes in the packs: the link-book pages, the work folders, or both.</source>
        <translation>Dewiswch beth sy&apos;n mynd yn y pecynnau: tudalennau&apos;r llyfr cyswllt, y ffolderi gwaith, neu&apos;r ddau.</translation>
    </message>
    <message>
        <source>Reading the school calendar</source>
        <translation>Wrthi&apos;n darllen calendr yr ysgol</translation>
    </message>
</context>
<context>
    <name>SchoolPrintJob</name>
    <message>
        <source>Cancel printing</source>
        <translation>Canslo argraffu</translation>
    </message>
    <message>
        <source>Cancel printing the whole school</source>
        <translation>Canslo argraffu ar gyfer yr ysgol gyfan</translation>
    </message>
    <message>
        <source>Printing the whole school</source>
        <translation>Wrthi&apos;n argraffu ar gyfer yr ysgol gyfan</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <source>Printing stopped: nothing was previewed, printed or saved.</source>
        <translation>Stopiwyd argraffu: ni chafodd dim ei ragweld, ei argraffu na&apos;i gadw.</translation>
    </message>
    <message>
        <source>{packs} packs for {classes} classes, {pages} pages</source>
        <translation>{packs} pecyn ar gyfer {classes} dosbarth, {pages} tudalen</translation>
    </message>
    <message>
        <source>, {folders} work folders</source>
        <translation>, {folders} ffolder gwaith</translation>
    </message>
    <message>
        <source>. No child has a work folder for week {week}: make them on the Work folders tab.</source>
        <translation>. Does dim ffolder gwaith gan unrhyw blentyn ar gyfer wythnos {week}: crëwch nhw ar y tab Ffolderi gwaith.</translation>
    </message>
    <message>
        <source>the whole school, week {week}</source>
        <translation>yr ysgol gyfan, wythnos {week}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the school: names, words from entries, replies, agreements…</source>
        <translation>Chwilio&apos;r ysgol: enwau, geiriau o gofnodion, atebion, cytundebau…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Statws chwilio</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Search results pane</source>
        <translation>Ardal canlyniadau chwilio</translation>
    </message>
    <message>
        <source>{count} found: people first, then records newest first</source>
        <translation>{count} wedi&apos;u canfod: pobl yn gyntaf, yna cofnodion, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>{count} found, newest first</source>
        <translation>{count} wedi&apos;u canfod, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing found for “{words}”.</source>
        <translation>Dim byd wedi&apos;i ganfod ar gyfer “{words}”.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Wrthi&apos;n chwilio</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>{name} · family member of {pupil}</source>
        <translation>{name} · aelod o deulu {pupil}</translation>
    </message>
    <message>
        <source>{name} · pupil</source>
        <translation>{name} · disgybl</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Personal care</source>
        <translation>Gofal personol</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Gofal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Cymorth cyntaf</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Moddion</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <source>{session}: {mood}</source>
        <translation>{session}: {mood}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>{session} mood note</source>
        <translation>Nodyn hwyliau {session}</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{meal}: how much</source>
        <translation>{meal}: faint</translation>
    </message>
    <message>
        <source>{meal} note</source>
        <translation>Nodyn {meal}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Lock when unused for</source>
        <translation>&amp;Cloi os na chaiff ei ddefnyddio am</translation>
    </message>
    <message>
        <source>Lock when unused for (caption)</source>
        <translation>Cloi os na chaiff ei ddefnyddio am (capsiwn)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>Interface language (caption)</source>
        <translation>Iaith y rhyngwyneb (capsiwn)</translation>
    </message>
    <message>
        <source>Interface text size</source>
        <translation>Maint testun y rhyngwyneb</translation>
    </message>
    <message>
        <source>As the system sets it</source>
        <translation>Fel mae&apos;r system yn ei osod</translation>
    </message>
    <message>
        <source>Larger (125%)</source>
        <translation>Mwy (125%)</translation>
    </message>
    <message>
        <source>Much larger (150%)</source>
        <translation>Llawer mwy (150%)</translation>
    </message>
    <message>
        <source>Largest (175%)</source>
        <translation>Mwyaf (175%)</translation>
    </message>
    <message>
        <source>Interface &amp;text</source>
        <translation>&amp;Testun y rhyngwyneb</translation>
    </message>
    <message>
        <source>Interface text (caption)</source>
        <translation>Testun y rhyngwyneb (capsiwn)</translation>
    </message>
    <message>
        <source>The language and the text size change the next time Linkbook starts.</source>
        <translation>Bydd yr iaith a maint y testun yn newid y tro nesaf y bydd Linkbook yn dechrau.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>These settings belong to this computer&apos;s account, not to the school: each person chooses their own.</source>
        <translation>Mae&apos;r gosodiadau hyn yn perthyn i gyfrif y cyfrifiadur hwn, nid i&apos;r ysgol: mae pob person yn dewis ei rai ei hun.</translation>
    </message>
    <message>
        <source>About these settings</source>
        <translation>Am y gosodiadau hyn</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Cadw neu ganslo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
</context>
<context>
    <name>SignaturesPane</name>
    <message>
        <source>Signatures on</source>
        <translation>Llofnodion ar</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Llofnodwr</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Yn llofnodi ar ran</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>&amp;Record a paper signature…</source>
        <translation>&amp;Cofnodi llofnod ar bapur…</translation>
    </message>
    <message>
        <source>Signatures on version {number} ({status}):</source>
        <translation>Llofnodion ar fersiwn {number} ({status}):</translation>
    </message>
</context>
<context>
    <name>StaffNoteDialog</name>
    <message>
        <source>Staff-only note: {name}</source>
        <translation>Nodyn i staff yn unig: {name}</translation>
    </message>
    <message>
        <source>Staff-only note</source>
        <translation>Nodyn i staff yn unig</translation>
    </message>
    <message>
        <source>For colleagues only: this note is never printed on the family&apos;s pages and never sent to their device. A subject-access export lists it for review. A safeguarding concern goes to the Designated Safeguarding Lead, not here.</source>
        <translation>I gydweithwyr yn unig: nid yw&apos;r nodyn hwn byth yn cael ei argraffu ar dudalennau&apos;r teulu nac yn cael ei anfon i&apos;w dyfais. Mae allforio ar gyfer cais am fynediad at ddata gan wrthrych yn ei restru i&apos;w adolygu. Mae pryder diogelu&apos;n mynd at y Person Diogelu Dynodedig, nid yma.</translation>
    </message>
    <message>
        <source>About staff-only notes</source>
        <translation>Am nodiadau i staff yn unig</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Cadw neu ganslo</translation>
    </message>
</context>
<context>
    <name>StrengthenPassphraseDialog</name>
    <message>
        <source>Choose a stronger passphrase</source>
        <translation>Dewiswch gyfrinymadrodd cryfach</translation>
    </message>
    <message>
        <source>This school&apos;s passphrase is easy to guess: {why} Anyone with a copy of the school&apos;s files could try it. Choose a stronger one now; the records stay as they are.</source>
        <translation>Mae cyfrinymadrodd yr ysgol hon yn hawdd ei ddyfalu: {why} Gallai unrhyw un sydd â chopi o ffeiliau&apos;r ysgol roi cynnig arno. Dewiswch un cryfach nawr; bydd y cofnodion yn aros fel y maen nhw.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Et&amp;o</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Nes y&amp;mlaen</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one in both boxes.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un un yn y ddau flwch.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>C&amp;ysoni nawr</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Send what you wrote to school and fetch what is new</source>
        <translation>Anfon yr hyn a ysgrifennoch i&apos;r ysgol a nôl yr hyn sy&apos;n newydd</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>Syncing with school</source>
        <translation>Wrthi&apos;n cysoni â&apos;r ysgol</translation>
    </message>
    <message>
        <source>Reading the sync status</source>
        <translation>Wrthi&apos;n darllen y statws cysoni</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Heb gysoni eto.</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Cysonwyd ddiwethaf {when}.</translation>
    </message>
    <message>
        <source>The school has removed this device from its link book, so it no longer sends or receives. Everything already here stays and can still be read. To connect again, ask the school for a new invitation.</source>
        <translation>Mae&apos;r ysgol wedi tynnu&apos;r ddyfais hon o&apos;i llyfr cyswllt, felly nid yw&apos;n anfon nac yn derbyn mwyach. Mae popeth sydd yma eisoes yn aros a gellir ei ddarllen o hyd. I gysylltu eto, gofynnwch i&apos;r ysgol am wahoddiad newydd.</translation>
    </message>
    <message>
        <source>Could not reach the school last time; nothing you wrote is lost.</source>
        <translation>Methu cyrraedd yr ysgol y tro diwethaf; does dim byd a ysgrifennoch wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>{count} changes wait to be sent.</source>
        <translation>Mae {count} newid yn aros i gael eu hanfon.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync and devices</source>
        <translation>Cysoni a dyfeisiau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close sync and devices</source>
        <translation>Cau cysoni a dyfeisiau</translation>
    </message>
    <message>
        <source>&amp;Join a school</source>
        <translation>&amp;Ymuno ag ysgol</translation>
    </message>
    <message>
        <source>Set up the school&apos;s sync</source>
        <translation>Gosod cysoni&apos;r ysgol</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Y &amp;cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Gwahodd</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dyfeisiau</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Ni weithiodd hynny ({kind}); ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>(caption)</source>
        <translation>(capsiwn)</translation>
    </message>
    <message>
        <source>The shared folder or USB stick to sync through</source>
        <translation>Y ffolder a rennir neu&apos;r cof bach USB i gysoni drwyddo</translation>
    </message>
    <message>
        <source>S&amp;ync and devices…</source>
        <translation>C&amp;ysoni a dyfeisiau…</translation>
    </message>
    <message>
        <source>Where this computer syncs, invitations and devices</source>
        <translation>Ble mae&apos;r cyfrifiadur hwn yn cysoni, gwahoddiadau a dyfeisiau</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Anfon a derbyn newidiadau nawr</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced just now</source>
        <translation>Newydd gysoni</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Cysonwyd %n munud yn ôl</numerusform>
            <numerusform>Cysonwyd %n munud yn ôl</numerusform>
            <numerusform>Cysonwyd %n funud yn ôl</numerusform>
            <numerusform>Cysonwyd %n munud yn ôl</numerusform>
            <numerusform>Cysonwyd %n munud yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Cysonwyd am {time}</translation>
    </message>
    <message>
        <source>Synced on {date}</source>
        <translation>Cysonwyd ar {date}</translation>
    </message>
    <message>
        <source>Sync: checking…</source>
        <translation>Cysoni: wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>Not syncing: {message}</source>
        <translation>Ddim yn cysoni: {message}</translation>
    </message>
    <message>
        <source>Not syncing: set up sync</source>
        <translation>Ddim yn cysoni: gosodwch gysoni</translation>
    </message>
    <message>
        <source>Removed from the school&apos;s sync</source>
        <translation>Wedi&apos;i dynnu o gysoni&apos;r ysgol</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Waiting for the school office to approve this device</source>
        <translation>Yn aros i swyddfa&apos;r ysgol gymeradwyo&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>Problem cysoni: {message}</translation>
    </message>
    <message>
        <source>Offline: will try again at {time}</source>
        <translation>All-lein: bydd yn rhoi cynnig arall arni am {time}</translation>
    </message>
    <message numerus="yes">
        <source> (%n change(s) waiting)</source>
        <translation>
            <numerusform> (%n newid yn aros)</numerusform>
            <numerusform> (%n newid yn aros)</numerusform>
            <numerusform> (%n newid yn aros)</numerusform>
            <numerusform> (%n newid yn aros)</numerusform>
            <numerusform> (%n newid yn aros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>The school&apos;s records wait to be sent</source>
        <translation>Mae cofnodion yr ysgol yn aros i gael eu hanfon</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed batch(es) of changes waiting to be sent</source>
        <translation>
            <numerusform>%n swp o newidiadau wedi&apos;u selio yn aros i gael eu hanfon</numerusform>
            <numerusform>%n swp o newidiadau wedi&apos;u selio yn aros i gael eu hanfon</numerusform>
            <numerusform>%n swp o newidiadau wedi&apos;u selio yn aros i gael eu hanfon</numerusform>
            <numerusform>%n swp o newidiadau wedi&apos;u selio yn aros i gael eu hanfon</numerusform>
            <numerusform>%n swp o newidiadau wedi&apos;u selio yn aros i gael eu hanfon</numerusform>
        </translation>
    </message>
    <message>
        <source>The school office removed this computer from the school&apos;s sync, so it no longer sends or receives changes. Everything already on this computer stays here and can still be read. To sync again, ask the school office for a new invitation.</source>
        <translation>Mae swyddfa&apos;r ysgol wedi tynnu&apos;r cyfrifiadur hwn o gysoni&apos;r ysgol, felly nid yw&apos;n anfon nac yn derbyn newidiadau mwyach. Mae popeth sydd ar y cyfrifiadur hwn eisoes yn aros yma a gellir ei ddarllen o hyd. I gysoni eto, gofynnwch i swyddfa&apos;r ysgol am wahoddiad newydd.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to choose between</source>
        <translation>
            <numerusform>%n testun yn aros i chi ddewis fersiwn</numerusform>
            <numerusform>%n testun yn aros i chi ddewis fersiwn</numerusform>
            <numerusform>%n destun yn aros i chi ddewis fersiwn</numerusform>
            <numerusform>%n testun yn aros i chi ddewis fersiwn</numerusform>
            <numerusform>%n testun yn aros i chi ddewis fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not sync with the school yet. Click to set it up or join.</source>
        <translation>Nid yw&apos;r cyfrifiadur hwn yn cysoni â&apos;r ysgol eto. Cliciwch i&apos;w osod neu i ymuno.</translation>
    </message>
    <message>
        <source>Syncs with: {target}</source>
        <translation>Yn cysoni â: {target}</translation>
    </message>
    <message>
        <source>This device: {role} ({device})</source>
        <translation>Y ddyfais hon: {role} ({device})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Last synced: {when}</source>
        <translation>Cysonwyd ddiwethaf: {when}</translation>
    </message>
    <message>
        <source>Last tried: {when}</source>
        <translation>Ceisiwyd ddiwethaf: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n newid yn aros i gael eu hanfon</numerusform>
            <numerusform>%n newid yn aros i gael ei anfon</numerusform>
            <numerusform>%n newid yn aros i gael eu hanfon</numerusform>
            <numerusform>%n newid yn aros i gael eu hanfon</numerusform>
            <numerusform>%n newid yn aros i gael eu hanfon</numerusform>
        </translation>
    </message>
    <message>
        <source>The records this computer held before it synced are sent by its first sync.</source>
        <translation>Mae&apos;r cofnodion oedd ar y cyfrifiadur hwn cyn iddo gysoni yn cael eu hanfon gan ei gysoni cyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices: click to choose which to keep</source>
        <translation>
            <numerusform>%n testun wedi&apos;u newid ar ddwy ddyfais: cliciwch i ddewis pa fersiynau i&apos;w cadw</numerusform>
            <numerusform>%n testun wedi&apos;i newid ar ddwy ddyfais: cliciwch i ddewis pa fersiwn i&apos;w gadw</numerusform>
            <numerusform>%n destun wedi&apos;u newid ar ddwy ddyfais: cliciwch i ddewis pa fersiynau i&apos;w cadw</numerusform>
            <numerusform>%n testun wedi&apos;u newid ar ddwy ddyfais: cliciwch i ddewis pa fersiynau i&apos;w cadw</numerusform>
            <numerusform>%n testun wedi&apos;u newid ar ddwy ddyfais: cliciwch i ddewis pa fersiynau i&apos;w cadw</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: {error}</source>
        <translation>Problem ddiwethaf: {error}</translation>
    </message>
    <message>
        <source>Click for sync and devices; Ctrl+Shift+S syncs now.</source>
        <translation>Cliciwch am gysoni a dyfeisiau; mae Ctrl+Shift+S yn cysoni nawr.</translation>
    </message>
    <message>
        <source>the school&apos;s admin device</source>
        <translation>dyfais weinyddu&apos;r ysgol</translation>
    </message>
    <message>
        <source>a staff device</source>
        <translation>dyfais staff</translation>
    </message>
    <message>
        <source>a family device</source>
        <translation>dyfais teulu</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i gyrraedd</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Yn rhannol</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Chart of each target&apos;s progress at each review</source>
        <translation>Siart o gynnydd pob targed ym mhob adolygiad</translation>
    </message>
    <message>
        <source>No reviews yet: each target&apos;s progress appears here.</source>
        <translation>Dim adolygiadau eto: bydd cynnydd pob targed yn ymddangos yma.</translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <translation>{day}: {progress}</translation>
    </message>
    <message>
        <source>Target {number}, {target}: {steps}.</source>
        <translation>Targed {number}, {target}: {steps}.</translation>
    </message>
    <message>
        <source>No reviews yet. Each target&apos;s progress (met, partly, not yet) appears here.</source>
        <translation>Dim adolygiadau eto. Bydd cynnydd pob targed (wedi&apos;i gyrraedd, yn rhannol, ddim eto) yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Review {day}</source>
        <translation>Adolygiad {day}</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <source>Home learning: {title}</source>
        <translation>Dysgu gartref: {title}</translation>
    </message>
    <message>
        <source>More detail</source>
        <translation>Rhagor o fanylion</translation>
    </message>
    <message>
        <source>Written in English</source>
        <translation>Wedi&apos;i ysgrifennu yn Saesneg</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Guidance heading</source>
        <translation>Pennawd yr arweiniad</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Arweiniad</translation>
    </message>
    <message>
        <source>We did this: {title}</source>
        <translation>Fe wnaethon ni hyn: {title}</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>ar bapur</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>yn yr ap</translation>
    </message>
    <message>
        <source>Marked done by {name}, {when} ({how})</source>
        <translation>Wedi&apos;i nodi&apos;n gyflawn gan {name}, {when} ({how})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>{name} wrote:</source>
        <translation>Ysgrifennodd {name}:</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Eich sylw</translation>
    </message>
    <message>
        <source>Your comment on {title}</source>
        <translation>Eich sylw ar {title}</translation>
    </message>
    <message>
        <source>&amp;Send to school</source>
        <translation>&amp;Anfon i&apos;r ysgol</translation>
    </message>
    <message>
        <source>Send to school: {title}</source>
        <translation>Anfon i&apos;r ysgol: {title}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tick “we did this”, or write a comment, first.</source>
        <translation>Ticiwch “Fe wnaethon ni hyn”, neu ysgrifennwch sylw, yn gyntaf.</translation>
    </message>
    <message>
        <source>Sending to school</source>
        <translation>Wrthi&apos;n anfon i&apos;r ysgol</translation>
    </message>
</context>
<context>
    <name>TeacherDayView</name>
    <message>
        <source>C&amp;lass</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Class caption</source>
        <translation>Capsiwn dosbarth</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Di&amp;wrnod</translation>
    </message>
    <message>
        <source>Day caption</source>
        <translation>Capsiwn diwrnod</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>Entries written</source>
        <translation>Cofnodion wedi&apos;u hysgrifennu</translation>
    </message>
    <message>
        <source>Class &amp;note…</source>
        <translation>&amp;Nodyn dosbarth…</translation>
    </message>
    <message>
        <source>Class note</source>
        <translation>Nodyn dosbarth</translation>
    </message>
    <message>
        <source>Write one note and put it on every chosen child&apos;s entry</source>
        <translation>Ysgrifennu un nodyn a&apos;i roi ar gofnod pob plentyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Loading the safeguarding words</source>
        <translation>Wrthi&apos;n llwytho&apos;r geiriau diogelu</translation>
    </message>
    <message>
        <source>Staff-only note…</source>
        <translation>Nodyn i staff yn unig…</translation>
    </message>
    <message>
        <source>Staff-only note</source>
        <translation>Nodyn i staff yn unig</translation>
    </message>
    <message>
        <source>A note on this child&apos;s saved entry that never goes home</source>
        <translation>Nodyn ar gofnod y plentyn hwn sydd wedi&apos;i gadw, nad yw byth yn mynd adref</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Cofrestr</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Cadw a symud ymlaen</translation>
    </message>
    <message>
        <source>Save and go to the next child</source>
        <translation>Cadw a mynd at y plentyn nesaf</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves and moves on · Alt+↑/↓ moves between children · drafts are kept as you type</source>
        <translation>Mae Ctrl+Enter yn cadw ac yn symud ymlaen · mae Alt+↑/↓ yn symud rhwng plant · mae drafftiau&apos;n cael eu cadw wrth i chi deipio</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>Register, entry and phrases</source>
        <translation>Cofrestr, cofnod ac ymadroddion</translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation>Wrthi&apos;n llwytho dosbarthiadau</translation>
    </message>
    <message>
        <source>it is a weekend</source>
        <translation>mae&apos;n benwythnos</translation>
    </message>
    <message>
        <source>the school is closed that day</source>
        <translation>mae&apos;r ysgol ar gau y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>it is in the school holidays</source>
        <translation>mae yn ystod gwyliau&apos;r ysgol</translation>
    </message>
    <message>
        <source>{day} is not a school day: {reason}. What you save for it is kept, and printed at the end of that week&apos;s pack. For the last school day, choose {last}.</source>
        <translation>Dydy {day} ddim yn ddiwrnod ysgol: {reason}. Bydd yr hyn rydych chi&apos;n ei gadw ar ei gyfer yn cael ei gadw, a&apos;i argraffu ar ddiwedd pecyn yr wythnos honno. Ar gyfer y diwrnod ysgol diwethaf, dewiswch {last}.</translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation>Does gan yr ysgol hon ddim dosbarthiadau eto. Mewnforiwch restr ddosbarth i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>{day} has not happened yet. Write today&apos;s entries, and put what is coming in the reminders.</source>
        <translation>Dydy {day} ddim wedi dod eto. Ysgrifennwch gofnodion heddiw, a rhowch yr hyn sydd i ddod yn y nodiadau atgoffa.</translation>
    </message>
    <message>
        <source>Loading the class&apos;s day</source>
        <translation>Wrthi&apos;n llwytho diwrnod y dosbarth</translation>
    </message>
    <message>
        <source>{name} has no pupils on roll.</source>
        <translation>Does dim disgyblion ar gofrestr {name}.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Class note only</source>
        <translation>Nodyn dosbarth yn unig</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Drafft wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Saved; changes kept as a draft</source>
        <translation>Wedi&apos;i gadw; newidiadau wedi&apos;u cadw fel drafft</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Wedi&apos;i gadw am {time}</translation>
    </message>
</context>
<context>
    <name>ThisDevicePanel</name>
    <message>
        <source>Sync state</source>
        <translation>Cyflwr cysoni</translation>
    </message>
    <message>
        <source>Syncs with</source>
        <translation>Yn cysoni â</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Y ddyfais hon</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Cysonwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Newidiadau&apos;n aros</translation>
    </message>
    <message>
        <source>Records with two versions</source>
        <translation>Cofnodion gyda dau fersiwn</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>C&amp;hoose between texts…</source>
        <translation>De&amp;wis rhwng testunau…</translation>
    </message>
    <message>
        <source>Choose between texts changed on two devices</source>
        <translation>Dewis rhwng testunau a newidiwyd ar ddwy ddyfais</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Yn aros i&apos;w hanfon</translation>
    </message>
    <message>
        <source>To choose between</source>
        <translation>I ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>New sync server address</source>
        <translation>Cyfeiriad gweinydd cysoni newydd</translation>
    </message>
    <message>
        <source>New sync folder</source>
        <translation>Ffolder cysoni newydd</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose a sync folder</source>
        <translation>Dewis ffolder cysoni</translation>
    </message>
    <message>
        <source>&amp;Use this instead</source>
        <translation>Defnyddio &amp;hwn yn lle hynny</translation>
    </message>
    <message>
        <source>Sync with this server or folder instead</source>
        <translation>Cysoni â&apos;r gweinydd neu&apos;r ffolder hwn yn lle hynny</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Neges cysoni</translation>
    </message>
    <message>
        <source>Removed from the school&apos;s sync</source>
        <translation>Wedi&apos;i dynnu o gysoni&apos;r ysgol</translation>
    </message>
    <message>
        <source>Another ser&amp;ver</source>
        <translation>Gweinydd a&amp;rall</translation>
    </message>
    <message>
        <source>Another server (caption)</source>
        <translation>Gweinydd arall (capsiwn)</translation>
    </message>
    <message>
        <source>or a &amp;folder</source>
        <translation>neu &amp;ffolder</translation>
    </message>
    <message>
        <source>Or a folder (caption)</source>
        <translation>Neu ffolder (capsiwn)</translation>
    </message>
    <message>
        <source>Sync somewhere else (the school moved its server, or uses a USB stick):</source>
        <translation>Cysoni yn rhywle arall (mae&apos;r ysgol wedi symud ei gweinydd, neu&apos;n defnyddio cof bach USB):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>heb ei chymeradwyo eto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>From now on this computer syncs with {target}.</source>
        <translation>O hyn ymlaen, bydd y cyfrifiadur hwn yn cysoni â {target}.</translation>
    </message>
    <message>
        <source>Changing where to sync</source>
        <translation>Wrthi&apos;n newid ble i gysoni</translation>
    </message>
</context>
<context>
    <name>TopicsTableModel</name>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Pieces of work</source>
        <translation>Darnau o waith</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(dim pwnc)</translation>
    </message>
</context>
<context>
    <name>TranslationsWanted</name>
    <message>
        <source>Message for the class</source>
        <translation>Neges i&apos;r dosbarth</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Beth ddysgon ni</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Llwyddiannau</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>A note from school</source>
        <translation>Nodyn gan yr ysgol</translation>
    </message>
</context>
<context>
    <name>TranslationsWantedDialog</name>
    <message>
        <source>Translations wanted</source>
        <translation>Cyfieithiadau sydd eu hangen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>How many parts wait for a translation</source>
        <translation>Faint o rannau sy&apos;n aros am gyfieithiad</translation>
    </message>
    <message>
        <source>Entries waiting for a translation, newest first</source>
        <translation>Cofnodion sy&apos;n aros am gyfieithiad, y mwyaf newydd gyntaf</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rhan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Colofnau&apos;r rhestr</translation>
    </message>
    <message>
        <source>The English, as the teacher wrote it</source>
        <translation>Y Saesneg, fel yr ysgrifennodd yr athro hi</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Saesneg:</translation>
    </message>
    <message>
        <source>The earlier translation</source>
        <translation>Y cyfieithiad cynharach</translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation>Eich cyfieithiad</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>C&amp;yfieithiad:</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Cadw a symud ymlaen</translation>
    </message>
    <message>
        <source>Save the translation and go to the next</source>
        <translation>Cadw&apos;r cyfieithiad a mynd at yr un nesaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Type the translation yourself: families see it beside the English, with your name. Nothing is translated by machine.</source>
        <translation>Teipiwch y cyfieithiad eich hun: mae teuluoedd yn ei weld wrth ochr y Saesneg, gyda&apos;ch enw. Does dim byd yn cael ei gyfieithu gan beiriant.</translation>
    </message>
    <message>
        <source>About translating</source>
        <translation>Am gyfieithu</translation>
    </message>
    <message>
        <source>Reading the families&apos; languages</source>
        <translation>Wrthi&apos;n darllen ieithoedd y teuluoedd</translation>
    </message>
    <message>
        <source>No family reads a language other than English.</source>
        <translation>Does dim teulu&apos;n darllen iaith heblaw Saesneg.</translation>
    </message>
    <message>
        <source>Reading the entries to translate</source>
        <translation>Wrthi&apos;n darllen y cofnodion i&apos;w cyfieithu</translation>
    </message>
    <message>
        <source>Out of date: the English changed</source>
        <translation>Wedi dyddio: newidiodd y Saesneg</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Heb ei gyfieithu</translation>
    </message>
    <message>
        <source>{count} to translate into {language}</source>
        <translation>{count} i&apos;w cyfieithu i {language}</translation>
    </message>
    <message>
        <source>Translated by {name} before the English changed: {text}</source>
        <translation>Wedi&apos;i gyfieithu gan {name} cyn i&apos;r Saesneg newid: {text}</translation>
    </message>
    <message>
        <source>&amp;Translation into {language}:</source>
        <translation>C&amp;yfieithiad i {language}:</translation>
    </message>
    <message>
        <source>Saved under your name.</source>
        <translation>Wedi&apos;i gadw o dan eich enw.</translation>
    </message>
    <message>
        <source>Saving the translation</source>
        <translation>Wrthi&apos;n cadw&apos;r cyfieithiad</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock Linkbook</source>
        <translation>Datgloi Linkbook</translation>
    </message>
    <message>
        <source>This school is locked</source>
        <translation>Mae&apos;r ysgol hon wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>School folder</source>
        <translation>Ffolder yr ysgol</translation>
    </message>
    <message>
        <source>School folder caption</source>
        <translation>Capsiwn ffolder yr ysgol</translation>
    </message>
    <message>
        <source>This is the demo school. Its passphrase is: {passphrase}</source>
        <translation>Dyma&apos;r ysgol enghreifftiol. Ei chyfrinymadrodd yw: {passphrase}</translation>
    </message>
    <message>
        <source>Demo school hint</source>
        <translation>Awgrym yr ysgol enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The school&apos;s passphrase</source>
        <translation>Cyfrinymadrodd yr ysgol</translation>
    </message>
    <message>
        <source>Passphrase caption</source>
        <translation>Capsiwn cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wrthi&apos;n datgloi</translation>
    </message>
    <message>
        <source>Use this computer&apos;s &amp;keychain</source>
        <translation>Defnyddio cadwyn &amp;allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s keychain</source>
        <translation>Datgloi gyda chadwyn allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>There is no Linkbook school in {folder} yet. Create one below, or open the demo school to look around first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Does dim ysgol Linkbook yn {folder} eto. Crëwch un isod, neu agorwch yr ysgol enghreifftiol i edrych o gwmpas yn gyntaf.</translation>
    </message>
    <message>
        <source>There is no school in this folder</source>
        <translation>Does dim ysgol yn y ffolder hwn</translation>
    </message>
    <message>
        <source>This school cannot be opened</source>
        <translation>Does dim modd agor yr ysgol hon</translation>
    </message>
    <message>
        <source>Linkbook cannot read the key file in {folder}: {problem}.</source>
        <translation>Ni all Linkbook ddarllen y ffeil allwedd yn {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Type the school&apos;s passphrase, then press Enter.</source>
        <translation>Teipiwch gyfrinymadrodd yr ysgol, yna pwyswch Enter.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold this school&apos;s key. Use the passphrase.</source>
        <translation>Nid yw cadwyn allweddi&apos;r cyfrifiadur hwn yn cynnwys allwedd yr ysgol hon. Defnyddiwch y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Linkbook could not open this school ({problem}). Nothing was changed. Try again; if it keeps happening, restore the school from a backup.</source>
        <translation>Nid oedd Linkbook yn gallu agor yr ysgol hon ({problem}). Ni newidiwyd dim. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, adferwch yr ysgol o gopi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>“{document}” has changes that are not saved yet. Save them before moving on?</source>
        <translation>Mae newidiadau yn “{document}” sydd heb eu cadw eto. Eu cadw cyn symud ymlaen?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Beth newidiodd yn y fersiwn hwn</translation>
    </message>
    <message>
        <source>What changed, in a few words (kept with the version)</source>
        <translation>Beth newidiodd, mewn ychydig eiriau (wedi&apos;i gadw gyda&apos;r fersiwn)</translation>
    </message>
    <message>
        <source>Saving makes a new version. What &amp;changed:</source>
        <translation>Mae cadw yn creu fersiwn newydd. Beth &amp;newidiodd:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Taflu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Taflu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel: keep editing</source>
        <translation>Canslo: dal ati i olygu</translation>
    </message>
    <message>
        <source>Say in a few words what changed in this version, then save.</source>
        <translation>Dywedwch mewn ychydig eiriau beth newidiodd yn y fersiwn hwn, yna cadwch.</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Looking for unsaved changes</source>
        <translation>Wrthi&apos;n chwilio am newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your unsaved changes are back in the document: save them when they are ready.</source>
        <translation>Mae eich newidiadau heb eu cadw yn ôl yn y ddogfen: cadwch nhw pan fyddan nhw&apos;n barod.</translation>
    </message>
    <message>
        <source>The unsaved changes are discarded.</source>
        <translation>Mae&apos;r newidiadau heb eu cadw wedi&apos;u taflu.</translation>
    </message>
    <message>
        <source>Discarding unsaved changes</source>
        <translation>Wrthi&apos;n taflu newidiadau heb eu cadw</translation>
    </message>
</context>
<context>
    <name>VersionColumn</name>
    <message>
        <source>Text {number}, in full</source>
        <translation>Testun {number}, yn llawn</translation>
    </message>
    <message>
        <source>Keep text &amp;{number}</source>
        <translation>Cadw testun &amp;{number}</translation>
    </message>
    <message>
        <source>Keep text {number}</source>
        <translation>Cadw testun {number}</translation>
    </message>
    <message>
        <source>Combine, starting from text {number}…</source>
        <translation>Cyfuno, gan ddechrau o destun {number}…</translation>
    </message>
    <message>
        <source>Edit a combined text, starting from text {number}</source>
        <translation>Golygu testun cyfun, gan ddechrau o destun {number}</translation>
    </message>
</context>
<context>
    <name>ViewsCard</name>
    <message>
        <source>Your views before the review of {title}</source>
        <translation>Eich barn cyn adolygiad {title}</translation>
    </message>
    <message>
        <source>The plan is reviewed on {day}. Before we meet, please tell us what you think.</source>
        <translation>Bydd y cynllun yn cael ei adolygu ar {day}. Cyn i ni gyfarfod, dywedwch wrthon ni beth yw eich barn.</translation>
    </message>
    <message>
        <source>Before the review, please tell us what you think.</source>
        <translation>Cyn yr adolygiad, dywedwch wrthon ni beth yw eich barn.</translation>
    </message>
    <message>
        <source>Views sent</source>
        <translation>Barn wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Beth sy&apos;n anodd</translation>
    </message>
    <message>
        <source>What helps at home</source>
        <translation>Beth sy&apos;n helpu gartref</translation>
    </message>
    <message>
        <source>What we would like to talk about, and our hopes</source>
        <translation>Beth hoffen ni siarad amdano, a&apos;n gobeithion</translation>
    </message>
    <message>
        <source>Problem with your views</source>
        <translation>Problem gyda&apos;ch barn</translation>
    </message>
    <message>
        <source>&amp;Send my views</source>
        <translation>&amp;Anfon fy marn</translation>
    </message>
    <message>
        <source>Send my views on {title}</source>
        <translation>Anfon fy marn ar {title}</translation>
    </message>
    <message>
        <source>Reading your views</source>
        <translation>Wrthi&apos;n darllen eich barn</translation>
    </message>
    <message>
        <source>Thank you: you sent your views on {when}. You can add more below.</source>
        <translation>Diolch: fe anfonoch chi eich barn ar {when}. Gallwch ychwanegu rhagor isod.</translation>
    </message>
    <message>
        <source>What you sent</source>
        <translation>Beth anfonoch chi</translation>
    </message>
    <message>
        <source>Write at least one answer before sending.</source>
        <translation>Ysgrifennwch o leiaf un ateb cyn anfon.</translation>
    </message>
    <message>
        <source>Sending your views</source>
        <translation>Wrthi&apos;n anfon eich barn</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Your views</source>
        <translation>Eich barn</translation>
    </message>
    <message>
        <source>No review is coming up: nothing to answer now.</source>
        <translation>Does dim adolygiad ar y gweill: dim byd i&apos;w ateb nawr.</translation>
    </message>
</context>
<context>
    <name>WorkFoldersScreen</name>
    <message>
        <source>Work folders</source>
        <translation>Ffolderi gwaith</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Dosbarth</translation>
    </message>
    <message>
        <source>Pupils and their folders</source>
        <translation>Disgyblion a&apos;u ffolderi</translation>
    </message>
    <message>
        <source>Folder columns</source>
        <translation>Colofnau ffolderi</translation>
    </message>
    <message>
        <source>Create folder for the &amp;pupil</source>
        <translation>C&amp;reu ffolder ar gyfer y disgybl</translation>
    </message>
    <message>
        <source>Create this period&apos;s folder for the chosen pupil</source>
        <translation>Creu ffolder y cyfnod hwn ar gyfer y disgybl a ddewiswyd</translation>
    </message>
    <message>
        <source>Create folders for the &amp;whole class</source>
        <translation>Creu ffolderi ar gyfer y dosbarth &amp;cyfan</translation>
    </message>
    <message>
        <source>Create this period&apos;s folders for the whole class</source>
        <translation>Creu ffolderi&apos;r cyfnod hwn ar gyfer y dosbarth cyfan</translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation>Wrthi&apos;n agor y dosbarthiadau</translation>
    </message>
    <message>
        <source>Opening the folders</source>
        <translation>Wrthi&apos;n agor y ffolderi</translation>
    </message>
    <message>
        <source>Make a draft folder for {period} for every pupil who has none yet</source>
        <translation>Creu ffolder drafft ar gyfer {period} i bob disgybl sydd heb un eto</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Wrthi&apos;n creu ffolder</translation>
    </message>
    <message>
        <source>Every pupil in the class has a folder for {period} ({count} in all).</source>
        <translation>Mae gan bob disgybl yn y dosbarth ffolder ar gyfer {period} ({count} i gyd).</translation>
    </message>
    <message>
        <source>Creating the class&apos;s folders</source>
        <translation>Wrthi&apos;n creu ffolderi&apos;r dosbarth</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Usage: python -m desktop.ui.screenshots OUTDIR</source>
        <translation>Defnydd: python -m desktop.ui.screenshots OUTDIR</translation>
    </message>
    <message>
        <source>Linkbook — a teacher&apos;s day</source>
        <translation>Linkbook — diwrnod athro</translation>
    </message>
</context>
</TS>
