// Proof that a refused request changed nothing: a row trigger on every table notes the table of
// each row written, and the sweep reads (and empties) that note after each route's probes.
// A digest of every table's row versions did the same in ~0.2 s per route (planning and scanning
// ~200 tables), three quarters of the sweep's time; the note costs nothing when nothing is written.
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

// Written on reads by Medusa itself, never by the requests under test; and payout_run, where the
// hourly payout job (rbv-run-payouts, minute 17) records a run — with nothing due, an empty one —
// whenever the clock passes :17 during a route's probes.
const VOLATILE = new Set(["workflow_execution", "mikro_orm_migrations", "link_module_migrations", "payout_run"])
const NOTE = "rbv_sweep_written"

/** Installs the triggers on every base table of the current schema (once, before the probes). */
export async function watchWrites(pg: Knex): Promise<void> {
  const { rows: tables } = await pg.raw(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name"
  )
  await pg.raw(`create unlogged table if not exists ${NOTE} (table_name text not null)`)
  await pg.raw(
    `create or replace function ${NOTE}_note() returns trigger language plpgsql as $$ begin insert into ${NOTE} values (TG_TABLE_NAME); return null; end $$`
  )
  const watched = tables.map((t: { table_name: string }) => t.table_name).filter((n: string) => !VOLATILE.has(n) && n !== NOTE)
  await pg.raw(
    watched
      .map(
        (n: string) =>
          `create trigger ${NOTE}_row after insert or update or delete on "${n}" for each row execute function ${NOTE}_note();` +
          ` create trigger ${NOTE}_truncate after truncate on "${n}" for each statement execute function ${NOTE}_note();`
      )
      .join(" ")
  )
}

/** The tables written since the last call (sorted, each once). */
export async function writtenTables(pg: Knex): Promise<string[]> {
  const { rows } = await pg.raw(`delete from ${NOTE} returning table_name`)
  return [...new Set(rows.map((r: { table_name: string }) => r.table_name))].sort()
}
