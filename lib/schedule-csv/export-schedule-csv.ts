// The draft schedule of a series as a CSV file for organizers (what the series would publish now).
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { buildSnapshot } from "../publications/build-snapshot.ts";
import { seriesRef } from "../series/schemas.ts";
import { parseInput } from "../validation/parse-input.ts";
import { formatScheduleCsv } from "./format-schedule-csv.ts";

export async function exportDraftCsv(actor: Actor, input: { series: string }): Promise<{ filename: string; csv: string }> {
  assertCan(actor, "schedule.edit");
  const { series: slug } = parseInput(seriesRef, input);
  const db = getDb();
  const series = await db.series.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!series) throw new AppError("not_found", "There is no such series.");
  const snapshot = await buildSnapshot(db, series.id);
  return { filename: `${series.slug}-schedule.csv`, csv: formatScheduleCsv(snapshot) };
}
