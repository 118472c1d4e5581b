import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130113750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "price_breakdown" ("id" text not null, "product_id" text not null, "price" integer not null, "lines" jsonb not null, "rates" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_breakdown_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_breakdown_deleted_at" ON "price_breakdown" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_breakdown_product_id" ON "price_breakdown" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_brand" ("id" text not null, "certified" boolean not null default false, "criteria" jsonb not null, "price_breakdown" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_brand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_brand_deleted_at" ON "product_brand" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "price_breakdown" cascade;`);

    this.addSql(`drop table if exists "product_brand" cascade;`);
  }

}
