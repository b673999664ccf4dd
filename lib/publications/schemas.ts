// Inputs of publishing and of reading the publications.
import { z } from "zod";
import { AppError } from "../errors.ts";
import { optionalText, slug } from "../validation/fields.ts";

export const publishSchema = z.object({
  series: slug,
  note: optionalText({ max: 2000, label: "The note" }),
});
export type PublishInput = z.input<typeof publishSchema>;

export const seriesRefSchema = z.object({ series: slug });

/** The series a page's address names: a malformed slug names nothing, so it is "not found". */
export function seriesOfAddress(input: unknown): string {
  const parsed = seriesRefSchema.safeParse(input);
  if (!parsed.success) throw new AppError("not_found", "There is no such series.");
  return parsed.data.series;
}
