// Database objects that the migrations create but schema.prisma cannot express. The
// schema-drift test requires each to exist, and allows no other object outside the schema.
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
  triggers: ["rsvps_count_in_person", "publications_immutable"],
  /**
   * Functions in the public schema: the triggers' own, the RSVP decision (decision 014), a counted
   * attempt (decision 019), and both in one call for a person's own answer (decision 022).
   */
  functions: ["rsvps_count_in_person", "publications_immutable", "rsvp_answer", "rsvp_promote", "rate_limit_consume", "rsvp_answer_limited"],
} as const;
