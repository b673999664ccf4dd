-- RSVPs are decided inside PostgreSQL, in one call per answer (docs/decisions/014-rsvps-and-waitlist.md).
-- Everyone answering one session waits for its row lock; a call that locks, reads and writes
-- on the server holds the lock for the time of the work, not for several round trips. These
-- functions are VOLATILE PL/pgSQL/SQL: each statement in them takes a fresh snapshot, so what
-- is read after the lock includes every answer committed before it was granted.

-- One person's answer to a session: p_mode IN_PERSON or REMOTE, or NULL to cancel. Locks the
-- session's row, checks that the session takes answers, and writes the RSVP:
--   outcome: not_found | cancelled | closed | remote_only | in_person_only | no_rsvp  (nothing written)
--            unchanged (the same answer again) | changed | withdrawn (cancelled)
--   status/mode of the RSVP as it stands, position in line while waitlisted, and who was
--   promoted to a seat this answer freed.
-- A free seat goes to a newcomer only when nobody is waiting.
CREATE OR REPLACE FUNCTION "rsvp_answer"(p_session uuid, p_user uuid, p_mode "RsvpMode", p_by_organizer boolean, p_now timestamptz)
RETURNS TABLE (outcome text, status text, mode text, "position" integer, promoted uuid[])
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    s record;
    cur record;
    active boolean := false;
    held boolean := false;
    line integer;
    new_status "RsvpStatus";
    moved uuid[] := '{}';
BEGIN
    SELECT x.status, x.removed_at, x.starts_at, x.is_in_person, x.is_remote, x.seats, x.in_person_confirmed INTO s
    FROM sessions x WHERE x.id = p_session FOR UPDATE;
    IF NOT FOUND OR s.removed_at IS NOT NULL OR s.status = 'DRAFT' THEN
        RETURN QUERY SELECT 'not_found', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;
    IF NOT p_by_organizer AND s.status = 'CANCELLED' THEN
        RETURN QUERY SELECT 'cancelled', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;
    IF NOT p_by_organizer AND s.starts_at <= p_now THEN
        RETURN QUERY SELECT 'closed', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;
    IF p_mode = 'IN_PERSON' AND NOT s.is_in_person THEN
        RETURN QUERY SELECT 'remote_only', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;
    IF p_mode = 'REMOTE' AND NOT s.is_remote THEN
        RETURN QUERY SELECT 'in_person_only', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;

    SELECT r.id, r.mode, r.status, r.waitlist_seq INTO cur FROM rsvps r WHERE r.session_id = p_session AND r.user_id = p_user;
    active := FOUND AND cur.status <> 'CANCELLED';
    held := active AND cur.mode = 'IN_PERSON' AND cur.status = 'CONFIRMED';

    IF p_mode IS NULL THEN
        IF NOT active THEN
            RETURN QUERY SELECT 'no_rsvp', NULL::text, NULL::text, NULL::integer, moved; RETURN;
        END IF;
        UPDATE rsvps SET status = 'CANCELLED', cancelled_at = p_now, waitlist_seq = NULL, updated_at = now() WHERE id = cur.id;
        IF held THEN moved := rsvp_promote(p_session); END IF;
        RETURN QUERY SELECT 'withdrawn', NULL::text, NULL::text, NULL::integer, moved; RETURN;
    END IF;

    IF active AND cur.mode = p_mode THEN
        IF cur.status = 'WAITLISTED' THEN
            SELECT count(*)::integer INTO line FROM rsvps w
            WHERE w.session_id = p_session AND w.status = 'WAITLISTED' AND w.waitlist_seq <= cur.waitlist_seq;
        END IF;
        RETURN QUERY SELECT 'unchanged', cur.status::text, cur.mode::text, CASE WHEN cur.status = 'WAITLISTED' THEN line END, moved; RETURN;
    END IF;

    SELECT count(*)::integer INTO line FROM rsvps w WHERE w.session_id = p_session AND w.status = 'WAITLISTED';
    IF p_mode = 'IN_PERSON' AND NOT (s.seats IS NOT NULL AND s.in_person_confirmed < s.seats AND line = 0) THEN
        new_status := 'WAITLISTED';
    ELSE
        new_status := 'CONFIRMED';
    END IF;
    INSERT INTO rsvps AS r (session_id, user_id, mode, status, waitlist_seq)
    VALUES (p_session, p_user, p_mode, new_status, CASE WHEN new_status = 'WAITLISTED' THEN nextval('rsvps_waitlist_seq_seq') END)
    ON CONFLICT (session_id, user_id) DO UPDATE SET mode = EXCLUDED.mode, status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq,
        cancelled_at = NULL, checked_in_at = NULL, checked_in_by_id = NULL, updated_at = now();
    IF held THEN moved := rsvp_promote(p_session); END IF;
    RETURN QUERY SELECT 'changed', new_status::text, p_mode::text, CASE WHEN new_status = 'WAITLISTED' THEN line + 1 END, moved;
END
$$;
