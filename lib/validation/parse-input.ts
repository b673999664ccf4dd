// Domain functions validate their input with this: the parsed value, or an AppError whose
// fields a form shows in place (a malformed id becomes "not found", see lib/errors.ts).
import type { z } from "zod";
import { validationError } from "../errors.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, message);
  return parsed.data;
}
