// Who is acting: null for a visitor who has not signed in. Issue 3 adds getActor() from the
// NextAuth session; domain functions already take an actor so their signatures stay put.
import type { Role } from "../db/generated/enums.ts";

export type Actor = { id: string; role: Role } | null;
