// Small helpers shared by the integration tests.
import { expect } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import type { Db } from "../../lib/db/client.ts";
import { AppError } from "../../lib/errors.ts";

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The actor of a seeded or created person, by email. */
export async function actorByEmail(db: Db, email: string): Promise<SignedInActor> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role, name: u.name, email: u.email };
}
