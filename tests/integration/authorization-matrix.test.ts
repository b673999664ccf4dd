// The authorization matrix: every mutating API route and every server action, against
// {anonymous, member, the resource's owner, organizer, admin}, run against the real route
// handlers and actions on a real database with real sign-in sessions. A refused cell must
// answer 401/403 (or 404) and leave every table unchanged. The test fails when a route or an
// action exists that the table does not list: later issues add their rows here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";

vi.mock("next/headers", () => ({
  cookies: async () => mockedCookieStore(),
  headers: async () => new Headers(),
}));

const { PATCH: patchMe, DELETE: deleteMe } = await import("../../app/api/v1/me/route.ts");
const { PUT: putRole } = await import("../../app/api/v1/users/[id]/role/route.ts");
const { updateProfileAction, deleteAccountAction } = await import("../../app/me/actions.ts");
const { changeRoleAction } = await import("../../app/admin/people/actions.ts");
const { POST: postSuggestion } = await import("../../app/api/v1/suggestions/route.ts");
const { POST: postVote, DELETE: deleteVote } = await import("../../app/api/v1/suggestions/[id]/vote/route.ts");
const { suggestPaperAction, suggestTopicAction, voteAction } = await import("../../app/(public)/papers/actions.ts");
const { triageAction, importReadingListAction } = await import("../../app/(public)/papers/triage-actions.ts");
const { POST: postClaim, DELETE: deleteClaim } = await import("../../app/api/v1/slots/[id]/claim/route.ts");
const { POST: postApprove } = await import("../../app/api/v1/claims/[id]/approve/route.ts");
const { POST: postDecline } = await import("../../app/api/v1/claims/[id]/decline/route.ts");
const { claimSlotAction, decideClaimAction, withdrawClaimAction, addSlidesAction, assignSpeakerAction, inviteAuthorAction, acceptInvitationAction, confirmTalkAction } =
  await import("../../app/(public)/speak/actions.ts");

const INVITATION_TOKEN = "matrix-invitation-token-0123456789";

type Who = "anonymous" | "member" | "owner" | "organizer" | "admin";
const EVERYONE: Who[] = ["anonymous", "member", "owner", "organizer", "admin"];

/** People of one test: a member, the owner of the resource (another member), an organizer, an admin. */
type Cast = {
  member: string;
  owner: string;
  organizer: string;
  admin: string;
  target: string;
  suggestion: string;
  /** An open slot of an upcoming published session. */
  openSlot: string;
  /** Another upcoming slot, with the owner's pending claim. */
  claimedSlot: string;
  claim: string;
  /** A slot of a past session that the owner presented. */
  pastSlot: string;
  /** An upcoming slot the owner was approved to present. */
  approvedSlot: string;
};

type Outcome = { status: number };
type Row = {
  /** "METHOD /path" for routes, "file#export" for server actions. */
  id: string;
  /** What "owner" means for this row. */
  owner: string;
  expected: Record<Who, number>;
  run: (cast: Cast, who: Who) => Promise<Outcome>;
};

const ACTION_STATUS: Record<string, number> = { unauthenticated: 401, forbidden: 403, not_found: 404, validation: 422, conflict: 409 };

async function viaAction(fn: () => Promise<{ ok: boolean; code?: string }>): Promise<Outcome> {
  try {
    const result = await fn();
    return { status: result.ok ? 200 : (ACTION_STATUS[result.code ?? ""] ?? 500) };
  } catch (error) {
    // redirect() after success
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { status: 200 };
    throw error;
  }
}

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const json = (method: string, body: unknown) =>
  new NextRequest("http://localhost/api", { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });

