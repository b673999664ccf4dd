// The building blocks of every input schema: free text, links, email, slug, id. Domain schemas
// (lib/<domain>/schemas.ts) compose these; nothing else writes its own string rules.
//
// Free text is trimmed and refuses control characters (other than newline, carriage return and
// tab) and lone UTF-16 surrogates with a field message: PostgreSQL cannot store U+0000 (22021)
// and the others are never typed by a person. A value of the wrong JSON type (array, object,
// number, null) fails with "must be text" — never coerced with String().
import { z } from "zod";

// eslint-disable-next-line no-control-regex -- the point of this rule is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string): boolean {
  return CONTROL.test(value) || LONE_SURROGATE.test(value);
}

type TextOptions = { max: number; min?: number; minMessage?: string; maxMessage?: string; label?: string };

/** Text a person typed: a string, trimmed, without control characters, within length limits. */
export function freeText({ max, min = 0, minMessage, maxMessage, label = "This field" }: TextOptions) {
  const limits = z.string().max(max, maxMessage ?? `Keep it under ${max} characters.`);
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .refine((v) => !hasForbiddenCharacters(v), "Remove the invisible control characters from this text.")
    .pipe(min > 0 ? limits.min(min, minMessage ?? (min === 1 ? `${label} is required.` : `Write at least ${min} characters.`)) : limits);
}

/** Optional free text: missing means "". */
export function optionalText(options: Omit<TextOptions, "min" | "minMessage">) {
  return freeText(options).default("");
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** An http(s) link with a dotted host name (no javascript:, data:, or credentials). */
export const httpUrl = freeText({ max: 300, maxMessage: "Keep links under 300 characters.", label: "The link" }).refine(
  isHttpUrl,
  "Links must start with http:// or https://.",
);

/** An http(s) link or nothing ("" when missing). */
export const optionalHttpUrl = freeText({ max: 300, maxMessage: "Keep links under 300 characters.", label: "The link" })
  .refine((v) => v === "" || isHttpUrl(v), "Links must start with http:// or https://.")
  .default("");

/** An email address, lower-cased. */
export function email(message = "Enter an email address.") {
  return freeText({ max: 254, label: "The email address" }).pipe(z.string().toLowerCase().email(message));
}

/** A URL-safe name such as a series or track slug. */
export const slug = z
  .string({ error: "Use lower-case letters, digits and dashes." })
  .trim()
  .min(1, "Use lower-case letters, digits and dashes.")
  .max(80, "Keep it under 80 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and dashes.");

/** A slug or nothing: "" and missing both mean "no value". */
export const optionalSlug = z
  .string({ error: "Use lower-case letters, digits and dashes." })
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(slug.optional())
  .optional();

/**
 * The id of a row. A malformed id names nothing that exists, so the API and pages answer it as
 * 404 (docs/decisions/010-request-edge.md): validationError() turns a uuid-format issue into
 * "not_found" with this message. `what` reads after "There is no such", e.g. id("slot").
 */
export function id(what: string) {
  const message = `There is no such ${what}.`;
  return z.string({ error: message }).uuid(message);
}

/** A page number from a query string or JSON: digits only, 1–1000 (no coercion of arrays or "1e3"). */
export const pageNumber = z
  .union(
    [
      z.number(),
      z
        .string()
        .regex(/^\d{1,4}$/, "Use a page number.")
        .transform(Number),
    ],
    { error: "Use a page number." },
  )
  .pipe(z.number().int("Use a page number.").min(1, "Pages start at 1.").max(1000, "There are not that many pages."))
  .default(1);

/** A checkbox of an HTML form ("on" when ticked, absent otherwise) or a JSON boolean. */
export const checkbox = z
  .union([z.boolean(), z.literal("on")], { error: "Tick the box or leave it empty." })
  .transform((v) => v === true || v === "on")
  .default(false);

/** A whole number from a form (digits) or JSON (a number), within limits; no coercion of "1e3" or arrays. */
export function wholeNumber({ min, max, label }: { min: number; max: number; label: string }) {
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,6}$/, message)
          .transform(Number),
      ],
      { error: message },
    )
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

/** A whole number or nothing: "" and missing both mean null. Any refusal names the limits
 *  ("-1" typed in a form is a whole number too). */
export function optionalWholeNumber(options: { min: number; max: number; label: string }) {
  return z
    .union([z.literal(""), z.null(), wholeNumber(options)], {
      error: `${options.label} must be a whole number from ${options.min} to ${options.max}.`,
    })
    .transform((v) => (v === "" || v === null ? null : v))
    .default(null);
}

/** A calendar date "YYYY-MM-DD" that exists. */
export const calendarDate = z
  .string({ error: "Enter a date like 2026-07-01." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2026-07-01.")
  .refine((v) => {
    const [y, m, d] = v.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
  }, "That date does not exist.");

/** A local clock time "HH:MM" (24 hours). */
export const clockTime = z
  .string({ error: "Enter a time like 18:00." })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 18:00 (24 hours).");

/** An IANA time zone such as America/Los_Angeles. */
export const timeZoneName = z
  .string({ error: "Choose a time zone." })
  .trim()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return zone.includes("/") || zone === "UTC";
    } catch {
      return false;
    }
  }, "Choose a time zone such as America/Los_Angeles.");
