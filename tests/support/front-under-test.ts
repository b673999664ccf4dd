// The real front (lib/front) with its personal layer on a test database, in front of a stand-in
// for Next.js that the test writes (what reaches the app, and what it answers). For the tests of
// the personal layer and of the RSVPs the front answers itself.
import http from "node:http";
import { authSecret } from "../../lib/auth/secret.ts";
import { findFreePort } from "../../lib/db/embedded-postgres.ts";
import { startFront } from "../../lib/front/front-server.ts";
import { startPersonalLayer, type PersonalLayer } from "../../lib/front/personal-layer.ts";

export type FrontUnderTest = { base: string; personal: PersonalLayer; stop(): Promise<void> };

/** `app` answers as Next.js would; the front's personal layer reads `databaseUrl`. */
export async function startFrontUnderTest(databaseUrl: string, app: http.RequestListener): Promise<FrontUnderTest> {
  const appPort = await findFreePort();
  const upstream = http.createServer(app);
  await new Promise<void>((r) => upstream.listen(appPort, "127.0.0.1", r));
  const port = await findFreePort();
  const personal = startPersonalLayer({ databaseUrl, secret: authSecret(), maxConnections: 4 });
  const front = await startFront({ port, host: "127.0.0.1", upstreamPort: appPort, cacheSeconds: 30, personal, log: () => {} });
  return {
    base: `http://127.0.0.1:${port}`,
    personal,
    async stop() {
      for (const server of [front, upstream]) {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
      await personal.close();
    },
  };
}
