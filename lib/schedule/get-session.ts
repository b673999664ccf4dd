// One session as last published (cancelled ones included); 404 for a session that is only in
// the draft, was removed, or does not exist.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import type { SessionDto } from "./dto.ts";
import { toPublishedDtos } from "./published-sessions.ts";
import { sessionIdSchema } from "./schemas.ts";

export async function getSession(_actor: Actor, input: { id: string }): Promise<SessionDto> {
  const id = sessionIdSchema.safeParse(input.id);
  if (!id.success) throw new AppError("not_found", "There is no such session.");
  const row = await getDb().session.findUnique({ where: { id: id.data }, select: { seriesId: true } });
  const [publication] = row ? await latestPublications({ seriesId: row.seriesId }) : [];
  const session = publication?.snapshot.sessions.find((s) => s.id === id.data);
  if (!publication || !session) throw new AppError("not_found", "There is no such session.");
  const [dto] = await toPublishedDtos([{ series: publication.snapshot.series, session }]);
  return dto;
}
