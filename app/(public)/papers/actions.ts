"use server";
import { runAction, runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { suggestionIdSchema, suggestPaperSchema, suggestTopicSchema } from "@/lib/suggestions/schemas.ts";
import { suggestPaper } from "@/lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "@/lib/suggestions/suggest-topic.ts";
import { voteForSuggestion, withdrawVote } from "@/lib/suggestions/vote.ts";
import { validationError } from "@/lib/errors.ts";

export async function suggestPaperAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, suggestPaperSchema, suggestPaper, "Thank you! Your suggestion is on the board.");
}

export async function suggestTopicAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, suggestTopicSchema, suggestTopic, "Thank you! Your topic is on the board.");
}

export async function voteAction(suggestionId: unknown, vote: unknown): Promise<ActionResult<{ voteCount: number; hasVoted: boolean }>> {
  return runAction(async (actor) => {
    const id = suggestionIdSchema.safeParse(suggestionId);
    if (!id.success) throw validationError(id.error.issues);
    if (typeof vote !== "boolean") throw validationError([{ path: ["vote"], message: "Vote with true or false." }]);
    return vote ? voteForSuggestion(actor, { suggestionId: id.data }) : withdrawVote(actor, { suggestionId: id.data });
  });
}
