import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123194314 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "volunteer" drop constraint if exists "volunteer_email_unique";`);
    this.addSql(`alter table if exists "delivery_stop" drop constraint if exists "delivery_stop_order_id_unique";`);
    this.addSql(`create table if not exists "delivery_stop" ("id" text not null, "round_id" text not null, "order_id" text not null, "child_order_ids" jsonb null, "kind" text check ("kind" in ('home', 'pickup')) not null, "pickup_point_id" text null, "status" text check ("status" in ('scheduled', 'delivered', 'failed', 'cancelled')) not null default 'scheduled', "lat" real null, "lng" real null, "geocode_error" text null, "position" integer null, "eta" timestamptz null, "locked" boolean not null default false, "note" text null, "amount_collected" integer null, "completed_at" timestamptz null, "completed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_stop_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_stop_round_id" ON "delivery_stop" ("round_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_stop_order_id_unique" ON "delivery_stop" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_stop_deleted_at" ON "delivery_stop" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "volunteer" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "role" text check ("role" in ('rider', 'planner')) not null default 'rider', "invite_token_hash" text null, "invite_expires_at" timestamptz null, "has_login" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "volunteer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_volunteer_email_unique" ON "volunteer" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_volunteer_deleted_at" ON "volunteer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery_round" add column if not exists "volunteer_ids" jsonb null, add column if not exists "plan" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_stop" cascade;`);

    this.addSql(`drop table if exists "volunteer" cascade;`);

    this.addSql(`alter table if exists "delivery_round" drop column if exists "volunteer_ids", drop column if exists "plan";`);
  }

}
