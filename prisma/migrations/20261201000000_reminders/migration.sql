-- Reminder emails and one-click unsubscribe (docs/decisions/016-reminders-and-unsubscribe.md).

-- Speakers' reminders (confirm, bring slides) can be turned off like the attendees' ones.
ALTER TABLE "users" ADD COLUMN "notify_speaker_reminders" BOOLEAN NOT NULL DEFAULT true;

-- The development outbox keeps the headers a mail was sent with (List-Unsubscribe among them).
ALTER TABLE "outbox_emails" ADD COLUMN "headers" JSONB;

CREATE TYPE "ReminderKind" AS ENUM ('DAY_BEFORE', 'HOUR_BEFORE', 'PRE_READING', 'SPEAKER');

-- One row per reminder queued: the unique key (person, session, kind, start time) is what makes
-- a reminder go out once, however often and on however many instances the job runs. The start
-- time is part of the key, so a session moved to another day is reminded of again.
CREATE TABLE "reminders" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "reminders_session_id_idx" ON "reminders"("session_id");
CREATE UNIQUE INDEX "reminders_user_id_session_id_kind_starts_at_key" ON "reminders"("user_id", "session_id", "kind", "starts_at");
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
