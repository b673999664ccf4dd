// `npm run db:migrate`: apply committed migrations, then prisma/sql, to DATABASE_URL (or the embedded database).
import "./load-env.ts";
import { ensureDatabase } from "../lib/db/ensure-database.ts";

ensureDatabase({ reuseRunning: true })
  .then((db) => db.stop())
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
