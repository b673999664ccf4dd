import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options.ts";

// GET, POST /api/auth/* — NextAuth: sign-in, callbacks, sign-out, CSRF token (public by design)
const handler = NextAuth(buildAuthOptions());
export { handler as GET, handler as POST };
