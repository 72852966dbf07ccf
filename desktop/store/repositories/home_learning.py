"""Home-learning tasks and each pupil's return in the database (see schema_home_learning)."""

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.home_learning import HomeLearningReturn, HomeLearningTask
from desktop.domain.linkbook import Method
from desktop.store.chunks import in_chunks
from desktop.store.schema_home_learning import HomeLearningPupilRow, HomeLearningTaskRow


def _method(value: str | None) -> Method | None:
    return Method(value) if value else None


def _return(row: HomeLearningPupilRow) -> HomeLearningReturn:
    return HomeLearningReturn(
        task_id=row.task_id,
        pupil_id=row.pupil_id,
        done=row.done,
        done_at=row.done_at,
        done_by=row.done_by,
        done_method=_method(row.done_method),
        comment=row.comment_text,
        comment_by=row.comment_by,
        comment_at=row.comment_at,
        comment_method=_method(row.comment_method),
    )


class HomeLearningRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, task: HomeLearningTask) -> None:
        """The task and a row for each pupil it is for, in one go (the rows decide where it syncs)."""
        self.session.add(
            HomeLearningTaskRow(
                id=task.id,
                class_id=task.class_id,
                title=task.title,
                details=task.details,
                due_on=task.due_on,
                set_on=task.set_on,
                set_by=task.set_by,
                minutes=task.minutes,
                guidance=list(task.guidance),
                together=task.together,
            )
        )
        self.session.flush()
        self.session.add_all(
            HomeLearningPupilRow(task_id=task.id, pupil_id=pupil_id) for pupil_id in task.pupil_ids
        )
        self.session.flush()

    def _tasks(self, rows: list[HomeLearningTaskRow]) -> list[HomeLearningTask]:
        ids = [r.id for r in rows]
        pupils: dict[str, list[str]] = {}
        for task_id, pupil_id in self.session.execute(
            select(HomeLearningPupilRow.task_id, HomeLearningPupilRow.pupil_id)
            .where(HomeLearningPupilRow.task_id.in_(ids))
            .order_by(HomeLearningPupilRow.pupil_id)
        ):
            pupils.setdefault(task_id, []).append(pupil_id)
        return [
            HomeLearningTask(
                class_id=r.class_id,
                title=r.title,
                due_on=r.due_on,
                set_on=r.set_on,
                set_by=r.set_by,
                pupil_ids=tuple(pupils.get(r.id, ())),
                details=r.details,
                minutes=r.minutes,
                guidance=tuple(str(g) for g in r.guidance),
                together=r.together,
                id=r.id,
            )
            for r in rows
        ]

    def task(self, task_id: str) -> HomeLearningTask | None:
        row = self.session.get(HomeLearningTaskRow, task_id)
        return self._tasks([row])[0] if row is not None else None

    def for_class(self, class_id: str) -> list[HomeLearningTask]:
        """A class's tasks, the latest due first."""
        rows = self.session.scalars(
            select(HomeLearningTaskRow)
            .where(HomeLearningTaskRow.class_id == class_id)
            .order_by(HomeLearningTaskRow.due_on.desc(), HomeLearningTaskRow.title)
        )
        return self._tasks(list(rows))

    def for_pupil(
        self, pupil_id: str, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[tuple[HomeLearningTask, HomeLearningReturn]]:
        """A pupil's tasks with their return, the latest due first; with dates, those set on or before
        `last` and due on or after `first` (the tasks a week's pack carries)."""
        query = (
            select(HomeLearningTaskRow, HomeLearningPupilRow)
            .join(HomeLearningPupilRow, HomeLearningPupilRow.task_id == HomeLearningTaskRow.id)
            .where(HomeLearningPupilRow.pupil_id == pupil_id)
            .order_by(HomeLearningTaskRow.due_on.desc(), HomeLearningTaskRow.title)
        )
        if first is not None:
            query = query.where(HomeLearningTaskRow.due_on >= first)
        if last is not None:
            query = query.where(HomeLearningTaskRow.set_on <= last)
        found = [(task, row) for task, row in self.session.execute(query)]
        tasks = self._tasks([t for t, _ in found])
        return [(task, _return(row)) for task, (_, row) in zip(tasks, found, strict=True)]

    def for_pupils(
        self, pupil_ids: list[str], first: dt.date, last: dt.date
    ) -> dict[str, list[tuple[HomeLearningTask, HomeLearningReturn]]]:
        """for_pupil with dates for each of many pupils (a class, for its packs), read together: each
        pupil's list in the same order, every pupil listed."""
        found: dict[str, list[tuple[HomeLearningTask, HomeLearningReturn]]] = {p: [] for p in pupil_ids}
        for chunk in in_chunks(dict.fromkeys(pupil_ids)):
            query = (
                select(HomeLearningTaskRow, HomeLearningPupilRow)
                .join(HomeLearningPupilRow, HomeLearningPupilRow.task_id == HomeLearningTaskRow.id)
                .where(
                    HomeLearningPupilRow.pupil_id.in_(chunk),
                    HomeLearningTaskRow.due_on >= first,
                    HomeLearningTaskRow.set_on <= last,
                )
                .order_by(HomeLearningTaskRow.due_on.desc(), HomeLearningTaskRow.title)
            )
            rows = [(task, row) for task, row in self.session.execute(query)]
            unique = list({task.id: task for task, _ in rows}.values())
            tasks = {task.id: task for task in self._tasks(unique)}
            for task_row, row in rows:
                found[row.pupil_id].append((tasks[task_row.id], _return(row)))
        return found

    def returns(self, task_id: str) -> list[HomeLearningReturn]:
        rows = self.session.scalars(
            select(HomeLearningPupilRow).where(HomeLearningPupilRow.task_id == task_id)
        )
        return [_return(r) for r in rows]

    def get_return(self, task_id: str, pupil_id: str) -> HomeLearningReturn | None:
        row = self.session.get(HomeLearningPupilRow, (task_id, pupil_id))
        return _return(row) if row is not None else None

    def save_return(self, back: HomeLearningReturn) -> None:
        """Write what came back for one pupil (the row exists: the task was set for them)."""
        row = self.session.get(HomeLearningPupilRow, (back.task_id, back.pupil_id))
        if row is None:
            raise KeyError("no such task for this pupil")
        row.done = back.done
        row.done_at = back.done_at
        row.done_by = back.done_by
        row.done_method = back.done_method.value if back.done_method else None
        row.comment_text = back.comment
        row.comment_by = back.comment_by
        row.comment_at = back.comment_at
        row.comment_method = back.comment_method.value if back.comment_method else None
        self.session.flush()

    def delete_pupil(self, pupil_id: str) -> list[str]:
        """Erase a pupil's rows (their family's returns); returns their record ids for the tombstones."""
        task_ids = list(
            self.session.scalars(
                select(HomeLearningPupilRow.task_id).where(HomeLearningPupilRow.pupil_id == pupil_id)
            )
        )
        self.session.execute(delete(HomeLearningPupilRow).where(HomeLearningPupilRow.pupil_id == pupil_id))
        return [f"{task_id}:{pupil_id}" for task_id in task_ids]
