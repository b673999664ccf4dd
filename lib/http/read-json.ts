// Reads a JSON request body; a missing or malformed body is a 422 the caller can explain.
import { AppError } from "../errors.ts";

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

export function asObject(value: unknown): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new AppError("validation", "The request body must be a JSON object.");
}
