// NextAuth's sign-out as a plain form: no JavaScript, one click. The token is the one NextAuth
// issued to this browser (proxy.ts issues one when it is missing); without it NextAuth answers
// with its own confirmation page rather than signing out. The layout reads it with the actor.
export function SignOutButton({ csrfToken, className }: { csrfToken: string | null; className?: string }) {
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className={className ?? "cursor-pointer text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline"}>
        Sign out
      </button>
    </form>
  );
}
