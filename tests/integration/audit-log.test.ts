// The organizers' audit log: real changes made through the domain functions, read back newest
// first with a sentence and a link each, filtered by person and kind, for organizers only.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import AuditLogPage from "../../app/organize/audit/page.tsx";
import { listAuditLog } from "../../lib/audit/list-audit.ts";
import type { Db } from "../../lib/db/client.ts";
import type { Prisma } from "../../lib/db/generated/client.ts";
import { writeAudit } from "../../lib/audit/write-audit.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { cancelSession } from "../../lib/schedule/edit-session.ts";
import { createSeries, deleteSeries } from "../../lib/series/edit-series.ts";
import { acceptSuggestion } from "../../lib/suggestions/triage.ts";
import { changeRole } from "../../lib/users/change-role.ts";
import { deleteAccount } from "../../lib/users/delete-account.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { openSlots } from "../support/slot-fixtures.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { appNow } from "../../lib/time/clock.ts";

const SITE = { siteUrl: "https://paperclub.example" };

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));

describe("audit log", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  /** A role change by the admin, then by the organizer: a suggestion accepted, a session cancelled, the schedule published. */
  async function makeChanges() {
    const db = database.current.db;
    const admin = await person("admin@example.com");
    const organizer = await person("organizer@example.com");
    const julia = await db.user.findUniqueOrThrow({ where: { email: "julia.novak@example.com" } });
    await changeRole(admin, { userId: julia.id, role: "ORGANIZER" });
    const suggestion = await db.suggestion.findFirstOrThrow({ where: { status: "OPEN" }, include: { paper: true }, orderBy: { createdAt: "asc" } });
    await acceptSuggestion(organizer, { suggestionId: suggestion.id });
    // An upcoming session, made whatever day it is (the demo season may be over).
    const [slotId] = await openSlots(db, 1);
    const session = await db.session.findFirstOrThrow({ where: { slots: { some: { id: slotId } } } });
    await cancelSession(organizer, { sessionId: session.id, reason: "The speaker is ill." });
    const published = await publishSchedule(organizer, { series: "test-of-time", note: "One session cancelled." }, SITE);
    return { admin, organizer, julia, suggestion, session, published };
  }

  it("lists who changed what, newest first, each with a plain sentence and a link to what it changed", async () => {
    const { admin, organizer, suggestion, session, published } = await makeChanges();
    expect(published.version).toBe(2);
    const log = await listAuditLog(organizer, {});

    expect(log.total).toBe(await database.current.db.auditLog.count());
    expect(log.entries.slice(0, 4).map((e) => e.action)).toEqual(["schedule.published", "session.cancelled", "suggestion.accepted", "role.changed"]);
    const times = log.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const [publication, cancelled, accepted, role] = log.entries;
    expect(publication).toMatchObject({
      kind: "schedule",
      actor: { id: organizer.id, name: "Olu Organizer", email: "organizer@example.com" },
      link: "/schedule/changes?series=test-of-time#v2",
    });
    expect(publication.summary).toMatch(/^Published version 2 of the Test of Time Paper Club schedule \(\d+ changes?\)$/);
    expect(cancelled).toMatchObject({ kind: "schedule", link: `/organize/sessions/${session.id}` });
    expect(cancelled.summary).toMatch(/^Cancelled the session .+: The speaker is ill\.$/);
    expect(accepted).toMatchObject({ kind: "suggestions", link: null });
    expect(accepted.summary).toContain(suggestion.paper?.title ?? suggestion.title);
    expect(role).toMatchObject({
      kind: "people",
      actor: { id: admin.id, name: "Ada Admin" },
      summary: "Changed the role of Julia Novak: MEMBER → ORGANIZER",
    });

    // The seed's first publications, by the organizer, are there too.
    expect(log.entries.filter((e) => e.summary.startsWith("Published version 1 of the"))).toHaveLength(2);
    expect(log.people.map((p) => p.name)).toEqual(["Ada Admin", "Olu Organizer"]);
    expect(log.kinds.map((k) => k.value)).toEqual(["schedule", "speakers", "suggestions", "attendees", "people"]);
    expect(log).toMatchObject({ page: 1, pages: 1, query: {} });
  });

  it("filters by person and by kind of change", async () => {
    const { admin, organizer } = await makeChanges();

    const byAdmin = await listAuditLog(organizer, { person: admin.id });
    expect(byAdmin.entries.map((e) => e.action)).toEqual(["role.changed"]);
    expect(byAdmin.query).toEqual({ person: admin.id });

    const byOrganizer = await listAuditLog(organizer, { person: organizer.id });
    expect(byOrganizer.entries.length).toBe(5);
    expect(byOrganizer.entries.every((e) => e.actor?.id === organizer.id)).toBe(true);

    const schedule = await listAuditLog(organizer, { kind: "schedule" });
    expect(schedule.entries.map((e) => e.action).sort()).toEqual([
      "schedule.published",
      "schedule.published",
      "schedule.published",
      "session.cancelled",
    ]);
    expect(schedule.total).toBe(4);

    const people = await listAuditLog(organizer, { kind: "people" });
    expect(people.entries.map((e) => e.action)).toEqual(["role.changed"]);

    const both = await listAuditLog(organizer, { person: organizer.id, kind: "suggestions" });
    expect(both.entries.map((e) => e.action)).toEqual(["suggestion.accepted"]);
    expect((await listAuditLog(organizer, { person: admin.id, kind: "schedule" })).entries).toEqual([]);
  });

  it("says which filter it could not use: a malformed or unknown person, an unknown kind", async () => {
    const organizer = await person("organizer@example.com");
    const malformed = await rejection(listAuditLog(organizer, { person: "not-an-id" }));
    expect(malformed.code).toBe("validation");
    expect(malformed.fields).toHaveProperty("person");
    const member = await person("member@example.com");
    const nobody = await rejection(listAuditLog(organizer, { person: member.id }));
    expect(nobody.code).toBe("validation");
    expect(nobody.fields).toHaveProperty("person");
    const kind = await rejection(listAuditLog(organizer, { kind: "everything" as never }));
    expect(kind.fields).toHaveProperty("kind");
    expect((await rejection(listAuditLog(organizer, { page: "0" }))).fields).toHaveProperty("page");
  });

  it("shows a deleted account as such", async () => {
    const member = await person("member@example.com");
    await deleteAccount(member, { confirm: "DELETE" });
    const log = await listAuditLog(await person("admin@example.com"), { kind: "people" });
    expect(log.entries[0]).toMatchObject({ action: "account.deleted", actor: { id: member.id, name: "A deleted account", email: null } });
    expect(log.people.find((p) => p.id === member.id)).toEqual({ id: member.id, name: "A deleted account", email: null });
  });

  it("says in a sentence that a series was deleted, and neutrally what it cannot read", async () => {
    const db = database.current.db;
    const organizer = await person("organizer@example.com");
    const series = await createSeries(organizer, {
      slug: "a-mistake",
      name: "A mistake",
      timeZone: "Europe/Paris",
      defaultWeekday: 3,
      defaultStartTime: "18:00",
      defaultDurationMinutes: 60,
    });
    await deleteSeries(organizer, { series: "a-mistake" });
    // Rows written before an action or its data had a schema (or by hand) still show.
    const later = new Date(appNow().getTime() + 1000);
    await db.auditLog.createMany({
      data: [
        {
          actorId: organizer.id,
          action: "series.archived",
          targetType: "series",
          targetId: series.id,
          data: { slug: "a-mistake" },
          createdAt: later,
        },
        { actorId: organizer.id, action: "role.changed", targetType: "user", targetId: organizer.id, data: { from: 1 }, createdAt: later },
      ],
    });
    const log = await listAuditLog(organizer, { kind: "schedule" });
    expect(log.entries.slice(0, 4).map((e) => [e.action, e.summary, e.link])).toEqual([
      ["series.archived", "Made a change to a series", null],
      ["series.deleted", "Deleted the series “a-mistake”", null],
      ["series.created", "Created a-mistake", null],
      ["schedule.published", expect.stringMatching(/^Published version 1 of /), expect.any(String)],
    ]);
    const people = await listAuditLog(organizer, { kind: "people", person: organizer.id });
    expect(people.entries.map((e) => e.summary)).toEqual(["Made a change to an account"]);
  });

  it("refuses to write an entry that is not one of the audit events, rolling its change back", async () => {
    const db = database.current.db;
    const before = await db.auditLog.count();
    const organizer = await person("organizer@example.com");
    const write = db.$transaction(async (tx) => {
      await tx.series.update({ where: { slug: "test-of-time" }, data: { name: "Renamed" } });
      await writeAudit({ actorId: organizer.id, action: "series.updated", targetType: "series", targetId: organizer.id, data: {} as never }, tx);
    });
    await expect(write).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(before);
    expect((await db.series.findUniqueOrThrow({ where: { slug: "test-of-time" } })).name).not.toBe("Renamed");
  });

  it("is for organizers and admins only", async () => {
    expect((await rejection(listAuditLog(await person("member@example.com"), {}))).code).toBe("forbidden");
    expect((await rejection(listAuditLog(null, {}))).code).toBe("unauthenticated");
    expect((await listAuditLog(await person("admin@example.com"), {})).total).toBeGreaterThan(0);
  });

  it("reads the same number of queries however many entries a page holds", async () => {
    const db = database.current.db;
    await makeChanges();
    const organizer = await person("organizer@example.com");
    const globalForDb = globalThis as unknown as { paperClubDb?: Db };
    let queries = 0;
    const counted = db.$extends({
      query: {
        $allOperations({ args, query }) {
          queries++;
          return query(args);
        },
      },
    });
    const countQueries = async (input: Parameters<typeof listAuditLog>[1]) => {
      queries = 0;
      globalForDb.paperClubDb = counted as unknown as Db;
      try {
        const log = await listAuditLog(organizer, input);
        return { log, queries };
      } finally {
        globalForDb.paperClubDb = db;
      }
    };

    const few = await countQueries({});
    expect(few.log.entries.length).toBe(6);
    // Copies of the same kinds of entries, so the page needs the same kinds of targets.
    const rows = await db.auditLog.findMany({ select: { actorId: true, action: true, targetType: true, targetId: true, data: true } });
    await db.auditLog.createMany({
      data: Array.from({ length: 20 }, (_, i) =>
        rows.map((r) => ({ ...r, data: r.data as Prisma.InputJsonValue, createdAt: new Date(appNow().getTime() - (i + 1) * 60_000) })),
      ).flat(),
    });
    const many = await countQueries({});
    expect(many.log.entries.length).toBe(50);
    expect(many.log.pages).toBe(3);
    expect(many.queries).toBe(few.queries);
    expect((await countQueries({ page: 2 })).queries).toBe(few.queries);
  });

  it("renders the page with the filters in a GET form, the entries, pages and what it could not use", async () => {
    const db = database.current.db;
    const { admin, organizer } = await makeChanges();
    cookieJar.value = await sessionCookieFor(organizer.id);
    try {
      const render = async (searchParams: Record<string, string>) =>
        renderToStaticMarkup(await AuditLogPage({ searchParams: Promise.resolve(searchParams) }));

      const filtered = await render({ person: admin.id, kind: "people" });
      expect(filtered).toMatch(/<form [^>]*action="\/organize\/audit" method="get"/);
      expect(filtered).toMatch(new RegExp(`<option value="${admin.id}" selected="">Ada Admin \\(admin@example.com\\)</option>`));
      expect(filtered).toContain('<option value="people" selected="">');
      expect(filtered).toContain("Changed the role of Julia Novak: MEMBER → ORGANIZER");
      expect(filtered.match(/data-testid="audit-entry"/g)).toHaveLength(1);

      const ignored = await render({ person: "junk", kind: "schedule" });
      expect(ignored).toContain("Some filters in the address could not be used");
      expect(ignored).toContain('href="/schedule/changes?series=test-of-time#v2"');
      expect(ignored).not.toContain("Changed the role");

      const rows = await db.auditLog.findMany({ select: { actorId: true, action: true, targetType: true, targetId: true, data: true } });
      await db.auditLog.createMany({
        data: Array.from({ length: 30 }, () => rows.map((r) => ({ ...r, data: r.data as Prisma.InputJsonValue, createdAt: new Date(0) }))).flat(),
      });
      const second = await render({ kind: "schedule", page: "2" });
      expect(second).toContain('href="/organize/audit?kind=schedule&amp;page=1">Newer</a>');
      expect(second).toContain('href="/organize/audit?kind=schedule&amp;page=3">Older</a>');
      const beyond = await render({ kind: "schedule", page: "9" });
      expect(beyond).toContain("There are not that many pages.");
      expect(beyond).toContain('href="/organize/audit?kind=schedule&amp;page=3">Newer</a>');
    } finally {
      cookieJar.value = undefined;
    }
  });
});
