import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123194005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "voucher" drop constraint if exists "voucher_code_unique";`);
    this.addSql(`alter table if exists "product_claim" drop constraint if exists "product_claim_product_id_unique";`);
    this.addSql(`alter table if exists "charter_version" drop constraint if exists "charter_version_version_unique";`);
    this.addSql(`alter table if exists "certification" drop constraint if exists "certification_vendor_id_charter_version_id_unique";`);
    this.addSql(`create table if not exists "certification" ("id" text not null, "vendor_id" text not null, "charter_version_id" text not null, "status" text check ("status" in ('submitted', 'changes_requested', 'approved', 'rejected', 'expired')) not null default 'submitted', "adherence" jsonb not null, "review_note" text null, "submitted_at" timestamptz not null, "reviewed_at" timestamptz null, "valid_from" timestamptz null, "valid_until" timestamptz null, "reminder_sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certification_vendor_id_charter_version_id_unique" ON "certification" ("vendor_id", "charter_version_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_status_valid_until" ON "certification" ("status", "valid_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "charter_version" ("id" text not null, "version" integer not null, "criteria" jsonb not null, "notes" text null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "charter_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_charter_version_deleted_at" ON "charter_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_charter_version_version_unique" ON "charter_version" ("version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_claim" ("id" text not null, "product_id" text not null, "vendor_id" text not null, "criteria" jsonb not null, "materials" integer null, "labour" integer null, "margin" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_claim_deleted_at" ON "product_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_claim_product_id_unique" ON "product_claim" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_claim_vendor_id" ON "product_claim" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "voucher" ("id" text not null, "code" text not null, "order_id" text not null, "amount" integer not null, "status" text check ("status" in ('available', 'assigned', 'redeemed')) not null default 'available', "beneficiary" text null, "assigned_at" timestamptz null, "redeemed_at" timestamptz null, "redeemed_at_point" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_deleted_at" ON "voucher" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_code_unique" ON "voucher" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_voucher_order_id" ON "voucher" ("order_id") WHERE deleted_at IS NULL;`);

    // An order may now be reversed in several refunds; contributions and round-ups stay once per order.
    this.addSql(`DROP INDEX IF EXISTS "IDX_fund_entry_order_id_kind_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fund_entry_order_id_kind_unique" ON "fund_entry" ("order_id", "kind") WHERE order_id IS NOT NULL AND kind <> 'reversal' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification" cascade;`);

    this.addSql(`drop table if exists "charter_version" cascade;`);

    this.addSql(`drop table if exists "product_claim" cascade;`);

    this.addSql(`drop table if exists "voucher" cascade;`);

    this.addSql(`DROP INDEX IF EXISTS "IDX_fund_entry_order_id_kind_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fund_entry_order_id_kind_unique" ON "fund_entry" ("order_id", "kind") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
  }

}
