import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130092059 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_round_outcome" drop constraint if exists "maker_round_outcome_round_vendor_unique";`);
    this.addSql(`alter table if exists "maker_minimum" drop constraint if exists "maker_minimum_vendor_id_unique";`);
    this.addSql(`create table if not exists "maker_minimum" ("id" text not null, "vendor_id" text not null, "amount" numeric not null, "below" text check ("below" in ('release', 'keep')) not null default 'keep', "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_minimum_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_minimum_vendor_id_unique" ON "maker_minimum" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_minimum_deleted_at" ON "maker_minimum" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_round_outcome" ("id" text not null, "round_id" text not null, "vendor_id" text not null, "total" numeric not null, "minimum" numeric not null, "outcome" text check ("outcome" in ('reached', 'kept', 'released')) not null, "order_ids" jsonb not null, "raw_total" jsonb not null, "raw_minimum" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_round_outcome_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_round_outcome_round_id" ON "maker_round_outcome" ("round_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_round_outcome_vendor_id" ON "maker_round_outcome" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_round_outcome_deleted_at" ON "maker_round_outcome" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_round_outcome_round_vendor_unique" ON "maker_round_outcome" ("round_id", "vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "maker_round_outcome" add constraint "maker_round_outcome_round_id_foreign" foreign key ("round_id") references "delivery_round" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_minimum" cascade;`);

    this.addSql(`drop table if exists "maker_round_outcome" cascade;`);
  }

}
