// /schedule/{series}.json validates against the c3voc schedule.json schema (a copy in
// tests/fixtures/c3voc-schedule/, see SOURCE.md there) and says what the published schedule says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getScheduleJson } from "../../app/(public)/schedule/[file]/route.ts";
import { useTestDatabase } from "../support/database.ts";
import { routeParams } from "../support/requests.ts";

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/c3voc-schedule/schema.json"), "utf8"));

function validator() {
  // The schema is draft-06 and uses a few annotations of its own ($oneOf, $todo, deprecated).
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats.default(ajv);
  ajv.addFormat("color", /^#[0-9a-fA-F]{3,8}$/);
  return ajv.compile(schema);
}

const get = (file: string) => getScheduleJson(new NextRequest(`http://localhost/schedule/${file}`), routeParams({ file }) as never);

describe("schedule.json", () => {
  const database = useTestDatabase({ seeded: true });

  it("validates against the c3voc schema for every series, and holds every published session once", async () => {
    const validate = validator();
    for (const series of ["test-of-time", "paper-club"]) {
      const response = await get(`${series}.json`);
      expect(response.status).toBe(200);
      const body = await response.json();
      const valid = validate(body);
      expect(validate.errors ?? [], series).toEqual([]);
      expect(valid).toBe(true);
      // The validator does refuse: a broken copy fails.
      const broken = structuredClone(body);
      broken.schedule.conference.acronym = "Test-Of-Time";
      broken.schedule.conference.days[0].rooms = { x: [{ title: 1 }] };
      expect(validate(broken)).toBe(false);
      const events = body.schedule.conference.days.flatMap((d: { rooms: Record<string, { guid: string; date: string }[]> }) =>
        Object.values(d.rooms).flat(),
      );
      const published = await database.current.db.session.findMany({
        where: { series: { slug: series }, status: { in: ["PUBLISHED", "CANCELLED"] }, removedAt: null },
        select: { id: true },
      });
      const publishedIds = new Set(published.map((p) => p.id));
      expect(events.length).toBeGreaterThan(0);
      expect(new Set(events.map((e: { guid: string }) => e.guid)).size).toBe(events.length);
      for (const e of events) expect(publishedIds.has(e.guid)).toBe(true);
    }
  });

  it("writes local times in the series' zone across the DST change, papers as links and presenters as persons", async () => {
    const body = await (await get("test-of-time.json")).json();
    const conference = body.schedule.conference;
    expect(conference).toMatchObject({ acronym: "test_of_time", title: "Test of Time Paper Club", time_zone_name: "America/Los_Angeles" });
    const events = conference.days.flatMap((d: { rooms: Record<string, object[]> }) => Object.values(d.rooms).flat());
    const offsets = new Set(events.map((e: { date: string }) => e.date.slice(-6)));
    expect(offsets).toEqual(new Set(["-07:00", "-08:00"]));
    const evening = events.find((e: { start: string }) => e.start === "18:00");
    expect(evening).toMatchObject({ duration: "01:30", type: "talk", language: "en" });
    expect(evening.links[0]).toMatchObject({ type: "paper", url: expect.stringMatching(/^https:\/\//) });
    expect(events.some((e: { persons: unknown[] }) => e.persons.length > 0)).toBe(true);
  });

  it("answers 404 for an unknown series or another extension", async () => {
    for (const file of ["no-such-series.json", "test-of-time.xml", "Bad Slug.json"]) {
      const response = await get(file);
      expect(response.status, file).toBe(404);
    }
  });
});
