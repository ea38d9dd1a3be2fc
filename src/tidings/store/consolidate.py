"""One happening, many reports: events from different documents grouped into consolidated events.

Every stored event is a report. Reports of the same happening share a *consolidation key* and
lie close in time; one of them stands for the group (``mention_of IS NULL``) and the others point
to it (``mention_of`` = its key), so every default listing, count, timeline and network reads one
row per happening and ``num_mentions`` / ``num_articles`` / ``num_sources`` say how widely it was
reported. The rules (judged against ``tests/store/data/consolidation_pairs.jsonl``, see the README
beside it):

- **Who**: both sides carry an identity: a resolved code whose country is known (not ``---GOV``,
  not ``+++``). A side with a resolved name is its country and name (Putin and Lavrov are both
  ``RUSGOV`` and are not the same actor; the United States is one actor as ``USA`` and as
  ``USAMIL``); a side without one is its whole code. An unnamed ``---GOV`` is nobody in
  particular, and a missing side is anybody: neither is consolidated across documents.
- **What**: the same CAMEO root. Consultations (root 04: calls, visits, talks) are mutual, so
  their two sides are put in a fixed order: the Kremlin's "Putin spoke with Zelensky" and Kyiv's
  "Zelensky spoke with Putin" are one call.
- **When**: day dates of one key form runs of consecutive days; a run of at most ``MAX_RUN_DAYS``
  days is one happening (relative dates — "on Monday", "yesterday" — resolved by different
  outlets land a day apart), a longer run is a story that goes on (daily shelling) and each day
  is its own happening. A month-only date joins the one happening of its key in that month, else
  the month-only reports of that month form their own group. A year-only or missing date is
  never consolidated across documents.
- **Where**: the coder rarely gives a place; it is not part of the rule (two reports with
  different places stay one happening and both places are shown in the reports).
- **Same document**: two reports in one document with the same key and day are one happening
  reported twice (a lead and its body), as GDELT counts mentions.

Deterministic: the groups are a function of the stored events alone, whatever the ingest order;
the group's representative is its most specific report (a day date before a month, a longer
CAMEO code, then the smallest key). Incremental: a new (or removed) document regroups only the
reports of its keys within ``WINDOW_DAYS`` of its dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

RULE = 1  # bump when the rule changes: stores consolidated with an older rule are regrouped on open
RULE_NAME = "same actors (code and name), same CAMEO root, runs of up to 3 consecutive days"
MAX_RUN_DAYS = 3
# reports loaded around a written date: any group touching the dates' months lies well inside
WINDOW_DAYS = 100
MUTUAL_ROOTS = {"04"}


def _side(actor: dict | None) -> str | None:
    if not actor:
        return None
    code = (actor.get("code") or "").strip()
    name = (actor.get("name") or "").strip()
    if not code or "---" in code or "+++" in code:
        return None
    # a named actor is the same whatever the role it is coded with that day (Putin as RUSGOV or
    # RUSELI; the United States as USA or USAMIL): its country and name; else its whole code
    return f"{code[:3]}:{name}" if name else code


def date_kind(value: str | None) -> str | None:
    """'day' (YYYY-MM-DD), 'month' (YYYY-MM) or None (a year, nothing, or not a date)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return "day"
        if len(value) == 7 and value[4] == "-" and 1 <= int(value[5:]) <= 12 and value[:4].isdigit():
            return "month"
    except ValueError:
        return None
    return None


def consolidation_key(event: dict) -> str | None:
    """Who did what kind of thing to whom, the same in every report of one happening; None for a
    report that is never consolidated across documents (a generic actor or no usable date)."""
    source, target = _side(event.get("source")), _side(event.get("target"))
    root = (event.get("root") or (event.get("cameo") or "")[:2]).strip()
    if source is None or target is None or not root or date_kind(event.get("date")) is None:
        return None
    if root in MUTUAL_ROOTS:
        source, target = sorted((source, target))
    return f"{root}|{source}|{target}"


