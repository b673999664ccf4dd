import { expect, it } from "vitest";
import { rsvpToSession } from "../../../lib/rsvps/rsvp.ts";
import { useTestDatabase } from "../../support/database.ts";
import { closeClients, connections, on, people, rsvpSession, SITE } from "../../support/rsvp-fixtures.ts";

const database = useTestDatabase();
it("speed", { timeout: 300_000 }, async () => {
  const db = database.current.db;
  const crowd = await people(db, 300);
  const sessionId = await rsvpSession(db, { seats: 60 });
  const t0 = performance.now();
  for (const p of crowd.slice(0, 100)) await rsvpToSession(p, { sessionId, mode: "in_person" }, SITE);
  console.log("serial per tx ms", (performance.now() - t0) / 100);
  const clients = await connections(database.current.url, 300);
  for (let k = 0; k < 3; k++) {
    const s2 = await rsvpSession(db, { seats: 60 });
    const t2 = performance.now();
    await Promise.all(crowd.map((p, i) => on(clients[i], () => rsvpToSession(p, { sessionId: s2, mode: "in_person" }, SITE))));
    console.log("parallel 300 conns total ms", performance.now() - t2);
  }
  await closeClients(clients);
  expect(1).toBe(1);
});
