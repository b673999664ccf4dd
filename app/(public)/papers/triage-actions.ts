"use server";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { importReadingList, type ReadingListLine } from "@/lib/suggestions/import-reading-list.ts";
import { importReadingListSchema, triageSchema } from "@/lib/suggestions/schemas.ts";
import { scheduleNextWeek } from "@/lib/schedule/schedule-next-week.ts";
import { formatDayAndTime } from "@/lib/time/format.ts";
import { acceptSuggestion, declineSuggestion, markSuggestionScheduled, mergeSuggestion } from "@/lib/suggestions/triage.ts";

const DONE = { accept: "Accepted.", decline: "Declined.", merge: "Merged.", schedule: "Marked scheduled." } as const;

function scheduledMessage(data: unknown) {
  const s = data as { seriesName: string; startsAt: string; timeZone: string };
  return `Scheduled as a draft for ${formatDayAndTime(s.startsAt, s.timeZone)}. Publish the ${s.seriesName} schedule to announce it.`;
}

export async function triageAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(
    form,
    triageSchema,
    async (actor, input) => {
      switch (input.decision) {
        case "accept":
          return acceptSuggestion(actor, input);
        case "decline":
          return declineSuggestion(actor, input);
        case "merge":
          return mergeSuggestion(actor, input);
        case "schedule":
          return markSuggestionScheduled(actor, input);
        case "weekly":
          return scheduleNextWeek(actor, { suggestionId: input.suggestionId });
      }
    },
    (input, data) => (input.decision === "weekly" ? scheduledMessage(data) : DONE[input.decision]),
  );
}

export async function importReadingListAction(
  _prev: ActionResult<ReadingListLine[]> | null,
  form: FormData,
): Promise<ActionResult<ReadingListLine[]>> {
  return runFormAction(form, importReadingListSchema, importReadingList);
}
