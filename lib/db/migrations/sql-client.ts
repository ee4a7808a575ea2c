// The smallest database surface the migration runner needs, so it works with a
// `pg.Client`, a `pg.Pool` and an in-process PGlite alike.
export type SqlClient = {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  // PGlite runs a multi-statement script only through exec(); pg runs one
  // through query() without parameters (the simple-query protocol).
  exec?(text: string): Promise<unknown>;
};

// A pool hands every query to whichever connection is free, but the advisory
// lock and each migration's transaction must stay on one connection.
export type SqlPool = {
  connect(): Promise<SqlClient & { release(error?: Error | boolean): void }>;
  totalCount: number;
};
