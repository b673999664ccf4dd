// `npm run db:restore <file> [--force]`: restore a backup (npm run db:backup) into DATABASE_URL
// or the embedded database. Refuses a database holding any row unless --force, which replaces
// everything in it. Stop the app first. See docs/decisions/018-data-that-lasts.md.
import "./load-env.ts";
import { existsSync } from "node:fs";
import { openDatabase } from "../lib/db/ensure-database.ts";
import { describeCounts } from "../lib/db/backup/backup-format.ts";
import { restoreBackup } from "../lib/db/backup/restore-backup.ts";

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (files.length !== 1 || files[0].startsWith("-")) throw new Error("Usage: npm run db:restore <backup file> [--force]");
  if (!existsSync(files[0])) throw new Error(`No such file: ${files[0]}`);
  const db = await openDatabase({ reuseRunning: true });
  try {
    const counts = await restoreBackup(db.url, files[0], { force, log: (line) => console.log(`[db] ${line}`) });
    console.log(`[db] restored ${files[0]}: ${describeCounts(counts)}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
