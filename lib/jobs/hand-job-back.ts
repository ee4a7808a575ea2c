import { appPool } from "@/lib/db/app-pool";

/**
 * Puts an active pg-boss job back in the queue, to run now in any worker,
 * without counting an attempt. Returns whether the job was still active here
 * (false: supervision already expired it, and it is retried as a failure).
 *
 * Written to pgboss.job directly because pg-boss 10.4 has no call for it:
 * `fail()` (also what `stop()` does to jobs still running at its timeout)
 * and cancel + resume all leave `started_on` set, and the next fetch adds one
 * to `retry_count` whenever `started_on` is set (plans.js, fetchNextJob);
 * `fail()` also waits out the retry backoff. Clearing `started_on` is what
 * makes the next fetch leave `retry_count` as it is. One statement, so the
 * job is never half handed back: it is either still active (and expires as
 * usual if this process dies) or ready for the next worker.
 */
export async function handJobBack(queue: string, jobId: string): Promise<boolean> {
  const result = await appPool().query(
    `UPDATE pgboss.job SET state = 'retry', started_on = NULL, start_after = now()
      WHERE name = $1 AND id = $2 AND state = 'active'`,
    [queue, jobId],
  );
  return result.rowCount === 1;
}