// The one place that lists what exists. Outcomes: 200 allowed; 401 sign in first; 403 not allowed.
const MATRIX: Row[] = [
  {
    id: "PATCH /api/v1/me",
    owner: "the signed-in person (their own profile)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: async () => ({ status: (await patchMe(json("PATCH", { name: "Changed Name" }))).status }),
  },
  {
    id: "DELETE /api/v1/me",
    owner: "the signed-in person (their own account)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: async () => ({ status: (await deleteMe(json("DELETE", { confirm: "DELETE" }))).status }),
  },
  {
    id: "PUT /api/v1/users/{id}/role",
    owner: "the person whose role would change",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 403, admin: 200 },
    run: async (cast) => ({
      status: (await putRole(json("PUT", { role: "ORGANIZER" }), { params: Promise.resolve({ id: cast.target }) })).status,
    }),
  },
  {
    id: "app/me/actions.ts#updateProfileAction",
    owner: "the signed-in person (their own profile)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: () => viaAction(() => updateProfileAction(null, form({ name: "Changed Name", links: "https://example.com" }))),
  },
  {
    id: "app/me/actions.ts#deleteAccountAction",
    owner: "the signed-in person (their own account)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: () => viaAction(() => deleteAccountAction(null, form({ confirm: "DELETE" }))),
  },
  {
    id: "app/admin/people/actions.ts#changeRoleAction",
    owner: "the person whose role would change",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 403, admin: 200 },
    run: (cast) => viaAction(() => changeRoleAction(null, form({ userId: cast.target, role: "ORGANIZER" }))),
  },
  {
    id: "POST /api/v1/suggestions",
    owner: "anyone signed in (a new suggestion has no owner yet)",
    expected: { anonymous: 401, member: 201, owner: 201, organizer: 201, admin: 201 },
    run: async (_cast, who) => ({
      status: (await postSuggestion(json("POST", { url: `https://example.com/papers/${who}`, title: `Matrix paper by ${who}`, reason: "For the matrix." }))).status,
    }),
  },
  {
    id: "POST /api/v1/suggestions/{id}/vote",
    owner: "the suggestion's author",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: async (cast) => ({ status: (await postVote(json("POST", {}), { params: Promise.resolve({ id: cast.suggestion }) })).status }),
  },
  {
    id: "DELETE /api/v1/suggestions/{id}/vote",
    owner: "the suggestion's author",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: async (cast) => ({ status: (await deleteVote(json("DELETE", {}), { params: Promise.resolve({ id: cast.suggestion }) })).status }),
  },
  {
    id: "app/(public)/papers/actions.ts#suggestPaperAction",
    owner: "anyone signed in",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: (_cast, who) => viaAction(() => suggestPaperAction(null, form({ url: `https://example.com/action/${who}`, title: `Action paper by ${who}` }))),
  },
  {
    id: "app/(public)/papers/actions.ts#suggestTopicAction",
    owner: "anyone signed in",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: () => viaAction(() => suggestTopicAction(null, form({ title: "A topic from the matrix" }))),
  },
  {
    id: "app/(public)/papers/actions.ts#voteAction",
    owner: "the suggestion's author",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => voteAction(cast.suggestion, true)),
  },
  {
    id: "app/(public)/papers/triage-actions.ts#triageAction",
    owner: "the suggestion's author",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.suggestion, decision: "decline", reason: "Not this season." }))),
  },
  {
    id: "app/(public)/papers/triage-actions.ts#importReadingListAction",
    owner: "(no owner: organizers only)",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: (_cast, who) => viaAction(() => importReadingListAction(null, form({ track: "foundations", text: `https://example.com/reading/${who}` }))),
  },
  {
    id: "POST /api/v1/slots/{id}/claim",
    owner: "anyone signed in (an open slot has no owner)",
    expected: { anonymous: 401, member: 201, owner: 201, organizer: 201, admin: 201 },
    run: async (cast) => ({ status: (await postClaim(json("POST", { note: "I know this one." }), { params: Promise.resolve({ id: cast.openSlot }) })).status }),
  },
  {
    id: "DELETE /api/v1/slots/{id}/claim",
    owner: "the volunteer whose claim it is",
    expected: { anonymous: 401, member: 403, owner: 200, organizer: 403, admin: 403 },
    run: async (cast) => ({ status: (await deleteClaim(json("DELETE", {}), { params: Promise.resolve({ id: cast.claimedSlot }) })).status }),
  },
  {
    id: "POST /api/v1/claims/{id}/approve",
    owner: "the volunteer whose claim it is",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: async (cast) => ({ status: (await postApprove(json("POST", {}), { params: Promise.resolve({ id: cast.claim }) })).status }),
  },
  {
    id: "POST /api/v1/claims/{id}/decline",
    owner: "the volunteer whose claim it is",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: async (cast) => ({
      status: (await postDecline(json("POST", { reason: "Someone from the author's lab will present." }), { params: Promise.resolve({ id: cast.claim }) })).status,
    }),
  },
  {
    id: "app/(public)/speak/actions.ts#claimSlotAction",
    owner: "anyone signed in (an open slot has no owner)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => claimSlotAction(null, form({ slotId: cast.openSlot }))),
  },
  {
    id: "app/(public)/speak/actions.ts#decideClaimAction",
    owner: "the volunteer whose claim it is",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => decideClaimAction(null, form({ claimId: cast.claim, decision: "approve" }))),
  },
  {
    id: "app/(public)/speak/actions.ts#withdrawClaimAction",
    owner: "the volunteer whose claim it is",
    expected: { anonymous: 401, member: 403, owner: 200, organizer: 403, admin: 403 },
    run: (cast) => viaAction(() => withdrawClaimAction(null, form({ slotId: cast.claimedSlot }))),
  },
  {
    id: "app/(public)/speak/actions.ts#addSlidesAction",
    owner: "the talk's approved presenter",
    expected: { anonymous: 401, member: 403, owner: 200, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => addSlidesAction(null, form({ slotId: cast.pastSlot, slidesUrl: "https://example.com/slides.pdf" }))),
  },
  {
    id: "app/(public)/speak/actions.ts#assignSpeakerAction",
    owner: "(no owner: organizers only)",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => assignSpeakerAction(null, form({ slotId: cast.openSlot, email: "member@matrix.test" }))),
  },
  {
    id: "app/(public)/speak/actions.ts#inviteAuthorAction",
    owner: "(no owner: organizers only)",
    expected: { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 },
    run: (cast) => viaAction(() => inviteAuthorAction(null, form({ slotId: cast.openSlot, name: "Outside Author", email: "author@uni.example" }))),
  },
  {
    id: "app/(public)/speak/actions.ts#acceptInvitationAction",
    owner: "whoever holds the invitation link (the token is the proof)",
    expected: { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 },
    run: () => viaAction(() => acceptInvitationAction(null, form({ token: INVITATION_TOKEN }))),
  },
  {
    id: "app/(public)/speak/actions.ts#confirmTalkAction",
    owner: "the talk's approved presenter",
    expected: { anonymous: 401, member: 403, owner: 200, organizer: 403, admin: 403 },
    run: (cast) => viaAction(() => confirmTalkAction(null, form({ slotId: cast.approvedSlot }))),
  },
];

