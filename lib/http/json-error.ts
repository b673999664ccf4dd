// Every API error leaves through here: {"error":{"code","message","fields"?,…details}} with the
// status describeError() chose, and Retry-After when the caller should wait.
import { NextResponse } from "next/server";
import { describeError } from "./describe-error.ts";

export function jsonError(error: unknown): NextResponse {
  const answer = describeError(error, "API route");
  return NextResponse.json(
    {
      error: {
        code: answer.code,
        message: answer.message,
        ...(answer.fields ? { fields: answer.fields } : {}),
        ...(answer.details ?? {}),
      },
    },
    {
      status: answer.status,
      headers: answer.retryAfterSeconds !== undefined ? { "Retry-After": String(answer.retryAfterSeconds) } : undefined,
    },
  );
}
