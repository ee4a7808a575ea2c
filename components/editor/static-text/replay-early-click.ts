/**
 * A click on one of the workspace's server-rendered buttons before the page
 * has hydrated does nothing: React is not listening yet, and it does not
 * replay a click once hydration is waiting on a chunk (the workspace's code
 * loads after the first paint, issue 15). On an article opened at an
 * annotation (`?annotation=`) the panel's buttons are on screen for that
 * whole wait, so the last such click is kept and pressed again once the
 * workspace has hydrated: what a person pressed happens, late, once.
 *
 * Only buttons: a link or a form control already did its native thing.
 */
const WORKSPACE = "[data-annotation-workspace]";

let pending: HTMLButtonElement | null = null;
let listening = false;

function onEarlyClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest("button");
  if (!button || button.disabled || !button.closest(WORKSPACE)) return;
  pending = button;
}

/** From the small chunk's first run: start keeping the last early click. */
export function holdEarlyClicks(): void {
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener("click", onEarlyClick, true);
}

/** Once the workspace has hydrated: stop keeping clicks and press the kept one. */
export function replayEarlyClick(): void {
  if (!listening) return;
  listening = false;
  document.removeEventListener("click", onEarlyClick, true);
  const button = pending;
  pending = null;
  // Hydration keeps the server's nodes; one it had to replace is gone, and
  // so is what was pressed.
  if (button && button.isConnected && !button.disabled) button.click();
}
