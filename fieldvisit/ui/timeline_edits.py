"""Hand edits of the day's timeline, a mixin of ``PlannerPanel``: reorder (drag), lock, remove;
the day is re-timed at once (no solver) and saved in the background — never on the UI thread, so
the timeline keeps answering while another writer holds the workspace. An edit the conduct check
rejects is shown but not saved (the last lawful plan stays saved). Each edit is undoable (Ctrl+Z,
Edit → Undo: the window's undo stack); a visit taken out is listed under *not planned* with why."""

from __future__ import annotations

import copy
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.collectors import NoStartPoint
from fieldvisit.services.day_plans import removed_json
from fieldvisit.services.day_state import merged_json, rest_of_day, save_edit, session_for
from fieldvisit.services.plan_day import retime
from fieldvisit.ui.writes import write


class TimelineEdit(QUndoCommand):
    """One hand edit of the day (a visit removed, locked or unlocked, the order changed). The edit
    is made before the command is pushed; ``undo``/``redo`` put the day back as it was before or
    after it (order, locks, visits taken out) and save it again, re-timed."""

    def __init__(self, panel, text: str, before: dict) -> None:
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, None

    def redo(self) -> None:
        if self.after is None:  # pushed just after the edit: it is made already
            self.after = self.panel.edit_state()
        else:
            self.panel.restore_edit_state(self.after)

    def undo(self) -> None:
        self.panel.restore_edit_state(self.before)


class TimelineEdits:
    def edit_state(self) -> dict:
        """What an undo of a hand edit puts back: the day (its stops in order), the locks, the
        visits taken out and the not-planned list, with the day and collector they belong to."""
        return {"day": self.day.date().toPython(), "collector": self.collector.currentText(),
                "data": copy.deepcopy(self.data), "excluded": set(self.excluded), "locked": dict(self.locked),
                "unplanned": copy.deepcopy(self.unplanned)}

    def restore_edit_state(self, state: dict) -> None:
        """Show and save the day as ``state`` (from :meth:`edit_state`) has it, re-timed. An edit of
        another day or collector than the one shown is not undone there (it says so)."""
        if (state["day"], state["collector"]) != (self.day.date().toPython(), self.collector.currentText()):
            self.summary.setText(self.tr("That edit was made to another day's plan: open that day to see it."))
            return
        self.data = copy.deepcopy(state["data"])
        self.excluded, self.locked = set(state["excluded"]), dict(state["locked"])
        self.unplanned = copy.deepcopy(state["unplanned"])
        self.session = None  # the visits taken out changed: re-timing reads the day again
        self.render(keep_selection=True)
        self.retime()

    def _edited(self, text: str, before: dict) -> None:
        """Record an edit just made (and re-timed) on the window's undo stack."""
        stack = getattr(self, "undo_stack", None)
        if stack is not None:
            stack.push(TimelineEdit(self, text, before))

    def _reordered(self) -> None:
        """A visit was dragged to another place: re-timed, and undoable."""
        before = self.edit_state()  # ``data`` still has the order before the drag
        if self.retime():
            self._edited(self.tr("Reorder the day"), before)

    def _ensure_session(self) -> bool:
        """A restored day gets what re-times hand edits on the first edit."""
        if self.session is not None:
            return True
        if not self.data:
            return False
        try:
            req = rest_of_day(self.request(), self.kept, None) if self.kept else self.request()
            self.travel = self.app.travel(req.mode)
            done = frozenset(s["case_id"] for s in self.kept)
            self.session = session_for(self.app.uow(), req, date.today(), self.travel, self.app.rules(),
                                       frozenset(self.excluded) | done)
        except NoStartPoint as exc:
            self._no_start_point(exc.collector)
            return False
        except Exception as exc:  # noqa: BLE001 - UserError text shown in place
            self.summary.setText(localize(str(exc)))
            return False
        return True

    def retime(self) -> bool:
        """Re-time the day in the timeline's order and save it; False when it cannot be re-timed."""
        if not self._ensure_session():
            return False
        done = {s["case_id"] for s in self.kept}
        ids = [self.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.timeline.count())]
        self.session.request.locked = dict(self.locked)
        self.plan = retime(self.session, [cid for cid in ids if cid not in done], self.travel)
        self.data = merged_json(self.plan, self.session, self.kept, self.data)
        self.data["unplanned"] = self.unplanned
        self.render(keep_selection=True)
        self.saving = write(self, self._save_latest, done=self._edit_saved, failed=self._edit_not_saved)
        return True

    def _save_latest(self) -> bool:
        """On the write queue: the day as it is now (a retry after a busy workspace never writes
        an older edit over a newer one). True when saved, False when the check rejected it."""
        return save_edit(self.app.uow(), self.data)

    def _edit_saved(self, saved: bool) -> None:
        if not saved:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "Not saved until its problems are fixed; the last lawful plan stays saved."))

    def _edit_not_saved(self, message: str) -> None:
        """The edit stays on the timeline; the next edit (or Retry) saves the day again."""
        self.summary.setText(self.summary.text() + " " + message)

    def toggle_lock(self) -> None:
        case_id = self.current_case()
        if case_id is None or not self.data:
            return
        before = self.edit_state()
        if case_id in self.locked:
            del self.locked[case_id]
            text = self.tr("Unlock {}").format(case_id)
        else:
            stop = next(s for s in self.data["stops"] if s["case_id"] == case_id)
            self.locked[case_id] = datetime.fromisoformat(stop["start"])
            text = self.tr("Lock {}").format(case_id)
        if self.retime():
            self._edited(text, before)

    def remove_selected(self) -> None:
        case_id = self.current_case()
        if case_id is None or self.states.get(case_id, {}).get("state") == "done":
            return  # a visit made stays in the day
        before = self.edit_state()
        name = next((s.get("name", "") for s in (self.data or {}).get("stops", []) if s["case_id"] == case_id), "")
        self.excluded.add(case_id)
        self.locked.pop(case_id, None)
        self.unplanned = [u for u in self.unplanned if u["case_id"] != case_id] + [
            {**removed_json([case_id])[0], "name": name}]
        self.timeline.takeItem(self.timeline.currentRow())
        if self.retime():
            self._edited(self.tr("Remove {} from the day").format(case_id), before)

