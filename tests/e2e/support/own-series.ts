// A series of a test's own, with one upcoming session whose papers still need a speaker,
// published through the API as an organizer's script would. Whatever today's date (the demo
// season may be over), and no other journey sees or changes it.
import type { Browser } from "@playwright/test";
import { appNow, systemNow } from "../../../lib/time/clock.ts";
import { e2eDb, signInAs } from "../sign-in.ts";

let made = 0;

export async function seriesWithOpenSlots(
  browser: Browser,
  baseURL: string,
  options: { name: string; papers: number },
): Promise<{ slug: string; sessionId: string; paperTitles: string[] }> {
  const db = e2eDb();
  const slug = `${options.name.toLowerCase().replace(/[^a-z]+/g, "-")}-${systemNow().getTime().toString(36)}-${process.pid}-${++made}`;
  const { rows: series } = await db.query<{ id: string }>(
    `INSERT INTO series (slug, name, time_zone, claim_approval_required) VALUES ($1, $2, 'America/Los_Angeles', true) RETURNING id`,
    [slug, options.name],
  );
  const startsAt = new Date(appNow().getTime() + 20 * 86_400_000);
  const { rows: sessions } = await db.query<{ id: string }>(
    `INSERT INTO sessions (series_id, title, starts_at, ends_at, time_zone, is_in_person, is_remote, remote_url, status)
     VALUES ($1, $2, $3, $4, 'America/Los_Angeles', false, true, 'https://zoom.example/j/speakers', 'DRAFT') RETURNING id`,
    [series[0].id, `${options.name} session`, startsAt, new Date(startsAt.getTime() + 90 * 60_000)],
  );
  const paperTitles: string[] = [];
  for (let i = 0; i < options.papers; i++) {
    const url = `https://papers.example/${slug}/${i}`;
    const title = `${options.name} paper ${i + 1}`;
    const { rows: papers } = await db.query<{ id: string }>(
      `INSERT INTO papers (canonical_id, source, url, title, authors) VALUES ($1, 'URL', $2, $3, '{"A. Author"}') RETURNING id`,
      [`url:${url}`, url, title],
    );
    await db.query(`INSERT INTO slots (session_id, paper_id, position) VALUES ($1, $2, $3)`, [sessions[0].id, papers[0].id, i + 1]);
    paperTitles.push(title);
  }
  const organizer = await browser.newContext();
  await signInAs(organizer, "organizer@example.com");
  const published = await organizer.request.post(`/api/v1/series/${slug}/publications`, {
    data: { note: "" },
    headers: { origin: baseURL, "content-type": "application/json" },
  });
  await organizer.close();
  if (published.status() !== 201) throw new Error(`Publishing ${slug} answered ${published.status()}: ${await published.text()}`);
  return { slug, sessionId: sessions[0].id, paperTitles };
}
