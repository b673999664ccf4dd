// A CPU profiler for any Node process, loaded with NODE_OPTIONS="--import ./bench/cpu-profile.mjs"
// (Node refuses --cpu-prof in NODE_OPTIONS, and `next start` writes no --cpu-prof file when
// stopped by a signal). In each process whose command line matches CPU_PROFILE_MATCH (a regular
// expression; every process when unset), it starts the inspector's profiler at once; SIGUSR2
// writes what was recorded so far to CPU_PROFILE_DIR/<pid>-<n>.cpuprofile (open it in Chrome
// DevTools, or summarise it with bench/profile-summary.ts) and starts recording afresh.
import fs from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

const match = process.env.CPU_PROFILE_MATCH ? new RegExp(process.env.CPU_PROFILE_MATCH) : null;
if (!match || match.test(process.argv.join(" "))) {
  const dir = path.resolve(process.env.CPU_PROFILE_DIR || ".");
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  const start = () =>
    post("Profiler.enable")
      .then(() => post("Profiler.setSamplingInterval", { interval: 200 }))
      .then(() => post("Profiler.start"));
  let n = 0;
  start().catch((e) => console.error(`[cpu-profile] ${e}`));
  process.on("SIGUSR2", async () => {
    try {
      const { profile } = await post("Profiler.stop");
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${process.pid}-${++n}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      console.error(`[cpu-profile] ${file}`);
      await start();
    } catch (e) {
      console.error(`[cpu-profile] ${e}`);
    }
  });
}
