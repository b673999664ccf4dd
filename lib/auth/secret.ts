// The secret that signs session cookies. `npm run dev`/`npm start` (scripts/run-app.ts) set
// AUTH_SECRET, generating and keeping one next to the embedded database when none is given.
import "server-only";
import { env } from "../env.ts";

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a random string of at least 32 characters (openssl rand -base64 32).");
  }
  return "paper-club-development-secret-not-for-production-use";
}
