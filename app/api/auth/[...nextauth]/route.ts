import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { buildAuthOptions } from "@/lib/auth/options.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

// GET, POST /api/auth/* — NextAuth: sign-in, callbacks, sign-out, CSRF token (public by design).
// Options are built per request: nothing touches the database while the app is being built.
async function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, buildAuthOptions());
}
export { handler as GET, handler as POST };
