// The organizer console's to-dos.
import { describe, expect, it } from "vitest";
import { getConsoleSummary } from "../../lib/organize/get-console-summary.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("organizer console summary", () => {
  const database = useTestDatabase({ seeded: true });

  it("lists past sessions missing a recording or slides, and is for organizers only", async () => {
    const db = database.current.db;
    const past = await db.session.findFirstOrThrow({ where: { status: "PUBLISHED", endsAt: { lt: appNow() } }, include: { slots: true } });
    await db.session.update({ where: { id: past.id }, data: { recordingUrl: null } });
    const summary = await getConsoleSummary(await actorByEmail(db, "organizer@example.com"));
    const entry = summary.missingMaterials.find((m) => m.sessionId === past.id);
    expect(entry).toMatchObject({ recordingMissing: true });
    expect(summary.openSlots).toBeGreaterThan(0);
    expect((await rejection(getConsoleSummary(await actorByEmail(db, "member@example.com")))).code).toBe("forbidden");
  });
});
