"""The demo school's work folders: the last few weeks of each child's work, some photographed, some
returned with a family's comment.
"""

import datetime as dt

from desktop.domain.calendar import Period
from desktop.domain.families import Channel
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FamilyComment, FolderStatus, WorkFolder, WorkItem
from desktop.services import demo_data as data
from desktop.services.demo_pictures import work_picture
from desktop.services.demo_state import BuiltChild, DemoState


class FolderBuilder(DemoState):
    """One folder a week for each child, for the plan's last `folder_weeks` weeks."""

    def _folders(self, child: BuiltChild) -> None:
        pupil = child.pupil
        weeks = sorted({Period.week_of(d) for d in self.days})[-self.plan.folder_weeks :]
        this_week = Period.week_of(self.plan.today)
        for period in weeks:
            done_days = [d for d in self.days if period.contains(d)]
            items: list[WorkItem] = []
            subjects = self.rng.sample(sorted(data.WORK), self.rng.randint(2, 4))
            for subject in subjects:
                title = self.rng.choice(data.WORK[subject])
                done_on = self.rng.choice(done_days)
                photographed = subject in ("Art", "DT") or self.rng.random() < 0.2
                attachment_ids: tuple[str, ...] = ()
                if photographed and self.plan.images:
                    image = work_picture(self.pictures, title, pupil.legal_first_name)
                    at = dt.datetime.combine(done_on, dt.time(15, 45))
                    filename = f"{subject.lower()}-{done_on.isoformat()}.png"
                    attachment = self.writer.attachment(image, filename, (pupil.id,), at)
                    attachment_ids = (attachment.id,)
                    self.counts.attachments += 1
                items.append(
                    WorkItem(
                        subject=subject,
                        title=title,
                        done_on=done_on,
                        feedback=self.rng.choice(data.FEEDBACK) if self.rng.random() < 0.8 else "",
                        mark=self.rng.choice(data.MARKS),
                        attachment_ids=attachment_ids,
                    )
                )
            items.sort(key=lambda i: i.done_on)
            status, comment = FolderStatus.DRAFT, None
            if period != this_week and period.end < self.plan.today:
                status = FolderStatus.SENT
                returned_on = period.end + dt.timedelta(days=2)
                if returned_on < self.plan.today and self.rng.random() < 0.75 and child.family:
                    status, comment = FolderStatus.RETURNED, self._folder_comment(child, returned_on)
                    if self.reach.silent(pupil.id, returned_on):
                        status, comment = FolderStatus.SENT, None
            self.writer.folder(WorkFolder(pupil.id, period, status, tuple(items), comment))
            self.counts.folders += 1

    def _folder_comment(self, child: BuiltChild, day: dt.date) -> FamilyComment:
        member = child.family[0]
        texts = data.FOLDER_COMMENTS.get(member.home_language, ())
        text = self.rng.choice(texts if texts and self.rng.random() < 0.5 else data.FOLDER_COMMENTS["ENG"])
        method = Method.PAPER if member.channel is Channel.PAPER else Method.DIGITAL
        return FamilyComment(text, member.name, dt.datetime.combine(day, dt.time(19, 30)), method)
