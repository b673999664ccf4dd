// Runs `prisma generate` offline. Prisma's CLI tries to download its native schema engine
// first; it only needs a path to an existing file to skip that (see docs/decisions/002).
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const args = process.argv.slice(2);
const result = spawnSync("npx", ["prisma", ...(args.length ? args : ["generate"]), "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
