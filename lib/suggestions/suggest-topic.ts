// A member suggests a whole topic (a track idea) with a description.
import "server-only";
import { appNow } from "../time/clock.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { toSuggestionDto, suggestionSelect, type SuggestionDto } from "./dto.ts";
import { QUEUED_TRANSACTION } from "../rate-limit/sliding-window.ts";
import { assertSuggestionQuota } from "./rate-limit.ts";
import { suggestTopicSchema, type SuggestTopicInput } from "./schemas.ts";

export async function suggestTopic(actor: Actor, input: SuggestTopicInput): Promise<SuggestionDto> {
  assertCan(actor, "suggestion.create");
  const parsed = suggestTopicSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const data = parsed.data;
  const db = getDb();
  const track = data.track ? await db.track.findUnique({ where: { slug: data.track }, select: { id: true } }) : null;
  if (data.track && !track) throw new AppError("validation", "There is no such track.", { track: "Choose a track from the list." });
  const id = await db.$transaction(async (tx) => {
    // The quota counts suggestions by their createdAt: both from the app's clock.
    const now = appNow();
    await assertSuggestionQuota(tx, actor.id, now);
    return (
      await tx.suggestion.create({
        data: { kind: "TOPIC", title: data.title, reason: data.reason, trackId: track?.id ?? null, authorId: actor.id, createdAt: now },
        select: { id: true },
      })
    ).id;
  }, QUEUED_TRANSACTION);
  return toSuggestionDto(await db.suggestion.findUniqueOrThrow({ where: { id }, select: suggestionSelect }), actor.id, new Set());
}
