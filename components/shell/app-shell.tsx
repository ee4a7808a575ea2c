import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { InboxLink } from "@/components/inbox/inbox-link";
import { ProjectSearch } from "@/components/search/project-search";
import { ProjectNav } from "./project-nav";
import { ProjectSwitcher } from "./project-switcher";
import { SkipLink } from "./skip-link";
import type { ShellProject, ShellUser } from "./types";
import { UserMenu } from "./user-menu";
import { Wordmark } from "./wordmark";

export type { ShellProject, ShellUser } from "./types";

export type AppShellProps = {
  user: ShellUser;
  projects: ShellProject[];
  currentProjectSlug?: string;
  children: ReactNode;
};

/**
 * The signed-in frame: top bar plus the `main` landmark. A server component
 * that only renders what it is given; layouts fetch the session and project
 * list and pass plain objects in. Pages supply their own width and padding
 * (see PageContainer) because the editor wants the full width.
 */
export function AppShell({ user, projects, currentProjectSlug, children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
        <div className="flex h-14 items-center gap-2 px-4 lg:px-6">
          <Wordmark />
          {/* Drawn, not typed: a text slash would be read out and contrast-checked. */}
          <svg viewBox="0 0 12 24" className="h-6 w-3 shrink-0 text-border" aria-hidden="true" focusable="false">
            <path d="M9 3 3 21" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <ProjectSwitcher projects={projects} currentProjectSlug={currentProjectSlug} />
          {currentProjectSlug ? (
            <div className="ml-2 flex items-center self-stretch">
              <ProjectNav projectSlug={currentProjectSlug} role={projects.find((p) => p.slug === currentProjectSlug)?.role} />
            </div>
          ) : null}
          <div className="ml-auto flex shrink-0 items-center gap-1">
            {currentProjectSlug ? <ProjectSearch projectSlug={currentProjectSlug} /> : null}
            <InboxLink />
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      {/* tabIndex lets the skip link move focus here, not just scroll; the
          landmark itself is not a control, so it draws no focus ring. */}
      <main id="main-content" tabIndex={-1} className="flex flex-1 flex-col outline-none">
        {children}
      </main>
    </div>
  );
}
