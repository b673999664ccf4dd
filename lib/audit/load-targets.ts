// Reads what the audit log page says about the targets of a page of entries (a session's title,
// a paper, a person's name, a series' slug): at most one batched query per kind of target,
// whatever the number of entries, and none for a kind the page does not show.
import "server-only";
import type { Db } from "../db/index.ts";
import { DELETED_ACCOUNT, type AuditRow, type AuditTargets } from "./describe-entry.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dataText(data: unknown, key: string): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const v = (data as Record<string, unknown>)[key];
  return typeof v === "string" ? v : null;
}

/** The ids to read, by table: the targets, and the rows an entry's data points at. */
function collectIds(rows: AuditRow[]) {
  const ids = {
    series: new Set<string>(),
    seasons: new Set<string>(),
    tracks: new Set<string>(),
    sessions: new Set<string>(),
    slots: new Set<string>(),
    claims: new Set<string>(),
    suggestions: new Set<string>(),
    users: new Set<string>(),
  };
  const add = (set: Set<string>, value: string | null) => {
    if (value && UUID.test(value)) set.add(value);
  };
  const byTargetType: Record<string, Set<string>> = {
    series: ids.series,
    season: ids.seasons,
    track: ids.tracks,
    session: ids.sessions,
    slot: ids.slots,
    claim: ids.claims,
    suggestion: ids.suggestions,
    user: ids.users,
  };
  for (const row of rows) {
    const set = byTargetType[row.targetType];
    if (set) add(set, row.targetId);
    add(ids.slots, dataText(row.data, "slotId"));
    add(ids.sessions, dataText(row.data, "sessionId"));
    add(ids.suggestions, dataText(row.data, "intoId"));
    add(ids.users, dataText(row.data, "userId"));
  }
  return ids;
}

function personName(u: { name: string | null; email?: string | null; deletedAt: Date | null } | null): string | null {
  if (!u) return null;
  if (u.deletedAt) return DELETED_ACCOUNT.toLowerCase();
  return u.name ?? u.email ?? null;
}

export async function loadAuditTargets(db: Db, rows: AuditRow[]): Promise<AuditTargets> {
  const ids = collectIds(rows);
  const read = <T>(set: Set<string>, query: (ids: string[]) => Promise<T[]>): Promise<T[]> =>
    set.size === 0 ? Promise.resolve([]) : query([...set]);
  const [series, seasons, tracks, sessions, slots, claims, suggestions, users] = await Promise.all([
    read(ids.series, (id) => db.series.findMany({ where: { id: { in: id } }, select: { id: true, slug: true, name: true } })),
    read(ids.seasons, (id) =>
      db.season.findMany({ where: { id: { in: id } }, select: { id: true, name: true, series: { select: { slug: true, name: true } } } }),
    ),
    read(ids.tracks, (id) => db.track.findMany({ where: { id: { in: id } }, select: { id: true, slug: true, name: true } })),
    read(ids.sessions, (id) => db.session.findMany({ where: { id: { in: id } }, select: { id: true, title: true, startsAt: true, timeZone: true } })),
    read(ids.slots, (id) =>
      db.slot.findMany({ where: { id: { in: id } }, select: { id: true, sessionId: true, paper: { select: { title: true } } } }),
    ),
    read(ids.claims, (id) =>
      db.speakerClaim.findMany({
        where: { id: { in: id } },
        select: {
          id: true,
          inviteName: true,
          user: { select: { name: true, deletedAt: true } },
          slot: { select: { sessionId: true, paper: { select: { title: true } } } },
        },
      }),
    ),
    read(ids.suggestions, (id) =>
      db.suggestion.findMany({ where: { id: { in: id } }, select: { id: true, title: true, paper: { select: { title: true } } } }),
    ),
    read(ids.users, (id) => db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true, email: true, deletedAt: true } })),
  ]);
  return {
    series: new Map(series.map((s) => [s.id, { slug: s.slug, name: s.name }])),
    seasons: new Map(seasons.map((s) => [s.id, { name: s.name, series: s.series }])),
    tracks: new Map(tracks.map((t) => [t.id, { slug: t.slug, name: t.name }])),
    sessions: new Map(sessions.map((s) => [s.id, { title: s.title, startsAt: s.startsAt, timeZone: s.timeZone }])),
    slots: new Map(slots.map((s) => [s.id, { sessionId: s.sessionId, paperTitle: s.paper.title }])),
    claims: new Map(
      claims.map((c) => [c.id, { sessionId: c.slot.sessionId, paperTitle: c.slot.paper.title, speaker: personName(c.user) ?? c.inviteName }]),
    ),
    suggestions: new Map(suggestions.map((s) => [s.id, { title: s.paper?.title ?? s.title }])),
    users: new Map(users.map((u) => [u.id, personName(u) ?? "someone without a name"])),
  };
}
