import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Drops as claims keyed by round and cart (models/drop-claim.ts). Drops taken before stay counted in `drops_taken`. */
export class Migration20261130150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "delivery_drop_claim" ("id" text not null, "round_id" text not null, "cart_id" text not null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_drop_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_drop_claim_round_cart_unique" ON "delivery_drop_claim" ("round_id", "cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_drop_claim_open" ON "delivery_drop_claim" ("created_at") WHERE order_id IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_drop_claim_deleted_at" ON "delivery_drop_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_drop_claim" cascade;`);
  }

}
