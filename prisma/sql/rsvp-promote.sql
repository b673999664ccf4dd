-- RSVPs are decided inside PostgreSQL (docs/decisions/014-rsvps-and-waitlist.md).
-- Gives the free seats of a session to the first people in line, in order of their number
-- (which they keep); returns who was promoted. Call with the session's row locked.
CREATE OR REPLACE FUNCTION "rsvp_promote"(p_session uuid) RETURNS uuid[] LANGUAGE sql VOLATILE AS $$
    WITH first_in_line AS (
        SELECT id FROM rsvps
        WHERE session_id = p_session AND status = 'WAITLISTED'
        ORDER BY waitlist_seq
        LIMIT COALESCE((SELECT GREATEST(0, COALESCE(seats, 0) - in_person_confirmed) FROM sessions WHERE id = p_session AND is_in_person), 0)
    ), promoted AS (
        UPDATE rsvps r SET status = 'CONFIRMED', updated_at = now()
        FROM first_in_line f WHERE r.id = f.id
        RETURNING r.user_id
    )
    SELECT COALESCE(array_agg(user_id), '{}') FROM promoted
$$;
