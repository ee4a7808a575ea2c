"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { MenuIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/cn";
import { projectNavItems } from "./project-nav-items";
import type { ShellRole } from "./types";

type ProjectNavProps = { projectSlug: string; role?: ShellRole };

/**
 * Primary navigation for the current project: inline links from 90rem
 * (1440 px) up — eleven sections need that width beside the project switcher
 * and the user's controls — folded into a menu on narrower windows so the
 * top bar never wraps or overflows. Only one
 * of the two is displayed at a time, so only one landmark is exposed.
 */
export function ProjectNav({ projectSlug, role }: ProjectNavProps) {
  const pathname = usePathname() ?? "";
  const items = projectNavItems(projectSlug, role);
  const active = items.find((item) => item.isActive(pathname));

  return (
    <>
      <nav aria-label="Project" className="hidden self-stretch min-[90rem]:flex">
        <ul className="flex items-stretch gap-1">
          {items.map((item) => {
            const isActive = item === active;
            return (
              <li key={item.href} className="flex">
                <Link
                  href={item.href}
                  aria-current={isActive ? "page" : undefined}
                  className={cn(
                    "relative inline-flex items-center whitespace-nowrap rounded-md px-2.5 text-sm font-medium text-muted-foreground transition-colors",
                    "hover:text-foreground focus-visible:-outline-offset-2",
                    // The bar, not only the colour, marks the current section.
                    "after:absolute after:inset-x-2.5 after:bottom-0 after:h-0.5 after:rounded-full",
                    isActive && "text-foreground after:bg-primary",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <nav aria-label="Project" className="min-[90rem]:hidden">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="sm">
              <MenuIcon aria-hidden="true" />
              {active?.label ?? "Sections"}
              <span className="sr-only">, open project sections</span>
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" className="min-w-40">
            {items.map((item) => {
              const isActive = item === active;
              return (
                <DropdownMenuItem key={item.href} asChild>
                  <Link
                    href={item.href}
                    aria-current={isActive ? "page" : undefined}
                    className={cn(isActive && "font-semibold")}
                  >
                    {item.label}
                  </Link>
                </DropdownMenuItem>
              );
            })}
          </DropdownMenuContent>
        </DropdownMenu>
      </nav>
    </>
  );
}
