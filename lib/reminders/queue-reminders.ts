// The reminder job (lib/jobs/start-jobs.ts runs it every few minutes): claims the reminders due
// at `now` and queues their emails through the mail outbox, all in one transaction. A reminder
// is claimed once (the reminders table's unique key), so it is queued once however often the
// job runs, after a restart, or on several instances at the same moment; the send-mail job
// then sends each email once, with retries. Each email carries the one-click unsubscribe of
// its kind. See docs/decisions/016-reminders.md.
import "server-only";
import { getDb } from "../db/index.ts";
import { siteOrigin } from "../http/site-origin.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import type { EmailKind } from "../mail/email-kinds.ts";
import type { Mail } from "../mail/mail.ts";
import { dayBeforeMail } from "../mail/templates/reminder-day-before.ts";
import { hourBeforeMail } from "../mail/templates/reminder-hour-before.ts";
import { preReadingMail } from "../mail/templates/reminder-pre-reading.ts";
import { speakerReminderMail } from "../mail/templates/reminder-speaker.ts";
import { withUnsubscribe } from "../mail/unsubscribe.ts";
import { claimDueReminders, type ClaimedReminder } from "./claim-due-reminders.ts";
import { reminderFacts } from "./reminder-facts.ts";
import { appNow } from "../time/clock.ts";

const KIND_OF: Record<ClaimedReminder["kind"], EmailKind> = {
  DAY_BEFORE: "day-before",
  HOUR_BEFORE: "hour-before",
  PRE_READING: "pre-reading",
  SPEAKER: "speaker-reminders",
};

export async function queueDueReminders(now = appNow(), options: { siteUrl?: string } = {}) {
  const siteUrl = options.siteUrl ?? siteOrigin();
  return getDb().$transaction(
    async (tx) => {
      const claimed = await claimDueReminders(tx, now);
      if (claimed.length === 0) return { queued: 0 };
      const facts = await reminderFacts(tx, claimed, siteUrl);
      let queued = 0;
      for (const c of claimed) {
        const session = facts.session(c.session_id);
        const person = facts.person(c.user_id);
        if (!session || !person) continue;
        const attendance = facts.attendance(c.session_id, c.user_id);
        let mail: Mail | null = null;
        if (c.kind === "SPEAKER") mail = speakerReminderMail(person.email, person.id, session, siteUrl);
        else if (c.kind === "PRE_READING") mail = preReadingMail(person.email, session);
        else if (attendance && c.kind === "DAY_BEFORE") mail = dayBeforeMail(person.email, session, attendance, now);
        else if (attendance) mail = hourBeforeMail(person.email, session, attendance);
        if (!mail) continue;
        await enqueueMail(tx, withUnsubscribe(mail, { siteUrl, userId: person.id, kind: KIND_OF[c.kind] }));
        queued++;
      }
      return { queued };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
