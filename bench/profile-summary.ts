// Summarises a .cpuprofile (bench/cpu-profile.cjs): self time by where the code comes from
// (a package in node_modules, a chunk of the Next.js build, Node's internals, GC, idle) and the
// functions with the most self time.  npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

export function origin(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const chunk = /\.next[^/]*\/server\/(.*)$/.exec(url);
  if (chunk) return `build: ${chunk[1].replace(/\[turbopack\]_runtime\.js$/, "turbopack runtime")}`;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

function main() {
  const [file, topArg] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  let idle = 0;
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    if (functionName === "(idle)") {
      idle += us;
      continue;
    }
    const o = origin(url, functionName);
    byOrigin.set(o, (byOrigin.get(o) ?? 0) + us);
    const f = `${functionName || "(anonymous)"}  ${o}:${lineNumber + 1}`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + us);
  }
  const busy = total - idle;
  // Node's internals and native code charged to the nearest caller that is a package or ours.
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const byCause = new Map<string, number>();
  for (const [id, us] of self) {
    let at: number | undefined = id;
    let cause = origin(byId.get(id)!.callFrame.url, byId.get(id)!.callFrame.functionName);
    while (at !== undefined && /^(node internals|\(native\))$/.test(cause)) {
      at = parentOf.get(at);
      if (at !== undefined) cause = origin(byId.get(at)!.callFrame.url, byId.get(at)!.callFrame.functionName);
    }
    if (cause === "(idle)") continue;
    byCause.set(cause, (byCause.get(cause) ?? 0) + us);
  }
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1)}%`;
  console.log(`profile ${ms(total)}, idle ${ms(idle)}, busy ${ms(busy)}\n\nself time by origin (share of busy):`);
  for (const [o, us] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(us).padStart(6)}  ${ms(us).padStart(8)}  ${o}`);
  console.log(`\nthe same, with Node's internals and native code charged to their nearest caller:`);
  for (const [o, us] of [...byCause].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(us).padStart(6)}  ${ms(us).padStart(8)}  ${o}`);
  console.log(`\ntop functions by self time:`);
  for (const [f, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg) || 40))
    console.log(`  ${pct(us).padStart(6)}  ${ms(us).padStart(8)}  ${f}`);
  // Who calls what: self time by the chain of the nearest callers (CALLERS=depth, default 0;
  // ONLY=regex keeps the functions whose name matches).
  const depth = Number(process.env.CALLERS ?? 0);
  if (!depth) return;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byChain = new Map<string, number>();
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName === "(idle)") continue;
    if (process.env.ONLY && !byId.get(id)!.callFrame.functionName.match(process.env.ONLY)) continue;
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined && chain.length <= depth; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      chain.push(`${functionName || "(anonymous)"}@${origin(url, functionName)}:${lineNumber + 1}`);
    }
    const key = chain.join(" < ");
    byChain.set(key, (byChain.get(key) ?? 0) + us);
  }
  console.log(`\ntop call chains (self < callers):`);
  for (const [c, us] of [...byChain].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg) || 40))
    console.log(`  ${pct(us).padStart(6)}  ${ms(us).padStart(8)}  ${c}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
