// Imports a season plan from a spreadsheet (CSV): a preview with a per-line report first, then,
// when the organizer confirms, one draft session per good line — its readings (looked up on
// arXiv when new) and its presenter — in one transaction. Bad lines are named with their reason
// and never written; nothing is public until the series is published.
import "server-only";
import { newSessionFromDefaults } from "../series/series-defaults.ts";
import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { lookupArxiv } from "../papers/arxiv-lookup.ts";
import { canonicalPaperId } from "../papers/canonical-id.ts";
import { dayKey } from "../time/format.ts";
import { instantAt } from "../time/zoned.ts";
import { freeText, slug } from "../validation/fields.ts";
import { parseInput } from "../validation/parse-input.ts";
import { parsePlanCsv, type PlanCsvProblem, type PlanCsvRow } from "./parse-plan-csv.ts";
import { appNow } from "../time/clock.ts";

/** About 500 lines of a generous spreadsheet. */
export const MAX_CSV_CHARACTERS = 200_000;

export const importPlanSchema = z.object({
  series: slug,
  csv: freeText({
    min: 1,
    max: MAX_CSV_CHARACTERS,
    minMessage: "Paste the CSV or choose a file.",
    maxMessage: "The file is too large: split it into several imports.",
    label: "The CSV",
  }),
});

export type ImportLine = {
  line: number;
  date: string;
  title: string | null;
  track: { slug: string; name: string } | null;
  readings: { input: string; canonicalId: string; title: string | null }[];
  presenter: { email: string; name: string | null } | null;
};

export type ImportPreview = { series: string; lines: ImportLine[]; problems: PlanCsvProblem[] };

