// The queues of pg-boss (lib/jobs). Every job's data is
// { backgroundJobId }: its input, progress and result live in the
// BackgroundJob row, which users see.
export const jobQueueNames = {
  articleImport: "article-import",
  export: "export",
  suggestionIndex: "suggestion-index",
  // Jobs that ran out of retries (a handler's error or a worker that died)
  // land here, so their row is marked failed even when no handler could do it.
  deadLetter: "background-job-dead",
} as const;

export type BackgroundJobKind = "article-import" | "export";
export type JobData = { backgroundJobId: string };
