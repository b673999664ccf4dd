// The choices of the weekday and time zone selects of the series and season forms.
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The zones to offer, with the current one first when the list lacks it. */
export function zoneChoices(timeZones: string[], current: string): string[] {
  return timeZones.includes(current) ? timeZones : [current, ...timeZones];
}
