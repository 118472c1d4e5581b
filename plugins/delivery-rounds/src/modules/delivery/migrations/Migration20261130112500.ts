import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * A stop now holds many orders (one address, one stop): every existing stop's order moves to
 * its own `delivery_stop_order` row, with its makers' child orders and the cash collected, so
 * nothing is lost. Stops of the same address are merged afterwards by the migration script
 * `merge-stops-by-address` (it needs the orders' addresses, which live in the order module).
 */
export class Migration20261130112500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_stop_order" drop constraint if exists "delivery_stop_order_order_id_unique";`);
    this.addSql(`create table if not exists "delivery_stop_order" ("id" text not null, "order_id" text not null, "stop_id" text not null, "child_order_ids" jsonb null, "amount_collected" integer null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_stop_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_order_order_id_unique" ON "delivery_stop_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_stop_order_stop_id" ON "delivery_stop_order" ("stop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_stop_order_deleted_at" ON "delivery_stop_order" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery_stop_order" add constraint "delivery_stop_order_stop_id_foreign" foreign key ("stop_id") references "delivery_stop" ("id") on update cascade;`);

    // Carry every stop's order over before its columns go.
    this.addSql(`insert into "delivery_stop_order" ("id", "order_id", "stop_id", "child_order_ids", "amount_collected", "cancelled_at", "created_at", "updated_at", "deleted_at")
      select 'dsord_' || upper(replace(gen_random_uuid()::text, '-', '')), "order_id", "id", "child_order_ids", "amount_collected",
             case when "status" = 'cancelled' then "updated_at" else null end, "created_at", "updated_at", "deleted_at"
        from "delivery_stop" where "order_id" is not null;`);

    this.addSql(`drop index if exists "IDX_delivery_stop_order_id_unique";`);
    this.addSql(`alter table if exists "delivery_stop" drop column if exists "order_id", drop column if exists "child_order_ids";`);

    this.addSql(`alter table if exists "delivery_stop" add column if not exists "address_key" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_round_address_scheduled" ON "delivery_stop" ("round_id", "address_key") WHERE status = 'scheduled' AND address_key IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_delivery_stop_round_address_scheduled";`);
    this.addSql(`alter table if exists "delivery_stop" drop column if exists "address_key";`);

    // Back to one order per stop: a stop keeps its first order (later orders of a merged stop have no place to go).
    this.addSql(`alter table if exists "delivery_stop" add column if not exists "order_id" text null, add column if not exists "child_order_ids" jsonb null;`);
    this.addSql(`update "delivery_stop" s set "order_id" = o."order_id", "child_order_ids" = o."child_order_ids"
      from (select distinct on ("stop_id") "stop_id", "order_id", "child_order_ids" from "delivery_stop_order" order by "stop_id", "created_at") o
      where o."stop_id" = s."id";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_order_id_unique" ON "delivery_stop" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop table if exists "delivery_stop_order" cascade;`);
  }

}
