-- Building and publishing the schedule (issue 9): series defaults for new sessions, the
-- planner's zone, the planner's week of each session, removal in the draft, and indexes for
-- the audit log page's filters. See docs/decisions/013-publications.md.
ALTER TABLE "series"
  ADD COLUMN "default_weekday" INTEGER NOT NULL DEFAULT 3,
  ADD COLUMN "default_start_time" TEXT NOT NULL DEFAULT '12:00',
  ADD COLUMN "default_duration_minutes" INTEGER NOT NULL DEFAULT 60,
  ADD COLUMN "default_in_person" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "default_remote" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "venue_name" TEXT,
  ADD COLUMN "venue_address" TEXT,
  ADD COLUMN "seats" INTEGER,
  ADD COLUMN "remote_url" TEXT;

ALTER TABLE "seasons" ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'America/Los_Angeles';

ALTER TABLE "sessions"
  ADD COLUMN "track_week" INTEGER,
  ADD COLUMN "removed_at" TIMESTAMPTZ(3);

CREATE INDEX "sessions_season_id_track_id_track_week_idx" ON "sessions"("season_id", "track_id", "track_week");
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log"("action", "created_at");

-- A publication's version counts up from 1 per series; its content never changes after insert.
ALTER TABLE "publications" ADD CONSTRAINT "publications_version_positive" CHECK ("version" >= 1);
CREATE FUNCTION publications_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'publications are immutable' USING ERRCODE = '23514';
END $$;
CREATE TRIGGER publications_immutable BEFORE UPDATE ON "publications"
  FOR EACH ROW EXECUTE FUNCTION publications_immutable();
-- The series defaults are sane.
ALTER TABLE "series" ADD CONSTRAINT "series_default_weekday_range" CHECK ("default_weekday" BETWEEN 0 AND 6);
ALTER TABLE "series" ADD CONSTRAINT "series_seats_non_negative" CHECK ("seats" IS NULL OR "seats" >= 0);
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_track_week_positive" CHECK ("track_week" IS NULL OR "track_week" >= 1);

-- The queue of posts to the club's Discord channel (one per publication), retried like mail.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pgboss.queue WHERE name = 'post-discord') THEN
    PERFORM pgboss.create_queue('post-discord', '{"policy":"standard","retryLimit":8,"retryDelay":10,"retryBackoff":true}'::json);
  END IF;
END
$$;

-- Tracks may be planned for up to 12 weeks (the launch plan has tracks of one to three weeks).
ALTER TABLE "tracks" DROP CONSTRAINT "tracks_planned_weeks_check";
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_planned_weeks_check" CHECK ("planned_weeks" BETWEEN 1 AND 12 AND "position" >= 0);
