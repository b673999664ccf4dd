// Speaker slots: claims under contention, withdraw, approve, decline.
import { describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";
import { AppError, HTTP_STATUS } from "../../lib/errors.ts";
import { getSession } from "../../lib/schedule/get-session.ts";
import { approveClaim, claimSlot, declineClaim, withdrawClaim } from "../../lib/speakers/claims.ts";
import { listOpenSlots } from "../../lib/speakers/list-open-slots.ts";
import { deliverPendingMail } from "../../lib/mail/deliver-pending-mail.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { listedOpenSlots, openSlots } from "../support/slot-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("speaker claims", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);
  const openSlot = async (series = "test-of-time", options: { publish?: boolean } = {}) =>
    (await listedOpenSlots(database.current.db, 1, series, options))[0];

  it("lists open slots of upcoming published sessions, soonest first, filtered by track and series", async () => {
    await openSlots(database.current.db, 2, { inTrack: true });
    const { slots, pending } = await listOpenSlots(null);
    expect(pending).toBeNull();
    const times = slots.map((s) => Date.parse(s.session.startsAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t > appNow().getTime())).toBe(true);
    const track = slots.find((s) => s.track)!.track!.slug;
    expect((await listOpenSlots(null, { track })).slots.every((s) => s.track?.slug === track)).toBe(true);
    expect((await listOpenSlots(await person("organizer@example.com"))).pending).not.toBeNull();
  });

  it("gives one winner when 50 volunteers claim one slot at once on separate connections; 49 get a clear 409", async () => {
    const db = database.current.db;
    const slot = await openSlot();
    const volunteers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => db.user.create({ data: { email: `volunteer${i}@example.com`, name: `Volunteer ${i}` } })),
    );
    const clients = volunteers.map(() => createPrismaClient(database.current.url, { max: 1 }));
    const globalForDb = globalThis as unknown as { paperClubDb?: Db };
    const saved = globalForDb.paperClubDb;
    const results = await Promise.allSettled(
      volunteers.map(async (v, i) => {
        globalForDb.paperClubDb = clients[i];
        const pendingClaim = claimSlot({ id: v.id, role: "MEMBER", name: v.name, email: v.email }, { slotId: slot.slotId });
        globalForDb.paperClubDb = saved;
        return pendingClaim;
      }),
    );
    await Promise.all(clients.map((c) => c.$disconnect()));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as AppError);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const e of lost) {
      expect(e).toBeInstanceOf(AppError);
      expect(HTTP_STATUS[e.code]).toBe(409);
      expect(e.message).toBe("Someone just claimed this slot. Pick another paper?");
    }
    expect(await db.speakerClaim.count({ where: { slotId: slot.slotId } })).toBe(1);
  });

  it("approves a claim: the presenter shows on the public session page, and they are told", async () => {
    const db = database.current.db;
    const slot = await openSlot("test-of-time", { publish: true });
    const volunteer = await person("speaker@example.com");
    const claim = await claimSlot(volunteer, { slotId: slot.slotId, coPresenter: "Ada Lovelace", note: "I have taught this." });
    expect(claim.status).toBe("pending");
    expect((await getSession(null, { id: slot.session.id })).slots.find((s) => s.id === slot.slotId)?.speakerStatus).toBe("pending");
    await approveClaim(await person("organizer@example.com"), { claimId: claim.claimId });
    const shown = (await getSession(null, { id: slot.session.id })).slots.find((s) => s.id === slot.slotId)!;
    expect(shown).toMatchObject({ speakerStatus: "confirmed", presenter: { name: "Sam Speaker" } });
    await deliverPendingMail();
    expect(await db.outboxEmail.count({ where: { to: "speaker@example.com", subject: { contains: "You are presenting" } } })).toBe(1);
    expect((await rejection(approveClaim(await person("organizer@example.com"), { claimId: claim.claimId }))).code).toBe("conflict");
  });

  it("declines with a reason, which reopens the slot; withdrawing reopens it too", async () => {
    const organizer = await person("organizer@example.com");
    const slot = await openSlot();
    const first = await claimSlot(await person("member@example.com"), { slotId: slot.slotId });
    expect((await rejection(declineClaim(organizer, { claimId: first.claimId, reason: "" }))).fields).toHaveProperty("reason");
    await declineClaim(organizer, { claimId: first.claimId, reason: "An author of the paper will present it." });
    expect((await listOpenSlots(null)).slots.map((s) => s.slotId)).toContain(slot.slotId);

    const second = await claimSlot(await person("speaker@example.com"), { slotId: slot.slotId });
    expect((await listOpenSlots(null)).slots.map((s) => s.slotId)).not.toContain(slot.slotId);
    expect((await rejection(withdrawClaim(await person("member@example.com"), { slotId: slot.slotId }))).code).toBe("forbidden");
    await withdrawClaim(await person("speaker@example.com"), { slotId: slot.slotId });
    expect((await listOpenSlots(null)).slots.map((s) => s.slotId)).toContain(slot.slotId);
    expect(second.status).toBe("pending");
  });

  it("approves automatically where the series does not ask for approval (the weekly Paper Club)", async () => {
    const slot = await openSlot("paper-club");
    const claim = await claimSlot(await person("speaker@example.com"), { slotId: slot.slotId });
    expect(claim.status).toBe("approved");
  });

  it("refuses claims on past, draft or unknown slots, and bad input", async () => {
    const db = database.current.db;
    const me = await person("member@example.com");
    const past = await db.slot.findFirstOrThrow({ where: { session: { status: "PUBLISHED", startsAt: { lt: appNow() } } } });
    await db.speakerClaim.deleteMany({ where: { slotId: past.id } });
    expect((await rejection(claimSlot(me, { slotId: past.id }))).code).toBe("conflict");
    const draft = await db.slot.findFirstOrThrow({ where: { session: { status: "DRAFT" } } });
    expect((await rejection(claimSlot(me, { slotId: draft.id }))).code).toBe("not_found");
    expect((await rejection(claimSlot(me, { slotId: "nope" }))).code).toBe("not_found");
    const slot = await openSlot();
    expect((await rejection(claimSlot(me, { slotId: slot.slotId, note: "x".repeat(1001) }))).fields).toHaveProperty("note");
    expect((await rejection(claimSlot(null, { slotId: slot.slotId }))).code).toBe("unauthenticated");
  });
});

