// Work queued for after the frame being prepared, so a keystroke's new
// highlight is drawn before React renders the list and panel around it.
// Everything queued before that frame runs in one task: the React updates
// it makes (store copy, selection, announcement) land in one commit.

type Scheduler = {
  frame: (run: () => void) => void;
  task: (run: () => void, ms: number) => void;
};

// A page in the background draws no frames: run after this long anyway.
export const HIDDEN_PAGE_MS = 100;

/**
 * A queue flushed once per frame: `requestAnimationFrame` fires just before
 * the frame is drawn, a task queued from it runs after. Without frames (a
 * hidden page) the fallback timer flushes it. Whichever comes first flushes;
 * the other finds the queue empty.
 */
export function createAfterNextPaint(scheduler: Scheduler) {
  let queue: Array<() => void> = [];
  let round = 0;
  const flush = (of: number) => {
    if (of !== round) return;
    round++;
    const run = queue;
    queue = [];
    for (const fn of run) fn();
  };
  return (fn: () => void) => {
    queue.push(fn);
    if (queue.length > 1) return;
    const of = round;
    scheduler.frame(() => scheduler.task(() => flush(of), 0));
    scheduler.task(() => flush(of), HIDDEN_PAGE_MS);
  };
}

export const afterNextPaint = createAfterNextPaint({
  frame: (run) => requestAnimationFrame(() => run()),
  task: (run, ms) => setTimeout(run, ms),
});
