import { readdirSync, readFileSync } from "node:fs";

// Figures of a process and all its descendants from /proc (Linux): the
// launcher, the embedded database it serves and the Next.js server are one
// tree, and the benchmark reports what the whole tree costs.

type ProcStat = { pid: number; ppid: number; cpuTicks: number; rssPages: number; command: string };

function readStat(pid: number): ProcStat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command is in parentheses and may itself contain spaces.
    const close = raw.lastIndexOf(")");
    const command = raw.slice(raw.indexOf("(") + 1, close);
    const fields = raw.slice(close + 2).split(" ");
    // After the command: state(0) ppid(1) … utime(11) stime(12) … rss(21)
    return { pid, ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]), command: commandLine(pid) ?? command };
  } catch {
    return null;
  }
}

// "node …/scripts/start.mjs start" reads better than "node" in a report.
function commandLine(pid: number): string | null {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return argv.map((arg) => arg.replace(/^.*\/(?=[^/]+\/[^/]+$)/, "…/")).join(" ").slice(0, 120);
  } catch {
    return null;
  }
}

export function processTree(rootPid: number): ProcStat[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
  const tree: ProcStat[] = [];
  const frontier = [rootPid];
  while (frontier.length > 0) {
    const pid = frontier.pop()!;
    const stat = all.find((s) => s.pid === pid);
    if (!stat) continue;
    tree.push(stat);
    for (const child of all) if (child.ppid === pid) frontier.push(child.pid);
  }
  return tree;
}

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) and RSS in 4 KiB pages.
const TICK_MS = 10;
const PAGE_BYTES = 4096;

export function treeCpuMs(rootPid: number): number {
  return processTree(rootPid).reduce((sum, p) => sum + p.cpuTicks * TICK_MS, 0);
}

export function treeRss(rootPid: number): Array<{ pid: number; command: string; rssMiB: number }> {
  return processTree(rootPid).map((p) => ({ pid: p.pid, command: p.command, rssMiB: (p.rssPages * PAGE_BYTES) / 2 ** 20 }));
}
