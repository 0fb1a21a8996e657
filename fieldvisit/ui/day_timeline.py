"""How the planner's timeline shows a stop: times, window, wait and slack, and its state on the
day — to visit, done (with the outcome), not home (retry later), follow-up of a broken promise,
locked. Works on ``plan_json`` stops carrying ``state`` / ``outcome`` / ``follow_up``
(``services.day_state.with_states``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidgetItem

from fieldvisit.adapters.i18n import localize
from fieldvisit.domain.plan_times import hhmm, other_clocks, plan_zone, span_clock, zone_city
from fieldvisit.ui.visit_form import OUTCOME_LABELS

DONE_BG, DONE_FG = QColor("#eeeeee"), QColor("#616161")
RETRY_BG = QColor("#ffe0b2")
LATE_BG = QColor("#ffcdd2")


def tr(text: str, n: int = -1) -> str:
    """``text`` in the interface language; with ``n``, its ``%n`` plural form for that number."""
    return QCoreApplication.translate("DayTimeline", text, None, n)


def outcome_text(code: str | None) -> str:
    return QCoreApplication.translate("VisitForm", OUTCOME_LABELS.get(code, code or "")) if code else ""


def late_seconds(stop: dict) -> int:
    """How long after its window closes a stop starts (0 when on time or without a window)."""
    if not stop.get("window") or not stop.get("start"):
        return 0
    late = (datetime.fromisoformat(stop["start"]) - datetime.fromisoformat(stop["window"]["end"])).total_seconds()
    return max(0, int(late))


def stop_text(number: int, stop: dict, locked: bool) -> str:
    """One line of the timeline: marks, number, times, case, name, window, wait, slack, state."""
    state = stop.get("state", "todo")
    # a locked stop is marked by a painted icon (lock_icon), not an emoji: a bare Debian has no
    # emoji font and drew an empty box (BRK16b #13); the marks below are all in DejaVu Sans
    marks = {"done": "✓ ", "retry": "↻ "}.get(state, "") + ("⚑ " if stop.get("follow_up") else "")
    # times in the day zone (the offset the plan's times carry); a stop in another zone also
    # shows its own clock, e.g. "09:00–09:20 (08:00–08:20 Lisbon time)"
    zone = datetime.fromisoformat(stop["start"]).tzinfo
    local, aside = stop.get("timezone"), tr("({time} {zone} time)")
    parts = [f"{marks}{number}. {span_clock(stop['start'], stop['departure'], local, zone, aside)}  "
             f"{stop['case_id']}  {stop.get('name', '')}"]
    if stop.get("window"):
        w = stop["window"]
        parts.append(tr("window {start}–{end}").format(start=hhmm(w["start"], zone), end=hhmm(w["end"], zone)))
    if state == "todo":
        if (stop.get("wait_seconds") or 0) >= 60:
            parts.append(tr("waits {} min").format(stop["wait_seconds"] // 60))
        if stop.get("window") and late_seconds(stop) == 0 and stop.get("slack_seconds") is not None:
            parts.append(tr("slack {} min").format(stop["slack_seconds"] // 60))
    if state == "done":
        parts.append(tr("done: {}").format(outcome_text(stop.get("outcome"))))
    elif state == "retry":
        parts.append(tr("not home: try again later"))
    if stop.get("follow_up"):
        parts.append(tr("follow-up of a broken promise"))
    return "  ·  ".join(parts)


_LOCK: list[QIcon] = []


def lock_icon(locked: bool = True) -> QIcon:
    """A small padlock, painted (no font needed), for locked stops; unlocked stops get an empty
    icon of the same size, so every line's text starts at the same place."""
    if not _LOCK:
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#37474f"), 2))
        painter.drawArc(4, 1, 8, 10, 0, 180 * 16)  # the shackle
        painter.drawLine(4, 6, 4, 8)
        painter.drawLine(12, 6, 12, 8)
        painter.fillRect(2, 7, 12, 8, QColor("#37474f"))  # the body
        painter.fillRect(7, 10, 2, 3, QColor("#ffffff"))  # the keyhole
        painter.end()
        _LOCK.extend((QIcon(pixmap), QIcon(blank)))
    return _LOCK[0] if locked else _LOCK[1]


def stop_item(number: int, stop: dict, locked: bool) -> QListWidgetItem:
    """The timeline item of a stop (case id in UserRole, state in UserRole + 1). Done stops are
    greyed and cannot be dragged; not-home stops are orange; a missed window is red."""
    item = QListWidgetItem(stop_text(number, stop, locked))
    item.setData(Qt.ItemDataRole.UserRole, stop["case_id"])
    state = stop.get("state", "todo")
    item.setData(Qt.ItemDataRole.UserRole + 1, state)
    tips = []
    item.setIcon(lock_icon(locked))
    if locked:
        tips.append(tr("Locked: re-planning keeps this visit at its time"))
    if state == "done":
        item.setBackground(QBrush(DONE_BG))
        item.setForeground(QBrush(DONE_FG))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        tips.append(tr("Visited: {}").format(outcome_text(stop.get("outcome"))))
    elif state == "retry":
        item.setBackground(QBrush(RETRY_BG))
        tips.append(tr("Nobody was home: plan it again later (Re-plan from here)"))
    elif late_seconds(stop) > 0:
        item.setBackground(QBrush(LATE_BG))
        tips.append(tr("Misses its window by {} min").format(late_seconds(stop) // 60))
    if stop.get("follow_up"):
        tips.append(tr("Follow-up: a promise to pay was broken"))
    if tips:
        item.setToolTip("\n".join(tips))
    return item


def summary_text(day: dict) -> tuple[str, bool]:
    """The line under the timeline (visits, km, time on the road, leave/back, lunch, how many done,
    the plan's problems) and whether the plan has problems."""
    stops = day.get("stops", [])
    zone = plan_zone(day)
    text = tr("%n visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.", len(stops)).format(
        km=day.get("total_distance_m", 0) / 1000, mins=day.get("total_travel_seconds", 0) // 60,
        leave=hhmm(day.get("leave_at"), zone), back=hhmm(day.get("return_at"), zone))
    if day.get("lunch_at"):
        text += " " + tr("Lunch {}.").format(hhmm(day["lunch_at"], zone))
    if day.get("timezone") and other_clocks(day, zone):
        text += " " + tr("Times in {zone} time.").format(zone=zone_city(day["timezone"]))
    if day.get("travel") == "roads":
        text += " " + tr("Timed on the roads.")
    elif day.get("travel") == "geodesic":
        text += " " + tr("Timed as straight lines × detour: no region pack holds this whole day.")
    done = sum(1 for s in stops if s.get("state") == "done")
    retry = sum(1 for s in stops if s.get("state") == "retry")
    if done or retry:
        text += " " + tr("{done} done, {retry} to try again, {left} to visit.").format(
            done=done, retry=retry, left=len(stops) - done - retry)
    problems = day.get("violations") or []
    if problems:
        text += " ⚠ " + "; ".join(localize(v) for v in problems[:3])
    return text, bool(problems)
