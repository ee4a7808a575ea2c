import { AppError } from "@/lib/errors/app-error";
import { exportQuerySchema, type ExportRequest } from "@/lib/validations/export";

/** Export options from a flat record of strings; a clear 400 naming the first problem. */
export function parseExportQuery(query: Record<string, string | undefined>): ExportRequest {
  const parsed = exportQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("BAD_REQUEST", `${where}${issue?.message ?? "Invalid export options."}`, parsed.error.issues);
  }
  return parsed.data;
}
