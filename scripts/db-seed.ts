// `npm run db:seed`: load the demo data (replacing what is there) into DATABASE_URL or the embedded database.
import "./load-env.ts";
import { ensureDatabase } from "../lib/db/ensure-database.ts";
import { seed } from "../prisma/seed.ts";

async function main() {
  const db = await ensureDatabase({ reuseRunning: true });
  try {
    const counts = await seed(db.url);
    console.log(
      `[db] demo data loaded: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}`,
    );
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
