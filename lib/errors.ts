// The one error type of the domain. lib/http/ maps codes to HTTP statuses and JSON bodies.
export type AppErrorCode =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unsupported_media_type"
  | "payload_too_large"
  | "rate_limited"
  | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Extra facts for the caller, e.g. the id of the existing suggestion of a duplicate. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

/** An id that is not even well-formed names nothing: such issues are answered as "not found". */
function isMalformedId(issue: { path: PropertyKey[]; code?: string; format?: string }): boolean {
  return issue.code === "invalid_format" && issue.format === "uuid";
}

/**
 * Turns zod issues into an AppError whose fields a form can show in place. One rule for ids
 * (docs/decisions/010-request-edge.md): a malformed id is a 404 everywhere, like an unknown one.
 */
export function validationError(
  issues: { path: PropertyKey[]; message: string; code?: string; format?: string }[],
  message = "Some fields need another look.",
): AppError {
  const malformed = issues.find(isMalformedId);
  if (malformed) return new AppError("not_found", malformed.message);
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return new AppError("validation", message, fields);
}
