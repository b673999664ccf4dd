// Inputs of publishing and of reading the publications.
import { z } from "zod";
import { optionalText, slug } from "../validation/fields.ts";

export const publishSchema = z.object({
  series: slug,
  note: optionalText({ max: 2000, label: "The note" }),
});
export type PublishInput = z.input<typeof publishSchema>;

export const seriesRefSchema = z.object({ series: slug });
