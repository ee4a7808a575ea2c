/**
 * A failure that running the job again cannot cure (the input has errors, the
 * person lost access): the job is reported failed at once, without retries.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
