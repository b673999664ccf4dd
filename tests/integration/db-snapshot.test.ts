// The "changed nothing" fingerprint (tests/support/db-snapshot.ts) covers what a request can
// leave behind outside the app's tables: a queued email or Discord post (a pg-boss job), a
// mail in the development outbox, a recorded delivery.
import { describe, expect, it } from "vitest";
import { enqueueMail } from "../../lib/mail/enqueue-mail.ts";
import { enqueueDiscordPost } from "../../lib/notify/discord.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";

describe("database fingerprint", () => {
  const database = useTestDatabase();
  const fingerprint = () => databaseFingerprint(database.current.url);

  it("hashes the app's tables, the queued jobs, the mail outbox and the deliveries, each once", async () => {
    const tables = Object.keys(await fingerprint());
    expect(tables).toEqual(expect.arrayContaining(["users", "outbox_emails", "pgboss.job", "pgboss.queue", "mail.deliveries"]));
    // pg-boss keeps a partition per queue: its rows are hashed through pgboss.job only.
    expect(tables.filter((t) => t.startsWith("pgboss.j"))).toEqual(["pgboss.job"]);
  });

  it("is the same while nothing changes", async () => {
    expect(await fingerprint()).toEqual(await fingerprint());
  });

  it("changes when a mail is queued, and the queued job is what differs", async () => {
    const before = await fingerprint();
    await database.current.db.$transaction((tx) => enqueueMail(tx, { to: "someone@example.com", subject: "Queued", text: "Hello." }));
    const after = await fingerprint();
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    expect(changed).toEqual(["pgboss.job"]);
  });

  it("changes when a Discord post is queued", async () => {
    const before = await fingerprint();
    await database.current.db.$transaction((tx) =>
      enqueueDiscordPost(tx, { publicationId: "00000000-0000-4000-8000-000000000001", content: "Published." }),
    );
    expect(await fingerprint()).not.toEqual(before);
  });

  it("changes when a mail lands in the development outbox or a delivery is recorded", async () => {
    const db = database.current.db;
    const before = await fingerprint();
    await db.outboxEmail.create({ data: { to: "someone@example.com", subject: "Sent", text: "Hello." } });
    const afterOutbox = await fingerprint();
    expect(Object.keys(afterOutbox).filter((t) => afterOutbox[t] !== before[t])).toEqual(["outbox_emails"]);
    await db.$executeRaw`INSERT INTO mail.deliveries (job_id) VALUES (gen_random_uuid())`;
    const afterDelivery = await fingerprint();
    expect(Object.keys(afterDelivery).filter((t) => afterDelivery[t] !== afterOutbox[t])).toEqual(["mail.deliveries"]);
  });

  it("changes when a row is written back with the values it had, or deleted", async () => {
    const db = database.current.db;
    const user = await db.user.create({ data: { email: "same@example.com", name: "Same" } });
    const before = await fingerprint();
    await db.user.update({ where: { id: user.id }, data: { name: "Same" } });
    const rewritten = await fingerprint();
    expect(Object.keys(rewritten).filter((t) => rewritten[t] !== before[t])).toEqual(["users"]);
    await db.user.delete({ where: { id: user.id } });
    const deleted = await fingerprint();
    expect(Object.keys(deleted).filter((t) => deleted[t] !== rewritten[t])).toEqual(["users"]);
  });

  it("does not change for a transaction rolled back, or rows only locked", async () => {
    const db = database.current.db;
    const before = await fingerprint();
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { email: "rolled-back@example.com", name: "Rolled back" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await db.$transaction((tx) => tx.$queryRaw`SELECT id FROM users FOR UPDATE`);
    expect(await fingerprint()).toEqual(before);
  });
});
