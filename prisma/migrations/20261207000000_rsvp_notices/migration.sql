-- A person's own RSVP is decided and its emails queued in one statement (rsvp_answer_own,
-- docs/decisions/029-rsvp-in-one-statement.md): the statement queues one "rsvp-notice" job, and
-- that job composes the emails. rsvp_answer_limited, which it replaces, goes.
DROP FUNCTION IF EXISTS "rsvp_answer_limited"(text, text, integer, integer, uuid, uuid, "RsvpMode", boolean, timestamptz);

DO $$
BEGIN
  -- Retried as the mail queue is (about 10 s, 20 s, 40 s, ... 8 times).
  IF NOT EXISTS (SELECT 1 FROM pgboss.queue WHERE name = 'rsvp-notice') THEN
    PERFORM pgboss.create_queue('rsvp-notice', '{"policy":"standard","retryLimit":8,"retryDelay":10,"retryBackoff":true}'::json);
  END IF;
END
$$;
