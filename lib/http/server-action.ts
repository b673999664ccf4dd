// The one way a server action runs (the twin of api-route.ts): the form's fields parsed with
// the domain's zod schema → who is acting → the domain function (which validates again and
// checks permission) → a result a form reads with useActionState. Errors are mapped by the
// same describeError() as the API. Never throws to the client except Next's own
// redirect/notFound signals. Failed forms get their values back, so nothing typed is lost.
import "server-only";
import type { z } from "zod";
import { validationError } from "../errors.ts";
import { getActor } from "../auth/get-actor.ts";
import type { Actor } from "../auth/actor.ts";
import { describeError } from "./describe-error.ts";

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

/**
 * A form's text fields as an object for a zod schema. A repeated field becomes an array and a
 * file stays a File, so a text schema refuses both instead of coercing them. Built with
 * Object.fromEntries, so a field named `__proto__` is an own key, not the object's prototype
 * (a file there made every missing field read through the File, and the schema throw).
 */
export function formObject(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  return Object.fromEntries(
    [...new Set(form.keys())]
      .filter((key) => !key.startsWith("$ACTION"))
      .map((key) => {
        const all = form.getAll(key);
        return [key, all.length === 1 ? all[0] : all];
      }),
  );
}

function isNextSignal(error: unknown) {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK)/.test(digest);
}

function failure(error: unknown): ActionResult<never> {
  if (isNextSignal(error)) throw error;
  const answer = describeError(error, "server action");
  return { ok: false, error: answer.message, code: answer.code, fields: answer.fields, details: answer.details };
}

export async function runAction<T>(fn: (actor: Actor) => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    const data = await fn(actor);
    return { ok: true, data, message: successMessage };
  } catch (error) {
    return failure(error);
  }
}

/**
 * A form action: the form parsed with `schema` (field messages in place on failure), then
 * `fn` with the parsed input. On any failure the form's values come back with the error.
 */
export async function runFormAction<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  fn: (actor: Actor, input: z.output<S>) => Promise<T>,
  successMessage?: string | ((input: z.output<S>, data: T) => string),
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(formObject(form));
  const result = parsed.success
    ? await runAction((actor) => fn(actor, parsed.data)).then((r) =>
        r.ok && successMessage
          ? { ...r, message: typeof successMessage === "string" ? successMessage : successMessage(parsed.data, r.data as T) }
          : r,
      )
    : failure(validationError(parsed.error.issues));
  return result.ok ? result : { ...result, values: formValues(form) };
}
