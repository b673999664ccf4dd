// The one error type of the domain. lib/http/ maps codes to HTTP statuses and JSON bodies.
export type AppErrorCode = "validation" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "unavailable";

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
  rate_limited: 429,
  unavailable: 503,
};

/** Turns a zod error into an AppError whose fields a form can show in place. */
export function validationError(issues: { path: PropertyKey[]; message: string }[], message = "Some fields need another look."): AppError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return new AppError("validation", message, fields);
}
