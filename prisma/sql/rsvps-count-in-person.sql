-- sessions.in_person_confirmed follows the confirmed in-person RSVPs in the same transaction;
-- its CHECK then makes overselling impossible whatever code writes the RSVP (decision 014).
CREATE OR REPLACE FUNCTION "rsvps_count_in_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."mode" = 'IN_PERSON' AND OLD."status" = 'CONFIRMED' THEN
        UPDATE "sessions" SET "in_person_confirmed" = "in_person_confirmed" - 1 WHERE "id" = OLD."session_id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."mode" = 'IN_PERSON' AND NEW."status" = 'CONFIRMED' THEN
        UPDATE "sessions" SET "in_person_confirmed" = "in_person_confirmed" + 1 WHERE "id" = NEW."session_id";
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER "rsvps_count_in_person"
    AFTER INSERT OR DELETE OR UPDATE OF "mode", "status", "session_id" ON "rsvps"
    FOR EACH ROW EXECUTE FUNCTION "rsvps_count_in_person"();
