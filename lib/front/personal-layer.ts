// The front's half of the personal layer (decision 028): for a signed-in person it reads their
// view on its own small pool — the statement the app runs (personal-view.ts), for everyone whose
// view is asked for in the same turn of the event loop at once — and writes it into the cached public page in place of the visitor's placeholder. It also
// answers GET /api/v1/me/view, which the page fetches again after an RSVP or a vote. A cookie
// that names nobody (tampered, signed out, expired) is a visitor.
import pg from "pg";
import { CSRF_COOKIES, csrfTokenOf, newCsrfCookieValue } from "../auth/auth-cookies.ts";
import { cookieValue, sessionCookieValue, sessionRef } from "../auth/session-cookie.ts";
import type { RunSql } from "../db/run-sql.ts";
import {
  loadPersonalView,
  loadShared,
  loadViewRows,
  type PersonalView,
  type PersonalViewRow,
  type SharedView,
  type ViewRef,
  type ViewSource,
} from "../personal/personal-view.ts";
import { PERSONAL_PLACEHOLDER, personalScript } from "../personal/personal-script.ts";
import { appNow, systemNow } from "../time/clock.ts";

/** How long the shared seat counts are kept: the views say "live within a second". */
export const SEATS_MS = 1_000;

export type PersonalAnswer = {
  view: PersonalView | null;
  /**
   * A Set-Cookie for NextAuth's CSRF cookie when a signed-in browser has none (as proxy.ts does
   * for the pages the app renders): the header's sign-out form then carries a token NextAuth
   * accepts, and signing out takes one click (decision 023).
   */
  setCookie: string | null;
};

export type PersonalLayer = {
  /** One statement on the layer's pool, prepared once per connection: the front's RSVPs use it too (front-rsvp.ts). */
  run: RunSql;
  /** AUTH_SECRET, to read session cookies. */
  secret: string;
  /** The person a request's cookies name, or null. Throws when the database cannot answer. */
  viewFor(cookieHeader: string | undefined, https: boolean): Promise<PersonalAnswer>;
  /** Something was written through the front: the next view reads the seats again. */
  written(): void;
  close(): Promise<void>;
};

export function startPersonalLayer(options: { databaseUrl: string; secret: string; maxConnections?: number }): PersonalLayer {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 8, idleTimeoutMillis: 30_000 });
  // An idle connection that breaks (the database restarted) must not take the front down.
  pool.on("error", () => {});
  // Named (prepared) statements: planned once per connection, not per page view. Planning was
  // most of the view's cost (0.8 ms -> 0.2 ms a view, 4 in parallel on 2 cores).
  const names = new Map<string, string>();
  const nameOf = (sql: string) => names.get(sql) ?? (names.set(sql, `front-${names.size + 1}`), names.get(sql)!);
  const run: RunSql = async (sql, params) => (await pool.query({ name: nameOf(sql), text: sql, values: params })).rows;
  // Seats left and the sessions ahead are the same for everyone: read at most once a second for
  // all views, and again after any write through the front (an RSVP anywhere), so a full
  // session shows full at once.
  let seats: { at: number; value: Promise<SharedView> } | null = null;
  const sharedSeats = () => {
    const now = systemNow().getTime();
    if (!seats || now - seats.at >= SEATS_MS) {
      const value = loadShared(run, appNow());
      seats = { at: now, value };
      value.catch(() => (seats = null));
    }
    return seats.value;
  };
  const source: ViewSource = { row: batchedRows(run), shared: sharedSeats };
  return {
    run,
    secret: options.secret,
    async viewFor(cookieHeader, https) {
      const value = sessionCookieValue(cookieHeader);
      const ref = value ? await sessionRef(value, options.secret) : null;
      if (!ref) return { view: null, setCookie: null };
      let signOutToken = csrfTokenOf(cookieValue(cookieHeader, CSRF_COOKIES), options.secret);
      let setCookie: string | null = null;
      if (!signOutToken) {
        const fresh = newCsrfCookieValue(options.secret);
        signOutToken = fresh.split("|")[0];
        // The name NextAuth reads: __Host- prefixed on an https site (as lib/auth/missing-csrf-cookie.ts).
        const name = https ? CSRF_COOKIES[0] : CSRF_COOKIES[1];
        setCookie = `${name}=${encodeURIComponent(fresh)}; Path=/; HttpOnly; SameSite=Lax${https ? "; Secure" : ""}`;
      }
      const view = await loadPersonalView(source, { userId: ref.sub, sessionToken: ref.sid }, appNow(), signOutToken);
      return { view, setCookie: view ? setCookie : null };
    },
    written: () => void (seats = null),
    close: () => pool.end(),
  };
}

/** At most this many people's views in one statement. */
export const VIEW_BATCH = 32;

/**
 * The views asked for while the front handles one turn of its event loop, read in one
 * statement (PERSONAL_VIEWS_SQL): under load each page view costs a share of a round trip and
 * of a statement instead of one each — most of a view's cost was the socket write to the
 * database and the statement's own overhead, not the rows (bench/profile-page.ts). A view
 * asked for alone waits for nothing but the end of the current turn.
 */
function batchedRows(run: RunSql): ViewSource["row"] {
  let waiting: { ref: ViewRef; now: Date; resolve: (row: PersonalViewRow | undefined) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const all = waiting;
    waiting = [];
    for (let i = 0; i < all.length; i += VIEW_BATCH) {
      const batch = all.slice(i, i + VIEW_BATCH);
      loadViewRows(
        run,
        batch.map((w) => w.ref),
        batch[0].now,
      ).then(
        (rows) => batch.forEach((w, j) => w.resolve(rows[j])),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      );
    }
  };
  return (ref, now) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ ref, now, resolve, reject });
    });
}

const PLACEHOLDER = Buffer.from(PERSONAL_PLACEHOLDER);

/** Where the placeholder stands in a cached page (found once, when the page is cached), or -1. */
export function placeholderAt(body: Buffer): number {
  return body.indexOf(PLACEHOLDER);
}

/** The page with the person's view written in place of the placeholder at `at`. */
export function withPersonalView(body: Buffer, at: number, view: PersonalView): Buffer {
  return Buffer.concat([body.subarray(0, at), Buffer.from(personalScript(view)), body.subarray(at + PLACEHOLDER.length)]);
}
