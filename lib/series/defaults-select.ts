// The columns of a series that new sessions start from (its defaults), selected the same way
// wherever they are read. The Zoom link is asked for explicitly: it is omitted by default.
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
