-- Track leads (issue 20): the people who run a track. A lead may curate the track's readings,
-- triage its suggestions and decide its speaker claims (lib/auth/permissions.ts, checked
-- against the track of the object); publishing stays with organizers. One row per lead.
CREATE TABLE "track_leads" (
    "track_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "named_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "track_leads_pkey" PRIMARY KEY ("track_id", "user_id")
);

CREATE INDEX "track_leads_user_id_idx" ON "track_leads"("user_id");

ALTER TABLE "track_leads" ADD CONSTRAINT "track_leads_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_leads" ADD CONSTRAINT "track_leads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_leads" ADD CONSTRAINT "track_leads_named_by_id_fkey" FOREIGN KEY ("named_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
