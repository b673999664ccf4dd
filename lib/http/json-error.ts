// Every API error leaves through here: {"error":{"code","message","fields"?,…details}} with the
// status describeError() chose, and Retry-After when the caller should wait.
import { NextResponse } from "next/server";
import { describeError } from "./describe-error.ts";
import { errorJson } from "./error-answer.ts";

export function jsonError(error: unknown): NextResponse {
  const answer = describeError(error, "API route");
  return NextResponse.json(errorJson(answer), {
    status: answer.status,
    headers: answer.retryAfterSeconds !== undefined ? { "Retry-After": String(answer.retryAfterSeconds) } : undefined,
  });
}
