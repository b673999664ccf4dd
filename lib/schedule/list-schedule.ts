// The published schedule, optionally filtered by series, track and way of attending. It is
// read from the latest publication of each series, never from the draft (decision 013).
// A series or track that does not exist is a 422 naming the field, not an empty list.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { validationError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import { assertKnownFilters } from "./assert-known-filters.ts";
import type { SessionDto } from "./dto.ts";
import { publishedSessionsOf, toPublishedDtos } from "./published-sessions.ts";
import { scheduleFilterSchema, type ScheduleFilter } from "./schemas.ts";

export async function listSchedule(_actor: Actor, input: ScheduleFilter = {}): Promise<SessionDto[]> {
  const parsed = scheduleFilterSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "That filter is not valid.");
  const filter = parsed.data;
  const [, publications] = await Promise.all([assertKnownFilters(filter), latestPublications({ seriesSlug: filter.series })]);
  const items = publishedSessionsOf(publications.map((p) => p.snapshot)).filter(
    ({ session: s }) =>
      (!filter.track || s.track?.slug === filter.track) && (filter.mode !== "in_person" || s.isInPerson) && (filter.mode !== "remote" || s.isRemote),
  );
  return toPublishedDtos(items);
}
