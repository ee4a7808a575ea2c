// Versions and revisions are Postgres `integer` columns: a larger number in a
// request would make the query itself fail (a 500), so schemas stop it first.
export const INT4_MAX = 2_147_483_647;
