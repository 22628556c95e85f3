// node bench/longTasks.mjs TRACE.json [--min 50]
// What the long tasks of a trace written by `node bench/run.mjs --trace-scroll TRACE.json` were:
// for each task on the page's main thread over the limit, the trace events inside it (garbage
// collections, script, style, layout, paint) and the functions the CPU samples taken during it
// were in (self time), so a long task is explained by evidence rather than guessed at.
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/longTasks.mjs TRACE.json [--min 50]');
const minIndex = rest.indexOf('--min');
const minMs = minIndex >= 0 ? Number(rest[minIndex + 1]) : 50;
const { traceEvents: events } = JSON.parse(readFileSync(file, 'utf8'));

const mainThreads = new Set(
  events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
);
const onThread = (e) => `${e.pid}:${e.tid}`;
const tasks = events
  .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(onThread(e)) && e.dur / 1000 >= minMs)
  .sort((a, b) => a.ts - b.ts);

// CPU samples: ProfileChunk events carry nodes, samples and time deltas per profile id.
const profiles = new Map();
for (const e of events) {
  if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { thread: onThread(e), start: e.args.data.startTime, nodes: new Map(), parents: new Map(), samples: [] });
  if (e.name !== 'ProfileChunk') continue;
  const profile = profiles.get(`${e.pid}:${e.id}`);
  if (!profile) continue;
  const data = e.args.data;
  for (const node of data.cpuProfile?.nodes ?? []) {
    profile.nodes.set(node.id, { ...node, parent: node.parent ?? profile.parents.get(node.id) });
    // Older traces name children instead of the parent.
    for (const child of node.children ?? []) profile.parents.set(child, node.id);
  }
  let t = profile.samples.at(-1)?.ts ?? profile.start;
  (data.cpuProfile?.samples ?? []).forEach((nodeId, i) => {
    t += data.timeDeltas[i];
    profile.samples.push({ ts: t, nodeId });
  });
}
const frameName = (node) => {
  const f = node.callFrame;
  if (!f) return '(unknown)';
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

const totals = new Map();
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`);
console.log(`${tasks.length} task(s) of ${minMs} ms or more on the page's main thread`);
for (const task of tasks) {
  const end = task.ts + task.dur;
  const inside = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e === task || onThread(e) !== onThread(task) || e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const selfTime = new Map();
  const stacks = new Map();
  for (const profile of profiles.values()) {
    if (profile.thread !== onThread(task)) continue;
    profile.samples.forEach((sample, i) => {
      if (sample.ts < task.ts || sample.ts > end) return;
      const ms = ((profile.samples[i + 1]?.ts ?? sample.ts) - sample.ts) / 1000;
      const node = profile.nodes.get(sample.nodeId);
      if (!node) return;
      selfTime.set(frameName(node), (selfTime.get(frameName(node)) ?? 0) + ms);
      totals.set(frameName(node), (totals.get(frameName(node)) ?? 0) + ms);
      // The sample's stack, innermost first, for the heaviest stacks.
      const stack = [];
      for (let n = node; n && stack.length < 8; n = profile.nodes.get(n.parent ?? profile.parents.get(n.id))) stack.push(frameName(n));
      const key = stack.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + ms);
    });
  }
  console.log(`\nRunTask ${(task.dur / 1000).toFixed(1)} ms at ${(task.ts / 1000).toFixed(0)} ms`);
  console.log('  events inside (nested ones counted in their parents too):\n    ' + top(inside, 15).join('\n    '));
  console.log('  CPU samples, self time:\n    ' + top(selfTime, 15).join('\n    '));
  console.log('  heaviest stacks:\n    ' + top(stacks, 6).join('\n    '));
}
console.log(`\nAll ${tasks.length} long tasks together, CPU samples by function (self time):\n    ` + top(totals, 20).join('\n    '));
