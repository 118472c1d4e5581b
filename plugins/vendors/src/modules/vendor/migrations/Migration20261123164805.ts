import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123164805 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_email_unique";`);
    this.addSql(`alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_token_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`);
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_order_id_kind_unique";`);
    this.addSql(`create table if not exists "commission_line" ("id" text not null, "vendor_id" text not null, "order_id" text not null, "parent_order_id" text not null, "kind" text check ("kind" in ('sale', 'reversal')) not null default 'sale', "currency_code" text not null, "gross" integer not null, "rate_bps" integer not null, "commission" integer not null, "net" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_vendor_id_created_at" ON "commission_line" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_order_id_kind_unique" ON "commission_line" ("order_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_policy" ("id" text not null, "default_rate_bps" integer not null default 1000, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_policy_deleted_at" ON "commission_policy" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor" ("id" text not null, "handle" text not null, "name" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "craft" text not null, "story" text null, "email" text not null, "phone" text null, "address_1" text not null, "postal_code" text not null, "city" text not null default 'Verona', "lat" real null, "lng" real null, "logo_url" text null, "closure_from" timestamptz null, "closure_to" timestamptz null, "closure_note" text null, "commission_rate_bps" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_invite_token_unique" ON "vendor_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_vendor_id" ON "vendor_invite" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_deleted_at" ON "vendor_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_member" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_email_unique" ON "vendor_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor_invite" add constraint "vendor_invite_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`);

    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "commission_policy" cascade;`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "vendor_invite" cascade;`);

    this.addSql(`drop table if exists "vendor_member" cascade;`);
  }

}
