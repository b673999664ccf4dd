// Database objects that the migrations create but schema.prisma cannot express. The
// schema-drift test requires each to exist, and allows no other object outside the schema.
// Functions and triggers are not listed here: their one home is prisma/sql, which the
// schema-drift and sql-functions tests read.
export const SQL_ONLY_OBJECTS = {
  /** Partial unique indexes. */
  indexes: ["speaker_claims_one_active_per_slot"],
  checks: [
    "users_email_lower_check",
    "series_claim_days_check",
    "seasons_dates_check",
    "tracks_planned_weeks_check",
    "sessions_times_check",
    "sessions_mode_check",
    "sessions_seats_check",
    "sessions_in_person_confirmed_check",
    "slots_position_check",
    "suggestions_vote_count_check",
    "suggestions_kind_paper_check",
    "rsvps_waitlist_check",
    "publications_version_positive",
    "series_default_weekday_range",
    "series_seats_non_negative",
    "sessions_track_week_positive",
  ],
  sequences: ["rsvps_waitlist_seq_seq"],
} as const;
