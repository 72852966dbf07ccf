<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so_SO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Linkbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home-school link book. Free software under the GNU General Public Licence, version 3 or later.
Qt {qt}, PySide6 {pyside}, Python {python}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads aloud with eSpeak NG, under the GPL, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>{title} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line above to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence text is shipped with this one; see its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Linkbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <source>Agreement: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Heshiis: {title}</translation>
    </message>
    <message>
        <source>{kind}, version {number}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{kind}, nooca {number}</translation>
    </message>
    <message>
        <source>Kind and version</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Nooca iyo daabacaadda</translation>
    </message>
    <message>
        <source>What the agreement says</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa heshiisku sheegayo</translation>
    </message>
    <message>
        <source>Signed by {name} for the {party}: {state}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxaa saxiixay {name} isagoo matalaya {party}: {state}</translation>
    </message>
    <message>
        <source>I have read this and &amp;agree to it</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waan akhriyey oo &amp;waan ku raacsanahay</translation>
    </message>
    <message>
        <source>I have read {title} and agree to it</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waan akhriyey {title} oo waan ku raacsanahay</translation>
    </message>
    <message>
        <source>&amp;Sign as {name}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Ku saxiix sida {name}</translation>
    </message>
    <message>
        <source>Sign {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Saxiix {title}</translation>
    </message>
    <message>
        <source>You signed this version on {day}.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Daabacaaddan waxaad saxiixday {day}.</translation>
    </message>
    <message>
        <source>The school will</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsigu wuxuu samayn doonaa</translation>
    </message>
    <message>
        <source>At home we will</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Guriga waxaan samayn doonnaa</translation>
    </message>
    <message>
        <source>I will</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Anigu waxaan samayn doonaa</translation>
    </message>
    <message>
        <source>Targets</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Yoolal</translation>
    </message>
    <message>
        <source>All about me</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Wax walba oo igu saabsan</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa ii muhiimka ah</translation>
    </message>
    <message>
        <source>How to support me</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sida la ii caawiyo</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Natiijooyin</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Taageero</translation>
    </message>
    <message>
        <source>Review</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dib-u-eegis</translation>
    </message>
    <message>
        <source>Signing the agreement</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Saxiixidda heshiiska</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Home-school agreement</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Heshiiska guriga iyo dugsiga</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qorshaha taageerada</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hal bog oo igu saabsan</translation>
    </message>
    <message>
        <source>school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>dugsiga</translation>
    </message>
    <message>
        <source>family</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>qoyska</translation>
    </message>
    <message>
        <source>pupil</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>ardayga</translation>
    </message>
    <message>
        <source>draft</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>qabyo</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>shaqaynaya</translation>
    </message>
    <message>
        <source>superseded</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>la beddelay</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli lama saxiixin</translation>
    </message>
    <message>
        <source>Signed on paper on {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Warqad ayaa lagu saxiixay {day}</translation>
    </message>
    <message>
        <source>Signed digitally on {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Si dhijitaal ah ayaa loo saxiixay {day}</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Agreements</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Heshiisyo</translation>
    </message>
    <message>
        <source>No agreements to read or sign.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ma jiro heshiis la akhriyo ama la saxiixo.</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template to tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tailor a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements and plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of new template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s &amp;templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils, reviews and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and the open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s agreements and plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pupil&apos;s agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil and a template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailoring a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft copy for this pupil: change what needs changing, save it, then make it active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>Linkbook is locked. Type the passphrase to carry on.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook waa xiran yahay. Qor erayga sirta ah si aad u sii wadato.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing everything in one go; this takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing class lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Pupils: {added} added, {changed} changed, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members: {added} added, {changed} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes created: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) were not imported (listed on the previous page). Correct them in the file and import it again: what was imported now will be matched, not doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, and nothing the school held was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>What is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;not working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (tick what shows it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer on roll)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pupil: type part of a name or a UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone: type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written (can take a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>The first date is after the second; swap them to see those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events, newest first; scroll down for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every event against the one before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been tampered with: {problem}. Do not change anything on this computer; tell the school&apos;s data protection lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be checked, because the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: each of its {count} events is linked to the one before, and none was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check also found: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">Xaaladda isku xidhka</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>{name}&apos;s records</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Diiwaannada {name}</translation>
    </message>
    <message>
        <source>Loading {name}&apos;s link book</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Buugga xiriirka ee {name} ayaa la furayaa</translation>
    </message>
    <message>
        <source>Link book</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Buugga xiriirka</translation>
    </message>
    <message>
        <source>{title} ({count} new)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{title} (cusub: {count})</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Heshiisyo</translation>
    </message>
    <message>
        <source>{title} ({count} to sign)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{title} (la saxiixo: {count})</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Year group: {year_group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassNoteDialog</name>
    <message>
        <source>Class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children to send the note to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} of {total} children chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Refuse a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} about {pupil}, from {requester}, received {received}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the export sent, like records.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is refused; the requester is told this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>&amp;Refuse the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ka noqo</translation>
    </message>
    <message>
        <source>Say why the request is refused; the person who asked must be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file name of the export sent in answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ. Each is marked in the text that has it: “only in this text” or “worded differently”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The texts say the same; keep either.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This plan was changed on two devices: choose which text to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose which text to keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which text to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for texts to choose between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Texts to choose between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These texts were changed on two devices before the devices had synced, so neither saw the other&apos;s change. Both are kept until you choose: keep one, or combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About texts to choose between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which text this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later: keep both texts for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Looking for texts to choose between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other text, to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the texts, without keeping the combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the texts to choose between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing left to choose between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">X&amp;idh</translation>
    </message>
    <message>
        <source>{pupil}: {title} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long text in a record this device does not show ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long text ({kind}, {field}) was changed on two devices. This device cannot show which document it belongs to; the texts are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pupil}&apos;s {kind} “{title}”, version {number}, begun by {who} on {day}. Who typed each of the texts below is not recorded: both were saved on different devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept text {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your combined text, starting from {text}. Copy in what you need from the other text on the right, then keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The combined text is empty. Type what the plan should say, or keep one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The combined text is empty. Type it, or keep one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your combined text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} {where}: other devices get it when they next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the chosen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation type="unfinished">Ma shaqayn ({kind}); waxba lama beddelin.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>only in this text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worded differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This text is empty.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text 1: the earlier edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {number}: the later edit (shown in the plan until you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app and on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as they write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets the link book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a {device} at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the child has two homes, e.g. Dad&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact order (1 is called first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets the link &amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internet at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hous&amp;ehold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation type="unfinished"> (cinwaan)</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) -. Check it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the email address: it looks like name@example.org. Correct it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogPane</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done; Enter logs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the call rang out or the message had no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished">Ctrl+L</translation>
    </message>
    <message>
        <source>Loading the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what was said or done, then log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {kind} with {name}&apos;s family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school will</source>
        <translation type="unfinished">Dugsigu wuxuu samayn doonaa</translation>
    </message>
    <message>
        <source>The family will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One commitment on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Yoolal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Horumar</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Natiijooyin</translation>
    </message>
    <message>
        <source>One outcome on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Taageero</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people like and admire about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation type="unfinished">Waxa ii muhiimka ah</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the whole document &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the whole document by a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sch&amp;ool will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The famil&amp;y will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The p&amp;upil will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people lik&amp;e and admire about me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is important to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How best to support me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDrafts</name>
    <message>
        <source>Typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayNotes</name>
    <message>
        <source>Sending the class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the staff-only note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the staff-only note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class note is on {count} children&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {name}&apos;s entry first: a staff-only note sits beside a saved entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-only note kept for {name}; it never goes home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPhrases</name>
    <message>
        <source>Loading quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding phrases to translate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySaving</name>
    <message>
        <source>Before this goes home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the safeguarding warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{saved} of {total} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words may suggest a safeguarding concern: {words}.

A concern goes to the Designated Safeguarding Lead by the school&apos;s procedure, not into the link book, which the family reads.

Go on only if this is not a concern (a grazed knee in the playground is first aid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name}&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in {name} has an entry for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {drafts} drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written for {name}, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices asking to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asking to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking to join (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for requests to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the ticked devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unused invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused invitations (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that sync with the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved de&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is waiting to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for requests to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — waiting to reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued while the school&apos;s server was out of reach. The next sync sends it to the server; a computer that tries the code before then is told to ask you to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — joined again on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — removed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished">qoyska</translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    joining again: it was {label} ({device}), removed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    before that it was {label} ({device}), removed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the devices to approve (Check for requests lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n device(s); they start syncing by themselves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approving devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n key(s) were replaced; that device can read nothing written from now on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device}

The device is shut out of the school&apos;s sync server, and every class and child it could see gets a new key: it can read nothing written from now on. What it already holds stays on it. This cannot be undone; to use it again, invite it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Compare version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Dugsiga</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people like and admire about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation type="unfinished">Waxa ii muhiimka ah</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the whole document by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version {a} to version {b}: {added} added, {removed} removed, {changed} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} ({when}, {who}): {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in a few words (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this version &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil and one of their agreements or plans, tailor a copy of a school template for them, or open a review that is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School template: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. A new template: type its commitments and targets, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. Changes reach pupils&apos; copies only when a copy is next tailored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} for {pupil}. Version {number}, {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on {day}: overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved to this draft; make it active once it is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has been signed, so changes are saved as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as a new version, with a note of what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a ne&amp;w version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the agreement to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSaving</name>
    <message>
        <source>The template is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: change the text, then save a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what changed in this version, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new draft version. Make it active once it is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is now the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the version active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {name}&apos;s paper signature of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard t&amp;hem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes from {when}: restore them, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were typed over version {old}; version {current} is the one shown now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>For the whole class</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fasalka oo dhan</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa aan barannay</translation>
    </message>
    <message>
        <source>Wins</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Guulo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xusuusin</translation>
    </message>
    <message>
        <source>A note from school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariin ka timid dugsiga</translation>
    </message>
    <message>
        <source>Link book entry for {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalka buugga xiriirka ee {day}</translation>
    </message>
    <message>
        <source>What school wrote on {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa dugsigu qoray {day}</translation>
    </message>
    <message>
        <source>from home</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>guriga ka yimid</translation>
    </message>
    <message>
        <source>from school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>dugsiga ka yimid</translation>
    </message>
    <message>
        <source>{name}, {source}, {when}:</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{name}, {source}, {when}:</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jawaab ka timid {name}</translation>
    </message>
    <message>
        <source>✓ Read by {name} on {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>✓ Waxaa akhriyey {name} {day}</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Jawaab</translation>
    </message>
    <message>
        <source>Reply to the entry for {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Uga jawaab qoraalka {day}</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waan &amp;akhriyey</translation>
    </message>
    <message>
        <source>I have read the entry for {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waan akhriyey qoraalka {day}</translation>
    </message>
    <message>
        <source>Your reply to the entry for {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jawaabtaada qoraalka {day}</translation>
    </message>
    <message>
        <source>Write to your child&apos;s teacher…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>U qor macallinka ilmahaaga…</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Dir jawaabta</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dir jawaabta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka noqo jawaabta</translation>
    </message>
    <message>
        <source>Problem with the reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaato jawaabta ah</translation>
    </message>
    <message>
        <source>The day in detail</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Maalinta si faahfaahsan</translation>
    </message>
    <message>
        <source>The reply is empty; write something, or press Cancel.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jawaabtu waa bannaan tahay; wax qor, ama riix Ka noqo.</translation>
    </message>
    <message>
        <source>Sending your reply</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jawaabtaada ayaa la dirayaa</translation>
    </message>
    <message>
        <source>Marking the entry read</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalka waxaa loo calaamadinayaa in la akhriyey</translation>
    </message>
    <message>
        <source>Translated by {name}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxaa turjumay {name}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>What we &amp;learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation type="unfinished">Waxa aan barannay</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished">Guulo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished">Xusuusin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Fiiro gaar ah</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunchtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakfast club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases {pupil} and {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {pupil}&apos;s records, this erases {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be undone. Backups made before today still hold these records: keep them only as long as the school&apos;s backup policy says, and make a new backup afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: retention period over; kept in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pupil&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type “{name}” to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, and type the pupil&apos;s name exactly as shown, to erase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsCard</name>
    <message>
        <source>Coming up</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa soo socda</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Munaasabad: {title}</translation>
    </message>
</context>
<context>
    <name>FamiliesScreen</name>
    <message>
        <source>Not asked yet (no photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hoto consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes to the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family p&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which parent or carer gave this answer, then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for {name}: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on this pupil&apos;s contact list yet: add the first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home: {household}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to {name} were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off {pupil}&apos;s contact list? The link book will no longer go to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is off {pupil}&apos;s contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyComment</name>
    <message>
        <source>At home: no comment from the family yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment from the family yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished">warqad</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation type="unfinished">app-ka</translation>
    </message>
    <message>
        <source>From home, {how}: {who}, {when}
“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyCommentDialog</name>
    <message>
        <source>Comment from home, on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Dhibaato</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the family wrote on the comment page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyLanguage</name>
    <message>
        <source>Lan&amp;guage</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Luqadda</translation>
    </message>
    <message>
        <source>Show Linkbook in {language}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku muuji Linkbook {language}</translation>
    </message>
</context>
<context>
    <name>FamilyWindow</name>
    <message>
        <source>Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>X&amp;idh</translation>
    </message>
    <message>
        <source>&amp;Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>L&amp;inkbook</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Liiska menu-ga</translation>
    </message>
    <message>
        <source>School</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsiga</translation>
    </message>
    <message>
        <source>&amp;Using Linkbook:</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Isticmaalaha Linkbook:</translation>
    </message>
    <message>
        <source>Using Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isticmaalaha Linkbook</translation>
    </message>
    <message>
        <source>Who is using Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Yaa isticmaalaya Linkbook</translation>
    </message>
    <message>
        <source>Lock Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xir Linkbook</translation>
    </message>
    <message>
        <source>Your children</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Carruurtaada</translation>
    </message>
    <message>
        <source>No child&apos;s records have reached this device yet. Press Sync now.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli diiwaan ilmo ah ma soo gaarin qalabkan. Riix Hadda isku xir.</translation>
    </message>
    <message>
        <source>No children yet</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli carruur ma jiraan</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Liiska xaaladda</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Horumar</translation>
    </message>
    <message>
        <source>Opening your children&apos;s link books</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Buugaagta xiriirka ee carruurtaada ayaa la furayaa</translation>
    </message>
    <message>
        <source>Linkbook — {school}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook — {school}</translation>
    </message>
</context>
<context>
    <name>FileReturnedPages</name>
    <message>
        <source>File returned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing returned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned pages filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class list your MIS exported as CSV, a School Data Sync set, or a Common Transfer File. Choose them, or drop them on this page. Nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to take the chosen file off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of School Data Sync files: every .csv in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Linkbook found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of School Data Sync files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {format}, {encoding}, {delimiter}, {rows} rows. Change any of these if they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file(s): {format}. Change it if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>School admin</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Maamulaha dugsiga</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Macallinka fasalka</translation>
    </message>
    <message>
        <source>SENCO</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isuduwaha SEN (SENCO)</translation>
    </message>
    <message>
        <source>Teaching assistant</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kaaliyaha macallinka</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xannaanada</translation>
    </message>
    <message>
        <source>Reception</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fasalka diyaarinta</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sannadka {n}</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or only spaces.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah ma noqon karo madhan ama meelo bannaan oo keliya.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters or {words} words; a short sentence is best.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Aad buu u gaaban yahay: isticmaal ugu yaraan {n} xaraf ama {words} eray; jumlad gaaban ayaa ugu fiican.</translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Aad bay u fudud tahay in la qiyaaso.</translation>
    </message>
    <message>
        <source>Strong: hard to guess, and a sentence is easy to remember.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xoog leh: way adag tahay in la qiyaaso, jumladna way fududahay in la xasuusto.</translation>
    </message>
    <message>
        <source>Good enough; a word or two more makes it harder to guess.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Way ku filan tahay; eray ama laba kale ayaa ka dhigaya mid ka adag in la qiyaaso.</translation>
    </message>
    <message>
        <source>Start a new school here, or look around the demo school first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Halkan ka bilow dugsi cusub, ama marka hore eeg dugsiga tijaabada.</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa marka hore la sameeyo</translation>
    </message>
    <message>
        <source>&amp;Create a new school…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Abuur dugsi &amp;cusub…</translation>
    </message>
    <message>
        <source>Create a new school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Abuur dugsi cusub</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fur dugsiga &amp;tijaabada</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fur dugsiga tijaabada</translation>
    </message>
    <message>
        <source>Invented children and a term of records, safe to try things on</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Carruur la sameeyay iyo xilli diiwaanno ah, oo ammaan ah in wax lagu tijaabiyo</translation>
    </message>
    <message>
        <source>A new school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsi cusub</translation>
    </message>
    <message>
        <source>School name</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Magaca dugsiga</translation>
    </message>
    <message>
        <source>e.g. Riverside Primary</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>tusaale: Riverside Primary</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Magacaaga</translation>
    </message>
    <message>
        <source>As colleagues and families know you</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sida ay shaqaalaha iyo qoysasku kuu yaqaanaan</translation>
    </message>
    <message>
        <source>Your role</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Doorkaaga</translation>
    </message>
    <message>
        <source>First class</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fasalka koowaad</translation>
    </message>
    <message>
        <source>e.g. Oak, or 3B</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>tusaale: Oak, ama 3B</translation>
    </message>
    <message>
        <source>Year group</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sannad-dugsiyeedka</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>A short sentence only you know</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jumlad gaaban oo adiga keliya aad taqaan</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah mar kale</translation>
    </message>
    <message>
        <source>The same again, to be sure</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isla kii mar kale, si loo hubiyo</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xoogga erayga sirta ah</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe: without it nobody, not even Linkbook, can open the school&apos;s records.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor erayga sirta ah oo meel ammaan ah ku hay: la&apos;aantiis qofna, xitaa Linkbook, ma furi karo diiwaannada dugsiga.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah ammaan ku hay</translation>
    </message>
    <message>
        <source>&amp;School name</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Magaca dugsiga</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Magaca&amp;aga</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Doorkaaga</translation>
    </message>
    <message>
        <source>&amp;First class</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fasalka &amp;koowaad</translation>
    </message>
    <message>
        <source>Year &amp;group</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sannad-&amp;dugsiyeedka</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Erayga sirta ah</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Mar &amp;kale</translation>
    </message>
    <message>
        <source> (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation> (cinwaan)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Dib u noqo</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Create the &amp;school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Abuur &amp;dugsiga</translation>
    </message>
    <message>
        <source>Create the school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Abuur dugsiga</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariin</translation>
    </message>
    <message>
        <source>Making the school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsiga ayaa la abuurayaa</translation>
    </message>
    <message>
        <source>Type the school&apos;s name.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor magaca dugsiga.</translation>
    </message>
    <message>
        <source>Type your name: the records say who wrote what.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor magacaaga: diiwaannadu waxay sheegaan cidda wax qortay.</translation>
    </message>
    <message>
        <source>Type the name of your first class; you can add more later.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor magaca fasalkaaga koowaad; kuwo kale ayaad ku dari kartaa hadhow.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one in both boxes.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Labada eray ee sirta ah way kala duwan yihiin. Ku qor isla mid labada sanduuq.</translation>
    </message>
    <message>
        <source>Making the school…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsiga ayaa la abuurayaa…</translation>
    </message>
    <message>
        <source>Making the demo school…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsiga tijaabada ayaa la abuurayaa…</translation>
    </message>
    <message>
        <source>Linkbook cannot write in {folder} ({problem}). Nothing was kept; choose a folder you may write to, or ask whoever looks after this computer.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook wax kuma qori karo {folder} ({problem}). Waxba lama kaydin; dooro gal aad wax ku qori karto, ama weydii qofka daryeela kombiyuutarkan.</translation>
    </message>
    <message>
        <source>Linkbook could not make the school ({problem}). Nothing was kept; try again.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook ma abuuri karin dugsiga ({problem}). Waxba lama kaydin; isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>FolderCard</name>
    <message>
        <source>Week beginning {day}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Toddobaadka ka bilaabmaya {day}</translation>
    </message>
    <message>
        <source>Work folder: {period}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka shaqada: {period}</translation>
    </message>
    <message>
        <source>{name} wrote, {when}:</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{name} ayaa qoray, {when}:</translation>
    </message>
    <message>
        <source>The family&apos;s comment</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faallada qoyska</translation>
    </message>
    <message>
        <source>Your comment on the folder for {period}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faalladaada galka {period}</translation>
    </message>
    <message>
        <source>What did you and your child think of this work?</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Adiga iyo ilmahaagu maxaad ka aragteen shaqadan?</translation>
    </message>
    <message>
        <source>Send &amp;comment</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dir &amp;faallada</translation>
    </message>
    <message>
        <source>Send the comment on the folder for {period}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dir faallada galka {period}</translation>
    </message>
    <message>
        <source>Problem with the comment</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaato faallada ah</translation>
    </message>
    <message>
        <source>Mark</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibco</translation>
    </message>
    <message>
        <source>Work: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Shaqo: {title}</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sawirka ayaa la furayaa…</translation>
    </message>
    <message>
        <source>Photo of {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sawirka {title}</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sawirrada ayaa la furayaa</translation>
    </message>
    <message>
        <source>This photo has not reached this device yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sawirkan weli ma soo gaarin qalabkan.</translation>
    </message>
    <message>
        <source>The comment is empty; write something first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faalladu waa bannaan tahay; marka hore wax qor.</translation>
    </message>
    <message>
        <source>Sending your comment</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faalladaada ayaa la dirayaa</translation>
    </message>
</context>
<context>
    <name>FolderFiles</name>
    <message>
        <source>{name} is a folder; open it and drop the photos inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a photo or a scan. Add photos (PNG, JPEG, GIF, WebP, TIFF) or PDF scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer there; check where it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is over {mb} MB; photograph or scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold a photo or a PDF, whatever its name says; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read; check the file is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderItemsModel</name>
    <message>
        <source>topic: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos or scans: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderRosterModel</name>
    <message>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTasks</name>
    <message>
        <source>Making thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding work to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the folder&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the family&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the family&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the folder to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderView</name>
    <message>
        <source>Drop photos or PDF scans here to add them, several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (still at school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>&amp;Add work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or scans of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a &amp;comment from paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the family&apos;s comment from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to add work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s comment</source>
        <translation type="unfinished">Faallada qoyska</translation>
    </message>
    <message>
        <source>No folder for this period yet: create it with the buttons on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil to see their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this period&apos;s folder for the pupil, then add work to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “{title}” out of this folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s folder, {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersPanel</name>
    <message>
        <source>Work folders</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galalka shaqada</translation>
    </message>
    <message>
        <source>No work folders have come home yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli gal shaqo ah guriga ma iman.</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind} on {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with the families of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundPanel</name>
    <message>
        <source>Only on the school office&apos;s computer, once: it becomes the school&apos;s admin device, which invites and approves every other computer. Use the setup token the sync server printed when it first started, or a shared folder if the school has no server.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kombiyuutarka xafiiska dugsiga oo keliya, hal mar: wuxuu noqonayaa qalabka maamulka dugsiga, kaas oo martiqaada oo ansixiya kombiyuutar kasta oo kale. Isticmaal calaamadda dejinta ee seerfarka isku xidhku daabacay markii ugu horreysay ee uu bilaabmay, ama gal la wadaago haddii dugsigu aanu lahayn seerfar.</translation>
    </message>
    <message>
        <source>About setting up</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku saabsan dejinta</translation>
    </message>
    <message>
        <source>A sync se&amp;rver</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Seerfar isku xi&amp;dh</translation>
    </message>
    <message>
        <source>Sync through a server</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku xidh seerfar</translation>
    </message>
    <message>
        <source>A shared &amp;folder or USB stick</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Gal la wadaago ama USB &amp;gal</translation>
    </message>
    <message>
        <source>Sync through a folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku xidh gal</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaanka seerfarka isku xidhka</translation>
    </message>
    <message>
        <source>Setup token</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Calaamadda dejinta</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka isku xidhka</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Raadi…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dooro galka isku xidhka</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaanka &amp;seerfarka</translation>
    </message>
    <message>
        <source>Setup &amp;token</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Calaamadda &amp;dejinta</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>G&amp;al</translation>
    </message>
    <message>
        <source>Set up the school&apos;s &amp;sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Deji isku &amp;xidhka dugsiga</translation>
    </message>
    <message>
        <source>Set up the school&apos;s sync on this computer</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku deji isku xidhka dugsiga kombiyuutarkan</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariinta dejinta</translation>
    </message>
    <message>
        <source>Choose the shared folder or USB stick first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Marka hore dooro galka la wadaago ama USB-ga.</translation>
    </message>
    <message>
        <source>Setting up sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidhka ayaa la dejinayaa</translation>
    </message>
    <message>
        <source>Setting up the school&apos;s sync…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidhka dugsiga ayaa la dejinayaa…</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeLearningPanel</name>
    <message>
        <source>Home learning</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Shaqada guriga</translation>
    </message>
    <message>
        <source>No home learning has been set yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli shaqo guri lama bixin.</translation>
    </message>
    <message>
        <source>Loading home learning</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Shaqada guriga ayaa la furayaa</translation>
    </message>
</context>
<context>
    <name>HomeLearningScreen</name>
    <message>
        <source>on paper</source>
        <translation type="unfinished">warqad</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation type="unfinished">app-ka</translation>
    </message>
    <message>
        <source>Home learning</source>
        <translation type="unfinished">Shaqada guriga</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set home learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Waxa la sameeyo</translation>
    </message>
    <message>
        <source>What the children should do, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More detail</source>
        <translation type="unfinished">Faahfaahin dheeraad ah</translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished">Ilaa goorma</translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> daqiiqo</translation>
    </message>
    <message>
        <source>How long it should take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it &amp;together (the family and the child side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much help to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the child is stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a group (tick none for the whole class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance for families (shown in their language):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a g&amp;roup (tick none for the whole class):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has done it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the class&apos;s home learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — by {day}{together} — {done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home learning set for this class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  everyone has done it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the children should do first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “{title}” for {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting home learning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>CSV class list (any MIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Data Sync v1 (Student.csv …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Data Sync v2.1 (users.csv, roles.csv …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Transfer File (CTF XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class lists and transfer files (*.csv *.txt *.xml *.ctf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIS id (admission number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (registration group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished">Sannad-dugsiyeedka</translation>
    </message>
    <message>
        <source>SEN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {number}: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import class lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Dib u noqo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ka noqo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationSlip</name>
    <message>
        <source>Linkbook: connect a device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook: ku xir qalab</translation>
    </message>
    <message>
        <source>For a member of staff&apos;s device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qalabka shaqaale dugsi</translation>
    </message>
    <message>
        <source>For a family&apos;s device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qalabka qoys</translation>
    </message>
    <message>
        <source>For a device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qalab</translation>
    </message>
    <message>
        <source>Your one-time code</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Koodhkaaga hal mar la isticmaalo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa la sameeyo</translation>
    </message>
    <message>
        <source>1. Install Linkbook on the new computer and open it.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>1. Ku rakib Linkbook kombiyuutarka cusub oo fur.</translation>
    </message>
    <message>
        <source>2. Choose “Join a school” and type the code above, or scan the QR code.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>2. Dooro “Ku biir dugsi” oo qor koodhka kore, ama sawir koodhka QR.</translation>
    </message>
    <message>
        <source>3. Tell the school office you have done so: they approve the device.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>3. U sheeg xafiiska dugsiga inaad sidaas samaysay: iyagaa ogolaanaya qalabka.</translation>
    </message>
    <message>
        <source>4. The device then receives what it is allowed to see.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>4. Qalabku markaas wuxuu helayaa waxa loo oggol yahay inuu arko.</translation>
    </message>
    <message>
        <source>The code works once, until {day}.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Koodhku hal mar ayuu shaqeeyaa, ilaa {day}.</translation>
    </message>
    <message>
        <source>School sync server: {url}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Server-ka isku xirka dugsiga: {url}</translation>
    </message>
    <message>
        <source>Keep this slip private until you have used it; throw it away afterwards.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waraaqdan qarsoodi ka dhig ilaa aad isticmaasho; kadibna tuur.</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <source>Invite a device for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff (their classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family (their children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;asses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mrs Nowak&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the device is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the slip is printed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip language (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue in&amp;vitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished">Koodhka martiqaadka</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the children this family&apos;s device is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the classes this member of staff&apos;s device is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works once, until {date}. Give it only to the person it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s server could not be reached, so it does not know this invitation yet: the next sync tells it. You can print it now; it works once this computer has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Title of the piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Maths, Science, Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished">Dhibco</translation>
    </message>
    <message>
        <source>8/10, 75%, or words such as Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks written as 8/10 or 75% appear on the progress chart; words are listed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, and what to try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedback and mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this piece of work (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>To join again, type the code from a new invitation and the school&apos;s sync server address, or choose the school&apos;s shared folder if it has no server. Everything on this computer stays here, and what was written on it and not yet sent goes to the school once the office approves it.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Si aad dib ugu biirto, qor koodhka martiqaadka cusub iyo cinwaanka server-ka isku xirka dugsiga, ama dooro galka la wadaago ee dugsiga haddii uusan server lahayn. Wax walba oo kombiyuutarkan ku jira halkan ayay joogayaan, waxa lagu qoray oo aan weli la dirinna dugsiga ayay gaarayaan marka xafiisku ogolaado.</translation>
    </message>
    <message>
        <source>Type the code from the invitation the school office gave you, and the school&apos;s sync server address printed under it, or choose the school&apos;s shared folder if it has no server. The office then approves this computer, and it starts syncing by itself.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor koodhka martiqaadka uu ku siiyey xafiiska dugsigu, iyo cinwaanka server-ka isku xirka dugsiga ee hoostiisa ku qoran, ama dooro galka la wadaago ee dugsiga haddii uusan server lahayn. Xafiisku markaas wuxuu ogolaanayaa kombiyuutarkan, wuxuuna si iskiis ah u bilaabayaa isku xirka.</translation>
    </message>
    <message>
        <source>About joining</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku saabsan ku biirista</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Koodhka martiqaadka</translation>
    </message>
    <message>
        <source>School sync server address</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaanka server-ka isku xirka dugsiga</translation>
    </message>
    <message>
        <source>Invitation &amp;code</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Koodhka martiqaadka</translation>
    </message>
    <message>
        <source>Invitation code (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Koodhka martiqaadka (cinwaan)</translation>
    </message>
    <message>
        <source>Sync &amp;server</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Server-ka isku xirka</translation>
    </message>
    <message>
        <source>Sync server (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Server-ka isku xirka (cinwaan)</translation>
    </message>
    <message>
        <source>The school&apos;s shared sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka isku xirka ee dugsiga la wadaago</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Raadi…</translation>
    </message>
    <message>
        <source>Choose the school&apos;s shared sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dooro galka isku xirka ee dugsiga la wadaago</translation>
    </message>
    <message>
        <source>&amp;Ask to join</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Codso inaad ku biirto</translation>
    </message>
    <message>
        <source>Ask to join the school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Codso inaad ku biirto dugsiga</translation>
    </message>
    <message>
        <source>Joining message</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariinta ku biirista</translation>
    </message>
    <message>
        <source>About the language</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku saabsan luqadda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Luqadda</translation>
    </message>
    <message>
        <source>or a shared &amp;folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>ama gal la &amp;wadaago</translation>
    </message>
    <message>
        <source>Linkbook will speak {language} on this computer from now on.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Laga bilaabo hadda Linkbook wuxuu kombiyuutarkan ku hadli doonaa {language}.</translation>
    </message>
    <message>
        <source>Type the code from the invitation first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Marka hore qor koodhka martiqaadka.</translation>
    </message>
    <message>
        <source>Type the school&apos;s sync server address (it is on the invitation), or choose the school&apos;s shared folder if it has no server.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor cinwaanka server-ka isku xirka dugsiga (wuxuu ku qoran yahay martiqaadka), ama dooro galka la wadaago ee dugsiga haddii uusan server lahayn.</translation>
    </message>
    <message>
        <source>Asking the school&apos;s server…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Server-ka dugsiga ayaa la weydiinayaa…</translation>
    </message>
    <message>
        <source>Leaving the request in the folder…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Codsiga ayaa galka la dhigayaa…</translation>
    </message>
    <message>
        <source>Approved: this computer now syncs with the school.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waa la ogolaaday: kombiyuutarkan hadda wuxuu la isku xiraa dugsiga.</translation>
    </message>
    <message>
        <source>Asked. Tell the school office: once they approve this computer, it joins by itself.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waa la codsaday. U sheeg xafiiska dugsiga: marka ay ogolaadaan kombiyuutarkan, si iskiis ah ayuu ku biiri doonaa.</translation>
    </message>
    <message>
        <source>Joining the school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku biirista dugsiga</translation>
    </message>
    <message>
        <source>The language Linkbook speaks</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Luqadda uu Linkbook ku hadlo</translation>
    </message>
</context>
<context>
    <name>LinkBookPanel</name>
    <message>
        <source>Link book</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Buugga xiriirka</translation>
    </message>
    <message>
        <source>No entries from school yet. Press Sync now to fetch the latest.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli qoraal dugsiga ka yimid ma jiro. Riix Hadda isku xir si aad u hesho kuwii ugu dambeeyey.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaching assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation type="unfinished">Isuduwaha SEN (SENCO)</translation>
    </message>
    <message>
        <source>school admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Dugsiga</translation>
    </message>
    <message>
        <source>&amp;Import class lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import class lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results and pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes, pupils and link book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s link book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils and timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished">Liiska xaaladda</translation>
    </message>
    <message>
        <source>Pupil count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school: made-up children, safe to try things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Horumar</translation>
    </message>
    <message>
        <source>Opening the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook — {school}</source>
        <translation type="unfinished">Linkbook — {school}</translation>
    </message>
    <message>
        <source>Linkbook</source>
        <translation type="unfinished">Linkbook</translation>
    </message>
    <message>
        <source>Pupils in {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name}: {count} on roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowFeatures</name>
    <message>
        <source>Preparing the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name}, week {week}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Xir</translation>
    </message>
    <message>
        <source>Lock Linkbook: hide every child&apos;s details until the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">X&amp;idh</translation>
    </message>
    <message>
        <source>&amp;Record a paper reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from a returned reply slip and the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this week&apos;s &amp;packs for families on paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Dugsiga</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;views from paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print packs for the &amp;whole school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class&apos;s packs in one PDF, with progress and cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File returned pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File scanned reply pages to their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned pages to &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct printed translations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the home-language words printed beside the English on paper packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translations wanted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate what teachers wrote for families who read another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import class lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils, classes and families from your MIS&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished">Liiska menu-ga</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Dugsiga</translation>
    </message>
    <message>
        <source>School toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school as each of its staff sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished">Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the matching came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {number} (parent or carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dates read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y first (UK): 03/04/2018 is 3 April 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;nth first (US): 03/04/2018 is 4 March 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook&apos;s fields (* needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are matched as at the last import of {name} (same columns), and will be remembered again. Change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook matched the columns of {name} by their names. Check each field, and choose a column for any left empty; the matching is remembered for the next file like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}. If the file has none, add it to the export in your MIS and choose the file again; nothing is imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “{column}” is chosen for {fields}: choose it for one of them only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates read month first (US), as {where} shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates read day first (UK), as {where} shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are written out in full; nothing to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates disagree: as many read only day first (as at {day}) as only month first (as at {month}). Say which the file uses; the others will be listed as rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in the file reads both ways (03/04/2018 could be 3 April or 4 March). Which does the file use?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksChart</name>
    <message>
        <source>Chart of marks over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {topic}, {title}: {mark} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks written as numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks on the chart: {count}, from {first} to {last}, in {topics}. Average {average}%, lowest {low}%, highest {high}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {mark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Left and Right arrow keys to go through the marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks written as numbers yet. Marks such as 8/10 or 75% appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished">Dhibco</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <source>Meeting: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kulan: {title}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qolka: {room}</translation>
    </message>
    <message>
        <source>An interpreter will be there for {language} ({native}).</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Turjubaan {language} ({native}) ah ayaa joogi doona.</translation>
    </message>
    <message>
        <source>When and where</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Goorma iyo xagee</translation>
    </message>
    <message>
        <source>Your time: {time}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waqtigaaga: {time}</translation>
    </message>
    <message>
        <source>Your time</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waqtigaaga</translation>
    </message>
    <message>
        <source>You have not booked a time yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli waqti ma aadan ballansan.</translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waqtiga {title}</translation>
    </message>
    <message>
        <source>&amp;Change my time</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Beddel waqtigayga</translation>
    </message>
    <message>
        <source>&amp;Book this time</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Ballanso waqtigan</translation>
    </message>
    <message>
        <source>Book the time chosen for {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ballanso waqtiga aad u dooratay {title}</translation>
    </message>
    <message>
        <source>C&amp;ancel my booking</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka &amp;noqo ballantayda</translation>
    </message>
    <message>
        <source>Cancel the booking for {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka noqo ballanta {title}</translation>
    </message>
    <message>
        <source>Booking the meeting</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kulanka ayaa la ballansanayaa</translation>
    </message>
    <message>
        <source>Cancelling the booking</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ballanta waa laga noqonayaa</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kulamo</translation>
    </message>
    <message>
        <source>No meetings to book at the moment.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda ma jiro kulan la ballansado.</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kulamada ayaa la furayaa</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Kulamo</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter available for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Booking grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by the family of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking grid columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not booked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book the selected time for this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of a returned booking slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File the slip (times ticked selected above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print booking &amp;slips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print re&amp;minders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned slip&apos;s c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation type="unfinished">Kulamada ayaa la furayaa</translation>
    </message>
    <message>
        <source>Loading the bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting offered to this class yet: offer one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter for {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {day}{where}: {booked} booked, {missing} not booked, clashes: {clashes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is booked by {count} families: keep one and call the others to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family under “Not booked yet” and one time in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slip is for another meeting; choose it above first. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} booked at {time} from the paper slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing the booking slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one booked time in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a time booked by one family (settle a clash first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished">Xusuusin</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>News: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>War: {title}</translation>
    </message>
    <message>
        <source>For the whole school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsiga oo dhan</translation>
    </message>
    <message>
        <source>For the class</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fasalka</translation>
    </message>
    <message>
        <source>{day}, {author}. {whose}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{day}, {author}. {whose}</translation>
    </message>
    <message>
        <source>Published</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>La daabacay</translation>
    </message>
    <message>
        <source>The news</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Warka</translation>
    </message>
</context>
<context>
    <name>NewsComposer</name>
    <message>
        <source>News title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Our trip to the museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What families should know, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;date for families&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a date for families&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Class assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the school hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation type="unfinished"> (cinwaan)</translation>
    </message>
    <message>
        <source>Add photos to the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a title and the news, or add a date, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the news a title: families see it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the news itself under the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is happening on that date, e.g. Class assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a day to come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>News and events</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>War iyo munaasabado</translation>
    </message>
    <message>
        <source>No news from the class or school yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli war fasalka ama dugsiga ka yimid ma jiro.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Class news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This half-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News published this half-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;News this half-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News this half-term (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates this half-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates this half-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates this half-term (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the newsletter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the class newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to the class&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Write to the class&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This half-term: {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing published this half-term yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates this half-term yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}). Check that it is still there, or remove it from the news; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “{title}” to {class_name}&apos;s families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name} newsletter, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the newsletter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperReplyDialog</name>
    <message>
        <source>Record a paper reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 26W47-K7QF-2XM9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from the top right of the page, or scan its QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the entry for this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the entry, or the work folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What school wrote that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the family wrote, as they wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They ticked “I have read this” (or signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Kaydi</translation>
    </message>
    <message>
        <source>Save the paper reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home learning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link-book entries or work folders for that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work folder, week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work folder, month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They ticked “We did this”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family&apos;s comment, as they wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s comment on the home learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already marked done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family&apos;s comment on the work, as they wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s comment on the work folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pieces of work yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already commented by %1: “%2” (saving replaces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote on the paper (the name under the signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Type the next code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Record a paper signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({party})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Dhibaato</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ka noqo</translation>
    </message>
    <message>
        <source>&amp;Who signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name as signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the person who signed, as it reads on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperViewsDialog</name>
    <message>
        <source>Record views from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 26W47-K7QF-2XM9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the child for this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Kaydi</translation>
    </message>
    <message>
        <source>Save the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is going well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps at home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To talk about, and hopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I like coming to school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get help when I need it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have friends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel safe at school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am learning new things:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no face ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy face (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay face (sometimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad face (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Type the next code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week or month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases for every class. Each belongs to a part of the entry; order them as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes in caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move phrase up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move phrase down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrases in the families&apos; languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Finding phrases to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a quick phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a quick phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a quick phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordering quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseCorrectionsDialog</name>
    <message>
        <source>Correct printed translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words families should read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the shipped translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Preview of the printed phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the printed phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no shipped translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the shipped words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: packs print these words from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped translation prints again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasePanel</name>
    <message>
        <source>&amp;Quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 puts a phrase where you are typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrase keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;phrases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseTranslationsDialog</name>
    <message>
        <source>“{english}” needs translating into {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases in the families&apos; languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that need translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words as they stand are right: record that you checked them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the translation checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Loading the phrases&apos; translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phrase is translated for the families who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {name}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a translation checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <source>{met} met, {partly} partly, {not_yet} not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the review of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed for version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: {working} Not working: {not_working}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of version {reviewed}, made version {made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tally}. Came: {came}. Decisions: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHistoryPane</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s versions and reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewsScreen</name>
    <message>
        <source>To assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the annual review &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a pupil with an EHC plan: the plan, the views, progress and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess, review and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;plans, those due soonest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the support plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next review {day} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pupil}: {title}, version {number}. {stage}.{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is a draft: sign it with the family and put it in force on the Agreements and plans screen, then review it here when it falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved. Version {number} is a draft with the next targets: sign it with the family and put it in force on the Agreements and plans screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is attached. Say whose report it is and what it says in short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be shown here: it is not a PDF or a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the annual review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mornings are calmer with the visual timetable. She still finds the dinner hall loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I like the quiet corner. Lunch is too noisy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the family app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on paper, typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a scanned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} handwritten answer(s) kept as pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved yet. An import adds and changes; it never deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class for pupils the file puts in none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils the file puts in no &amp;class go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil, family member or row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen line in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the files cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them da&amp;y first (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dates day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them mo&amp;nth first (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dates month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files and comparing them with the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from these files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date of birth in these files reads both ways (03/04/2018 could be 3 April or 4 March). Say which the files use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Go Back to choose other files or columns, or correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the school already holds everything in these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year group (a class for each year, made if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: {description}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils: {added} to add, {changed} to change, {unchanged} unchanged; {left} in the school but not in the files are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members: {added} to add, {changed} to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes to create: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils rejected for want of a class: choose their class below, and they will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) will not be imported: see Rejected below for the line and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, {delimiter}, dates {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, not imported ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils to add ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, into {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils to change ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils unchanged ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes to create ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members to add or change ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where the PDF was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the disk holding {folder} is full. Free some space or choose another folder, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished">Kor u akhrin</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main language at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred way to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. after 6pm, not on Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the family prefers to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers to r&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (caption)</source>
        <translation type="unfinished"> (cinwaan)</translation>
    </message>
    <message>
        <source>What matters to the child (ticked: sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to the child (tick an item to mark it sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to the child (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that matters to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditions, pets, a bereavement, an illness…; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the family profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Loading the family profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive note (for the class teacher, SENCO and admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}&apos;s family profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the family profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Horumar</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil to see their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marks and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are &amp;learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the pupil&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the chart (marks in words): {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks or feedback in this pupil&apos;s folders yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilField</name>
    <message>
        <source>No pupil on roll is called “{text}”; type part of a name or a UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pupils match “{text}”; type more of the name, or choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has special educational needs support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an education, health and care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilTimelineView</name>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation type="unfinished">Waxa aan barannay</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished">Guulo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished">Xusuusin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, food, care and first aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link book</source>
        <translation type="unfinished">Buugga xiriirka</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the link book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noting who opened the link book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Fiiro gaar ah</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from home</source>
        <translation type="unfinished">guriga ka yimid</translation>
    </message>
    <message>
        <source>from home, on paper (typed in by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from school</source>
        <translation type="unfinished">dugsiga ka yimid</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished">warqad</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation type="unfinished">app-ka</translation>
    </message>
    <message>
        <source>Read by {name} {how}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet for these dates and sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reply from home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on the returned page:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Something went wrong ({kind}). Nothing half-done was saved; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hagaag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xidh</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Haa</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Maya</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kaydi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Iska daa</translation>
    </message>
</context>
<context>
    <name>ReachView</name>
    <message>
        <source>in the app</source>
        <translation type="unfinished">app-ka</translation>
    </message>
    <message>
        <source>paper page back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call, visit or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has come back from this family yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device, and no paper back in four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the app, unopened for three weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing back on any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in {language} with an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a large-print pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the week home on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached in &amp;school days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days (caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class&apos;s families (the head and the family liaison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families and their last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Finding families not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">weligeed</translation>
    </message>
    <message>
        <source>{missing} of {total} families not reached in {days} school days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read &amp;aloud</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>K&amp;or u akhri</translation>
    </message>
    <message>
        <source>Read the entry aloud</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalka kor u akhri</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jooji akh&amp;rinta</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Jooji kor u akhrinta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kor u akhrin</translation>
    </message>
    <message>
        <source>Linkbook has no voice that speaks {language}, so it cannot read this aloud. Read it on the screen, or ask the school for a paper copy.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook ma laha cod ku hadla {language}, sidaas darteed kor uma akhriyi karo tan. Ka akhri shaashadda, ama dugsiga ka codso nuqul warqad ah.</translation>
    </message>
    <message>
        <source>This entry has nothing written in it to read aloud.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalkan kuma jiro wax kor loo akhriyo.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found, so the entry cannot be read aloud. Connect some or turn the sound on, then press Read aloud again.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Lama helin sameecad ama dhegeysi, sidaas darteed qoraalka kor looma akhriyi karo. Ku xir mid, ama shid codka, kadibna mar kale riix Kor u akhri.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice could not read the entry: {reason}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Codka kombiyuutarku ma akhriyi karin qoraalka: {reason}</translation>
    </message>
    <message>
        <source>Getting the entry ready to read aloud</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalka waxaa loo diyaarinayaa in kor loo akhriyo</translation>
    </message>
    <message>
        <source>The sound could not be played on this computer&apos;s speaker or headphones.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Codku kama soo bixi karin sameecadda ama dhegeysiga kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The sound stopped: the speaker or headphones went away.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Codku wuu istaagay: sameecadda ama dhegeysiga waa la saaray.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>{title} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link book</source>
        <translation type="unfinished">Buugga xiriirka</translation>
    </message>
    <message>
        <source>Work folders</source>
        <translation type="unfinished">Galalka shaqada</translation>
    </message>
    <message>
        <source>SEN records and support plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-school agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil record (everything about the child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-book entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN records and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link-book entries due for deletion, with every reply and acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work folders due for deletion, with every piece of work, photo and comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support plans and one-page profiles, with every version and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the home-school agreements, with every version and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything held about them: link book with replies, agreements and plans with every version and signature, work folders, every photo that shows them, family contacts who are nobody else&apos;s, and their photo-consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access (one calendar month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational record (15 school days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by {count} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the school&apos;s administrator may read the audit log: it shows what every member of staff looked at and did. Ask your administrator if you need to know who saw a child&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the audit log is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for a child&apos;s records are handled by the school&apos;s administrator and the SENCO. If a parent asks you for their child&apos;s records, note the day they asked and pass the request on to them today: the time to answer starts when the school receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the register of requests is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing records due for deletion, and erasing them, is the school administrator&apos;s job as the school&apos;s data protection lead; ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why retention is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies waiting: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies waiting: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read at home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the entry of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;paper (a returned slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to me in &amp;person or by message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished">&amp;Jawaab</translation>
    </message>
    <message>
        <source>They ticked “I have read this”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what they wrote, or tick that they read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left, or how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this pupil&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;nswered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil the request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type part of a name or a UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their name, and how they are related to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pup&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>&amp;Requests for a child&apos;s records, the oldest due first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased, or no longer on roll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the pupil the request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered the request about {pupil}; answer it by {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {entries} entries, {agreements} agreements and plans, {folders} folders, {files} files, {events} audit events. Hand it over, delete your copy, then mark the request answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing everything held about {pupil}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a pupil&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this pupil&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request from {requester} is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPane</name>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the records due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type part of a name or a UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this &amp;pupil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a pupil who has left, or whose family asked for erasure, &amp;now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for deletion today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Records past their retention period (periods from the IRMS toolkit for schools, unless the school set its own). Nothing is erased until you say so:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing records due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the school&apos;s own records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log and the register of requests are not pruned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the pupil to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pupil} is erased ({counts}). Make a new backup now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased {pupil}&apos;s records that were due ({counts}). Make a new backup now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMeetingForm</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on each target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Horumar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Fiiro gaar ah</translation>
    </message>
    <message>
        <source>Evidence for the chosen target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence for the chosen target (tick what shows it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of a report: a PDF, or a scan (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next targets, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the next review&apos;s &amp;date (otherwise one term on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the next review&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes in the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the review and make the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;family&apos;s views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The c&amp;hild&apos;s views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What c&amp;hanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Returned pages to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the page says as a paper reply; the page then leaves the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typed in by hand: mark filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After recording what the page says with Paper &gt; Record a paper reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReminderBanner</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviews to hold with the family: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements and plans in force with a review or target due in the weeks ahead, and those &amp;overdue; a plan with no date is due one term after its last review. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (termly)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPrintDialog</name>
    <message>
        <source>Print packs for the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week such as 2026-W47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only families who asked for &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only families who asked for paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s &amp;link-book pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-book pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work folders</source>
        <translation type="unfinished">Galalka shaqada</translation>
    </message>
    <message>
        <source>Agreements waiting for the family&apos;s &amp;signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;news and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ka noqo</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a week, such as 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what goes in the packs: the link-book pages, the work folders, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the school calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPrintJob</name>
    <message>
        <source>Cancel printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel printing the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped: nothing was previewed, printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{packs} packs for {classes} classes, {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {folders} work folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. No child has a work folder for week {week}: make them on the Work folders tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole school, week {week}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the school: names, words from entries, replies, agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found: people first, then records newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>{name} · family member of {pupil}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · pupil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Fiiro gaar ah</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session}: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} mood note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal}: how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source> minutes</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation> daqiiqo</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xir marka intan daqiiqo aan la isticmaalin</translation>
    </message>
    <message>
        <source>&amp;Lock when unused for</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Xir marka aan la isticmaalin</translation>
    </message>
    <message>
        <source>Lock when unused for (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xir marka aan la isticmaalin (cinwaan)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Luqadda barnaamijka</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Luqadda nidaamka</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Luqadda barnaamijka</translation>
    </message>
    <message>
        <source>Interface language (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Luqadda barnaamijka (cinwaan)</translation>
    </message>
    <message>
        <source>Interface text size</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cabbirka qoraalka barnaamijka</translation>
    </message>
    <message>
        <source>As the system sets it</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sida nidaamku dejiyey</translation>
    </message>
    <message>
        <source>Larger (125%)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka weyn (125%)</translation>
    </message>
    <message>
        <source>Much larger (150%)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Aad uga weyn (150%)</translation>
    </message>
    <message>
        <source>Largest (175%)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ugu weyn (175%)</translation>
    </message>
    <message>
        <source>Interface &amp;text</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Qoraalka barnaamijka</translation>
    </message>
    <message>
        <source>Interface text (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qoraalka barnaamijka (cinwaan)</translation>
    </message>
    <message>
        <source>The language and the text size change the next time Linkbook starts.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Luqadda iyo cabbirka qoraalku waxay isbeddelayaan marka xigta ee Linkbook la furo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fiiro gaar ah</translation>
    </message>
    <message>
        <source>These settings belong to this computer&apos;s account, not to the school: each person chooses their own.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dejintani waxay u gaar tahay akoonkan kombiyuutarka, ma aha dugsiga: qof walba kiisa ayuu doortaa.</translation>
    </message>
    <message>
        <source>About these settings</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku saabsan dejintan</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kaydi ama ka noqo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Kaydi</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kaydi dejinta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Dejinta…</translation>
    </message>
</context>
<context>
    <name>SignaturesPane</name>
    <message>
        <source>Signatures on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a paper signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures on version {number} ({status}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffNoteDialog</name>
    <message>
        <source>Staff-only note: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-only note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For colleagues only: this note is never printed on the family&apos;s pages and never sent to their device. A subject-access export lists it for review. A safeguarding concern goes to the Designated Safeguarding Lead, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About staff-only notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation type="unfinished">Kaydi ama ka noqo</translation>
    </message>
</context>
<context>
    <name>StrengthenPassphraseDialog</name>
    <message>
        <source>Choose a stronger passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school&apos;s passphrase is easy to guess: {why} Anyone with a copy of the school&apos;s files could try it. Choose a stronger one now; the records stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished">Mar &amp;kale</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one in both boxes.</source>
        <translation type="unfinished">Labada eray ee sirta ah way kala duwan yihiin. Ku qor isla mid labada sanduuq.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>S&amp;ync now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda is&amp;ku xir</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda isku xir</translation>
    </message>
    <message>
        <source>Send what you wrote to school and fetch what is new</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>U dir dugsiga waxaad qortay oo soo qaado waxa cusub</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xirkii ugu dambeeyey</translation>
    </message>
    <message>
        <source>Syncing with school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xirka dugsiga</translation>
    </message>
    <message>
        <source>Reading the sync status</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Akhrinta xaaladda isku xirka</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli lama isku xirin.</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xirkii ugu dambeeyey {when}.</translation>
    </message>
    <message>
        <source>The school has removed this device from its link book, so it no longer sends or receives. Everything already here stays and can still be read. To connect again, ask the school for a new invitation.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsigu qalabkan wuu ka saaray buuggiisa xiriirka, sidaas darteed wax ma diro mana helo. Wax walba oo horay halkan u jiray way joogayaan welina waa la akhrin karaa. Si aad dib ugu xirmato, dugsiga ka codso martiqaad cusub.</translation>
    </message>
    <message>
        <source>Could not reach the school last time; nothing you wrote is lost.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Markii hore dugsiga lama gaarin; waxaad qortay waxba kama lumin.</translation>
    </message>
    <message>
        <source>{count} changes wait to be sent.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isbeddellada sugaya in la diro: {count}.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>S&amp;ync and devices…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Is&amp;ku xidhka iyo qalabka…</translation>
    </message>
    <message>
        <source>Where this computer syncs, invitations and devices</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Halka kombiyuutarkani ku xidhmo, martiqaadyada iyo qalabka</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda is&amp;ku xir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda dir oo hel isbeddellada</translation>
    </message>
    <message>
        <source>Sync and devices</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidhka iyo qalabka</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xidh</translation>
    </message>
    <message>
        <source>Close sync and devices</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xidh isku xidhka iyo qalabka</translation>
    </message>
    <message>
        <source>&amp;Join a school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Ku biir dugsi</translation>
    </message>
    <message>
        <source>Set up the school&apos;s sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Deji isku xidhka dugsiga</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kombiyuutarkan&amp;a</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Martiqaad</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Qalabka</translation>
    </message>
    <message>
        <source>Working…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ma shaqayn ({kind}); waxba lama beddelin.</translation>
    </message>
    <message>
        <source>(caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>(cinwaan)</translation>
    </message>
    <message>
        <source>The shared folder or USB stick to sync through</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka la wadaago ama USB-ga lagu isku xidho</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced just now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda uun ayaa la isku xiray</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>La isku xiray %n daqiiqo ka hor</numerusform>
            <numerusform>La isku xiray %n daqiiqo ka hor</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>La isku xiray {time}</translation>
    </message>
    <message>
        <source>Synced on {date}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>La isku xiray {date}</translation>
    </message>
    <message>
        <source>Sync: checking…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidhka: waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Not syncing: {message}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidh ma jiro: {message}</translation>
    </message>
    <message>
        <source>Not syncing: set up sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku xidh ma jiro: deji isku xidhka</translation>
    </message>
    <message>
        <source>Removed from the school&apos;s sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Laga saaray isku xidhka dugsiga</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waa la isku xidhayaa…</translation>
    </message>
    <message>
        <source>Waiting for the school office to approve this device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxaa la sugayaa in xafiiska dugsigu ansixiyo qalabkan</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaato isku xidh: {message}</translation>
    </message>
    <message>
        <source>Offline: will try again at {time}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Khadka kama jiro: mar kale ayuu isku dayi doonaa {time}</translation>
    </message>
    <message numerus="yes">
        <source> (%n change(s) waiting)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform> (isbeddello sugaya: %n)</numerusform>
            <numerusform> (isbeddello sugaya: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli lama isku xirin</translation>
    </message>
    <message>
        <source>The school&apos;s records wait to be sent</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Diiwaannada dugsiga ayaa sugaya in la diro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>Isbeddello sugaya: %n</numerusform>
            <numerusform>Isbeddello sugaya: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed batch(es) of changes waiting to be sent</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>Xidhmooyin isbeddello ah oo sugaya in la diro: %n</numerusform>
            <numerusform>Xidhmooyin isbeddello ah oo sugaya in la diro: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The school office removed this computer from the school&apos;s sync, so it no longer sends or receives changes. Everything already on this computer stays here and can still be read. To sync again, ask the school office for a new invitation.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xafiiska dugsigu wuxuu kombiyuutarkan ka saaray isku xidhka dugsiga, sidaas darteed ma diro mana helo isbeddello. Wax kasta oo horey ugu jiray kombiyuutarkan halkan ayay ku jiraan, weli waa la akhrin karaa. Si aad mar kale isugu xidho, xafiiska dugsiga ka codso martiqaad cusub.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to choose between</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>Qoraallo laga dooranayo: %n</numerusform>
            <numerusform>Qoraallo laga dooranayo: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not sync with the school yet. Click to set it up or join.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kombiyuutarkani weli lama xidhiidho dugsiga. Guji si aad u dejiso ama ugu biirto.</translation>
    </message>
    <message>
        <source>Syncs with: {target}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Wuxuu la xidhmaa: {target}</translation>
    </message>
    <message>
        <source>This device: {role} ({device})</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qalabkan: {role} ({device})</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>weligeed</translation>
    </message>
    <message>
        <source>Last synced: {when}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Markii ugu dambaysay ee la isku xiray: {when}</translation>
    </message>
    <message>
        <source>Last tried: {when}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isku daygii ugu dambeeyay: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>Isbeddello sugaya in la diro: %n</numerusform>
            <numerusform>Isbeddello sugaya in la diro: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The records this computer held before it synced are sent by its first sync.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Diiwaannada kombiyuutarkani haystay ka hor inta aan la isku xirin waxaa la diraa isku xidhka ugu horreeya.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices: click to choose which to keep</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>
            <numerusform>Qoraallo lagu beddelay laba qalab: %n. Guji si aad u doorato kan la hayo</numerusform>
            <numerusform>Qoraallo lagu beddelay laba qalab: %n. Guji si aad u doorato kan la hayo</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: {error}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaatadii ugu dambaysay: {error}</translation>
    </message>
    <message>
        <source>Click for sync and devices; Ctrl+Shift+S syncs now.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Guji si aad u furto isku xidhka iyo qalabka; Ctrl+Shift+S hadda ayuu isku xiraa.</translation>
    </message>
    <message>
        <source>the school&apos;s admin device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>qalabka maamulka dugsiga</translation>
    </message>
    <message>
        <source>a staff device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>qalab shaqaale</translation>
    </message>
    <message>
        <source>a family device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>qalab qoys</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xaaladda isku xidhka</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of each target&apos;s progress at each review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet: each target&apos;s progress appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {number}, {target}: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet. Each target&apos;s progress (met, partly, not yet) appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <source>Home learning: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Shaqada guriga: {title}</translation>
    </message>
    <message>
        <source>More detail</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faahfaahin dheeraad ah</translation>
    </message>
    <message>
        <source>Written in English</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Af Ingiriisi ku qoran</translation>
    </message>
    <message>
        <source>By when</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ilaa goorma</translation>
    </message>
    <message>
        <source>Guidance heading</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaanka talooyinka</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Talooyin</translation>
    </message>
    <message>
        <source>We did this: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waan samaynay: {title}</translation>
    </message>
    <message>
        <source>on paper</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>warqad</translation>
    </message>
    <message>
        <source>in the app</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>app-ka</translation>
    </message>
    <message>
        <source>Marked done by {name}, {when} ({how})</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{name} ayaa calaamadiyey in la sameeyey, {when} ({how})</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>La sameeyey</translation>
    </message>
    <message>
        <source>{name} wrote:</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>{name} ayaa qoray:</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faalladaada</translation>
    </message>
    <message>
        <source>Your comment on {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Faalladaada {title}</translation>
    </message>
    <message>
        <source>&amp;Send to school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;U dir dugsiga</translation>
    </message>
    <message>
        <source>Send to school: {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>U dir dugsiga: {title}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaato</translation>
    </message>
    <message>
        <source>Tick “we did this”, or write a comment, first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Marka hore calaamadee “Waan samaynay”, ama qor faallo.</translation>
    </message>
    <message>
        <source>Sending to school</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxaa loo dirayaa dugsiga</translation>
    </message>
</context>
<context>
    <name>TeacherDayView</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Loading the safeguarding words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one note and put it on every chosen child&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-only note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-only note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on this child&apos;s saved entry that never goes home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go to the next child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves and moves on · Alt+↑/↓ moves between children · drafts are kept as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, entry and phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school is closed that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in the school holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not a school day: {reason}. What you save for it is kept, and printed at the end of that week&apos;s pack. For the last school day, choose {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no classes yet. Import a class list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has not happened yet. Write today&apos;s entries, and put what is coming in the reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the class&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no pupils on roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; changes kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThisDevicePanel</name>
    <message>
        <source>Sync state</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Xaaladda isku xidhka</translation>
    </message>
    <message>
        <source>Syncs with</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxay la xidhantaa</translation>
    </message>
    <message>
        <source>This device</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qalabkan</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Markii ugu dambaysay ee la isku xidhay</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isbeddellada sugaya</translation>
    </message>
    <message>
        <source>Records with two versions</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Diiwaanno leh laba nooc</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda is&amp;ku xir</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda isku xir</translation>
    </message>
    <message>
        <source>C&amp;hoose between texts…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka do&amp;oro qoraallada…</translation>
    </message>
    <message>
        <source>Choose between texts changed on two devices</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka dooro qoraallada lagu beddelay laba qalab</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Sugaya in la diro</translation>
    </message>
    <message>
        <source>To choose between</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Si loo doorto</translation>
    </message>
    <message>
        <source>New sync server address</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaanka cusub ee seerfarka isku xidhka</translation>
    </message>
    <message>
        <source>New sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka cusub ee isku xidhka</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Raadi…</translation>
    </message>
    <message>
        <source>Choose a sync folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dooro gal isku xidh</translation>
    </message>
    <message>
        <source>&amp;Use this instead</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Kan isticmaal</translation>
    </message>
    <message>
        <source>Sync with this server or folder instead</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku xidh seerfarkan ama galkan</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariinta isku xidhka</translation>
    </message>
    <message>
        <source>Removed from the school&apos;s sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Laga saaray isku xidhka dugsiga</translation>
    </message>
    <message>
        <source>Another ser&amp;ver</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Seerfar ka&amp;le</translation>
    </message>
    <message>
        <source>Another server (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Seerfar kale (cinwaan)</translation>
    </message>
    <message>
        <source>or a &amp;folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>ama &amp;gal</translation>
    </message>
    <message>
        <source>Or a folder (caption)</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ama gal (cinwaan)</translation>
    </message>
    <message>
        <source>Sync somewhere else (the school moved its server, or uses a USB stick):</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Meel kale ku xidh (dugsigu wuu raray seerfarkiisa, ama wuxuu isticmaalaa USB):</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>weligeed</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>weli lama ansixin</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>waxba</translation>
    </message>
    <message>
        <source>From now on this computer syncs with {target}.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Hadda wixii ka dambeeya kombiyuutarkani wuxuu la xidhmayaa {target}.</translation>
    </message>
    <message>
        <source>Changing where to sync</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Beddelidda halka la isku xidho</translation>
    </message>
</context>
<context>
    <name>TopicsTableModel</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationsWanted</name>
    <message>
        <source>Message for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation type="unfinished">Waxa aan barannay</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished">Guulo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished">Xusuusin</translation>
    </message>
    <message>
        <source>A note from school</source>
        <translation type="unfinished">Fariin ka timid dugsiga</translation>
    </message>
</context>
<context>
    <name>TranslationsWantedDialog</name>
    <message>
        <source>Translations wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many parts wait for a translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries waiting for a translation, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English, as the teacher wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the translation and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Xidh</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Fariin</translation>
    </message>
    <message>
        <source>Type the translation yourself: families see it beside the English, with your name. Nothing is translated by machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the families&apos; languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family reads a language other than English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the entries to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the English changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to translate into {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated by {name} before the English changed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation into {language}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock Linkbook</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fur Linkbook</translation>
    </message>
    <message>
        <source>This school is locked</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsigan waa xiran yahay</translation>
    </message>
    <message>
        <source>Heading</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <source>School folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka dugsiga</translation>
    </message>
    <message>
        <source>School folder caption</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galka dugsiga (cinwaan)</translation>
    </message>
    <message>
        <source>This is the demo school. Its passphrase is: {passphrase}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Kani waa dugsiga tijaabada. Erayga sirta ah waa: {passphrase}</translation>
    </message>
    <message>
        <source>Demo school hint</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Tilmaanta dugsiga tijaabada</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Erayga sirta ah</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>The school&apos;s passphrase</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah ee dugsiga</translation>
    </message>
    <message>
        <source>Passphrase caption</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Erayga sirta ah (cinwaan)</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fariin</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Furitaan</translation>
    </message>
    <message>
        <source>Use this computer&apos;s &amp;keychain</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Isticmaal &amp;furaha kombiyuutarkan</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s keychain</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ku fur furaha kombiyuutarkan</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>&amp;Fur</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fur</translation>
    </message>
    <message>
        <source>There is no Linkbook school in {folder} yet. Create one below, or open the demo school to look around first.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Weli ma jiro dugsi Linkbook ah oo ku jira {folder}. Hoos ka abuur mid, ama marka hore fur dugsiga tijaabada si aad u eegto.</translation>
    </message>
    <message>
        <source>There is no school in this folder</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Galkan dugsi kuma jiro</translation>
    </message>
    <message>
        <source>This school cannot be opened</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dugsigan lama furi karo</translation>
    </message>
    <message>
        <source>Linkbook cannot read the key file in {folder}: {problem}.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook ma akhrin karo faylka furaha ee {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Type the school&apos;s passphrase, then press Enter.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qor erayga sirta ah ee dugsiga, kadib riix Enter.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waa la furayaa…</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold this school&apos;s key. Use the passphrase.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Furaha kombiyuutarkan kuma jiro furaha dugsigan. Isticmaal erayga sirta ah.</translation>
    </message>
    <message>
        <source>Linkbook could not open this school ({problem}). Nothing was changed. Try again; if it keeps happening, restore the school from a backup.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Linkbook ma furi karin dugsigan ({problem}). Waxba lama beddelin. Isku day mar kale; haddii ay sii socoto, dugsiga ka soo celi kayd.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{document}” has changes that are not saved yet. Save them before moving on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in a few words (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a new version. What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Dhibaato</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what changed in this version, then save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Looking for unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back in the document: save them when they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionColumn</name>
    <message>
        <source>Text {number}, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep text &amp;{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine, starting from text {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a combined text, starting from text {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsCard</name>
    <message>
        <source>Your views before the review of {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fikradahaaga ka hor dib-u-eegista {title}</translation>
    </message>
    <message>
        <source>The plan is reviewed on {day}. Before we meet, please tell us what you think.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Qorshaha dib ayaa loo eegi doonaa {day}. Ka hor intaynaan kulmin, fadlan noo sheeg waxaad ka qabto.</translation>
    </message>
    <message>
        <source>Before the review, please tell us what you think.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka hor dib-u-eegista, fadlan noo sheeg waxaad ka qabto.</translation>
    </message>
    <message>
        <source>Views sent</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fikradaha waa la diray</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa si fiican u socda</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa adag</translation>
    </message>
    <message>
        <source>What helps at home</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa guriga ku caawiya</translation>
    </message>
    <message>
        <source>What we would like to talk about, and our hopes</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxa aan jeclaan lahayn inaan ka hadalno, iyo rajadayada</translation>
    </message>
    <message>
        <source>Problem with your views</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dhibaato fikradahaaga ah</translation>
    </message>
    <message>
        <source>&amp;Send my views</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dir &amp;fikradahayga</translation>
    </message>
    <message>
        <source>Send my views on {title}</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dir fikradahayga ku saabsan {title}</translation>
    </message>
    <message>
        <source>Reading your views</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fikradahaaga ayaa la akhrinayaa</translation>
    </message>
    <message>
        <source>Thank you: you sent your views on {when}. You can add more below.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Mahadsanid: fikradahaaga waxaad dirtay {when}. Hoos waad ku dari kartaa wax kale.</translation>
    </message>
    <message>
        <source>What you sent</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Waxaad dirtay</translation>
    </message>
    <message>
        <source>Write at least one answer before sending.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Ka hor intaadan dirin, qor ugu yaraan hal jawaab.</translation>
    </message>
    <message>
        <source>Sending your views</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fikradahaaga ayaa la dirayaa</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Your views</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Fikradahaaga</translation>
    </message>
    <message>
        <source>No review is coming up: nothing to answer now.</source>
        <translatorcomment>Starter translation: awaits a native speaker&apos;s check.</translatorcomment>
        <translation>Dib-u-eegis soo socota ma jirto: hadda wax laga jawaabo ma jiraan.</translation>
    </message>
</context>
<context>
    <name>WorkFoldersScreen</name>
    <message>
        <source>Work folders</source>
        <translation type="unfinished">Galalka shaqada</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils and their folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create folder for the &amp;pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this period&apos;s folder for the chosen pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create folders for the &amp;whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this period&apos;s folders for the whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a draft folder for {period} for every pupil who has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pupil in the class has a folder for {period} ({count} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the class&apos;s folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Usage: python -m desktop.ui.screenshots OUTDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkbook — a teacher&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
