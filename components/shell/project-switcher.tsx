"use client";

import Link from "next/link";
import { CheckIcon, ChevronsUpDownIcon, LayoutGridIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { roleLabel } from "./role-label";
import type { ShellProject } from "./types";

type ProjectSwitcherProps = {
  projects: ShellProject[];
  currentProjectSlug?: string;
};

export function ProjectSwitcher({ projects, currentProjectSlug }: ProjectSwitcherProps) {
  const current = projects.find((project) => project.slug === currentProjectSlug);
  // A slug that is not in the list (e.g. a project page an admin can see but
  // is not a member of) still gets a visible label rather than "Projects".
  const currentName = current?.name ?? currentProjectSlug;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="max-w-64 min-w-0 justify-start px-2 text-foreground">
          {currentName ? (
            <>
              <span className="sr-only">Current project: </span>
              <span className="truncate">{currentName}</span>
            </>
          ) : (
            <span className="text-muted-foreground">Select a project</span>
          )}
          <ChevronsUpDownIcon className="text-muted-foreground" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel>Your projects</DropdownMenuLabel>
        {projects.length === 0 ? (
          <p className="px-2 py-1.5 text-sm text-muted-foreground">You are not a member of any project yet.</p>
        ) : (
          projects.map((project) => {
            const isCurrent = project.slug === currentProjectSlug;
            return (
              <DropdownMenuItem key={project.slug} asChild>
                <Link
                  href={`/projects/${encodeURIComponent(project.slug)}`}
                  aria-current={isCurrent ? "page" : undefined}
                  className="pl-8"
                >
                  {isCurrent ? (
                    <CheckIcon className="absolute left-2 text-foreground" aria-hidden="true" />
                  ) : null}
                  <span className="min-w-0 flex-1 truncate">{project.name}</span>
                  <span className="ml-auto shrink-0 text-xs text-muted-foreground">{roleLabel(project.role)}</span>
                </Link>
              </DropdownMenuItem>
            );
          })
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/projects">
            <LayoutGridIcon aria-hidden="true" />
            All projects
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
