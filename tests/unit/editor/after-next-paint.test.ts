import { describe, expect, it } from "vitest";
import { createAfterNextPaint, HIDDEN_PAGE_MS } from "@/components/editor/after-next-paint";

// A hand-driven clock: frames and timers run only when the test says so.
function fakeScheduler() {
  const frames: Array<() => void> = [];
  const tasks: Array<{ run: () => void; ms: number }> = [];
  return {
    scheduler: {
      frame: (run: () => void) => void frames.push(run),
      task: (run: () => void, ms: number) => void tasks.push({ run, ms }),
    },
    drawFrame: () => frames.splice(0).forEach((run) => run()),
    // Timers of `ms`, oldest first; `limit` of them (all by default).
    runTasks: (ms: number, limit = Infinity) => {
      const due = tasks.filter((t) => t.ms === ms).slice(0, limit);
      for (const t of due) tasks.splice(tasks.indexOf(t), 1);
      due.forEach((t) => t.run());
    },
    pending: () => ({ frames: frames.length, tasks: tasks.length }),
  };
}

describe("afterNextPaint", () => {
  it("runs nothing before the frame, then everything queued before it in one task, in order", () => {
    const clock = fakeScheduler();
    const after = createAfterNextPaint(clock.scheduler);
    const ran: string[] = [];
    after(() => ran.push("store"));
    after(() => ran.push("selection"));
    after(() => ran.push("announcement"));
    // One frame request and one fallback timer for the whole batch.
    expect(clock.pending()).toEqual({ frames: 1, tasks: 1 });
    clock.runTasks(0);
    expect(ran).toEqual([]);
    clock.drawFrame();
    expect(ran).toEqual([]);
    clock.runTasks(0);
    expect(ran).toEqual(["store", "selection", "announcement"]);
    // The fallback finds nothing left to run.
    clock.runTasks(HIDDEN_PAGE_MS);
    expect(ran).toEqual(["store", "selection", "announcement"]);
  });

  it("flushes on the fallback timer when no frame comes (a hidden page), and not again on a late frame", () => {
    const clock = fakeScheduler();
    const after = createAfterNextPaint(clock.scheduler);
    let runs = 0;
    after(() => runs++);
    clock.runTasks(HIDDEN_PAGE_MS);
    expect(runs).toBe(1);
    clock.drawFrame();
    clock.runTasks(0);
    expect(runs).toBe(1);
  });

  it("starts a new batch for work queued after a flush, and a stale timer of the old batch does not flush it early", () => {
    const clock = fakeScheduler();
    const after = createAfterNextPaint(clock.scheduler);
    const ran: number[] = [];
    after(() => ran.push(1));
    clock.drawFrame();
    clock.runTasks(0);
    expect(ran).toEqual([1]);
    after(() => ran.push(2));
    // The first batch's fallback timer fires now: it must not run batch two.
    clock.runTasks(HIDDEN_PAGE_MS, 1);
    expect(ran).toEqual([1]);
    clock.drawFrame();
    clock.runTasks(0);
    expect(ran).toEqual([1, 2]);
  });
});
