import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSaveQueue, defaultBackoff, type RunOutcome } from "@/components/editor/store/save-queue";

// Fake timers only: no test waits on the wall clock.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function deferred() {
  let resolve!: (outcome: RunOutcome) => void;
  const promise = new Promise<RunOutcome>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createSaveQueue", () => {
  it("debounces: a burst of schedules runs once, after the last one's delay", async () => {
    const run = vi.fn(async () => "done" as const);
    const queue = createSaveQueue({ run });
    queue.schedule("a", 400);
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule("a", 400);
    await vi.advanceTimersByTimeAsync(300);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(queue.busyKeys()).toEqual([]);
  });

  it("never runs one key twice at once: a schedule during a run reruns after it", async () => {
    const first = deferred();
    const run = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue("done");
    const queue = createSaveQueue({ run });
    queue.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(0);
    queue.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
    first.resolve("done");
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("runs different keys independently", async () => {
    const slow = deferred();
    const run = vi.fn((key: string) => (key === "a" ? slow.promise : Promise.resolve<RunOutcome>("done")));
    const queue = createSaveQueue({ run });
    queue.schedule("a", 0);
    queue.schedule("b", 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.mock.calls.map(([key]) => key)).toEqual(["a", "b"]);
    expect(queue.busyKeys()).toEqual(["a"]);
  });

  it("retries failures with exponential backoff until one succeeds", async () => {
    const outcomes: RunOutcome[] = ["retry", "retry", "retry", "done"];
    const run = vi.fn(async () => outcomes.shift()!);
    const queue = createSaveQueue({ run });
    queue.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(3999);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(4);
    expect(queue.busyKeys()).toEqual([]);
  });

  it("treats a thrown error like a retryable failure", async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue("done");
    const queue = createSaveQueue({ run });
    queue.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("runs again at once when there is more to send", async () => {
    const run = vi.fn().mockResolvedValueOnce("again").mockResolvedValue("done");
    const queue = createSaveQueue({ run });
    queue.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("flush skips the wait (debounce or backoff)", async () => {
    const run = vi.fn().mockResolvedValueOnce("retry").mockResolvedValue("done");
    const queue = createSaveQueue({ run });
    queue.schedule("a", 400);
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    queue.flush("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("stops everything when disposed", async () => {
    const run = vi.fn(async () => "done" as const);
    const queue = createSaveQueue({ run });
    queue.schedule("a", 100);
    queue.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe("defaultBackoff", () => {
  it("doubles from one second and caps at thirty", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(defaultBackoff)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