describe("my talks", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  it("lists a volunteer's upcoming and past talks, and takes slides (http(s) only) after the session", async () => {
    const db = database.current.db;
    const speaker = await person("speaker@example.com");
    const { listMyTalks, addTalkSlides } = await import("../../lib/speakers/my-talks.ts");
    const past = await db.slot.findFirstOrThrow({ where: { session: { status: "PUBLISHED", endsAt: { lt: appNow() } } } });
    await db.speakerClaim.updateMany({ where: { slotId: past.id }, data: { status: "RELEASED" } });
    await db.speakerClaim.create({ data: { slotId: past.id, userId: speaker.id, status: "APPROVED" } });
    const [open] = await listedOpenSlots(db, 1);
    await claimSlot(speaker, { slotId: open.slotId });

    const talks = await listMyTalks(speaker);
    expect(talks.find((t) => t.slotId === past.id)).toMatchObject({ isPast: true, hasStarted: true, status: "approved" });
    expect(talks.find((t) => t.slotId === open.slotId)).toMatchObject({ isPast: false, hasStarted: false, status: "pending" });

    expect((await rejection(addTalkSlides(speaker, { slotId: past.id, slidesUrl: "javascript:alert(1)" }))).fields).toHaveProperty("slidesUrl");
    expect((await rejection(addTalkSlides(speaker, { slotId: open.slotId, slidesUrl: "https://example.com/s.pdf" }))).code).toBe("forbidden");
    expect(
      (await rejection(addTalkSlides(await person("member@example.com"), { slotId: past.id, slidesUrl: "https://example.com/s.pdf" }))).code,
    ).toBe("forbidden");
    await addTalkSlides(speaker, { slotId: past.id, slidesUrl: "https://example.com/my-slides.pdf" });
    expect((await db.slot.findUniqueOrThrow({ where: { id: past.id } })).slidesUrl).toBe("https://example.com/my-slides.pdf");
  });
});

