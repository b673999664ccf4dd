// Reads a JSON request body. An empty body is {} (a DELETE or a vote needs none); a malformed
// one, or one past the size limit, is an error the caller can explain.
import { AppError } from "../errors.ts";
import type { HeaderSource } from "./origin-rule.ts";

export const MAX_BODY_BYTES = 256 * 1024;

/** Reads the body of a Request, or of anything with its headers and text (the front's requests). */
export async function readJson(request: { headers: HeaderSource; text(): Promise<string> }): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is too large.");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is too large.");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}
