import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130080239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "batch_usage" drop constraint if exists "batch_usage_limit_round_unique";`);
    this.addSql(`create table if not exists "batch_limit" ("id" text not null, "vendor_id" text not null, "name" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_limit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_limit_vendor_id" ON "batch_limit" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_limit_deleted_at" ON "batch_limit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "batch_usage" ("id" text not null, "batch_limit_id" text not null, "round_id" text not null, "taken" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_usage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_usage_batch_limit_id" ON "batch_usage" ("batch_limit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_usage_round_id" ON "batch_usage" ("round_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_usage_deleted_at" ON "batch_usage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_batch_usage_limit_round_unique" ON "batch_usage" ("batch_limit_id", "round_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "batch_claim" ("id" text not null, "usage_id" text not null, "cart_id" text not null, "order_id" text null, "quantity" integer not null, "released_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_claim_usage_id" ON "batch_claim" ("usage_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_claim_cart_id" ON "batch_claim" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_claim_order_id" ON "batch_claim" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_claim_deleted_at" ON "batch_claim" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "batch_usage" add constraint "batch_usage_batch_limit_id_foreign" foreign key ("batch_limit_id") references "batch_limit" ("id") on update cascade;`);
    this.addSql(`alter table if exists "batch_usage" add constraint "batch_usage_round_id_foreign" foreign key ("round_id") references "delivery_round" ("id") on update cascade;`);

    this.addSql(`alter table if exists "batch_claim" add constraint "batch_claim_usage_id_foreign" foreign key ("usage_id") references "batch_usage" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "batch_usage" drop constraint if exists "batch_usage_batch_limit_id_foreign";`);

    this.addSql(`alter table if exists "batch_claim" drop constraint if exists "batch_claim_usage_id_foreign";`);

    this.addSql(`drop table if exists "batch_limit" cascade;`);

    this.addSql(`drop table if exists "batch_usage" cascade;`);

    this.addSql(`drop table if exists "batch_claim" cascade;`);
  }

}