describe("stale claims", () => {
  const database = useTestDatabase({ seeded: true });

  it("releases pending claims past the series' window and unconfirmed speakers near the session, once", async () => {
    const db = database.current.db;
    const { releaseStaleClaims } = await import("../../lib/speakers/release-stale-claims.ts");
    const speaker = await actorByEmail(db, "speaker@example.com");
    const now = appNow();
    // Whatever the demo data has to release today goes first: then only this test's claims count.
    await releaseStaleClaims(now);
    const [a, b] = await listedOpenSlots(db, 2);
    const [c] = await listedOpenSlots(db, 1);
    const old = new Date(now.getTime() - 8 * 86_400_000);
    const stale = await db.speakerClaim.create({ data: { slotId: a.slotId, userId: speaker.id, status: "PENDING", createdAt: old } });
    const fresh = await db.speakerClaim.create({ data: { slotId: b.slotId, userId: speaker.id, status: "PENDING", createdAt: now } });
    // An approved speaker who never confirmed, with the session closer than speaker_confirm_days (3).
    const soon = await db.session.findUniqueOrThrow({ where: { id: c.session.id } });
    await db.session.update({
      where: { id: soon.id },
      data: { startsAt: new Date(now.getTime() + 86_400_000), endsAt: new Date(now.getTime() + 86_400_000 + 5_400_000) },
    });
    const unconfirmed = await db.speakerClaim.create({ data: { slotId: c.slotId, userId: speaker.id, status: "APPROVED", decidedAt: old } });

    expect(await releaseStaleClaims(now)).toEqual({ released: 2 });
    expect((await db.speakerClaim.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("RELEASED");
    expect((await db.speakerClaim.findUniqueOrThrow({ where: { id: unconfirmed.id } })).status).toBe("RELEASED");
    expect((await db.speakerClaim.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("PENDING");
    await deliverPendingMail();
    expect(await db.outboxEmail.count({ where: { to: "speaker@example.com", subject: { contains: "was released" } } })).toBe(2);
    expect(await releaseStaleClaims(now)).toEqual({ released: 0 });
    expect((await listOpenSlots(null)).slots.map((s) => s.slotId)).toEqual(expect.arrayContaining([a.slotId]));
  });
});

describe("assigning and inviting", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  it("invites an outside author: the link signs them in to their slot once, and they show as presenter", async () => {
    const db = database.current.db;
    const { inviteAuthor, acceptInvitation, describeInvitation } = await import("../../lib/speakers/assign.ts");
    const organizer = await person("organizer@example.com");
    const [slot] = await listedOpenSlots(db, 1, "test-of-time", { publish: true });
    const invite = await inviteAuthor(
      organizer,
      { slotId: slot.slotId, name: "Ashish Example", email: "Author@Uni.example", affiliation: "Example University" },
      { baseUrl: "http://localhost:3000" },
    );
    const token = invite.inviteUrl.split("/invite/")[1];
    expect(invite.inviteUrl).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{20,}$/);
    await deliverPendingMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "author@uni.example" } });
    expect(mail.text).toContain(invite.inviteUrl);
    // Only a hash is stored.
    expect(await db.speakerClaim.count({ where: { inviteTokenHash: token } })).toBe(0);
    expect((await listOpenSlots(null)).slots.map((s) => s.slotId)).not.toContain(slot.slotId);
    expect(await describeInvitation({ token })).toMatchObject({ name: "Ashish Example", paperTitle: slot.paper.title });

    const author = await db.user.create({ data: { email: "author@uni.example" } });
    const actor = { id: author.id, role: author.role, name: null, email: author.email };
    const accepted = await acceptInvitation(actor, { token });
    expect(accepted.sessionId).toBe(slot.session.id);
    const shown = (await getSession(null, { id: slot.session.id })).slots.find((s) => s.id === slot.slotId)!;
    expect(shown).toMatchObject({ speakerStatus: "confirmed", presenter: { name: "Ashish Example", affiliation: "Example University" } });
    expect((await rejection(acceptInvitation(actor, { token }))).code).toBe("not_found");
    expect((await rejection(acceptInvitation(actor, { token: "x".repeat(30) }))).code).toBe("not_found");
  });

  it("assigns a member directly, refuses taken slots and unknown members", async () => {
    const { assignSpeaker } = await import("../../lib/speakers/assign.ts");
    const organizer = await person("organizer@example.com");
    const slots = await listedOpenSlots(database.current.db, 2);
    const done = await assignSpeaker(organizer, { slotId: slots[0].slotId, email: "SPEAKER@example.com" });
    expect(done.status).toBe("approved");
    expect((await rejection(assignSpeaker(organizer, { slotId: slots[0].slotId, email: "member@example.com" }))).code).toBe("conflict");
    expect((await rejection(assignSpeaker(organizer, { slotId: slots[1].slotId, email: "nobody@example.com" }))).fields).toHaveProperty("email");
    expect((await rejection(assignSpeaker(await person("member@example.com"), { slotId: slots[1].slotId, email: "member@example.com" }))).code).toBe(
      "forbidden",
    );
  });
});

describe("confirming a talk", () => {
  const database = useTestDatabase({ seeded: true });

  it("keeps a confirmed speaker from being released as unconfirmed", async () => {
    const db = database.current.db;
    const { confirmTalk } = await import("../../lib/speakers/my-talks.ts");
    const { releaseStaleClaims } = await import("../../lib/speakers/release-stale-claims.ts");
    const speaker = await actorByEmail(db, "speaker@example.com");
    const [slot] = await listedOpenSlots(db, 1);
    await db.speakerClaim.create({ data: { slotId: slot.slotId, userId: speaker.id, status: "APPROVED", decidedAt: appNow() } });
    expect((await rejection(confirmTalk(await actorByEmail(db, "member@example.com"), { slotId: slot.slotId }))).code).toBe("forbidden");
    await confirmTalk(speaker, { slotId: slot.slotId });
    // The session is now tomorrow, inside the 3-day confirmation window.
    const soon = new Date(appNow().getTime() + 86_400_000);
    await db.session.update({ where: { id: slot.session.id }, data: { startsAt: soon, endsAt: new Date(soon.getTime() + 5_400_000) } });
    await releaseStaleClaims();
    expect(await db.speakerClaim.count({ where: { slotId: slot.slotId, status: "APPROVED" } })).toBe(1);
  });
});
