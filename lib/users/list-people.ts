// Admins list and search people by name or email.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { validationError } from "../errors.ts";
import { peopleQuerySchema } from "./schemas.ts";

export const PEOPLE_PAGE_SIZE = 50;

export type PersonDto = { id: string; name: string | null; email: string | null; role: "MEMBER" | "ORGANIZER" | "ADMIN"; createdAt: string };

/**
 * Prisma's `contains` becomes ILIKE '%value%' without escaping the value, so "%" or "_" would
 * match everyone. Backslash is PostgreSQL's default LIKE escape character.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

export async function listPeople(actor: Actor, input: { q?: string; page?: number | string }) {
  assertCan(actor, "people.list");
  const parsed = peopleQuerySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { q, page } = parsed.data;
  const pattern = escapeLike(q);
  const where = {
    deletedAt: null,
    ...(q
      ? { OR: [{ name: { contains: pattern, mode: "insensitive" as const } }, { email: { contains: pattern, mode: "insensitive" as const } }] }
      : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ role: "desc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return {
    q,
    page,
    total,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    people: rows.map((r): PersonDto => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}
