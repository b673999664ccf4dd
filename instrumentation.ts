// Runs once when the Next.js server starts, however it is started (npm start or next start):
// refuse settings that must never reach production.
export async function register() {
  const { assertSafeProductionConfig, parseEnv } = await import("./lib/env.ts");
  assertSafeProductionConfig(parseEnv());
}
