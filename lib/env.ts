// Every environment variable the app reads, parsed once with zod. Documented in .env.example.
import { z } from "zod";
import { defaultDataDir } from "./db/data-dir.ts";
import { parseTestToday } from "./time/clock.ts";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.string().url().optional())
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Any PostgreSQL server. Unset: an embedded PostgreSQL under PAPERCLUB_DATA_DIR. */
  DATABASE_URL: optionalUrl,
  /**
   * Where the embedded PostgreSQL keeps its data. Unset: inside node_modules/ in development
   * and tests (Turbopack's dev watcher ignores it; decision 001), the operating system's data
   * folder in production (decision 018). Production refuses a folder inside node_modules.
   */
  PAPERCLUB_DATA_DIR: z.string().optional(),
  /** HTTP port of the app. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The site's public origin (https://club.example), for links that leave the site (feeds,
   * emails), NextAuth and the same-origin check (lib/http/site-origin.ts). Unset: the request's.
   */
  APP_URL: optionalUrl.refine((v) => v === undefined || /^https?:\/\/[^/?#]+\/?$/i.test(v), {
    message: "APP_URL must be an http:// or https:// origin, without a path (e.g. https://club.example).",
  }),
  /**
   * `npm start`: seconds a public page read by someone not signed in is served from the front's
   * cache (lib/front, decision 020); 0 turns the front off (Next.js answers on PORT itself).
   */
  PUBLIC_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(5),
  /**
   * Proxies in front of the app (load balancers) that append the client's address to
   * X-Forwarded-For: the client is read that many entries from the end, so an address a client
   * sends itself is ignored (sign-in limits by address). `npm start`'s own front counts by itself.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Set by `npm start`'s launcher for the Next.js server it runs behind its front (not by hand). */
  PAPERCLUB_BEHIND_FRONT: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => v === "1"),

  /** Signs session cookies. `npm run dev`/`npm start` make one for the embedded database. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  /** "1": the development sign-in (just an email). Never in production. */
  AUTH_DEV_LOGIN: z
    .enum(["0", "1", ""])
    .optional()
    .transform((v) => v === "1"),
  /** Comma-separated addresses that become admins when they sign in. */
  ADMIN_EMAILS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** SMTP server for real mail, e.g. smtp://user:pass@smtp.example.com:587. Unset: the development outbox. */
  SMTP_URL: optionalUrl,
  EMAIL_FROM: z.string().default("Paper Club <noreply@paperclub.local>"),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  DISCORD_ID: z.string().optional(),
  DISCORD_SECRET: z.string().optional(),
  /** arXiv's API (Atom). Tests point it at a local fake server. */
  ARXIV_API_URL: z.string().url().default("https://export.arxiv.org/api/query"),
  /** How long to wait for arXiv before asking the member to type title and authors. */
  ARXIV_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(4000),
  /** A Discord channel's webhook: each publication of the schedule is posted there (a queued job). */
  DISCORD_WEBHOOK_URL: optionalUrl,
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  /**
   * Tests only: run as if today were this date ("2027-03-14", 10:00 Pacific) or instant. Honoured
   * only under the test suite (PAPERCLUB_TEST_RUN=1, set by its runners; lib/time/clock.ts).
   */
  TEST_TODAY: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        parseTestToday(v);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  /** Set by the test runners (vitest.config.ts, playwright.config.ts, scripts/test.ts), never by hand. */
  PAPERCLUB_TEST_RUN: z.enum(["0", "1"]).optional(),
});

const withDefaults = schema.transform((e) => ({ ...e, PAPERCLUB_DATA_DIR: e.PAPERCLUB_DATA_DIR ?? defaultDataDir(e.NODE_ENV) }));

export type Env = z.infer<typeof withDefaults>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable means "not set" (as in .env.example).
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = withDefaults.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * Email sign-in needs a way to deliver the link: SMTP, or outside production the development
 * outbox. A production server without SMTP_URL does not offer it (its links would only reach
 * the server log).
 */
export function isEmailSignInAvailable(e: Env): boolean {
  return Boolean(e.SMTP_URL) || e.NODE_ENV !== "production";
}

/** Lines the server says once when it starts: features that are off, and why. */
export function startupNotices(e: Env): string[] {
  const notices: string[] = [];
  if (!isEmailSignInAvailable(e))
    notices.push("[auth] Email sign-in is off because SMTP_URL is not set; only the configured OAuth providers are offered.");
  if (e.TEST_TODAY && e.PAPERCLUB_TEST_RUN !== "1")
    notices.push(`[clock] TEST_TODAY=${e.TEST_TODAY} is ignored: it moves the clock only under the test suite (npm test).`);
  else if (e.TEST_TODAY) notices.push(`[clock] Under test: this server runs as if today were ${e.TEST_TODAY} (TEST_TODAY).`);
  return notices;
}

// Set in the environment once said, so `npm start` and the Next.js server it spawns say it once.
const NOTICES_SAID = "PAPERCLUB_STARTUP_NOTICES_SAID";

/** Settings that must never reach production. Called when the app starts; throws with the reason. */
export function assertSafeProductionConfig(e: Env): void {
  if (e.NODE_ENV === "production" && e.AUTH_DEV_LOGIN) {
    throw new Error(
      "Refusing to start: AUTH_DEV_LOGIN=1 lets anyone sign in as anyone with just an email address, " +
        "and is for development only. Unset AUTH_DEV_LOGIN for a production build.",
    );
  }
  if (process.env[NOTICES_SAID] !== "1") {
    process.env[NOTICES_SAID] = "1";
    for (const line of startupNotices(e)) console.warn(line);
  }
}

/** How many entries at the end of X-Forwarded-For were appended by proxies we trust. */
export function forwardedHops(e: Env): number {
  return e.TRUSTED_PROXIES + (e.PAPERCLUB_BEHIND_FRONT ? 1 : 0);
}

export const env = parseEnv();
