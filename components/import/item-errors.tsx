import { AlertTriangle } from "lucide-react";
import type { ImportItemError } from "@/lib/server/article-import/article-import-types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

// The per-item errors of a preview or a refused import, in file order.
export function ItemErrors({ errors, title }: { errors: ImportItemError[]; title: string }) {
  if (errors.length === 0) return null;
  return (
    <Alert variant="destructive" role="status" data-testid="import-errors">
      <AlertTriangle aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <ul className="list-disc space-y-1 pl-4">
          {errors.map((error) => (
            <li key={`${error.key}-${error.message}`}>
              <span className="font-medium">{error.fileName}</span>
              {error.line !== null ? `, line ${error.line}` : ""}: {error.message}
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
