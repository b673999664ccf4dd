// The one place an error becomes an answer. Route handlers (lib/http/api-route.ts) turn the
// result into the JSON error shape and status; server actions (lib/http/server-action.ts) into
// an action result. Unknown errors are logged on the server and answered without details.
import { ZodError } from "zod";
import { noteDatabaseError } from "../db/check-health.ts";
import { AppError, HTTP_STATUS, validationError, type AppErrorCode } from "../errors.ts";
import { appErrorAnswer, type ErrorAnswer } from "./error-answer.ts";

export type { ErrorAnswer } from "./error-answer.ts";

const UNAVAILABLE = "The database is not reachable right now. Please try again in a moment.";

/** PostgreSQL SQLSTATEs (and Prisma's codes for them) that are answers, not failures. */
const DATABASE_ANSWERS: Record<string, { code: AppErrorCode; message: string }> = {
  // invalid byte sequence (U+0000 in text) and value too long: the schemas should catch these first
  "22021": { code: "validation", message: "The text contains characters that cannot be stored. Remove invisible characters and try again." },
  "22001": { code: "validation", message: "One of the values is too long." },
  "22P02": { code: "not_found", message: "There is no such item." },
  P2000: { code: "validation", message: "One of the values is too long." },
  // unique violation: someone else did the same thing first
  "23505": { code: "conflict", message: "That already exists." },
  P2002: { code: "conflict", message: "That already exists." },
  // foreign key: the thing referred to is gone
  "23503": { code: "not_found", message: "Something this refers to no longer exists." },
  P2003: { code: "not_found", message: "Something this refers to no longer exists." },
  P2025: { code: "not_found", message: "There is no such item." },
  "23514": { code: "conflict", message: "That change would break one of the club's rules." },
  // serialization failure, deadlock: another change won the race
  "40001": { code: "conflict", message: "Someone changed this at the same moment. Please try again." },
  "40P01": { code: "conflict", message: "Someone changed this at the same moment. Please try again." },
  P2034: { code: "conflict", message: "Someone changed this at the same moment. Please try again." },
};

/** The SQLSTATE or Prisma code of a database error, looking through driver-adapter wrappers. */
export function databaseErrorCode(error: unknown): string | undefined {
  let current = error as
    | { code?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } }
    | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const adapter = current.meta?.driverAdapterError?.cause;
    if (typeof adapter?.originalCode === "string" && DATABASE_ANSWERS[adapter.originalCode]) return adapter.originalCode;
    if (typeof current.meta?.code === "string" && DATABASE_ANSWERS[current.meta.code]) return current.meta.code;
    if (typeof current.code === "string" && DATABASE_ANSWERS[current.code]) return current.code;
    const originalCode = (current as { originalCode?: unknown }).originalCode;
    if (typeof originalCode === "string" && DATABASE_ANSWERS[originalCode]) return originalCode;
    current = current.cause as typeof current;
  }
  const text = error instanceof Error ? error.message : "";
  const match = /\b(22021|22001|22P02|23505|23503|23514|40001|40P01)\b/.exec(text);
  if (match) return match[1];
  if (/invalid byte sequence for encoding/i.test(text)) return "22021";
  return undefined;
}

export function describeError(error: unknown, context = "request"): ErrorAnswer {
  if (error instanceof ZodError) error = validationError(error.issues);
  if (error instanceof AppError) return appErrorAnswer(error);
  // An outage also raises the flag that turns pages into the "back in a moment" page (decision 021).
  if (noteDatabaseError(error)) return { status: 503, code: "unavailable", message: UNAVAILABLE, retryAfterSeconds: 5 };
  const dbCode = databaseErrorCode(error);
  if (dbCode) {
    const { code, message } = DATABASE_ANSWERS[dbCode];
    return { status: HTTP_STATUS[code], code, message };
  }
  console.error(`Unexpected error in ${context}`, error);
  return { status: 500, code: "internal", message: "Something went wrong on our side. Please try again." };
}
