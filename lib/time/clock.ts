// The app's one clock. Everything that asks "what day is it?" — what is upcoming, when RSVPs
// close, which claims are stale, the demo data's season — calls appNow() from here.
//
// In production and development it is the system clock. Under the test suite it can be moved:
// `TEST_TODAY=2027-03-14 npm test` runs every test, and the servers under test, as if that were
// today (time still flows from there). The switch is honoured only where the test runners set
// PAPERCLUB_TEST_RUN=1 (vitest.config.ts, playwright.config.ts, scripts/test.ts); anywhere else
// TEST_TODAY is ignored, and `npm start`/`npm run dev` say so (lib/env.ts).
//
// systemNow() is the machine's clock for what must agree with the world outside: session cookie
// and token expiry (checked by the browser and by NextAuth), elapsed time in caches, timeouts.
// ESLint allows `new Date()` and `Date.now()` nowhere else.
import { TZDate } from "@date-fns/tz";

/** The club's home zone: a date-only TEST_TODAY means that day in this zone. */
const HOME_ZONE = "America/Los_Angeles";
/** The wall-clock time a date-only TEST_TODAY starts at (a morning before the noon sessions). */
const DEFAULT_TEST_TIME = { hours: 10, minutes: 0 };

/** Set by the test runners: only then is TEST_TODAY honoured. */
export const TEST_RUN_FLAG = "PAPERCLUB_TEST_RUN";
/** The offset worked out once per run and handed to every process the run starts. */
export const OFFSET_VARIABLE = "PAPERCLUB_CLOCK_OFFSET_MS";

/** The machine's clock (see the header for when to use it). */
export function systemNow(): Date {
  return new Date();
}

/**
 * The instant TEST_TODAY names: "YYYY-MM-DD" is 10:00 on that day in Pacific time; a full ISO
 * instant with a zone ("2026-12-31T23:30:00-08:00") is taken as it is. Throws on anything else.
 */
export function parseTestToday(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [y, m, d] = day.slice(1).map(Number);
    const at = new TZDate(y, m - 1, d, DEFAULT_TEST_TIME.hours, DEFAULT_TEST_TIME.minutes, 0, HOME_ZONE);
    if (at.getDate() !== d || at.getMonth() !== m - 1) throw new Error(`TEST_TODAY=${value} is not a calendar date.`);
    return new Date(at.getTime());
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return at;
  }
  throw new Error(`TEST_TODAY must be a date (2027-03-14) or an ISO instant with a zone (2027-03-14T01:30:00-08:00), not "${value}".`);
}

/** True when this process runs under the test suite and TEST_TODAY asks for another day. */
export function isClockMoved(env: Record<string, string | undefined> = process.env): boolean {
  return env[TEST_RUN_FLAG] === "1" && Boolean(env.TEST_TODAY || env[OFFSET_VARIABLE]);
}

/**
 * The clock's offset from the system clock, in milliseconds: 0 outside tests. Worked out once
 * per run (by whichever runner starts first) and passed on in PAPERCLUB_CLOCK_OFFSET_MS, so a
 * server and the tests that talk to it agree even if the run crosses midnight.
 */
export function pinClockOffset(env: Record<string, string | undefined> = process.env): number {
  if (env[TEST_RUN_FLAG] !== "1") return 0;
  const pinned = env[OFFSET_VARIABLE];
  if (pinned) {
    const ms = Number(pinned);
    if (!Number.isFinite(ms)) throw new Error(`${OFFSET_VARIABLE}=${pinned} is not a number.`);
    return ms;
  }
  if (!env.TEST_TODAY) return 0;
  const ms = parseTestToday(env.TEST_TODAY).getTime() - systemNow().getTime();
  env[OFFSET_VARIABLE] = String(ms);
  return ms;
}

let offset: number | undefined;

/** What the app takes to be the present instant (moved by TEST_TODAY under the test suite). */
export function appNow(): Date {
  offset ??= typeof process === "undefined" ? 0 : pinClockOffset();
  return new Date(systemNow().getTime() + offset);
}
