// The kinds of email a person can turn off, each with its preference column on users (shown on
// /me) and the words an unsubscribe page uses. Every email of these kinds carries a one-click
// unsubscribe link for its kind (lib/mail/unsubscribe.ts).
export const EMAIL_KINDS = {
  "day-before": { preference: "notifyDayBefore", label: "reminders the day before a session" },
  "hour-before": { preference: "notifyHourBefore", label: "reminders an hour before a session" },
  "pre-reading": { preference: "notifyPreReading", label: "the papers to read before a session" },
  "speaker-reminders": { preference: "notifySpeakerReminders", label: "reminders about the talks you present" },
  "schedule-changes": { preference: "notifyScheduleChanges", label: "changes to sessions you RSVPed to or present at" },
} as const;

export type EmailKind = keyof typeof EMAIL_KINDS;
export type EmailPreference = (typeof EMAIL_KINDS)[EmailKind]["preference"];

export const isEmailKind = (value: string): value is EmailKind => Object.hasOwn(EMAIL_KINDS, value);
