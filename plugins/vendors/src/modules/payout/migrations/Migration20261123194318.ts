import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123194318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_stripe_event" drop constraint if exists "payout_stripe_event_stripe_event_id_unique";`);
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_kind_source_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_vendor_id_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_idempotency_key_unique";`);
    this.addSql(`create table if not exists "payout" ("id" text not null, "vendor_id" text not null, "run_id" text null, "currency_code" text not null, "amount" integer not null, "method" text check ("method" in ('stripe', 'bank_transfer', 'none')) not null, "status" text check ("status" in ('processing', 'paid', 'awaiting_bank_transfer', 'exported', 'offset', 'failed')) not null, "transfer_group" text null, "idempotency_key" text not null, "stripe_account_id" text null, "stripe_transfer_id" text null, "iban" text null, "bank_batch_id" text null, "failure_reason" text null, "paid_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_idempotency_key_unique" ON "payout" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_vendor_id_created_at" ON "payout" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status" ON "payout" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account" ("id" text not null, "vendor_id" text not null, "stripe_account_id" text null, "stripe_status" text check ("stripe_status" in ('none', 'pending', 'enabled', 'restricted')) not null default 'none', "requirements_due" jsonb null, "disabled_reason" text null, "stripe_state_at" integer null, "iban" text null, "account_holder" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_vendor_id_unique" ON "payout_account" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_bank_batch" ("id" text not null, "currency_code" text not null, "payouts_count" integer not null, "total_amount" integer not null, "csv" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_bank_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_bank_batch_deleted_at" ON "payout_bank_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_item" ("id" text not null, "vendor_id" text not null, "kind" text check ("kind" in ('sale', 'refund', 'carry')) not null, "source_id" text not null, "order_id" text null, "parent_order_id" text null, "currency_code" text not null, "gross" integer not null, "commission" integer not null, "fund_share" integer not null default 0, "delivery_share" integer not null default 0, "net" integer not null, "eligible_at" timestamptz not null, "payout_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_payout_id" ON "payout_item" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_deleted_at" ON "payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_item_kind_source_id_unique" ON "payout_item" ("kind", "source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_vendor_id_eligible_at" ON "payout_item" ("vendor_id", "eligible_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'admin', 'test')) not null, "finished_at" timestamptz null, "payouts_count" integer not null default 0, "total_amount" integer not null default 0, "reconciled_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_run_deleted_at" ON "payout_run" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_stripe_event" ("id" text not null, "stripe_event_id" text not null, "type" text not null, "event_created" integer not null, "outcome" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_stripe_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_stripe_event_stripe_event_id_unique" ON "payout_stripe_event" ("stripe_event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_stripe_event_deleted_at" ON "payout_stripe_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_item" add constraint "payout_item_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_payout_id_foreign";`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_bank_batch" cascade;`);

    this.addSql(`drop table if exists "payout_item" cascade;`);

    this.addSql(`drop table if exists "payout_run" cascade;`);

    this.addSql(`drop table if exists "payout_stripe_event" cascade;`);
  }

}
