// Which reminders are due at `now`, claimed in one statement: each due (person, session, kind,
// start time) is inserted into reminders, and the unique key lets only one run, on one instance,
// ever claim it. What the statement returns is what the caller must now queue, in the same
// transaction: if that rolls back, the claim goes with it and the next run tries again.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";

export type ClaimedReminder = { user_id: string; session_id: string; kind: "DAY_BEFORE" | "HOUR_BEFORE" | "PRE_READING" | "SPEAKER" };

/**
 * When each kind is due, relative to the session's start: from `from` up to `until` before it.
 * A person who RSVPed within the last hour gets no attendee reminder for that moment (their
 * RSVP email just told them the same); a speaker who must confirm is reminded two days before
 * the confirmation deadline (series.speaker_confirm_days), the others three days before.
 */
export const REMINDER_WINDOWS = {
  PRE_READING: { from: "3 days", until: "1 day" },
  DAY_BEFORE: { from: "1 day", until: "2 hours" },
  HOUR_BEFORE: { from: "1 hour", until: "0 seconds" },
  SPEAKER: { from: "3 days", until: "2 hours" },
} as const;

const RECENT_RSVP = "1 hour";
/** Reminders are never due further ahead than this (the confirmation window included). */
const HORIZON = "60 days";

export async function claimDueReminders(tx: Prisma.TransactionClient, now: Date): Promise<ClaimedReminder[]> {
  const w = REMINDER_WINDOWS;
  return tx.$queryRaw<ClaimedReminder[]>`
    WITH upcoming AS (
      SELECT s.id, s.starts_at, sr.speaker_confirm_days
      FROM sessions s JOIN series sr ON sr.id = s.series_id
      WHERE s.status = 'PUBLISHED' AND s.removed_at IS NULL
        AND s.starts_at > ${now} AND s.starts_at <= ${now}::timestamptz + ${HORIZON}::interval
    ), attendee AS (
      SELECT r.user_id, s.id AS session_id, k.kind, s.starts_at
      FROM upcoming s
      JOIN rsvps r ON r.session_id = s.id AND r.status IN ('CONFIRMED', 'WAITLISTED')
        AND r.created_at <= ${now}::timestamptz - ${RECENT_RSVP}::interval
      JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL AND u.email IS NOT NULL
      CROSS JOIN LATERAL (VALUES
        ('PRE_READING', u.notify_pre_reading AND EXISTS (SELECT 1 FROM slots sl WHERE sl.session_id = s.id),
          ${w.PRE_READING.from}::interval, ${w.PRE_READING.until}::interval),
        ('DAY_BEFORE', u.notify_day_before, ${w.DAY_BEFORE.from}::interval, ${w.DAY_BEFORE.until}::interval),
        ('HOUR_BEFORE', u.notify_hour_before, ${w.HOUR_BEFORE.from}::interval, ${w.HOUR_BEFORE.until}::interval)
      ) AS k(kind, wanted, from_before, until_before)
      WHERE k.wanted AND ${now} >= s.starts_at - k.from_before AND ${now} < s.starts_at - k.until_before
    ), speaker AS (
      SELECT DISTINCT c.user_id, s.id AS session_id, 'SPEAKER' AS kind, s.starts_at
      FROM upcoming s
      JOIN slots sl ON sl.session_id = s.id
      JOIN speaker_claims c ON c.slot_id = sl.id AND c.status = 'APPROVED' AND c.user_id IS NOT NULL
      JOIN users u ON u.id = c.user_id AND u.deleted_at IS NULL AND u.email IS NOT NULL AND u.notify_speaker_reminders
      WHERE ${now} < s.starts_at - ${w.SPEAKER.until}::interval
        AND ${now} >= s.starts_at - GREATEST(${w.SPEAKER.from}::interval,
          CASE WHEN c.confirmed_at IS NULL AND s.speaker_confirm_days IS NOT NULL
            THEN make_interval(days => s.speaker_confirm_days + 2) ELSE '0 seconds'::interval END)
    )
    INSERT INTO reminders (user_id, session_id, kind, starts_at, created_at)
    SELECT user_id, session_id, kind::"ReminderKind", starts_at, ${now}::timestamptz FROM attendee
    UNION ALL
    SELECT user_id, session_id, kind::"ReminderKind", starts_at, ${now}::timestamptz FROM speaker
    ON CONFLICT (user_id, session_id, kind, starts_at) DO NOTHING
    RETURNING user_id, session_id, kind::text AS kind`;
}
