import { cpus, loadavg, platform, release, totalmem } from "node:os";

export type MachineInfo = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  // 1-minute load average when the benchmark started: on a shared machine,
  // figures taken under load are slower and noisier, and this says so.
  loadAverage: number;
};

export function machineInfo(chromiumVersion: string, loadAverage: number): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage,
  };
}

export function currentLoadAverage(): number {
  return loadavg()[0] ?? 0;
}
