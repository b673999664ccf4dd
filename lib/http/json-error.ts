// Every API error leaves through here: {"error":{"code","message","fields"}} with the matching
// status. Unknown errors are logged on the server and answered without details.
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS } from "../errors.ts";

export function jsonError(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const retryAfter = error.details?.retryAfterSeconds;
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.details ?? {}),
        },
      },
      { status: HTTP_STATUS[error.code], headers: typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json(
      { error: { code: "unavailable", message: "The database is not reachable right now. Please try again in a moment." } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { code?: string }).code ?? "")}` : String(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Can't reach database|DatabaseNotReachable|Connection terminated|57P01|57P03|08006|08001/i.test(text);
}
