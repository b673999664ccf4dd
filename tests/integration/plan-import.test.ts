// Importing a season plan from CSV: a preview names each bad line with its reason and writes
// nothing; confirming writes the good lines as draft sessions, with readings and presenters.
import { describe, expect, it } from "vitest";
import { applyPlanImport, previewPlanImport } from "../../lib/schedule-csv/import-plan.ts";
import { localParts } from "../../lib/time/zoned.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

const CSV = [
  "date,track,title,readings,presenter email",
  "2031-07-02,Agents,Agents week,2210.03629; https://lilianweng.github.io/posts/2023-06-23-agent/,speaker@example.com",
  "2031-13-01,Agents,Bad date,2210.03629,",
  "2031-07-09,No such track,Unknown track,,",
  "2031-07-16,,Nobody presents,1706.03762,stranger@example.com",
  "2031-07-23,,Unsafe link,javascript:alert(1),",
  '2031-07-30,voice,"Whisper, and friends",2212.04356,',
  "2031-07-30,,Same date twice,,",
].join("\n");

describe("CSV plan import", () => {
  const database = useTestDatabase({ seeded: true });

  it("previews good and bad lines without writing anything", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const before = await databaseFingerprint(database.current.url);
    const preview = await previewPlanImport(organizer, { series: "test-of-time", csv: CSV });
    expect(preview.lines.map((l) => [l.line, l.date, l.title, l.track?.slug ?? null])).toEqual([
      [2, "2031-07-02", "Agents week", "agents"],
      [7, "2031-07-30", "Whisper, and friends", "voice"],
    ]);
    expect(preview.lines[0].presenter).toMatchObject({ email: "speaker@example.com" });
    expect(preview.lines[0].readings.map((r) => r.canonicalId)).toEqual([
      "arxiv:2210.03629",
      "url:https://lilianweng.github.io/posts/2023-06-23-agent",
    ]);
    const reasons = preview.problems.map((p) => `${p.line} ${p.message.split(":")[0]}`);
    expect(reasons).toEqual(["3 date", "4 track", "5 presenter email", "6 readings", "8 date"]);
    expect(preview.problems.find((p) => p.line === 5)?.message).toContain("stranger@example.com");
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("writes the good lines as draft sessions when confirmed, and reports the skipped ones", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const result = await applyPlanImport(organizer, { series: "test-of-time", csv: CSV });
    expect(result.created).toBe(2);
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 8]);
    const sessions = await db.session.findMany({
      where: { title: { in: ["Agents week", "Whisper, and friends"] } },
      orderBy: { startsAt: "asc" },
      include: { slots: { orderBy: { position: "asc" }, include: { paper: true, claims: { include: { user: true } } } }, track: true },
    });
    expect(sessions.map((s) => [s.status, localParts(s.startsAt, s.timeZone).date, localParts(s.startsAt, s.timeZone).time, s.track?.slug])).toEqual([
      ["DRAFT", "2031-07-02", "18:00", "agents"],
      ["DRAFT", "2031-07-30", "18:00", "voice"],
    ]);
    expect(sessions[0].slots.map((s) => s.paper.canonicalId)).toEqual([
      "arxiv:2210.03629",
      "url:https://lilianweng.github.io/posts/2023-06-23-agent",
    ]);
    expect(sessions[0].slots[0].claims[0]).toMatchObject({ status: "APPROVED", user: { email: "speaker@example.com" } });
    expect(await db.auditLog.count({ where: { action: "schedule.imported" } })).toBe(1);
  });

  it("refuses a file with no good line, and members", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const before = await databaseFingerprint(database.current.url);
    expect((await rejection(applyPlanImport(organizer, { series: "test-of-time", csv: "date,title\n2031-02-30,x" }))).code).toBe("validation");
    const member = await actorByEmail(db, "member@example.com");
    expect((await rejection(previewPlanImport(member, { series: "test-of-time", csv: CSV }))).code).toBe("forbidden");
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });
});
