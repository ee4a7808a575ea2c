"use client";

import { useId } from "react";
import type { ImportMetadataDTO } from "@/lib/server/article-import/article-import-types";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = { value: ImportMetadataDTO; onChange: (patch: Partial<ImportMetadataDTO>) => void };

const fields: Array<{ key: keyof ImportMetadataDTO; label: string; placeholder?: string; wide?: boolean }> = [
  { key: "title", label: "Title", wide: true },
  { key: "outlet", label: "Outlet" },
  { key: "author", label: "Author" },
  { key: "url", label: "URL", placeholder: "https://…", wide: true },
  { key: "publishedAt", label: "Published", placeholder: "YYYY-MM-DD" },
  { key: "language", label: "Language", placeholder: "en" },
];

// The detected metadata, editable before saving; the server checks it again.
export function MetadataFields({ value, onChange }: Props) {
  const id = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {fields.map((field) => {
        const current = value[field.key] ?? "";
        const shown = field.key === "publishedAt" && typeof current === "string" ? current.replace(/T00:00:00(\.000)?Z$/, "") : current;
        return (
          <div key={field.key} className={field.wide ? "space-y-1 sm:col-span-2" : "space-y-1"}>
            <Label htmlFor={`${id}-${field.key}`} className="text-xs">{field.label}</Label>
            <Input
              id={`${id}-${field.key}`}
              value={shown}
              placeholder={field.placeholder}
              onChange={(e) => onChange({ [field.key]: field.key === "url" || field.key === "author" || field.key === "publishedAt" ? e.target.value || null : e.target.value })}
            />
          </div>
        );
      })}
    </div>
  );
}
