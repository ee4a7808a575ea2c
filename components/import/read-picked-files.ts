import type { ImportFileInput } from "@/lib/server/article-import/article-import-types";

/**
 * The picked files as the import API takes them. Files over the per-file
 * limit are not read (the server reports them as too large from their size),
 * so a huge file never freezes the tab.
 */
export async function readPickedFiles(files: FileList | File[], maxFileBytes: number): Promise<ImportFileInput[]> {
  return Promise.all(
    Array.from(files).map(async (file) => (file.size > maxFileBytes ? { name: file.name, size: file.size } : { name: file.name, content: await file.text() })),
  );
}
