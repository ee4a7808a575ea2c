// Prisma writes some changes (removing an enum value, for one) between
// `BEGIN;` and `COMMIT;` lines. Inside the transaction the runner wraps each
// migration in, that COMMIT would end our transaction early, so the rest of
// the script and the bookkeeping row would no longer be atomic. The runner
// provides the transaction, so such lines are blanked before running (kept as
// empty lines so error line numbers still match the file). Only whole lines
// are touched: PL/pgSQL's `BEGIN` has no semicolon and its `END;` is left alone.
const transactionControlLine = /^[ \t]*(?:BEGIN|COMMIT|START[ \t]+TRANSACTION)[ \t]*;[ \t]*$/gim;

export function withoutTransactionControl(script: string): string {
  return script.replace(transactionControlLine, "");
}
