import Link from "next/link";
import { ChevronRightIcon } from "lucide-react";
import { cn } from "@/lib/cn";

export type BreadcrumbItem = { label: string; href?: string };

type BreadcrumbsProps = { items: BreadcrumbItem[]; className?: string };

/** The last item is the current page: rendered as text with aria-current. */
export function Breadcrumbs({ items, className }: BreadcrumbsProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className={className}>
      <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex min-w-0 items-center gap-1">
              {item.href && !isLast ? (
                <Link href={item.href} className="truncate rounded-sm hover:text-foreground hover:underline">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={isLast ? "page" : undefined} className={cn("truncate", isLast && "text-foreground")}>
                  {item.label}
                </span>
              )}
              {isLast ? null : <ChevronRightIcon className="size-3.5 shrink-0" aria-hidden="true" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