async function checkLines(seriesSlug: string, csv: string): Promise<ImportPreview & { seriesId: string }> {
  const db = getDb();
  const series = await db.series.findUnique({
    where: { slug: seriesSlug },
    select: { id: true, timeZone: true, seasons: { select: { tracks: { select: { id: true, slug: true, name: true } } } } },
  });
  if (!series) throw new AppError("not_found", "There is no such series.");
  const parsed = parsePlanCsv(csv);
  const problems = [...parsed.problems];
  const tracks = series.seasons.flatMap((s) => s.tracks);
  const canonicalIds = [...new Set(parsed.rows.flatMap((r) => r.readings.map((x) => x.canonicalId)))];
  const emails = [...new Set(parsed.rows.flatMap((r) => (r.presenterEmail ? [r.presenterEmail] : [])))];
  const [papers, people, sessions] = await Promise.all([
    db.paper.findMany({ where: { canonicalId: { in: canonicalIds } }, select: { canonicalId: true, title: true } }),
    db.user.findMany({ where: { email: { in: emails }, deletedAt: null }, select: { email: true, name: true } }),
    db.session.findMany({ where: { seriesId: series.id, removedAt: null }, select: { startsAt: true, timeZone: true } }),
  ]);
  const titles = new Map(papers.map((p) => [p.canonicalId, p.title]));
  const names = new Map(people.map((p) => [p.email!, p.name]));
  const taken = new Set(sessions.map((s) => dayKey(s.startsAt, s.timeZone)));
  const seen = new Set<string>();
  const lines: ImportLine[] = [];
  for (const row of parsed.rows) {
    const issues = lineProblems(row, { tracks, names, taken, seen });
    if (issues.length) {
      problems.push(...issues.map((message) => ({ line: row.line, message })));
      continue;
    }
    seen.add(row.date);
    const track = row.track ? findTrack(tracks, row.track)! : null;
    lines.push({
      line: row.line,
      date: row.date,
      title: row.title,
      track: track ? { slug: track.slug, name: track.name } : null,
      readings: row.readings.map((r) => ({ input: r.input, canonicalId: r.canonicalId, title: titles.get(r.canonicalId) ?? null })),
      presenter: row.presenterEmail ? { email: row.presenterEmail, name: names.get(row.presenterEmail) ?? null } : null,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { seriesId: series.id, series: seriesSlug, lines, problems };
}

function findTrack(tracks: { id: string; slug: string; name: string }[], value: string) {
  const wanted = value.trim().toLowerCase();
  return tracks.find((t) => t.slug === wanted || t.name.toLowerCase() === wanted);
}

function lineProblems(
  row: PlanCsvRow,
  ctx: { tracks: { id: string; slug: string; name: string }[]; names: Map<string, string | null>; taken: Set<string>; seen: Set<string> },
): string[] {
  const out: string[] = [];
  if (row.track && !findTrack(ctx.tracks, row.track)) out.push(`track: "${row.track}" is not a track of this series (use its name or short name).`);
  if (row.presenterEmail && !ctx.names.has(row.presenterEmail))
    out.push(`presenter email: nobody has an account with ${row.presenterEmail} (invite outside authors from the session's page).`);
  if (row.presenterEmail && row.readings.length === 0) out.push("presenter email: a presenter needs a reading to present.");
  if (ctx.taken.has(row.date)) out.push(`date: the series already has a session on ${row.date}; change that one instead.`);
  else if (ctx.seen.has(row.date)) out.push(`date: ${row.date} is on an earlier line too.`);
  return out;
}

export async function previewPlanImport(actor: Actor, input: z.input<typeof importPlanSchema>): Promise<ImportPreview> {
  assertCan(actor, "schedule.edit");
  const { series, csv } = parseInput(importPlanSchema, input);
  const { lines, problems } = await checkLines(series, csv);
  return { series, lines, problems };
}

export async function applyPlanImport(actor: Actor, input: z.input<typeof importPlanSchema>) {
  assertCan(actor, "schedule.edit");
  const { series: seriesSlug, csv } = parseInput(importPlanSchema, input);
  const checked = await checkLines(seriesSlug, csv);
  if (checked.lines.length === 0)
    throw new AppError("validation", "No line of this file can be imported.", { csv: "Fix the lines listed and try again." });
  // New arXiv readings are looked up before the transaction (no lock held over the network).
  const found = await lookUpNewReadings(checked.lines);
  return getDb().$transaction(
    async (tx) => {
      const series = await tx.series.findUniqueOrThrow({ where: { id: checked.seriesId }, omit: { remoteUrl: false } });
      let created = 0;
      for (const line of checked.lines) {
        const track = line.track ? await tx.track.findUnique({ where: { slug: line.track.slug }, select: { id: true, seasonId: true } }) : null;
        const startsAt = instantAt(line.date, series.defaultStartTime, series.timeZone);
        const session = await tx.session.create({
          data: {
            seriesId: series.id,
            seasonId: track?.seasonId ?? null,
            trackId: track?.id ?? null,
            title: line.title,
            ...newSessionFromDefaults(series, startsAt),
            editedByHandAt: appNow(),
          },
          select: { id: true },
        });
        for (const [position, reading] of line.readings.entries()) {
          const identity = canonicalPaperId(reading.input)!;
          const paper = await tx.paper.upsert({
            where: { canonicalId: reading.canonicalId },
            update: {},
            create: {
              canonicalId: reading.canonicalId,
              source: identity.source,
              arxivId: identity.arxivId,
              doi: identity.doi,
              url: identity.url,
              title: found.get(reading.canonicalId)?.title ?? reading.title ?? identity.url,
              authors: found.get(reading.canonicalId)?.authors ?? [],
              year: found.get(reading.canonicalId)?.year ?? null,
            },
            select: { id: true },
          });
          const slot = await tx.slot.create({ data: { sessionId: session.id, paperId: paper.id, position }, select: { id: true } });
          if (position === 0 && line.presenter) {
            const user = await tx.user.findUniqueOrThrow({ where: { email: line.presenter.email }, select: { id: true } });
            await tx.speakerClaim.create({
              data: { slotId: slot.id, userId: user.id, status: "APPROVED", decidedById: actor.id, decidedAt: appNow() },
            });
          }
        }
        created++;
      }
      await writeAudit(
        {
          actorId: actor.id,
          action: "schedule.imported",
          targetType: "series",
          targetId: series.id,
          data: { created, skipped: checked.problems.length },
        },
        tx,
      );
      return { created, problems: checked.problems };
    },
    { timeout: 60_000 },
  );
}

async function lookUpNewReadings(lines: ImportLine[]) {
  const found = new Map<string, { title: string; authors: string[]; year: number | null }>();
  const unknown = [
    ...new Set(lines.flatMap((l) => l.readings.filter((r) => !r.title && r.canonicalId.startsWith("arxiv:")).map((r) => r.canonicalId))),
  ];
  for (let i = 0; i < unknown.length; i += 4) {
    const batch = unknown.slice(i, i + 4);
    const results = await Promise.all(
      batch.map((id) => lookupArxiv(id.replace(/^arxiv:/, ""), { baseUrl: env.ARXIV_API_URL, timeoutMs: env.ARXIV_TIMEOUT_MS })),
    );
    results.forEach((r, j) => r.ok && found.set(batch[j], r.metadata));
  }
  return found;
}
