// The change log of a publication: what differs between the previous published schedule and
// the new one, in start order. Pure, so the draft view and publish compute it the same way.
import type { ScheduleChange, ScheduleSnapshot, SnapshotSession } from "./snapshot.ts";

/** The title a session is shown under: its own, its track's, its first paper's, or the series'. */
export function sessionTitle(s: Pick<SnapshotSession, "title" | "track"> & { slots: { paper: { title: string } }[] }, seriesName: string): string {
  return s.title ?? s.track?.name ?? s.slots[0]?.paper.title ?? seriesName;
}

const COMPARED_FIELDS: { label: string; value: (s: SnapshotSession) => unknown }[] = [
  // The end moves with the start; only a new length is a change of its own.
  { label: "duration", value: (s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) },
  { label: "title", value: (s) => s.title },
  { label: "description", value: (s) => s.description },
  { label: "track", value: (s) => s.track?.slug ?? null },
  { label: "in person", value: (s) => s.isInPerson },
  { label: "remote", value: (s) => s.isRemote },
  { label: "venue", value: (s) => [s.venueName, s.venueAddress].join("|") },
  { label: "seats", value: (s) => s.seats },
  { label: "time zone", value: (s) => s.timeZone },
];

export function diffSnapshots(previous: ScheduleSnapshot | null, next: ScheduleSnapshot): ScheduleChange[] {
  const seriesName = next.series.name;
  const before = new Map((previous?.sessions ?? []).map((s) => [s.id, s]));
  const after = new Map(next.sessions.map((s) => [s.id, s]));
  const changes: { at: string; change: ScheduleChange }[] = [];
  const push = (at: string, change: ScheduleChange) => changes.push({ at, change });

  for (const s of next.sessions) {
    const head = { sessionId: s.id, title: sessionTitle(s, seriesName), startsAt: s.startsAt, timeZone: s.timeZone };
    const old = before.get(s.id);
    if (!old) {
      push(s.startsAt, { kind: "session_added", ...head });
      continue;
    }
    if (old.status !== s.status)
      push(
        s.startsAt,
        s.status === "cancelled" ? { kind: "session_cancelled", ...head, reason: s.cancelReason } : { kind: "session_restored", ...head },
      );
    if (old.startsAt !== s.startsAt)
      push(s.startsAt, { kind: "session_moved", sessionId: s.id, title: head.title, from: old.startsAt, to: s.startsAt, timeZone: s.timeZone });
    const fields = COMPARED_FIELDS.filter((f) => JSON.stringify(f.value(old)) !== JSON.stringify(f.value(s))).map((f) => f.label);
    if (fields.length) push(s.startsAt, { kind: "session_changed", ...head, fields });
    diffReadings(old, s, head, (change) => push(s.startsAt, change));
  }
  for (const s of previous?.sessions ?? [])
    if (!after.has(s.id))
      push(s.startsAt, {
        kind: "session_removed",
        sessionId: s.id,
        title: sessionTitle(s, previous!.series.name),
        startsAt: s.startsAt,
        timeZone: s.timeZone,
      });

  return changes.sort((a, b) => a.at.localeCompare(b.at)).map((c) => c.change);
}

type Head = { sessionId: string; title: string; startsAt: string; timeZone: string };

function diffReadings(old: SnapshotSession, s: SnapshotSession, head: Head, push: (c: ScheduleChange) => void) {
  const oldSlots = new Map(old.slots.map((slot) => [slot.paper.canonicalId, slot]));
  const newSlots = new Map(s.slots.map((slot) => [slot.paper.canonicalId, slot]));
  for (const slot of s.slots) {
    const was = oldSlots.get(slot.paper.canonicalId);
    if (!was) push({ kind: "reading_added", ...head, paper: slot.paper.title });
    else if ((was.presenter?.name ?? null) !== (slot.presenter?.name ?? null))
      push({ kind: "presenter_changed", ...head, paper: slot.paper.title, from: was.presenter?.name ?? null, to: slot.presenter?.name ?? null });
  }
  for (const slot of old.slots) if (!newSlots.has(slot.paper.canonicalId)) push({ kind: "reading_removed", ...head, paper: slot.paper.title });
}
