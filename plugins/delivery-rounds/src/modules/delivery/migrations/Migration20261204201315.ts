import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204201315 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_stop_order" drop constraint if exists "delivery_stop_order_order_attempt_unique";`);
    this.addSql(`drop index if exists "IDX_delivery_stop_order_order_id_unique";`);

    this.addSql(`alter table if exists "delivery_stop_order" add column if not exists "attempt" integer not null default 1, add column if not exists "rerouted_at" timestamptz null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_order_order_attempt_unique" ON "delivery_stop_order" ("order_id", "attempt") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_delivery_stop_order_order_attempt_unique";`);
    this.addSql(`alter table if exists "delivery_stop_order" drop column if exists "attempt", drop column if exists "rerouted_at";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_order_order_id_unique" ON "delivery_stop_order" ("order_id") WHERE deleted_at IS NULL;`);
  }

}
