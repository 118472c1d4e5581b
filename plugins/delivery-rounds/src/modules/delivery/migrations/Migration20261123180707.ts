import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123180707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "delivery_round" ("id" text not null, "name" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "cutoff_at" timestamptz not null, "dropoff_deadline" timestamptz null, "status" text check ("status" in ('open', 'closed', 'planned', 'in_progress', 'completed', 'cancelled')) not null default 'open', "max_drops" integer not null, "drops_taken" integer not null default 0, "max_weight_g" integer null, "vehicle_profile" text check ("vehicle_profile" in ('foot', 'bike', 'cargo_bike', 'van')) not null default 'cargo_bike', "collection_mode" text check ("collection_mode" in ('hub_dropoff', 'workshop_pickup')) not null default 'hub_dropoff', "delivery_fee" integer not null default 0, "zone_ids" jsonb not null, "pickup_point_ids" jsonb not null, "template_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_round_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_round_deleted_at" ON "delivery_round" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_zone" ("id" text not null, "name" text not null, "postal_codes" text[] not null, "polygon" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_deleted_at" ON "delivery_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_point" ("id" text not null, "name" text not null, "address_1" text not null, "postal_code" text not null, "city" text not null default 'Verona', "lat" real not null, "lng" real not null, "opening_hours" jsonb null, "is_hub" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_point_deleted_at" ON "pickup_point" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "round_template" ("id" text not null, "name" text not null, "weekday" integer not null, "start_time" text not null, "end_time" text not null, "cutoff_weekday" integer not null, "cutoff_time" text not null, "dropoff_hours_before" integer null, "max_drops" integer not null, "max_weight_g" integer null, "vehicle_profile" text check ("vehicle_profile" in ('foot', 'bike', 'cargo_bike', 'van')) not null default 'cargo_bike', "collection_mode" text check ("collection_mode" in ('hub_dropoff', 'workshop_pickup')) not null default 'hub_dropoff', "delivery_fee" integer not null default 0, "zone_ids" jsonb not null, "pickup_point_ids" jsonb not null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "round_template_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_round_template_deleted_at" ON "round_template" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_round" cascade;`);

    this.addSql(`drop table if exists "delivery_zone" cascade;`);

    this.addSql(`drop table if exists "pickup_point" cascade;`);

    this.addSql(`drop table if exists "round_template" cascade;`);
  }

}