def groups(rows: Iterable[tuple[str, str, str]]) -> list[list[str]]:
    """The happenings among the reports of one key: ``rows`` are (key, date, cameo); each group
    lists its keys, representative first. A pure function of the set of rows."""
    rows = sorted(set(rows))
    by_day: dict[date, list[tuple]] = {}
    by_month: dict[str, list[tuple]] = {}
    for row in rows:
        kind = date_kind(row[1])
        if kind == "day":
            by_day.setdefault(date.fromisoformat(row[1]), []).append(row)
        elif kind == "month":
            by_month.setdefault(row[1], []).append(row)
    day_groups: list[list[tuple]] = []
    run: list[date] = []

    def close(run):
        if len(run) <= MAX_RUN_DAYS:
            day_groups.append([r for d in run for r in by_day[d]])
        else:
            day_groups.extend(by_day[d] for d in run)

    for d in sorted(by_day):
        if run and d - run[-1] > timedelta(days=1):
            close(run)
            run = []
        run.append(d)
    if run:
        close(run)
    month_groups: list[list[tuple]] = []
    for month, reports in sorted(by_month.items()):
        holding = [g for g in day_groups if any(r[1][:7] == month for r in g)]
        if len(holding) == 1:
            holding[0].extend(reports)
        else:
            month_groups.append(list(reports))
    out = []
    for g in day_groups + month_groups:
        g = sorted(g, key=lambda r: (date_kind(r[1]) != "day", -len(r[2] or ""), r[0]))
        out.append([r[0] for r in g])
    return out


def _bounds(dates: Iterable[str]) -> tuple[str, str] | None:
    days = []
    for value in dates:
        kind = date_kind(value)
        if kind == "day":
            days.append(date.fromisoformat(value))
        elif kind == "month":
            days.append(date.fromisoformat(value + "-01"))
            days.append(date.fromisoformat(value + "-28"))
    if not days:
        return None
    return ((min(days) - timedelta(days=WINDOW_DAYS)).isoformat(),
            (max(days) + timedelta(days=WINDOW_DAYS)).isoformat())


def _region(dates: Iterable[str]) -> set[str]:
    """The months whose groups a change on ``dates`` can alter (a run reaches 3 days each way)."""
    months = set()
    for value in dates:
        kind = date_kind(value)
        if kind == "day":
            d = date.fromisoformat(value)
            months.update((d + timedelta(days=k)).isoformat()[:7] for k in range(-MAX_RUN_DAYS,
                                                                                  MAX_RUN_DAYS + 1))
        elif kind == "month":
            months.add(value)
    return months


def regroup(conn, ckey: str, dates: Iterable[str]) -> int:
    """Recompute the groups of one key around ``dates`` (where reports were added or removed) and
    point each report at its group's representative. Returns the number of rows changed."""
    dates = list(dates)
    bounds = _bounds(dates)
    if bounds is None:
        return 0
    rows = conn.all("SELECT key, date, cameo, mention_of FROM events WHERE consolidation_key = ?"
                    " AND date >= ? AND date <= ?", (ckey, bounds[0], bounds[1]))
    months = _region(dates)
    return _apply(conn, rows, lambda group_dates: any(d[:7] in months for d in group_dates))


def _apply(conn, rows, touches) -> int:
    current = {key: mention_of for key, _, _, mention_of in rows}
    dates = {key: d for key, d, _, _ in rows}
    changes = []
    for group in groups((key, d, cameo) for key, d, cameo, _ in rows):
        if not touches([dates[k] for k in group]):
            continue
        rep = group[0]
        for key in group:
            want = None if key == rep else rep
            if current[key] != want:
                changes.append((want, key))
    conn.executemany("UPDATE events SET mention_of = ? WHERE key = ?", changes)
    return len(changes)


def consolidate_all(conn, key_of) -> int:
    """Regroup a whole store (a store written before consolidation, or by an older rule):
    ``key_of(data_json)`` gives each event's key. Returns the number of rows changed."""
    changed = 0
    updates = []
    for key, data, old in conn.all("SELECT key, data, consolidation_key FROM events"):
        new = key_of(data)
        if new != old:
            updates.append((new, key))
    conn.executemany("UPDATE events SET consolidation_key = ? WHERE key = ?", updates)
    changed += len(updates)
    # a copy in a near-duplicate document pointing at a report that is now consolidated by key
    changed += conn.execute(
        "UPDATE events SET mention_of = NULL WHERE consolidation_key IS NULL AND mention_of IN"
        " (SELECT key FROM events WHERE consolidation_key IS NOT NULL)").rowcount or 0
    rows: dict[str, list] = {}
    for ckey, key, d, cameo, mention_of in conn.all(
            "SELECT consolidation_key, key, date, cameo, mention_of FROM events"
            " WHERE consolidation_key IS NOT NULL"):
        rows.setdefault(ckey, []).append((key, d, cameo, mention_of))
    for ckey in sorted(rows):
        changed += _apply(conn, rows[ckey], lambda group_dates: True)
    return changed
