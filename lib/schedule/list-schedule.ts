// The published schedule, optionally filtered by series, track and way of attending.
// A series or track that does not exist is a 422 naming the field, not an empty list.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { validationError } from "../errors.ts";
import { assertKnownFilters } from "./assert-known-filters.ts";
import { toSessionDto, type SessionDto } from "./dto.ts";
import { scheduleFilterSchema, type ScheduleFilter } from "./schemas.ts";
import { PUBLIC_STATUSES, sessionInclude } from "./session-query.ts";

export async function listSchedule(_actor: Actor, input: ScheduleFilter = {}): Promise<SessionDto[]> {
  const parsed = scheduleFilterSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "That filter is not valid.");
  const filter = parsed.data;
  const [, rows] = await Promise.all([
    assertKnownFilters(filter),
    getDb().session.findMany({
      where: {
        status: { in: [...PUBLIC_STATUSES] },
        ...(filter.series ? { series: { slug: filter.series } } : {}),
        ...(filter.track ? { track: { slug: filter.track } } : {}),
        ...(filter.mode === "in_person" ? { isInPerson: true } : {}),
        ...(filter.mode === "remote" ? { isRemote: true } : {}),
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      include: sessionInclude,
    }),
  ]);
  const now = new Date();
  return rows.map((row) => toSessionDto(row, now));
}
