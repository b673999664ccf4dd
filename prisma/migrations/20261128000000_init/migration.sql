-- Paper Club: the initial data model. Written to match what `prisma migrate` would generate
-- for prisma/schema.prisma (names follow Prisma's conventions); the schema-drift test proves it.
-- The part after "Invariants Prisma cannot express" is SQL-only (see prisma/sql-only-objects.ts).

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'ORGANIZER', 'ADMIN');
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');
CREATE TYPE "PaperSource" AS ENUM ('ARXIV', 'DOI', 'URL');
CREATE TYPE "ClaimStatus" AS ENUM ('INVITED', 'PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'RELEASED');
CREATE TYPE "SuggestionKind" AS ENUM ('PAPER', 'TOPIC');
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'MERGED');
CREATE TYPE "RsvpMode" AS ENUM ('IN_PERSON', 'REMOTE');
CREATE TYPE "RsvpStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT,
    "email_verified" TIMESTAMPTZ(3),
    "name" TEXT,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'MEMBER',
    "affiliation" TEXT,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "time_zone" TEXT,
    "notify_day_before" BOOLEAN NOT NULL DEFAULT true,
    "notify_hour_before" BOOLEAN NOT NULL DEFAULT true,
    "notify_pre_reading" BOOLEAN NOT NULL DEFAULT true,
    "notify_schedule_changes" BOOLEAN NOT NULL DEFAULT true,
    "calendar_token" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "auth_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

