-- A person's own RSVP answer, decided and told in one statement (docs/decisions/029-rsvp-in-one-statement.md):
-- counted against their RSVP limit first (rate_limit_consume, decision 019: their own advisory
-- lock, before the session's row lock), then rsvp_answer (decision 014), then — when the answer
-- changed something — one "rsvp-notice" job queued (job_send) whose worker composes the emails
-- (lib/rsvps/rsvp-notice.ts). Run on its own it is its own transaction: the session's row lock is
-- held for the time PostgreSQL needs, never across a round trip to Node.
-- Returns rsvp_answer's outcome (without `promoted`), plus `limited_since`: NULL when counted,
-- else the oldest attempt in the window (outcome 'rate_limited'). A refused answer (no such
-- session, closed, …) writes nothing and counts nothing: its attempt is undone.
CREATE OR REPLACE FUNCTION "rsvp_answer_own"(
    p_bucket text, p_key text, p_max integer, p_window_ms integer,
    p_session uuid, p_user uuid, p_mode "RsvpMode", p_now timestamptz, p_site text)
RETURNS TABLE (outcome text, status text, mode text, "position" integer, limited_since timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    oldest timestamptz;
    a record;
BEGIN
    BEGIN
        oldest := rate_limit_consume(p_bucket, p_key, p_max, p_window_ms, p_now);
        IF oldest IS NOT NULL THEN
            RETURN QUERY SELECT 'rate_limited', NULL::text, NULL::text, NULL::integer, oldest;
            RETURN;
        END IF;
        SELECT * INTO a FROM rsvp_answer(p_session, p_user, p_mode, false, p_now);
        IF a.outcome NOT IN ('changed', 'unchanged', 'withdrawn') THEN
            -- Undoes the attempt counted above (the block is a subtransaction); `a` is kept.
            RAISE SQLSTATE 'PCREF';
        END IF;
        IF a.outcome = 'changed' OR cardinality(a.promoted) > 0 THEN
            PERFORM job_send('rsvp-notice', jsonb_build_object(
                'sessionId', p_session, 'userId', p_user, 'site', p_site,
                'answer', CASE WHEN a.outcome = 'changed'
                    THEN jsonb_build_object('status', a.status, 'mode', a.mode, 'position', a."position") END,
                'promoted', to_jsonb(a.promoted)));
        END IF;
    EXCEPTION WHEN SQLSTATE 'PCREF' THEN
        NULL;
    END;
    RETURN QUERY SELECT a.outcome, a.status, a.mode, a."position", NULL::timestamptz;
END
$$;
