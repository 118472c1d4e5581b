import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123181917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fund_entry" drop constraint if exists "fund_entry_order_id_kind_unique";`);
    this.addSql(`create table if not exists "fund_entry" ("id" text not null, "kind" text check ("kind" in ('contribution', 'roundup', 'reversal', 'disbursement')) not null, "amount" integer not null, "order_id" text null, "purpose" text null, "beneficiary_project" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fund_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fund_entry_deleted_at" ON "fund_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fund_entry_occurred_at" ON "fund_entry" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fund_entry_order_id_kind_unique" ON "fund_entry" ("order_id", "kind") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fund_policy" ("id" text not null, "share_bps" integer not null default 100, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fund_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fund_policy_deleted_at" ON "fund_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fund_entry" cascade;`);

    this.addSql(`drop table if exists "fund_policy" cascade;`);
  }

}
