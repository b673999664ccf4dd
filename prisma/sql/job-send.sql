-- Queues a pg-boss job from SQL, as `boss.send(queue, data)` with no options does (pg-boss 10's
-- insertJob): the queue's retry, expiry, retention and dead-letter settings, priority 0, due
-- now. For a statement that decides and queues in one call (rsvp_answer_own), so the queue is
-- written in the transaction of the change without a round trip back to Node.
-- tests/integration/job-send.test.ts proves the row equals pg-boss's own and that its worker
-- runs it. Raises when the queue does not exist (pg-boss would insert nothing).
CREATE OR REPLACE FUNCTION "job_send"(p_queue text, p_data jsonb)
RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    queued uuid;
BEGIN
    INSERT INTO pgboss.job (id, name, data, priority, start_after, singleton_key, singleton_on, dead_letter,
        expire_in, keep_until, retry_limit, retry_delay, retry_backoff, policy)
    SELECT gen_random_uuid(), q.name, p_data, 0, now(), NULL, NULL, q.dead_letter,
        COALESCE(q.expire_seconds * interval '1s', interval '15 minutes'),
        now() + CAST(COALESCE((q.retention_minutes * 60)::text, '14 days') AS interval),
        COALESCE(q.retry_limit, 2),
        CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(q.retry_delay, 1) ELSE COALESCE(q.retry_delay, 0) END,
        COALESCE(q.retry_backoff, false),
        q.policy
    FROM pgboss.queue q WHERE q.name = p_queue
    RETURNING id INTO queued;
    IF queued IS NULL THEN
        RAISE EXCEPTION 'The "%" queue does not exist: apply the migrations (npm run db:migrate).', p_queue;
    END IF;
    RETURN queued;
END
$$;
