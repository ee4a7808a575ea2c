import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";

// Pages for people who are not signed in yet: a centred card, no app shell.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="text-lg font-semibold tracking-tight">Claimdesk</span>
        <ThemeToggle />
      </header>
      <main id="main-content" className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
