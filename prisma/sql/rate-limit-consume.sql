-- One counted attempt of a rate-limited action in one call (docs/decisions/019-action-limits.md):
-- takes the key's advisory lock (held to the end of the caller's transaction), forgets the key's
-- attempts that left the window, and records this one unless `p_max` are already in it.
-- Returns NULL when counted, else the oldest attempt still in the window (the caller turns it
-- into Retry-After). VOLATILE PL/pgSQL: each statement after the lock takes a fresh snapshot,
-- so it sees every attempt committed before the lock was granted. A per-key lock: different
-- people never wait for each other.
CREATE OR REPLACE FUNCTION "rate_limit_consume"(p_bucket text, p_key text, p_max integer, p_window_ms integer, p_now timestamptz)
RETURNS timestamptz LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    since timestamptz := p_now - make_interval(secs => p_window_ms / 1000.0);
    counted integer;
    oldest timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(p_bucket || ':' || p_key));
    DELETE FROM rate_limit_hits WHERE bucket = p_bucket AND key = p_key AND created_at <= since;
    SELECT count(*), min(created_at) INTO counted, oldest
    FROM rate_limit_hits WHERE bucket = p_bucket AND key = p_key AND created_at > since;
    IF counted >= p_max THEN
        RETURN oldest;
    END IF;
    INSERT INTO rate_limit_hits (bucket, key, created_at) VALUES (p_bucket, p_key, p_now);
    RETURN NULL;
END
$$;
