// A series' defaults for new sessions: the columns they are read from (selected the same way
// wherever they are read; the Zoom link is asked for explicitly, it is omitted by default), and
// the new session they make.
export const SERIES_DEFAULTS_SELECT = {
  timeZone: true,
  defaultWeekday: true,
  defaultStartTime: true,
  defaultDurationMinutes: true,
  defaultInPerson: true,
  defaultRemote: true,
  venueName: true,
  venueAddress: true,
  seats: true,
  remoteUrl: true,
} as const;

type SeriesDefaults = {
  timeZone: string;
  defaultDurationMinutes: number;
  defaultInPerson: boolean;
  defaultRemote: boolean;
  venueName: string | null;
  venueAddress: string | null;
  seats: number | null;
  remoteUrl: string | null;
};

/** A new draft session's time and place from its series' defaults (the planner, the CSV import
 *  and "schedule for next Wednesday" all start a session this way). Always in person, remote or both. */
export function newSessionFromDefaults(
  series: SeriesDefaults,
  startsAt: Date,
  endsAt = new Date(startsAt.getTime() + series.defaultDurationMinutes * 60_000),
) {
  return {
    startsAt,
    endsAt,
    timeZone: series.timeZone,
    isInPerson: series.defaultInPerson,
    isRemote: series.defaultRemote || !series.defaultInPerson,
    venueName: series.defaultInPerson ? series.venueName : null,
    venueAddress: series.defaultInPerson ? series.venueAddress : null,
    seats: series.defaultInPerson ? (series.seats ?? 0) : null,
    remoteUrl: series.remoteUrl,
    status: "DRAFT" as const,
  };
}
