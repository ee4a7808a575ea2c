"use client";

import { Tabs } from "radix-ui";
import { cn } from "@/lib/cn";
import { ArticleImportPanel } from "./article-import-panel";
import { AnnotationImportPanel } from "./annotation-import-panel";

type Props = { slug: string; maxFileBytes: number; maxLines: number };

const trigger = cn(
  "-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground",
  "hover:text-foreground data-[state=active]:border-primary data-[state=active]:text-foreground",
);

// Articles and annotations are separate imports with separate previews.
export function ImportTabs(props: Props) {
  return (
    <Tabs.Root defaultValue="articles" className="space-y-6">
      <Tabs.List aria-label="What to import" className="flex gap-2 border-b">
        <Tabs.Trigger value="articles" className={trigger}>Articles</Tabs.Trigger>
        <Tabs.Trigger value="annotations" className={trigger}>Annotations</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="articles">
        <ArticleImportPanel {...props} />
      </Tabs.Content>
      <Tabs.Content value="annotations">
        <AnnotationImportPanel {...props} />
      </Tabs.Content>
    </Tabs.Root>
  );
}
