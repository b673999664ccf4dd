-- A person's own RSVP answer in one call (docs/decisions/022-rsvp-rush.md): first counted
-- against their RSVP limit (rate_limit_consume, decision 019: their own advisory lock, before the
-- session's row lock), then rsvp_answer (decision 014). One round trip instead of two for every
-- answer of a rush. Returns rsvp_answer's row, plus `limited_since`: NULL when counted, else the
-- oldest attempt in the window (outcome 'rate_limited', nothing written; the caller turns it into
-- Retry-After). Whatever the caller then refuses rolls back with its transaction, the hit too.
CREATE OR REPLACE FUNCTION "rsvp_answer_limited"(
    p_bucket text, p_key text, p_max integer, p_window_ms integer,
    p_session uuid, p_user uuid, p_mode "RsvpMode", p_by_organizer boolean, p_now timestamptz)
RETURNS TABLE (outcome text, status text, mode text, "position" integer, promoted uuid[], limited_since timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    oldest timestamptz;
BEGIN
    oldest := rate_limit_consume(p_bucket, p_key, p_max, p_window_ms, p_now);
    IF oldest IS NOT NULL THEN
        RETURN QUERY SELECT 'rate_limited', NULL::text, NULL::text, NULL::integer, '{}'::uuid[], oldest;
        RETURN;
    END IF;
    RETURN QUERY SELECT a.outcome, a.status, a.mode, a."position", a.promoted, NULL::timestamptz
    FROM rsvp_answer(p_session, p_user, p_mode, p_by_organizer, p_now) a;
END
$$;
