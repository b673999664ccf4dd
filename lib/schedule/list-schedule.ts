// The published schedule, optionally filtered by series, track, way of attending and date
// (`when`, see schemas.ts). It is read from the latest publication of each series, never from
// the draft (decision 013). A series or track that does not exist is a 422 naming the field,
// not an empty list. Sessions come in time order, the past ones newest first for `past`.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { validationError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import { dayKey } from "../time/format.ts";
import { assertKnownFilters } from "./assert-known-filters.ts";
import type { SessionDto } from "./dto.ts";
import { publishedSessionsOf, toPublishedDtos, type PublishedSession } from "./published-sessions.ts";
import { scheduleFilterSchema, type ScheduleFilter } from "./schemas.ts";
import { currentSeasonStart } from "./season-window.ts";
import { appNow } from "../time/clock.ts";

export async function listSchedule(_actor: Actor, input: ScheduleFilter = {}, now = appNow()): Promise<SessionDto[]> {
  const parsed = scheduleFilterSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "That filter is not valid.");
  const filter = parsed.data;
  const [, publications, seasonStart] = await Promise.all([
    assertKnownFilters(filter),
    latestPublications({ seriesSlug: filter.series }),
    filter.when === "season" ? currentSeasonStart(filter.series, now) : null,
  ]);
  const isPast = ({ session: s }: PublishedSession) => Date.parse(s.endsAt) < now.getTime();
  const items = publishedSessionsOf(publications.map((p) => p.snapshot)).filter((item) => {
    const s = item.session;
    if (filter.track && s.track?.slug !== filter.track) return false;
    if ((filter.mode === "in_person" && !s.isInPerson) || (filter.mode === "remote" && !s.isRemote)) return false;
    switch (filter.when) {
      case "upcoming":
        return !isPast(item);
      case "past":
        return isPast(item);
      case "season":
        return !isPast(item) || (seasonStart !== null && dayKey(s.startsAt, s.timeZone) >= seasonStart);
      default:
        return true;
    }
  });
  return toPublishedDtos(filter.when === "past" ? items.reverse() : items, now);
}
