// Suggesting papers and topics, the duplicate rules, the hourly limit, and votes under load.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/client.ts";
import { AppError } from "../../lib/errors.ts";
import { listMySuggestions, listSuggestions } from "../../lib/suggestions/list-suggestions.ts";
import { SUGGESTIONS_PER_HOUR } from "../../lib/rate-limit/action-limits.ts";
import { suggestPaper } from "../../lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "../../lib/suggestions/suggest-topic.ts";
import { voteForSuggestion, withdrawVote } from "../../lib/suggestions/vote.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { MALFORMED_ID, SLOW_ID } from "../support/fake-arxiv-server.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("suggestions", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  it("suggests an arXiv paper from any form of link, with title and authors from arXiv", async () => {
    const me = await person("member@example.com");
    const s = await suggestPaper(me, {
      url: "https://arxiv.org/pdf/2002.05709v3",
      reason: "Contrastive learning, simply.",
      track: "generative-models",
    });
    expect(s).toMatchObject({
      kind: "paper",
      title: "A Simple Framework for Contrastive Learning of Visual Representations",
      status: "open",
      voteCount: 0,
      isMine: true,
      track: { slug: "generative-models" },
      paper: { canonicalId: "arxiv:2002.05709", arxivId: "2002.05709", year: 2020, url: "https://arxiv.org/abs/2002.05709" },
    });
    expect(s.paper!.authors).toEqual(["Ting Chen", "Simon Kornblith", "Mohammad Norouzi", "Geoffrey Hinton"]);
    expect((await listMySuggestions(me)).map((x) => x.id)).toContain(s.id);
  });

  it("never suggests a paper twice, whatever link is pasted, and points to the existing suggestion", async () => {
    const me = await person("member@example.com");
    const first = await suggestPaper(me, { url: "arXiv:2002.05709" });
    const other = await person("speaker@example.com");
    for (const url of ["2002.05709v1", "https://arxiv.org/abs/2002.05709", "http://export.arxiv.org/pdf/2002.05709v2.pdf"]) {
      const error = await rejection(suggestPaper(other, { url }));
      expect(error.code).toBe("conflict");
      expect(error.details).toMatchObject({ reason: "duplicate", suggestionId: first.id });
    }
  });

  it("says when a paper was already presented, with the date and recording", async () => {
    const me = await person("member@example.com");
    // A paper of a session that is over and recorded, whatever day it is.
    const presented = await database.current.db.slot.findFirstOrThrow({
      where: { paper: { arxivId: { not: null } }, session: { status: "PUBLISHED", endsAt: { lt: appNow() }, recordingUrl: { not: null } } },
      include: { paper: true },
    });
    const error = await rejection(suggestPaper(me, { url: `https://arxiv.org/abs/${presented.paper.arxivId}` }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/already covered this paper on \d{4}-\d{2}-\d{2}/);
    expect(error.details).toMatchObject({ reason: "covered", recordingUrl: expect.stringMatching(/^https:\/\/www\.youtube\.com\//) });
  });

  it("warns about a near-identical title under another identity, and accepts it when confirmed", async () => {
    const me = await person("member@example.com");
    const input = { url: "https://openreview.net/forum?id=attention-copy", title: "Attention is all you need!", authors: "A. Vaswani" };
    const error = await rejection(suggestPaper(me, input));
    expect(error.details).toMatchObject({ reason: "similar_title", similar: [expect.objectContaining({ title: "Attention Is All You Need" })] });
    const s = await suggestPaper(me, { ...input, confirmNotDuplicate: true });
    expect(s.paper?.canonicalId).toBe("url:https://openreview.net/forum?id=attention-copy");
  });

  it("asks for title and authors when arXiv is slow, broken or does not know the id, and loses nothing", async () => {
    const me = await person("member@example.com");
    for (const id of [SLOW_ID, MALFORMED_ID, "2999.99999"]) {
      const before = await databaseFingerprint(database.current.url);
      const error = await rejection(suggestPaper(me, { url: id, reason: "Worth it." }));
      expect(error.code).toBe("validation");
      expect(error.fields).toHaveProperty("title");
      expect(await databaseFingerprint(database.current.url)).toEqual(before);
    }
    const typed = await suggestPaper(me, { url: SLOW_ID, title: "A Paper arXiv Was Slow About", authors: "Ada Lovelace, Alan Turing" });
    expect(typed).toMatchObject({ title: "A Paper arXiv Was Slow About", paper: { authors: ["Ada Lovelace", "Alan Turing"] } });
  });

  it("refuses what it cannot read, and unknown tracks, field by field", async () => {
    const me = await person("member@example.com");
    expect((await rejection(suggestPaper(me, { url: "javascript:alert(1)" }))).fields).toHaveProperty("url");
    expect((await rejection(suggestPaper(me, { url: "" }))).fields).toHaveProperty("url");
    expect((await rejection(suggestPaper(me, { url: "2002.05709", track: "no-such-track" }))).fields).toHaveProperty("track");
    expect((await rejection(suggestPaper(me, { url: "2002.05709", reason: "x".repeat(2001) }))).fields).toHaveProperty("reason");
    expect((await rejection(suggestPaper(null, { url: "2002.05709" }))).code).toBe("unauthenticated");
  });

  it("suggests a topic", async () => {
    const s = await suggestTopic(await person("member@example.com"), { title: "Mechanistic interpretability", reason: "Circuits and SAEs." });
    expect(s).toMatchObject({ kind: "topic", title: "Mechanistic interpretability", paper: null, status: "open" });
    expect((await rejection(suggestTopic(await person("member@example.com"), { title: "x" }))).fields).toHaveProperty("title");
  });

  it(`allows ${SUGGESTIONS_PER_HOUR} suggestions an hour, even when sent at once, then answers 429 with when to retry`, async () => {
    const me = await person("speaker@example.com");
    const db = database.current.db;
    await db.suggestion.updateMany({ where: { authorId: me.id }, data: { createdAt: new Date(appNow().getTime() - 2 * 3600_000) } });
    const results = await Promise.allSettled(
      Array.from({ length: SUGGESTIONS_PER_HOUR + 5 }, (_, i) => suggestTopic(me, { title: `Topic number ${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(SUGGESTIONS_PER_HOUR);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as AppError);
    expect(refused).toHaveLength(5);
    for (const e of refused) {
      expect(e.code).toBe("rate_limited");
      expect(e.details?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it("counts one vote when one member clicks 50 times at once, on separate connections", async () => {
    const db = database.current.db;
    const me = await person("member@example.com");
    const target = await db.suggestion.findFirstOrThrow({ where: { status: "OPEN", votes: { none: { userId: me.id } } } });
    const clients = Array.from({ length: 50 }, () => createPrismaClient(database.current.url, { max: 1 }));
    const globalForDb = globalThis as unknown as { paperClubDb?: typeof db };
    try {
      // Each vote goes through the app's function on a connection of its own.
      await Promise.all(
        clients.map(async (client) => {
          await client.$connect();
        }),
      );
      const results = await Promise.all(
        clients.map(async (client) => {
          const saved = globalForDb.paperClubDb;
          globalForDb.paperClubDb = client;
          try {
            return await voteForSuggestion(me, { suggestionId: target.id });
          } finally {
            globalForDb.paperClubDb = saved;
          }
        }),
      );
      expect(results.every((r) => r.hasVoted)).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    const after = await db.suggestion.findUniqueOrThrow({ where: { id: target.id } });
    expect(await db.vote.count({ where: { suggestionId: target.id, userId: me.id } })).toBe(1);
    expect(after.voteCount).toBe(target.voteCount + 1);
    expect(after.voteCount).toBe(await db.vote.count({ where: { suggestionId: target.id } }));
  });

  it("counts exactly when 50 members vote at once, and when they take it back", async () => {
    const db = database.current.db;
    const target = await db.suggestion.create({ data: { kind: "TOPIC", title: "A hot topic" } });
    const voters = await Promise.all(Array.from({ length: 50 }, (_, i) => db.user.create({ data: { email: `voter${i}@example.com` } })));
    const actors = voters.map((u) => ({ id: u.id, role: u.role, name: null, email: u.email }));
    await Promise.all(actors.map((a) => voteForSuggestion(a, { suggestionId: target.id })));
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: target.id } })).voteCount).toBe(50);
    await Promise.all(
      actors.slice(0, 20).flatMap((a) => [withdrawVote(a, { suggestionId: target.id }), withdrawVote(a, { suggestionId: target.id })]),
    );
    const after = await db.suggestion.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.voteCount).toBe(30);
    expect(await db.vote.count({ where: { suggestionId: target.id } })).toBe(30);
  });

  it("refuses votes on declined suggestions and unknown ids", async () => {
    const db = database.current.db;
    const me = await person("member@example.com");
    const declined = await db.suggestion.findFirstOrThrow({ where: { status: "DECLINED" } });
    expect((await rejection(voteForSuggestion(me, { suggestionId: declined.id }))).code).toBe("conflict");
    expect((await rejection(voteForSuggestion(me, { suggestionId: "00000000-0000-0000-0000-000000000000" }))).code).toBe("not_found");
    expect((await rejection(voteForSuggestion(me, { suggestionId: "nope" }))).code).toBe("not_found");
    expect((await rejection(voteForSuggestion(null, { suggestionId: declined.id }))).code).toBe("unauthenticated");
  });

  it("lists the board by votes or newest, filtered by track and status, marking my votes", async () => {
    const me = await person("member@example.com");
    const some = await database.current.db.suggestion.findFirstOrThrow({ where: { status: "OPEN" } });
    await voteForSuggestion(me, { suggestionId: some.id });
    const byVotes = await listSuggestions(me, { sort: "votes" });
    expect(byVotes.suggestions.find((s) => s.id === some.id)?.hasVoted).toBe(true);
    const counts = byVotes.suggestions.map((s) => s.voteCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byVotes.suggestions.some((s) => s.hasVoted)).toBe(true);
    const newest = await listSuggestions(null, { sort: "newest" });
    const dates = newest.suggestions.map((s) => s.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.suggestions.every((s) => !s.hasVoted)).toBe(true);
    const declined = await listSuggestions(null, { status: "declined" });
    expect(declined.suggestions.length).toBeGreaterThan(0);
    expect(declined.suggestions.every((s) => s.status === "declined" && s.declineReason)).toBe(true);
    const track = await listSuggestions(null, { track: "foundations" });
    expect(track.suggestions.every((s) => s.track?.slug === "foundations")).toBe(true);
    await expect(listSuggestions(null, { sort: "loudest" as "votes" })).rejects.toMatchObject({ code: "validation" });
  });
});
