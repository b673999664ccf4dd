// Fixtures of the speaker tests: open slots that exist whatever day the suite runs on. The demo
// season is relative to today, so late in December (or before July) it has few or no upcoming
// papers without a speaker; a test that needs open slots makes its own.
import type { Db } from "../../lib/db/client.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { listOpenSlots } from "../../lib/speakers/list-open-slots.ts";
import { actorByEmail } from "./helpers.ts";
import { SITE } from "./rsvp-fixtures.ts";
import { rsvpSession } from "./rsvp-fixtures.ts";

let made = 0;

/**
 * `count` slots without a speaker, in a new upcoming published session of a series (Test of Time
 * unless said; in its first track when `inTrack`), in order. Returns the slot ids. With `publish`,
 * the demo organizer publishes the series, so that its public pages show the session too.
 */
export async function openSlots(
  db: Db,
  count: number,
  options: { series?: string; startsInDays?: number; inTrack?: boolean; publish?: boolean } = {},
): Promise<string[]> {
  const batch = `${process.pid}-${++made}`;
  const sessionId = await rsvpSession(db, { startsInDays: options.startsInDays ?? 10, title: `Open slots ${batch}` });
  if (options.series && options.series !== "test-of-time") {
    const series = await db.series.findUniqueOrThrow({ where: { slug: options.series }, select: { id: true, timeZone: true } });
    await db.session.update({ where: { id: sessionId }, data: { seriesId: series.id, timeZone: series.timeZone } });
  }
  if (options.inTrack) {
    const track = await db.track.findFirstOrThrow({ where: { season: { series: { slug: "test-of-time" } } }, select: { id: true } });
    await db.session.update({ where: { id: sessionId }, data: { trackId: track.id } });
  }
  const slots = [];
  for (let i = 0; i < count; i++) {
    const url = `https://papers.example/${batch}/${i}`;
    const paper = await db.paper.create({ data: { canonicalId: `url:${url}`, source: "URL", url, title: `Open paper ${batch}.${i}` } });
    slots.push(await db.slot.create({ data: { sessionId, paperId: paper.id, position: i + 1 }, select: { id: true } }));
  }
  if (options.publish) {
    const organizer = await actorByEmail(db, "organizer@example.com");
    await publishSchedule(organizer, { series: options.series ?? "test-of-time", note: "" }, SITE);
  }
  return slots.map((s) => s.id);
}

/** Slots made by openSlots(), as the open-slot list shows them to a visitor. */
export async function listedOpenSlots(db: Db, count: number, series = "test-of-time", options: { publish?: boolean } = {}) {
  const ids = await openSlots(db, count, { series, ...options });
  const listed = (await listOpenSlots(null, { series })).slots;
  return ids.map((id) => {
    const slot = listed.find((s) => s.slotId === id);
    if (!slot) throw new Error(`The open-slot list does not show the slot just made (${id}).`);
    return slot;
  });
}