CREATE TABLE "series" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "time_zone" TEXT NOT NULL DEFAULT 'America/Los_Angeles',
    "claim_approval_required" BOOLEAN NOT NULL DEFAULT true,
    "claim_stale_days" INTEGER NOT NULL DEFAULT 7,
    "speaker_confirm_days" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "seasons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "series_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "first_date" DATE NOT NULL,
    "last_date" DATE NOT NULL,
    "weekday" INTEGER NOT NULL,
    "start_time" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 90,
    "skip_dates" DATE[] DEFAULT ARRAY[]::DATE[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seasons_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "tracks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "season_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "planned_weeks" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tracks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "series_id" UUID NOT NULL,
    "season_id" UUID,
    "track_id" UUID,
    "paired_session_id" UUID,
    "title" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "is_in_person" BOOLEAN NOT NULL DEFAULT true,
    "is_remote" BOOLEAN NOT NULL DEFAULT true,
    "venue_name" TEXT,
    "venue_address" TEXT,
    "seats" INTEGER,
    "in_person_confirmed" INTEGER NOT NULL DEFAULT 0,
    "remote_url" TEXT,
    "recording_url" TEXT,
    "slides_url" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "cancel_reason" TEXT,
    "edited_by_hand_at" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "papers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "canonical_id" TEXT NOT NULL,
    "source" "PaperSource" NOT NULL,
    "arxiv_id" TEXT,
    "doi" TEXT,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "year" INTEGER,
    "abstract" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "papers_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "slots" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_id" UUID NOT NULL,
    "paper_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 20,
    "slides_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slots_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "speaker_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slot_id" UUID NOT NULL,
    "user_id" UUID,
    "status" "ClaimStatus" NOT NULL DEFAULT 'PENDING',
    "co_presenter" TEXT,
    "note" TEXT,
    "decline_reason" TEXT,
    "invite_name" TEXT,
    "invite_email" TEXT,
    "invite_affiliation" TEXT,
    "invite_link" TEXT,
    "invite_token_hash" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "released_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "speaker_claims_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "suggestions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "SuggestionKind" NOT NULL,
    "paper_id" UUID,
    "title" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "track_id" UUID,
    "author_id" UUID,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "decline_reason" TEXT,
    "merged_into_id" UUID,
    "scheduled_slot_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "vote_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "votes" (
    "suggestion_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("suggestion_id","user_id")
);

CREATE TABLE "rsvps" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "mode" "RsvpMode" NOT NULL,
    "status" "RsvpStatus" NOT NULL,
    "waitlist_seq" BIGINT,
    "checked_in_at" TIMESTAMPTZ(3),
    "checked_in_by_id" UUID,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rsvps_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "publications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "series_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "published_by_id" UUID,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publications_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbox_emails" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE UNIQUE INDEX "users_calendar_token_key" ON "users"("calendar_token");
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");
CREATE UNIQUE INDEX "auth_sessions_session_token_key" ON "auth_sessions"("session_token");
CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions"("user_id");
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");
CREATE UNIQUE INDEX "verification_tokens_identifier_token_key" ON "verification_tokens"("identifier", "token");
CREATE UNIQUE INDEX "series_slug_key" ON "series"("slug");
CREATE UNIQUE INDEX "seasons_series_id_slug_key" ON "seasons"("series_id", "slug");
CREATE UNIQUE INDEX "tracks_slug_key" ON "tracks"("slug");
CREATE INDEX "tracks_season_id_position_idx" ON "tracks"("season_id", "position");
CREATE INDEX "sessions_series_id_starts_at_idx" ON "sessions"("series_id", "starts_at");
CREATE INDEX "sessions_track_id_starts_at_idx" ON "sessions"("track_id", "starts_at");
CREATE INDEX "sessions_status_starts_at_idx" ON "sessions"("status", "starts_at");
CREATE UNIQUE INDEX "papers_canonical_id_key" ON "papers"("canonical_id");
CREATE UNIQUE INDEX "papers_arxiv_id_key" ON "papers"("arxiv_id");
CREATE UNIQUE INDEX "papers_doi_key" ON "papers"("doi");
CREATE INDEX "papers_title_idx" ON "papers"("title");
CREATE INDEX "slots_session_id_position_idx" ON "slots"("session_id", "position");
CREATE UNIQUE INDEX "slots_session_id_paper_id_key" ON "slots"("session_id", "paper_id");
CREATE UNIQUE INDEX "speaker_claims_invite_token_hash_key" ON "speaker_claims"("invite_token_hash");
CREATE INDEX "speaker_claims_slot_id_idx" ON "speaker_claims"("slot_id");
CREATE INDEX "speaker_claims_user_id_status_idx" ON "speaker_claims"("user_id", "status");
CREATE INDEX "speaker_claims_status_created_at_idx" ON "speaker_claims"("status", "created_at");
CREATE UNIQUE INDEX "suggestions_paper_id_key" ON "suggestions"("paper_id");
CREATE INDEX "suggestions_status_vote_count_idx" ON "suggestions"("status", "vote_count");
CREATE INDEX "suggestions_status_created_at_idx" ON "suggestions"("status", "created_at");
CREATE INDEX "suggestions_author_id_created_at_idx" ON "suggestions"("author_id", "created_at");
CREATE INDEX "suggestions_track_id_idx" ON "suggestions"("track_id");
CREATE INDEX "votes_user_id_idx" ON "votes"("user_id");
CREATE INDEX "rsvps_session_id_status_waitlist_seq_idx" ON "rsvps"("session_id", "status", "waitlist_seq");
CREATE INDEX "rsvps_user_id_idx" ON "rsvps"("user_id");
CREATE UNIQUE INDEX "rsvps_session_id_user_id_key" ON "rsvps"("session_id", "user_id");
CREATE UNIQUE INDEX "publications_series_id_version_key" ON "publications"("series_id", "version");
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");
CREATE INDEX "audit_log_target_type_target_id_idx" ON "audit_log"("target_type", "target_id");
CREATE INDEX "outbox_emails_created_at_idx" ON "outbox_emails"("created_at");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "seasons" ADD CONSTRAINT "seasons_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_season_id_fkey" FOREIGN KEY ("season_id") REFERENCES "seasons"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_season_id_fkey" FOREIGN KEY ("season_id") REFERENCES "seasons"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_paired_session_id_fkey" FOREIGN KEY ("paired_session_id") REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "slots" ADD CONSTRAINT "slots_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "slots" ADD CONSTRAINT "slots_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "speaker_claims" ADD CONSTRAINT "speaker_claims_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "speaker_claims" ADD CONSTRAINT "speaker_claims_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "speaker_claims" ADD CONSTRAINT "speaker_claims_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "suggestions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_scheduled_slot_id_fkey" FOREIGN KEY ("scheduled_slot_id") REFERENCES "slots"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "votes" ADD CONSTRAINT "votes_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "votes" ADD CONSTRAINT "votes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_checked_in_by_id_fkey" FOREIGN KEY ("checked_in_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "publications" ADD CONSTRAINT "publications_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Invariants Prisma cannot express (listed in prisma/sql-only-objects.ts) ───

ALTER TABLE "users" ADD CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email"));
ALTER TABLE "series" ADD CONSTRAINT "series_claim_days_check"
    CHECK ("claim_stale_days" > 0 AND ("speaker_confirm_days" IS NULL OR "speaker_confirm_days" >= 0));
ALTER TABLE "seasons" ADD CONSTRAINT "seasons_dates_check"
    CHECK ("last_date" >= "first_date" AND "weekday" BETWEEN 0 AND 6
           AND "start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "duration_minutes" > 0);
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_planned_weeks_check"
    CHECK ("planned_weeks" BETWEEN 1 AND 2 AND "position" >= 0);
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_times_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_mode_check" CHECK ("is_in_person" OR "is_remote");
-- Seats never below zero, and never more confirmed in-person RSVPs than seats.
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_seats_check"
    CHECK ("seats" IS NULL OR "seats" >= 0);
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_in_person_confirmed_check"
    CHECK ("in_person_confirmed" >= 0 AND "in_person_confirmed" <= COALESCE("seats", 0));
ALTER TABLE "slots" ADD CONSTRAINT "slots_position_check" CHECK ("position" >= 0 AND "duration_minutes" > 0);
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_vote_count_check" CHECK ("vote_count" >= 0);
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_kind_paper_check"
    CHECK (("kind" = 'PAPER') = ("paper_id" IS NOT NULL));
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_waitlist_check"
    CHECK ("status" <> 'WAITLISTED' OR ("mode" = 'IN_PERSON' AND "waitlist_seq" IS NOT NULL));

-- One active speaker claim per slot.
CREATE UNIQUE INDEX "speaker_claims_one_active_per_slot"
    ON "speaker_claims"("slot_id") WHERE "status" IN ('INVITED', 'PENDING', 'APPROVED');

-- First-come-first-served order of the in-person waitlist.
CREATE SEQUENCE "rsvps_waitlist_seq_seq" AS BIGINT;

-- sessions.in_person_confirmed follows the confirmed in-person RSVPs in the same transaction;
-- its CHECK then makes overselling impossible whatever code writes the RSVP.
CREATE FUNCTION "rsvps_count_in_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."mode" = 'IN_PERSON' AND OLD."status" = 'CONFIRMED' THEN
        UPDATE "sessions" SET "in_person_confirmed" = "in_person_confirmed" - 1 WHERE "id" = OLD."session_id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."mode" = 'IN_PERSON' AND NEW."status" = 'CONFIRMED' THEN
        UPDATE "sessions" SET "in_person_confirmed" = "in_person_confirmed" + 1 WHERE "id" = NEW."session_id";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "rsvps_count_in_person"
    AFTER INSERT OR DELETE OR UPDATE OF "mode", "status", "session_id" ON "rsvps"
    FOR EACH ROW EXECUTE FUNCTION "rsvps_count_in_person"();