/** Not run as cells, but listed, so that nothing mutating exists unreviewed. */
const EXEMPT: Record<string, string> = {
  "POST /api/auth/{...nextauth}": "NextAuth's own protocol (sign-in, callbacks, sign-out): public by design, guarded by its CSRF token",
};

// ── discovery: what mutating routes and server actions exist in app/ ──
const APP = path.resolve(import.meta.dirname, "../../app");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function discover(): string[] {
  const found: string[] = [];
  for (const file of walk(APP)) {
    const source = readFileSync(file, "utf8");
    const rel = path.relative(path.resolve(APP, ".."), file).split(path.sep).join("/");
    if (/\/route\.tsx?$/.test(file)) {
      const url =
        "/" +
        path
          .relative(APP, path.dirname(file))
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .map((s) => s.replace(/^\[(.*)\]$/, "{$1}"))
          .join("/");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/as\s+(POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/export\s+const\s+(POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const method of methods) found.push(`${method} ${url}`);
    }
    if (/^\s*["']use server["']/m.test(source)) {
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
      for (const m of source.matchAll(/export\s+const\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
    }
  }
  return found.sort();
}

describe("authorization matrix", () => {
  const database = useTestDatabase({ seeded: true });
  let cast: Cast;

  async function slotsFor(owner: string) {
    const db = database.current.db;
    const open = await db.slot.findMany({
      where: { claims: { none: {} }, session: { status: "PUBLISHED", startsAt: { gt: new Date() }, series: { slug: "test-of-time" } } },
      take: 4,
      select: { id: true },
    });
    const { createHash } = await import("node:crypto");
    await db.speakerClaim.create({
      data: { slotId: open[2].id, status: "INVITED", inviteName: "An Author", inviteEmail: "author@elsewhere.test", inviteTokenHash: createHash("sha256").update(INVITATION_TOKEN).digest("hex") },
    });
    const claim = await db.speakerClaim.create({ data: { slotId: open[1].id, userId: owner, status: "PENDING" } });
    const past = await db.slot.findFirstOrThrow({ where: { session: { status: "PUBLISHED", endsAt: { lt: new Date() } } }, select: { id: true } });
    await db.speakerClaim.updateMany({ where: { slotId: past.id }, data: { status: "RELEASED" } });
    await db.speakerClaim.create({ data: { slotId: past.id, userId: owner, status: "APPROVED" } });
    await db.speakerClaim.create({ data: { slotId: open[3].id, userId: owner, status: "APPROVED" } });
    return { openSlot: open[0].id, claimedSlot: open[1].id, claim: claim.id, pastSlot: past.id, approvedSlot: open[3].id };
  }

  beforeEach(async () => {
    const db = database.current.db;
    const make = (email: string, role: "MEMBER" | "ORGANIZER" | "ADMIN") =>
      db.user.create({ data: { email, name: email.split("@")[0], role } }).then((u) => u.id);
    const owner = await make("owner@matrix.test", "MEMBER");
    cast = {
      member: await make("member@matrix.test", "MEMBER"),
      owner,
      organizer: await make("organizer@matrix.test", "ORGANIZER"),
      admin: await make("admin@matrix.test", "ADMIN"),
      target: owner,
      suggestion: (await db.suggestion.create({ data: { kind: "TOPIC", title: "The owner's topic", authorId: owner } })).id,
      ...(await slotsFor(owner)),
    };
    cookieJar.value = undefined;
  });

  it("lists every mutating route and server action that exists, and nothing that does not", () => {
    const listed = [...MATRIX.map((r) => r.id), ...Object.keys(EXEMPT)].sort();
    expect(discover()).toEqual(listed);
  });

  for (const row of MATRIX) {
    for (const who of EVERYONE) {
      const expected = row.expected[who];
      it(`${row.id} as ${who} → ${expected}`, async () => {
        if (who !== "anonymous") cookieJar.value = await sessionCookieFor(cast[who]);
        const before = expected >= 400 ? await databaseFingerprint(database.current.url) : null;
        const { status } = await row.run(cast, who);
        expect(status).toBe(expected);
        if (before) expect(await databaseFingerprint(database.current.url)).toEqual(before);
      });
    }
  }
});
