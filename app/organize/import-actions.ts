"use server";
// The CSV import of a season plan: a preview that writes nothing, then the import of its good lines.
// The CSV comes from the chosen file when there is one, else from the text box.
import { refresh } from "next/cache";
import { formValues, runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { applyPlanImport, importPlanSchema, previewPlanImport, type ImportPreview } from "@/lib/schedule-csv/import-plan.ts";

/** The largest file read (200 kB): the import takes at most 200,000 characters. */
const MAX_FILE_BYTES = 200_000;

/** The form with the chosen file's text as "csv", or a field error for a file too large. */
async function withFileText(form: FormData): Promise<FormData | ActionResult<never>> {
  const file = form.get("file");
  const out = new FormData();
  for (const [key, value] of form.entries()) if (key !== "file") out.append(key, value);
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) {
      const message = "This file is larger than 200 kB: split it into several imports.";
      return { ok: false, code: "validation", error: "Some fields need another look.", fields: { file: message }, values: formValues(form) };
    }
    out.set("csv", await file.text());
  }
  return out;
}

export async function previewImportAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult<{ preview: ImportPreview; csv: string }>> {
  const csvForm = await withFileText(form);
  if (!(csvForm instanceof FormData)) return csvForm;
  return runFormAction(csvForm, importPlanSchema, async (actor, input) => ({ preview: await previewPlanImport(actor, input), csv: input.csv }));
}

export async function applyImportAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult<Awaited<ReturnType<typeof applyPlanImport>>>> {
  const csvForm = await withFileText(form);
  if (!(csvForm instanceof FormData)) return csvForm;
  const result = await runFormAction(csvForm, importPlanSchema, applyPlanImport, (_input, data) =>
    data.created === 1 ? "Imported 1 session into the draft." : `Imported ${data.created} sessions into the draft.`,
  );
  if (result.ok) refresh();
  return result;
}
