-- A publication's content never changes after insert (decision 013): any UPDATE is refused.
CREATE OR REPLACE FUNCTION "publications_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'publications are immutable' USING ERRCODE = '23514';
END $$;

CREATE OR REPLACE TRIGGER "publications_immutable" BEFORE UPDATE ON "publications"
    FOR EACH ROW EXECUTE FUNCTION "publications_immutable"();
