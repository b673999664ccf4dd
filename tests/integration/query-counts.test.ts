// Public pages read a fixed number of queries, however many sessions, papers and RSVPs there
// are: each page's data (the lib functions the page calls; its components are pure) is read at
// the demo's size and again at ten times as many published sessions with papers, presenters
// and RSVPs, counting every SQL statement Prisma sends.
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { OMITTED_BY_DEFAULT } from "../../lib/db/client.ts";
import { PrismaClient } from "../../lib/db/generated/client.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { rsvpsOf } from "../../lib/rsvps/my-rsvps.ts";
import { getSession } from "../../lib/schedule/get-session.ts";
import { getTrack } from "../../lib/schedule/get-track.ts";
import { listSchedule } from "../../lib/schedule/list-schedule.ts";
import { listSeries } from "../../lib/schedule/list-series.ts";
import { listSuggestions } from "../../lib/suggestions/list-suggestions.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";
import { SITE } from "../support/rsvp-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

const loggingClient = (url: string) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), omit: OMITTED_BY_DEFAULT, log: [{ emit: "event", level: "query" }] });
type Counted = { count: number; client: ReturnType<typeof loggingClient> };

function countingClient(url: string): Counted {
  const client = loggingClient(url);
  const counted: Counted = { count: 0, client };
  client.$on("query", () => counted.count++);
  return counted;
}

/** Queries each public page's data costs for `actor` (whose RSVPs the cards show). */
async function pageQueries(counted: Counted, actor: SignedInActor, ids: { session: string; track: string }) {
  // Every getDb() answers the counting client while a page's data is read.
  const global = globalThis as unknown as { paperClubDb?: unknown };
  const measure = async (read: () => Promise<unknown>) => {
    const saved = global.paperClubDb;
    global.paperClubDb = counted.client;
    const before = counted.count;
    try {
      await read();
    } finally {
      global.paperClubDb = saved;
    }
    return counted.count - before;
  };
  return {
    schedule: await measure(async () => {
      const [, sessions] = await Promise.all([listSeries(null), listSchedule(null, { when: "season" })]);
      await rsvpsOf(
        actor,
        sessions.map((s) => s.id),
      );
    }),
    session: await measure(async () => rsvpsOf(actor, [(await getSession(null, { id: ids.session })).id])),
    track: await measure(async () => {
      const track = await getTrack(null, { slug: ids.track });
      await rsvpsOf(
        actor,
        track.sessions.map((s) => s.id),
      );
    }),
    suggestions: await measure(async () => Promise.all([listSuggestions(actor, {}), listSeries(null)])),
  };
}

describe("query counts of the public pages", () => {
  const database = useTestDatabase({ seeded: true });

  it("stay the same at ten times the sessions, papers, presenters and RSVPs", async () => {
    const db = database.current.db;
    const counted = countingClient(database.current.url);
    try {
      const member = await actorByEmail(db, "member@example.com");
      const organizer = await actorByEmail(db, "organizer@example.com");
      const series = await db.series.findUniqueOrThrow({ where: { slug: "test-of-time" }, include: { seasons: { include: { tracks: true } } } });
      const track = series.seasons[0].tracks[0];
      const published = await db.session.findFirstOrThrow({ where: { seriesId: series.id, status: "PUBLISHED", trackId: track.id } });
      const ids = { session: published.id, track: track.slug };
      const small = await pageQueries(counted, member, ids);
      for (const n of Object.values(small)) expect(n).toBeGreaterThan(0);
      const sessionsBefore = await db.session.count({ where: { seriesId: series.id, status: "PUBLISHED" } });

      // Ten times as many published sessions in the same series and track, each with two papers
      // (one presented), and the member's RSVP to each, published as one new version.
      const extra = sessionsBefore * 9;
      const start = appNow().getTime() + 400 * 86_400_000;
      const speaker = await actorByEmail(db, "speaker@example.com");
      await db.paper.createMany({
        data: Array.from({ length: extra * 2 }, (_, i) => ({
          canonicalId: `url:https://papers.test/${i}`,
          source: "URL",
          url: `https://papers.test/${i}`,
          title: `Paper ${i}`,
        })),
      });
      const papers = await db.paper.findMany({ where: { canonicalId: { startsWith: "url:https://papers.test/" } }, orderBy: { canonicalId: "asc" } });
      const made = await db.session.createManyAndReturn({
        data: Array.from({ length: extra }, (_, i) => ({
          seriesId: series.id,
          seasonId: series.seasons[0].id,
          trackId: track.id,
          title: `Extra ${i}`,
          startsAt: new Date(start + i * 7 * 86_400_000),
          endsAt: new Date(start + i * 7 * 86_400_000 + 90 * 60_000),
          timeZone: series.timeZone,
          seats: 30,
          status: "PUBLISHED" as const,
        })),
        select: { id: true },
      });
      const slots = await db.slot.createManyAndReturn({
        data: made.flatMap((s, i) => [
          { sessionId: s.id, paperId: papers[2 * i].id, position: 1 },
          { sessionId: s.id, paperId: papers[2 * i + 1].id, position: 2 },
        ]),
        select: { id: true, position: true },
      });
      await db.speakerClaim.createMany({
        data: slots.filter((s) => s.position === 1).map((s) => ({ slotId: s.id, userId: speaker.id, status: "APPROVED" as const })),
      });
      await db.rsvp.createMany({
        data: made.map((s) => ({ sessionId: s.id, userId: member.id, mode: "REMOTE" as const, status: "CONFIRMED" as const })),
      });
      await publishSchedule(organizer, { series: "test-of-time", note: "Ten times bigger." }, SITE);
      expect(await db.session.count({ where: { seriesId: series.id, status: "PUBLISHED" } })).toBeGreaterThanOrEqual(10 * sessionsBefore);
      expect((await listSchedule(null, { series: "test-of-time" })).length).toBeGreaterThanOrEqual(10 * sessionsBefore);

      const large = await pageQueries(counted, member, ids);
      expect(large).toEqual(small);
      // And they are few.
      for (const n of Object.values(large)) expect(n).toBeLessThanOrEqual(12);
    } finally {
      await counted.client.$disconnect();
    }
  }, 240_000);
});
