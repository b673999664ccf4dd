"use server";
import { formValues, runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { suggestPaper } from "@/lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "@/lib/suggestions/suggest-topic.ts";
import { voteForSuggestion, withdrawVote } from "@/lib/suggestions/vote.ts";

export async function suggestPaperAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const text = (k: string) => String(form.get(k) ?? "");
  const result = await runAction(
    (actor) =>
      suggestPaper(actor, {
        url: text("url"),
        reason: text("reason"),
        track: text("track"),
        title: text("title") || undefined,
        authors: text("authors"),
        confirmNotDuplicate: form.get("confirmNotDuplicate") === "on",
      }),
    "Thank you! Your suggestion is on the board.",
  );
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function suggestTopicAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const text = (k: string) => String(form.get(k) ?? "");
  const result = await runAction(
    (actor) => suggestTopic(actor, { title: text("title"), reason: text("reason"), track: text("track") }),
    "Thank you! Your topic is on the board.",
  );
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function voteAction(suggestionId: string, vote: boolean): Promise<ActionResult<{ voteCount: number; hasVoted: boolean }>> {
  return runAction((actor) => (vote ? voteForSuggestion(actor, { suggestionId }) : withdrawVote(actor, { suggestionId })));
}
