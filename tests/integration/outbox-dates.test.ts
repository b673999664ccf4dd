// Dates in messages follow the session's zone: a paper covered at 18:00 in Los Angeles on
// June 30 is "covered on 2026-06-30", although that instant is July 1 in UTC.
import { describe, expect, it } from "vitest";
import { suggestPaper } from "../../lib/suggestions/suggest-paper.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

describe("dates in messages", () => {
  const database = useTestDatabase({ seeded: true });

  it("tells the day a paper was covered in the session's zone, not UTC", async () => {
    const db = database.current.db;
    const paper = await db.paper.findUniqueOrThrow({
      where: { canonicalId: "arxiv:1706.03762" },
      select: { slots: { select: { sessionId: true } } },
    });
    const startsAt = new Date("2026-07-01T01:00:00Z"); // 18:00 PDT on Tuesday, June 30
    for (const { sessionId } of paper.slots) {
      await db.session.update({
        where: { id: sessionId },
        data: { startsAt, endsAt: new Date(startsAt.getTime() + 5_400_000), timeZone: "America/Los_Angeles" },
      });
    }
    const error = await rejection(suggestPaper(await actorByEmail(db, "member@example.com"), { url: "https://arxiv.org/abs/1706.03762" }));
    expect(error.message).toBe("The club already covered this paper on 2026-06-30.");
  });
});
