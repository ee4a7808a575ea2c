// The project search dialog (ProjectSearch, mounted once in the app shell)
// opens on this window event, so other surfaces (the editor's command
// palette) can open it without sharing state with the shell.
export const OPEN_PROJECT_SEARCH_EVENT = "claimdesk:open-project-search";

export function openProjectSearch(): void {
  window.dispatchEvent(new Event(OPEN_PROJECT_SEARCH_EVENT));
}
