// Who is acting: null for a visitor who has not signed in. Built by getActor() from the
// session cookie and the database on every request, so a role change or a sign-out counts at once.
import type { Role } from "../db/generated/enums.ts";

export type SignedInActor = {
  id: string;
  role: Role;
  name: string | null;
  email: string | null;
  /** Preferred IANA zone for showing times; absent = the device's. */
  timeZone?: string | null;
  /** The tracks they lead (ids; issue 20): permissions with `lead` allow them for those tracks' objects. */
  leads?: string[];
};
export type Actor = SignedInActor | null;
