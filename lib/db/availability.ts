import { systemNow } from "../time/clock.ts";
// Is the database down? A process-wide flag, raised by the first sign of an outage (a pooled
// connection dropped by the server, a request failing to connect) and lowered as soon as a probe
// reaches the database again. proxy.ts reads it to answer pages with 503 during an outage (see
// docs/decisions/021-database-outages.md). It lives on globalThis because the proxy and the app
// are separate bundles in one Node.js process; this file imports nothing, so the proxy can use it.

type Availability = {
  isDown: boolean;
  /** Reaches the database or not; registered by whoever saw the outage. */
  probe?: () => Promise<boolean>;
  lastProbe?: { at: number; result: Promise<boolean> };
};

/** How long a probe's answer stands: at most one probe a second however many requests come. */
const PROBE_EVERY_MS = 1000;

/** A probe that takes longer than this counts as "still down". */
const PROBE_TIMEOUT_MS = 1500;

/** `probe`'s answer, or false when it fails or takes longer than `ms`. */
export function withTimeout(probe: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([probe.catch(() => false), timeout]).finally(() => clearTimeout(timer));
}

const globalForAvailability = globalThis as unknown as { paperClubDbAvailability?: Availability };

function state(): Availability {
  globalForAvailability.paperClubDbAvailability ??= { isDown: false };
  return globalForAvailability.paperClubDbAvailability;
}

/** An outage was seen; `probe` tells when it is over. */
export function reportDatabaseDown(probe: () => Promise<boolean>): void {
  const s = state();
  // Already down: keep the last probe's answer, so a burst of failing requests does not probe.
  if (!s.isDown) s.lastProbe = undefined;
  s.isDown = true;
  s.probe = probe;
}

export function reportDatabaseUp(): void {
  const s = state();
  s.isDown = false;
  s.lastProbe = undefined;
}

export function isDatabaseMarkedDown(): boolean {
  return state().isDown;
}

/**
 * True unless an outage was seen and the database still does not answer. Free while the
 * database is up; during an outage it probes at most once a second, and the first probe that
 * gets through ends the outage for everyone.
 */
export async function isDatabaseReachable(now = systemNow().getTime()): Promise<boolean> {
  const s = state();
  if (!s.isDown) return true;
  if (!s.probe) return false;
  if (!s.lastProbe || now - s.lastProbe.at >= PROBE_EVERY_MS) {
    const result = withTimeout(s.probe(), PROBE_TIMEOUT_MS);
    s.lastProbe = { at: now, result };
    void result.then((ok) => {
      if (ok && s.lastProbe?.result === result) reportDatabaseUp();
    });
  }
  return s.lastProbe.result;
}
