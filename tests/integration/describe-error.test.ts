// Database errors that are answers, not failures: real errors from PostgreSQL through Prisma's
// driver adapter become the status and message a person understands, never a 500.
import { describe, expect, it } from "vitest";
import { describeError } from "../../lib/http/describe-error.ts";
import { useTestDatabase } from "../support/database.ts";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse");
}

const raise = (sqlstate: string) => `DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '${sqlstate}'; END $$`;

describe("describeError on real database errors", () => {
  const database = useTestDatabase({ seeded: true });

  it("maps U+0000 in text (22021) to a validation answer", async () => {
    const { db } = database.current;
    const user = await db.user.findFirstOrThrow();
    const error = await failure(db.user.update({ where: { id: user.id }, data: { name: "a\u0000b" } }));
    expect(describeError(error)).toMatchObject({ status: 422, code: "validation" });
  });

  it("maps a unique violation (23505) to a conflict and a malformed uuid (22P02) to not found", async () => {
    const { db } = database.current;
    const [a, b] = await db.user.findMany({ take: 2, where: { email: { not: null } } });
    expect(describeError(await failure(db.user.update({ where: { id: b.id }, data: { email: a.email } })))).toMatchObject({
      status: 409,
      code: "conflict",
    });
    expect(describeError(await failure(db.$queryRawUnsafe("SELECT 'x'::uuid")))).toMatchObject({ status: 404, code: "not_found" });
  });

  it("maps serialization failures and deadlocks (40001, 40P01) to a conflict to retry, check violations to a conflict", async () => {
    const { db } = database.current;
    for (const state of ["40001", "40P01", "23514"]) {
      expect(describeError(await failure(db.$executeRawUnsafe(raise(state)))), state).toMatchObject({ status: 409, code: "conflict" });
    }
  });

  it("answers anything else as a 500 without details, and logs it", async () => {
    const { db } = database.current;
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const answer = describeError(await failure(db.$executeRawUnsafe(raise("XX000"))));
      expect(answer).toEqual({ status: 500, code: "internal", message: "Something went wrong on our side. Please try again." });
      expect(logged).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
