// The background job queue: a stale claim is released by the worker, not by a page view.
import { describe, expect, it } from "vitest";
import { JOBS, startJobs } from "../../lib/jobs/start-jobs.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";
import { openSlots } from "../support/slot-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("jobs", () => {
  const database = useTestDatabase({ seeded: true });

  it("schedules the stale-claim release, and its worker releases a stale claim when the job runs", async () => {
    const db = database.current.db;
    const speaker = await actorByEmail(db, "speaker@example.com");
    const [slotId] = await openSlots(db, 1);
    const stale = await db.speakerClaim.create({
      data: { slotId, userId: speaker.id, status: "PENDING", createdAt: new Date(appNow().getTime() - 8 * 86_400_000) },
    });
    const boss = await startJobs(database.current.url, { pollingIntervalSeconds: 0.5 });
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => s.name)).toContain(JOBS.releaseStaleClaims.name);
      await boss.send(JOBS.releaseStaleClaims.name, {});
      await expect
        .poll(async () => (await db.speakerClaim.findUniqueOrThrow({ where: { id: stale.id } })).status, { timeout: 15_000, interval: 250 })
        .toBe("RELEASED");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
