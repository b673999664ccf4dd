// One published (or cancelled) session with its papers and presenters; 404 for anything else.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { toSessionDto, type SessionDto } from "./dto.ts";
import { sessionIdSchema } from "./schemas.ts";
import { PUBLIC_STATUSES, sessionInclude } from "./session-query.ts";

export async function getSession(_actor: Actor, input: { id: string }): Promise<SessionDto> {
  const id = sessionIdSchema.safeParse(input.id);
  if (!id.success) throw new AppError("not_found", "There is no such session.");
  const row = await getDb().session.findFirst({
    where: { id: id.data, status: { in: [...PUBLIC_STATUSES] } },
    include: sessionInclude,
  });
  if (!row) throw new AppError("not_found", "There is no such session.");
  return toSessionDto(row);
}
