"""Hand edits of the day's timeline, a mixin of ``PlannerPanel``: reorder (drag), lock, remove;
the day is re-timed at once (no solver) and saved in the background — never on the UI thread, so
the timeline keeps answering while another writer holds the workspace. An edit the conduct check
rejects is shown but not saved (the last lawful plan stays saved)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.collectors import NoStartPoint
from fieldvisit.services.day_state import merged_json, rest_of_day, save_edit, session_for
from fieldvisit.services.plan_day import retime
from fieldvisit.ui.writes import write


class TimelineEdits:
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

    def retime(self) -> None:
        if not self._ensure_session():
            return
        done = {s["case_id"] for s in self.kept}
        ids = [self.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.timeline.count())]
        self.session.request.locked = dict(self.locked)
        self.plan = retime(self.session, [cid for cid in ids if cid not in done], self.travel)
        self.data = merged_json(self.plan, self.session, self.kept, self.data)
        self.data["unplanned"] = self.unplanned
        self.render(keep_selection=True)
        self.saving = write(self, self._save_latest, done=self._edit_saved, failed=self._edit_not_saved)

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
        if case_id in self.locked:
            del self.locked[case_id]
        else:
            stop = next(s for s in self.data["stops"] if s["case_id"] == case_id)
            self.locked[case_id] = datetime.fromisoformat(stop["start"])
        self.retime()

    def remove_selected(self) -> None:
        case_id = self.current_case()
        if case_id is None or self.states.get(case_id, {}).get("state") == "done":
            return  # a visit made stays in the day
        self.excluded.add(case_id)
        self.locked.pop(case_id, None)
        self.timeline.takeItem(self.timeline.currentRow())
        self.retime()
