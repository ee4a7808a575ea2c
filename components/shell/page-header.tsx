import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { Breadcrumbs } from "./breadcrumbs";
import type { BreadcrumbItem } from "./breadcrumbs";

type PageHeaderProps = {
  /** Rendered as the page's single h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or menus aligned to the right of the title (wraps below on narrow screens). */
  actions?: ReactNode;
  breadcrumbs?: BreadcrumbItem[];
  className?: string;
};

export function PageHeader({ title, description, actions, breadcrumbs, className }: PageHeaderProps) {
  return (
    <div data-slot="page-header" className={cn("flex flex-col gap-3 pb-6", className)}>
      {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} /> : null}
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
          {description ? <p className="max-w-prose text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
