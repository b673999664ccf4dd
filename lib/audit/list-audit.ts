// The audit log for organizers: who changed what and when, newest first, 50 a page, filtered by
// person and by kind of change. A constant number of queries whatever the page holds.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { DELETED_ACCOUNT, describeEntry } from "./describe-entry.ts";
import { loadAuditTargets } from "./load-targets.ts";
import { AUDIT_KINDS, auditQuerySchema, kindOfAction, type AuditKind, type AuditQuery } from "./schemas.ts";

export const AUDIT_ENTRIES_PER_PAGE = 50;

export type AuditPersonDto = { id: string; name: string; email: string | null };

export type AuditEntryDto = {
  id: string;
  /** ISO instant. */
  at: string;
  /** Null for changes the app made on its own (a stale claim released, ADMIN_EMAILS). */
  actor: AuditPersonDto | null;
  action: string;
  kind: AuditKind | "other";
  summary: string;
  link: string | null;
};

export type AuditLogDto = {
  entries: AuditEntryDto[];
  total: number;
  page: number;
  pages: number;
  /** The filters applied. */
  query: { person?: string; kind?: AuditKind };
  /** Everyone who appears in the log as the author of a change, for the person filter. */
  people: AuditPersonDto[];
  kinds: { value: AuditKind; label: string }[];
};

function person(u: { id: string; name: string | null; email: string | null; deletedAt: Date | null }): AuditPersonDto {
  if (u.deletedAt) return { id: u.id, name: DELETED_ACCOUNT, email: null };
  return { id: u.id, name: u.name ?? u.email ?? "Someone without a name", email: u.email };
}

/**
 * The filters are read as filters, not as addresses: a malformed person id is a validation
 * error naming the field (not the "not found" of a malformed id in a path), so a page can drop
 * it and show the rest (lib/http/search-params.ts).
 */
function parseQuery(input: AuditQuery) {
  const parsed = auditQuerySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.map(String).join(".") || "_"] ??= issue.message;
  throw new AppError("validation", "Some filters could not be read.", fields);
}

export async function listAuditLog(actor: Actor, input: AuditQuery = {}): Promise<AuditLogDto> {
  assertCan(actor, "audit.view");
  const { person: personId, kind, page } = parseQuery(input);
  const db = getDb();
  const prefixes = kind ? AUDIT_KINDS.find((k) => k.value === kind)!.prefixes : [];
  const where: Prisma.AuditLogWhereInput = {
    ...(personId ? { actorId: personId } : {}),
    ...(kind ? { OR: prefixes.map((p) => ({ action: { startsWith: p } })) } : {}),
  };
  const [rows, total, people] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_ENTRIES_PER_PAGE,
      take: AUDIT_ENTRIES_PER_PAGE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        data: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true, deletedAt: true } },
      },
    }),
    db.auditLog.count({ where }),
    db.user.findMany({
      where: { auditEntries: { some: {} } },
      orderBy: [{ deletedAt: { sort: "desc", nulls: "first" } }, { name: { sort: "asc", nulls: "last" } }, { email: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, deletedAt: true },
    }),
  ]);
  // Someone who never changed anything has no entries: say so, rather than show an empty page
  // under a person filter the select cannot show.
  if (personId && !people.some((p) => p.id === personId))
    throw new AppError("validation", "This person has changed nothing yet.", { person: "There is no such person in the audit log." });
  const targets = await loadAuditTargets(db, rows);
  const entries = rows.map((row) => ({
    id: row.id,
    at: row.createdAt.toISOString(),
    actor: row.actor ? person(row.actor) : null,
    action: row.action,
    kind: kindOfAction(row.action),
    ...describeEntry(row, targets),
  }));
  return {
    entries,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_ENTRIES_PER_PAGE)),
    query: { ...(personId ? { person: personId } : {}), ...(kind ? { kind } : {}) },
    people: people.map(person),
    kinds: AUDIT_KINDS.map((k) => ({ value: k.value, label: k.label })),
  };
}
