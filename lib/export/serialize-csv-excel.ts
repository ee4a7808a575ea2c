import { serializeCsv } from "./serialize-csv";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * The CSV (`serializeCsv`: RFC 4180, CRLF row ends, formula-safe cells) for
 * spreadsheets: after a UTF-8 byte-order mark, which Excel needs to read the
 * file as UTF-8 when it is opened by double-click (without it, accented names
 * and curly quotes show as "CafÃ©"). A separate format rather than the
 * default because most CSV readers (Python's csv, pandas without
 * encoding="utf-8-sig") keep the mark inside the first header name.
 */
export async function* serializeCsvExcel(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  yield "\ufeff";
  yield* serializeCsv(dataset, options);
}
