"""What an optional visit is worth against the road, and the true reason a case was left out.

A visit's prize covers its own way there and back (``reach``): the solver weighs priority points
against the *time* a day holds, never against the kilometres to one case, so a case that fits in
the shift is visited on a day with room for it, however far it is (brk16b failure 5: a 12-hour
day left empty because one case 14 km away cost more road than its points were worth).

When a case is still left out, ``left_out`` says why in terms a collector can act on: too far for
the shift (kilometres, hours each way), its visiting hours cannot be reached from the start, the
day is full (and only then "lower priority", when every visit planned is worth at least as much).
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np

from fieldvisit.domain.planning import Candidate, DayRequest, Reason, Unplanned


def reach(matrices: list, starts: list[int], ends: list[int], columns, caps: list[int]) -> np.ndarray:
    """Per column (a candidate's matrix index): the most travel the visit can add to a route of
    one of the vehicles (start ``starts[v]``, end ``ends[v]``, ``caps[v]`` seconds of shift),
    bounded by the round trips from its start and to its end (the triangle inequality: inserting
    the visit next to a route's start or end never costs more), capped at the shift length (a
    route's whole travel fits in its shift). ``matrices``: each vehicle's travel seconds (n×n)."""
    cols = np.asarray(columns, dtype=np.int64)
    out = np.zeros(len(cols), dtype=np.int64)
    for v, (s, e) in enumerate(zip(starts, ends, strict=True)):
        m = np.asarray(matrices[v], dtype=np.int64)
        via = np.maximum.reduce([m[s, cols] + m[cols, s], m[e, cols] + m[cols, e], m[s, cols] + m[cols, e]])
        out = np.maximum(out, np.minimum(via, caps[v]))
    return out


def _span(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"{minutes} min"
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if m else f"{h} h"


def _distance(metres: int) -> str:
    return f"{metres / 1000:.1f} km" if metres < 10_000 else f"{round(metres / 1000)} km"


def way(secs, metres, index: int, start: int = 0) -> str:
    """``"115 km, about 5 h 40 min each way"`` from the start to the candidate at ``index``."""
    return f"{_distance(int(metres[start][index]))}, about {_span(int(secs[start][index]))} each way"


def fits_alone(c: Candidate, secs, index: int, req: DayRequest, start: int = 0, end: int = 1) -> bool:
    """Whether the visit could be made on its own: from the start, inside one of its windows,
    back before the shift ends."""
    there = req.shift_start + timedelta(seconds=int(secs[start][index]))
    back = timedelta(seconds=c.service + int(secs[index][end]))
    for s, e in c.starts:
        begin = max(there, s)
        if begin <= e and begin + back <= req.shift_end:
            return True
    return False


def left_out(cands: list[Candidate], indices: list[int], views: list[tuple], planned: list[Candidate],
             ) -> list[Unplanned]:
    """The true reason each of ``cands`` (matrix ``indices``) is in none of the plans visiting
    ``planned``. ``views``: per collector ``(request, seconds, metres, start index, end index)``
    (one for a day, one per collector for a team); distances are told from the nearest start.
    Vectorised over the collectors: a team of 100 with thousands of cases left out costs little."""
    if not cands:
        return []
    idx = np.asarray(indices, dtype=np.int64)
    service = np.asarray([c.service for c in cands], dtype=np.int64)
    arrays: dict[int, np.ndarray] = {}  # one array per matrix (collectors of one mode share theirs)
    for v in views:
        if id(v[1]) not in arrays:
            arrays[id(v[1])] = np.asarray(v[1], dtype=np.int64)
    there = np.stack([arrays[id(v[1])][v[3], idx] for v in views])  # views × cands
    back = np.stack([arrays[id(v[1])][idx, v[4]] for v in views])
    shift = np.asarray([int((v[0].shift_end - v[0].shift_start).total_seconds()) for v in views], dtype=np.int64)
    in_shift = there + service[None, :] + back <= shift[:, None]  # the way and the visit fit, at any hour
    nearest = there.argmin(axis=0)
    locked = set().union(*(v[0].locked for v in views))
    optional = [p.value for p in planned if not (p.appointment or p.follow_up or p.case.case_id in locked)]
    out = []
    for k, c in enumerate(cands):
        cid = c.case.case_id
        near = views[int(nearest[k])]
        far = way(near[1], near[2], int(idx[k]), near[3])
        reachable = [int(v) for v in np.flatnonzero(in_shift[:, k])]
        reachable.sort(key=lambda v: there[v, k])
        fitting = next((views[v] for v in reachable
                        if fits_alone(c, views[v][1], int(idx[k]), views[v][0], views[v][3], views[v][4])), None)
        if not reachable:
            out.append(Unplanned(cid, Reason.TOO_FAR, far))
        elif fitting is None:
            out.append(Unplanned(cid, Reason.UNREACHABLE) if c.appointment
                       else Unplanned(cid, Reason.HOURS_OUT_OF_REACH, far))
        elif c.appointment:
            out.append(Unplanned(cid, Reason.UNREACHABLE, "conflicts with other appointments"))
        elif not planned:
            lunch = ", with the lunch break" if fitting[0].lunch is not None else ""
            out.append(Unplanned(cid, Reason.NOT_FITTED, far + lunch))
        elif c.follow_up or any(v < c.value for v in optional):
            out.append(Unplanned(cid, Reason.DAY_FULL))
        else:
            out.append(Unplanned(cid, Reason.LOWER_PRIORITY))
    return out
