// The RSVP rush: 300 signed-in people answer "in person" for one session of 60 seats at the
// same moment, through the API as browsers would. Reports the time until all were answered,
// latency percentiles, errors, and the counts the database ends with.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { signedInPeople } from "./sign-in.ts";

export type RushResult = {
  people: number;
  seats: number;
  totalMs: number;
  p50: number;
  p99: number;
  errors: number;
  /** How the errors looked ("503 unavailable", "fetch failed"), with how many of each. */
  failures: Record<string, number>;
  confirmed: number;
  waitlisted: number;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `onStart` is called once everyone is signed in, just before they all answer. */
export async function rsvpRush(baseUrl: string, databaseUrl: string, people = 300, seats = 60, onStart?: () => void): Promise<RushResult> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const cookies: string[] = [];
  let sessionId: string;
  try {
    const series = await db.query<{ id: string }>("SELECT id FROM series ORDER BY created_at LIMIT 1");
    sessionId = randomUUID();
    await db.query(
      `INSERT INTO sessions (id, series_id, title, starts_at, ends_at, time_zone, is_in_person, is_remote, venue_name, seats, status, updated_at)
       VALUES ($1, $2, 'Bench rush', now() + interval '7 days', now() + interval '7 days 90 minutes', 'America/Los_Angeles', true, true, 'Bench hall', $3, 'PUBLISHED', now())`,
      [sessionId, series.rows[0].id, seats],
    );
    for (const person of await signedInPeople(db, people, "rush")) cookies.push(person.cookie);
  } catch (error) {
    await db.end();
    throw error;
  }

  onStart?.();
  const started = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  const failures: Record<string, number> = {};
  const fail = (kind: string) => {
    errors++;
    failures[kind] = (failures[kind] ?? 0) + 1;
  };
  await Promise.all(
    cookies.map(async (cookie) => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${baseUrl}/api/v1/sessions/${sessionId}/rsvp`, {
          method: "POST",
          headers: { cookie, origin: baseUrl, "content-type": "application/json" },
          body: JSON.stringify({ mode: "in_person" }),
        });
        const body = (await res.json()) as { status?: string; error?: { code?: string } };
        if (!res.ok || (body.status !== "confirmed" && body.status !== "waitlisted")) fail(`${res.status} ${body.error?.code ?? body.status}`);
      } catch (error) {
        fail(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : String(error));
      }
      latencies.push(performance.now() - t0);
    }),
  );
  const totalMs = performance.now() - started;
  const counts = await db.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM rsvps WHERE session_id = $1 GROUP BY status`, [
    sessionId,
  ]);
  await db.end();
  const n = (s: string) => Number(counts.rows.find((r) => r.status === s)?.n ?? 0);
  latencies.sort((a, b) => a - b);
  return {
    people,
    seats,
    totalMs: Math.round(totalMs),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
    failures,
    confirmed: n("CONFIRMED"),
    waitlisted: n("WAITLISTED"),
  };
}
