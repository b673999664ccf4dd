// What re-running the season planner would change in the season's existing sessions (pure); hand edits are never overwritten.
import type { Plan, PlannedSession } from "./plan-season.ts";

export type ExistingSession = {
  id: string;
  trackId: string | null;
  trackWeek: number | null;
  startsAt: Date;
  endsAt: Date;
  editedByHand: boolean;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
};

export type PlanDiff = {
  /** Planned, with no existing session for (trackId, trackWeek). */
  create: PlannedSession[];
  /** Exists, not edited by hand, and its time differs from the plan. */
  update: { id: string; planned: PlannedSession; from: { startsAt: Date; endsAt: Date } }[];
  /** Exists and matches the plan (edited by hand or not). */
  unchanged: { id: string; planned: PlannedSession }[];
  /** Edited by hand and differs from the plan: never overwritten, only reported. */
  keptEdits: { id: string; planned: PlannedSession; actual: { startsAt: Date; endsAt: Date } }[];
  /** Planner-made sessions whose (trackId, trackWeek) the plan no longer has, or a second session for the same track week; never deleted automatically. */
  orphaned: ExistingSession[];
};

type Planned = ExistingSession & { trackId: string; trackWeek: number };

function keyOf(trackId: string, trackWeek: number) {
  return JSON.stringify([trackId, trackWeek]);
}

function isPlanned(session: ExistingSession): session is Planned {
  return session.trackId !== null && session.trackWeek !== null;
}

function sameTime(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) {
  return a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime();
}

/** Planner-made sessions by track week; when two share a track week, the first one wins (the other is orphaned). */
function indexExisting(existing: ExistingSession[]) {
  const byKey = new Map<string, Planned>();
  for (const session of existing.filter(isPlanned)) {
    const key = keyOf(session.trackId, session.trackWeek);
    if (!byKey.has(key)) byKey.set(key, session);
  }
  return byKey;
}

export function diffPlan(plan: Plan, existing: ExistingSession[]): PlanDiff {
  const byKey = indexExisting(existing);
  const diff: PlanDiff = { create: [], update: [], unchanged: [], keptEdits: [], orphaned: [] };
  const matched = new Set<ExistingSession>();
  for (const planned of plan.sessions) {
    const session = byKey.get(keyOf(planned.trackId, planned.trackWeek));
    if (!session) {
      diff.create.push(planned);
      continue;
    }
    matched.add(session);
    const actual = { startsAt: session.startsAt, endsAt: session.endsAt };
    if (sameTime(actual, planned)) diff.unchanged.push({ id: session.id, planned });
    else if (session.editedByHand) diff.keptEdits.push({ id: session.id, planned, actual });
    else diff.update.push({ id: session.id, planned, from: actual });
  }
  diff.orphaned = existing.filter((session) => isPlanned(session) && !matched.has(session));
  return diff;
}
