/**
 * Thrown by a handler that stopped at a safe point because its process is
 * shutting down: what it committed stays, and the job goes back to the queue
 * without counting as a failed attempt (runBackgroundJob, handJobBack).
 */
export class JobInterrupted extends Error {
  constructor() {
    super("The worker stopped; the job was handed back to the queue.");
    this.name = "JobInterrupted";
  }
}
