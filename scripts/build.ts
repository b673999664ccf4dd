// `npm run build`: generate the Prisma client if needed, then `next build`. The build needs no
// database: every page that reads data renders on request.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("lib/db/generated/client.ts")) {
  const r = spawnSync("npx", ["tsx", "scripts/prisma-generate.ts"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync("npx", ["next", "build", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(r.status ?? 1);
