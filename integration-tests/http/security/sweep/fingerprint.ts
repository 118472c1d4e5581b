// A digest of every table's row versions, to prove that a refused request changed nothing.
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

// Written on reads by Medusa itself, never by the requests under test; and payout_run, where the
// hourly payout job (rbv-run-payouts, minute 17) records a run — with nothing due, an empty one —
// whenever the clock passes :17 during a route's probes.
const VOLATILE = new Set(["workflow_execution", "mikro_orm_migrations", "link_module_migrations", "payout_run"])

export async function databaseDigest(pg: Knex): Promise<Record<string, string>> {
  const { rows: tables } = await pg.raw(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name"
  )
  const names = tables.map((t: { table_name: string }) => t.table_name).filter((n: string) => !VOLATILE.has(n))
  // Every committed write leaves a new row version (a new ctid/xmin pair) or one fewer, so the set of
  // versions changes exactly when a row was written — without hashing every row's text.
  const parts = names.map(
    (n: string) => `select '${n}' as t, count(*) || ':' || coalesce(sum(hashtext(ctid::text || xmin::text)::bigint), 0) as d from "${n}"`
  )
  const { rows } = await pg.raw(parts.join(" union all "))
  return Object.fromEntries(rows.map((r: { t: string; d: string }) => [r.t, r.d]))
}

/** The tables whose content differs between two digests. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t])
}
