import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// [table, its old JSON column of order ids]
const LISTS = [
  ["delivery_stop_order", "child_order_ids"],
  ["maker_round_outcome", "order_ids"],
] as const

// The plain table that holds the lists between this migration and the migration script (which
// names it too: a migration file exports its class only).
const HELD_ORDER_LISTS = "delivery_held_order_list"

/**
 * Drops the old JSON id lists (a stop order's child orders, a maker outcome's orders; module links
 * since Migration20261201100000) without losing what a shop has not carried yet. `db:migrate` runs
 * this before it syncs the links, so on a shop that skips the previous release there is no link
 * table to write to: every id still in a list is kept, one row per (row, order), in
 * `delivery_held_order_list`, which the migration script `carry-held-order-lists-to-links` (run by the
 * same `db:migrate`, after the link sync) turns into links before dropping it. On a shop that
 * already ran the script the rows it holds are links already, and creating a link twice leaves one.
 */
export class Migration20261201120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "${HELD_ORDER_LISTS}" ("table_name" text not null, "row_id" text not null, "order_id" text not null, constraint "${HELD_ORDER_LISTS}_pkey" primary key ("table_name", "row_id", "order_id"));`);
    for (const [table, column] of LISTS) {
      this.addSql(`do $$ begin
        if exists (select 1 from information_schema.columns where table_schema = current_schema() and table_name = '${table}' and column_name = '${column}') then
          insert into "${HELD_ORDER_LISTS}" ("table_name", "row_id", "order_id")
            select '${table}', t."id", e."value" from "${table}" t
              cross join lateral jsonb_array_elements_text(case when jsonb_typeof(t."${column}") = 'array' then t."${column}" else '[]'::jsonb end) e("value")
             where t."deleted_at" is null
            on conflict do nothing;
          alter table "${table}" drop column "${column}";
        end if;
      end $$;`);
    }
  }

  override async down(): Promise<void> {
    // The columns come back empty but for what the script has not carried yet; the links stay the record.
    this.addSql(`alter table if exists "delivery_stop_order" add column if not exists "child_order_ids" jsonb null;`);
    this.addSql(`alter table if exists "maker_round_outcome" add column if not exists "order_ids" jsonb null;`);
    for (const [table, column] of LISTS) {
      this.addSql(`do $$ begin
        if exists (select 1 from information_schema.tables where table_schema = current_schema() and table_name = '${HELD_ORDER_LISTS}') then
          update "${table}" t set "${column}" = h."ids"
            from (select "row_id", jsonb_agg("order_id" order by "order_id") as "ids" from "${HELD_ORDER_LISTS}" where "table_name" = '${table}' group by "row_id") h
           where t."id" = h."row_id";
        end if;
      end $$;`);
    }
  }

}
