export type MigrationErrorCode =
  | "MISSING_SCRIPT"
  | "FAILED_MIGRATION_RECORDED"
  | "CHECKSUM_MISMATCH"
  | "MIGRATION_FAILED";

// Every refusal of the migration runner: the message says what is wrong and
// what to do about it, because it is read by whoever is starting the app.
export class MigrationError extends Error {
  readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
    this.code = code;
  }
}
