// Keeps the launcher's embedded PostgreSQL up: when its postmaster exits on its own (killed,
// crashed, out of memory), start it again on the same port and folder, so the app's
// DATABASE_URL stays right. Waits before each attempt (doubling, up to 30 s) and gives up after
// a bounded number of attempts within a minute. Says each step in the log (decision 018).
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { systemNow } from "../time/clock.ts";

export type SuperviseOptions = {
  log: (line: string) => void;
  /** Restart attempts allowed within one minute before giving up. */
  maxAttemptsPerMinute?: number;
  /** The wait before the first attempt; doubles after each failed one, up to 30 s. */
  firstDelayMs?: number;
  /** Called once when the server could not be brought back. */
  onGiveUp?: () => void;
};

type Server = {
  /** The running postmaster, if any. */
  current: () => ChildProcess | undefined;
  /** Resolves when the server accepts connections; rejects when it exits first. */
  start: () => Promise<void>;
  /** Drops the reference to a dead postmaster. */
  forget: () => void;
};

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return code !== null ? `code ${code}` : `signal ${signal ?? "unknown"}`;
}

export function superviseEmbedded(server: Server, options: SuperviseOptions): { stop: () => void } {
  const maxAttempts = options.maxAttemptsPerMinute ?? 5;
  const firstDelay = options.firstDelayMs ?? 500;
  let stopped = false;
  const attempts: number[] = [];

  const watch = () => {
    server.current()?.once("exit", (code, signal) => {
      if (!stopped) void restart(describeExit(code, signal));
    });
  };

  async function restart(reason: string) {
    // A shutdown in progress stops the server too: wait a moment and look again.
    await sleep(firstDelay);
    if (stopped) return;
    server.forget();
    options.log(`embedded PostgreSQL stopped unexpectedly (${reason}); restarting`);
    let delay = firstDelay;
    for (;;) {
      const now = systemNow().getTime();
      while (attempts.length > 0 && attempts[0] <= now - 60_000) attempts.shift();
      if (attempts.length >= maxAttempts) {
        options.log(`embedded PostgreSQL could not be restarted (${maxAttempts} attempts within a minute); giving up`);
        options.onGiveUp?.();
        return;
      }
      attempts.push(now);
      try {
        await server.start();
        if (stopped) return;
        watch();
        options.log("embedded PostgreSQL is back");
        return;
      } catch {
        // Typically: the killed postmaster's backends still hold its shared memory for a moment.
        server.forget();
        options.log(`embedded PostgreSQL did not start yet; trying again in ${Math.round(delay / 100) / 10} s`);
      }
      await sleep(delay);
      if (stopped) return;
      delay = Math.min(delay * 2, 30_000);
    }
  }

  watch();
  return { stop: () => void (stopped = true) };
}
