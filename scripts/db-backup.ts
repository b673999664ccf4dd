// `npm run db:backup [file]`: a consistent backup of DATABASE_URL or the embedded database
// (the one `npm start` runs, or started here if none is). Default file:
// backups/paperclub-<UTC time>.jsonl.gz. See docs/decisions/018-data-that-lasts.md.
import "./load-env.ts";
import { openDatabase } from "../lib/db/ensure-database.ts";
import { describeCounts } from "../lib/db/backup/backup-format.ts";
import { writeBackup } from "../lib/db/backup/write-backup.ts";
import { systemNow } from "../lib/time/clock.ts";

async function main() {
  const stamp = systemNow().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const file = process.argv[2] ?? `backups/paperclub-${stamp}.jsonl.gz`;
  const db = await openDatabase({ reuseRunning: true });
  try {
    const counts = await writeBackup(db.url, file);
    console.log(`[db] backup written to ${file}: ${describeCounts(counts)}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
