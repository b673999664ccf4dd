// The suggestions API through its route handlers, signed in with a real session.
import { appNow } from "../../lib/time/clock.ts";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { apiRequest, routeParams } from "../support/requests.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));

const { GET: list, POST: create } = await import("../../app/api/v1/suggestions/route.ts");
const { POST: vote, DELETE: unvote } = await import("../../app/api/v1/suggestions/[id]/vote/route.ts");
const { GET: lookup } = await import("../../app/api/v1/papers/lookup/route.ts");

const post = (body: unknown) => apiRequest("/api/v1/suggestions", { method: "POST", ...(typeof body === "string" ? { rawBody: body } : { body }) });
const params = (id: string) => routeParams({ id });

describe("suggestions API", () => {
  const database = useTestDatabase({ seeded: true });
  const signIn = async (email: string) => {
    const user = await database.current.db.user.findUniqueOrThrow({ where: { email } });
    cookieJar.value = await sessionCookieFor(user.id);
    return user;
  };

  it("creates a suggestion (201), then answers 409 with the existing suggestion's id for the same paper", async () => {
    await signIn("member@example.com");
    const first = await create(post({ url: "https://arxiv.org/abs/2002.05709", reason: "Contrastive learning", track: "generative-models" }));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ title: "A Simple Framework for Contrastive Learning of Visual Representations", status: "open" });

    await signIn("speaker@example.com");
    const again = await create(post({ url: "2002.05709v2" }));
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "conflict", reason: "duplicate", suggestionId: created.id });
  });

  it("answers bad bodies with 422 and a JSON error, and visitors with 401", async () => {
    await signIn("member@example.com");
    for (const body of ["{not json", "[]", { url: "" }, { url: "ftp://example.com/x" }, { url: 42 }]) {
      const response = await create(post(body));
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe("validation");
    }
    cookieJar.value = undefined;
    expect((await create(post({ url: "2002.05709" }))).status).toBe(401);
  });

  it("says 429 with Retry-After once the hourly limit is reached", async () => {
    const me = await signIn("speaker@example.com");
    await database.current.db.suggestion.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ kind: "TOPIC" as const, title: `Earlier topic ${i}`, authorId: me.id, createdAt: appNow() })),
    });
    const response = await create(post({ kind: "topic", title: "One too many" }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("rate_limited");
  });

  it("votes and takes the vote back; repeating either changes nothing", async () => {
    await signIn("member@example.com");
    const target = await database.current.db.suggestion.create({ data: { kind: "TOPIC", title: "Votable" } });
    expect(await (await vote(post({}), params(target.id))).json()).toMatchObject({ voteCount: 1, hasVoted: true });
    expect(await (await vote(post({}), params(target.id))).json()).toMatchObject({ voteCount: 1, hasVoted: true });
    expect(await (await unvote(post({}), params(target.id))).json()).toMatchObject({ voteCount: 0, hasVoted: false });
    expect(await (await unvote(post({}), params(target.id))).json()).toMatchObject({ voteCount: 0, hasVoted: false });
    expect((await vote(post({}), params("not-an-id"))).status).toBe(404);
  });

  it("lists the board publicly, and validates its filters", async () => {
    cookieJar.value = undefined;
    const response = await list(new NextRequest("http://localhost/api/v1/suggestions?sort=newest&status=open"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.every((s: { status: string }) => s.status === "open")).toBe(true);
    expect((await list(new NextRequest("http://localhost/api/v1/suggestions?sort=sideways"))).status).toBe(422);
  });

  it("previews a pasted paper for signed-in members: identity, title, and what became of it", async () => {
    await signIn("member@example.com");
    // A paper of a session that is over and recorded, whatever day it is.
    const { paper } = await database.current.db.slot.findFirstOrThrow({
      where: { paper: { arxivId: { not: null } }, session: { status: "PUBLISHED", endsAt: { lt: appNow() }, recordingUrl: { not: null } } },
      include: { paper: true },
    });
    const known = await (
      await lookup(new NextRequest(`http://localhost/api/v1/papers/lookup?input=https://arxiv.org/pdf/${paper.arxivId}v7`))
    ).json();
    expect(known).toMatchObject({
      canonicalId: paper.canonicalId,
      title: paper.title,
      lookup: "stored",
      standing: { kind: "covered" },
    });
    const fresh = await (await lookup(new NextRequest("http://localhost/api/v1/papers/lookup?input=2002.05709"))).json();
    expect(fresh).toMatchObject({
      lookup: "arxiv",
      standing: { kind: "new" },
      authors: ["Ting Chen", "Simon Kornblith", "Mohammad Norouzi", "Geoffrey Hinton"],
    });
    cookieJar.value = undefined;
    expect((await lookup(new NextRequest("http://localhost/api/v1/papers/lookup?input=2002.05709"))).status).toBe(401);
  });
});
