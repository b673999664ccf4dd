"use server";
import { assertCan } from "@/lib/auth/permissions.ts";
import { AppError } from "@/lib/errors.ts";
import { runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { importReadingList, type ReadingListLine } from "@/lib/suggestions/import-reading-list.ts";
import { acceptSuggestion, declineSuggestion, markSuggestionScheduled, mergeSuggestion } from "@/lib/suggestions/triage.ts";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

export async function triageAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const suggestionId = text(form, "suggestionId");
  switch (text(form, "decision")) {
    case "accept":
      return runAction((actor) => acceptSuggestion(actor, { suggestionId, track: text(form, "track") }), "Accepted.");
    case "decline":
      return runAction((actor) => declineSuggestion(actor, { suggestionId, reason: text(form, "reason") }), "Declined.");
    case "merge":
      return runAction((actor) => mergeSuggestion(actor, { suggestionId, intoId: text(form, "intoId") }), "Merged.");
    case "schedule":
      return runAction((actor) => markSuggestionScheduled(actor, { suggestionId }), "Marked scheduled.");
    default:
      return runAction(async (actor) => {
        assertCan(actor, "suggestion.triage");
        throw new AppError("validation", "Choose accept, decline, merge or schedule.");
      });
  }
}

export async function importReadingListAction(_prev: ActionResult<ReadingListLine[]> | null, form: FormData): Promise<ActionResult<ReadingListLine[]>> {
  return runAction((actor) => importReadingList(actor, { track: text(form, "track"), text: text(form, "text") }));
}
