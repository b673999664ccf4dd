// "404 everywhere": a malformed id, slug or invitation token names nothing, so the domain
// read answers not_found (never a validation error or a database error), and the pages —
// /sessions/[id], /tracks/[slug], /invite/[token] — turn it into Next's 404 page via orNotFound.
import { describe, expect, it } from "vitest";
import { orNotFound } from "../../lib/http/or-not-found.ts";
import { getSession } from "../../lib/schedule/get-session.ts";
import { getTrack } from "../../lib/schedule/get-track.ts";
import { describeInvitation } from "../../lib/speakers/assign.ts";
import { rejection } from "../support/helpers.ts";
import { useTestDatabase } from "../support/database.ts";

const MALFORMED = ["not-a-uuid", "1", "' OR 1=1 --", "%", "00000000-0000-0000-0000-00000000000g", "x".repeat(5000), "\u0000", ""];

async function digestOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return String((error as { digest?: unknown } | null)?.digest);
}

describe("malformed ids are 404s", () => {
  const database = useTestDatabase({ seeded: true });

  it("a session id that is not a uuid, or names no public session, is not_found", async () => {
    for (const id of [...MALFORMED, "7d7e5a4e-2c1b-4b9a-9c53-5f2f7c1e0a11"]) {
      expect((await rejection(getSession(null, { id }))).code, id).toBe("not_found");
    }
    const draft = await database.current.db.session.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect((await rejection(getSession(null, { id: draft.id }))).code).toBe("not_found");
  });

  it("a track slug that is malformed is not_found", async () => {
    for (const slug of [...MALFORMED, "Voice", "no-such-track"]) {
      expect((await rejection(getTrack(null, { slug }))).code, slug).toBe("not_found");
    }
  });

  it("an invitation token that is malformed or unknown is not_found", async () => {
    for (const token of [...MALFORMED, "a".repeat(40)]) {
      expect((await rejection(describeInvitation({ token }))).code, token).toBe("not_found");
    }
  });

  it("the pages' orNotFound turns these into Next's 404 page, not the error page", async () => {
    expect(await digestOf(orNotFound(getSession(null, { id: "not-a-uuid" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(orNotFound(describeInvitation({ token: "short" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(orNotFound(getTrack(null, { slug: "%" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});
