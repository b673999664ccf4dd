// The db scripts read .env files as `npm run dev`/`npm start` do (scripts/run-app.ts), so a
// PAPERCLUB_DATA_DIR or DATABASE_URL set there names the same database. Import it first.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
