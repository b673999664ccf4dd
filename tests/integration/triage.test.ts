// Organizer triage and reading lists.
import { describe, expect, it } from "vitest";
import { importReadingList } from "../../lib/suggestions/import-reading-list.ts";
import { listMySuggestions } from "../../lib/suggestions/list-suggestions.ts";
import { suggestPaper } from "../../lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "../../lib/suggestions/suggest-topic.ts";
import { acceptSuggestion, declineSuggestion, markSuggestionScheduled, mergeSuggestion } from "../../lib/suggestions/triage.ts";
import { voteForSuggestion } from "../../lib/suggestions/vote.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("triage", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  it("accepts into a track and declines with a reason the member sees on /me", async () => {
    const member = await person("member@example.com");
    const organizer = await person("organizer@example.com");
    const a = await suggestTopic(member, { title: "Retrieval, end to end" });
    const b = await suggestTopic(member, { title: "Robotics foundation models" });
    await acceptSuggestion(organizer, { suggestionId: a.id, track: "agents" });
    await declineSuggestion(organizer, { suggestionId: b.id, reason: "Out of scope for this season." });
    const mine = await listMySuggestions(member);
    expect(mine.find((s) => s.id === a.id)).toMatchObject({ status: "accepted", track: { slug: "agents" } });
    expect(mine.find((s) => s.id === b.id)).toMatchObject({ status: "declined", declineReason: "Out of scope for this season." });
    expect((await rejection(declineSuggestion(organizer, { suggestionId: a.id, reason: "" }))).fields).toHaveProperty("reason");
    expect((await rejection(acceptSuggestion(member, { suggestionId: a.id }))).code).toBe("forbidden");
    expect(await database.current.db.auditLog.count({ where: { action: { startsWith: "suggestion." } } })).toBe(2);
  });

  it("merges a duplicate: its votes move over, counted once per person", async () => {
    const db = database.current.db;
    const organizer = await person("organizer@example.com");
    const keep = await suggestTopic(await person("member@example.com"), { title: "State space models, again" });
    const dup = await suggestTopic(await person("speaker@example.com"), { title: "SSMs again" });
    const voters = await db.user.findMany({ where: { email: { endsWith: "@example.com" } }, take: 6, orderBy: { email: "asc" } });
    const asActor = (u: (typeof voters)[number]) => ({ id: u.id, role: u.role, name: u.name, email: u.email });
    for (const v of voters.slice(0, 4)) await voteForSuggestion(asActor(v), { suggestionId: keep.id });
    for (const v of voters.slice(2, 6)) await voteForSuggestion(asActor(v), { suggestionId: dup.id });
    const result = await mergeSuggestion(organizer, { suggestionId: dup.id, intoId: keep.id });
    expect(result.voteCount).toBe(6);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: keep.id } })).voteCount).toBe(6);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: dup.id } })).toMatchObject({ status: "MERGED", mergedIntoId: keep.id, voteCount: 0 });
    expect((await rejection(mergeSuggestion(organizer, { suggestionId: keep.id, intoId: keep.id }))).code).toBe("validation");
    expect((await rejection(voteForSuggestion(asActor(voters[0]), { suggestionId: dup.id }))).code).toBe("conflict");
  });

  it("marks a suggestion scheduled once its paper is in a session, and shows where", async () => {
    const db = database.current.db;
    const organizer = await person("organizer@example.com");
    const s = await suggestPaper(await person("member@example.com"), { url: "https://example.com/a-new-paper", title: "A New Paper" });
    expect((await rejection(markSuggestionScheduled(organizer, { suggestionId: s.id }))).message).toMatch(/not in any session/);
    const session = await db.session.findFirstOrThrow({ where: { status: "PUBLISHED", startsAt: { gt: appNow() } } });
    await db.slot.create({ data: { sessionId: session.id, paperId: s.paper!.id, position: 9 } });
    const done = await markSuggestionScheduled(organizer, { suggestionId: s.id });
    expect(done.sessionId).toBe(session.id);
    const mine = await listMySuggestions(await person("member@example.com"));
    expect(mine.find((x) => x.id === s.id)?.scheduled?.sessionId).toBe(session.id);
  });

  it("imports a reading list, reporting each line as added, duplicate or not understood", async () => {
    const organizer = await person("organizer@example.com");
    const report = await importReadingList(organizer, {
      track: "foundations",
      text: [
        "1. https://arxiv.org/abs/2002.05709",
        "- 1706.03762",
        "https://arxiv.org/abs/1512.03385",
        "this is not a paper",
        "",
        "arXiv:2002.05709v2",
        "https://doi.org/10.1000/Some.Paper",
      ].join("\n"),
    });
    expect(report.map((r) => [r.line, r.outcome])).toEqual([
      [1, "added"],
      [2, "duplicate"],
      [3, "duplicate"],
      [4, "not_understood"],
      [6, "duplicate"],
      [7, "added"],
    ]);
    expect(report[0]).toMatchObject({ title: "A Simple Framework for Contrastive Learning of Visual Representations", titleFromLookup: true });
    const added = await database.current.db.suggestion.findUniqueOrThrow({
      where: { id: (report[0] as { suggestionId: string }).suggestionId },
      include: { track: true },
    });
    expect(added).toMatchObject({ status: "ACCEPTED", track: { slug: "foundations" } });
    expect((await rejection(importReadingList(await person("member@example.com"), { track: "foundations", text: "1706.03762" }))).code).toBe(
      "forbidden",
    );
    expect((await rejection(importReadingList(organizer, { track: "foundations", text: "\n \n" }))).fields).toHaveProperty("text");
  });
});
