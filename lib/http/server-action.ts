// The one way a server action runs: who is acting → domain function (which validates and
// checks permission) → a result a form reads with useActionState. Never throws to the client
// except Next's own redirect/notFound signals.
import "server-only";
import { AppError } from "../errors.ts";
import { getActor } from "../auth/get-actor.ts";
import type { Actor } from "../auth/actor.ts";
import { isDatabaseUnavailable } from "./json-error.ts";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      error: string;
      code: string;
      fields?: Record<string, string>;
      /** Facts for the form, e.g. the existing suggestion of a duplicate. */
      details?: Record<string, unknown>;
      values?: Record<string, string>;
    };

/** What a form sent, to put back in the fields after an error (React resets forms after actions). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

function isNextSignal(error: unknown) {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK)/.test(digest);
}

export async function runAction<T>(fn: (actor: Actor) => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    const data = await fn(actor);
    return { ok: true, data, message: successMessage };
  } catch (error) {
    if (isNextSignal(error)) throw error;
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code, fields: error.fields, details: error.details };
    if (isDatabaseUnavailable(error)) {
      return { ok: false, code: "unavailable", error: "The database is not reachable right now. Please try again in a moment." };
    }
    console.error("Unexpected error in server action", error);
    return { ok: false, code: "internal", error: "Something went wrong on our side. Nothing was changed; please try again." };
  }
}
