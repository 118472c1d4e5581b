import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The weekly basket (spesa fissa): baskets, their lines, the rounds skipped and what each round's cutoff placed.
export class Migration20261201003000 extends Migration {
  override async up(): Promise<void> {
    const stamps = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
    this.addSql(
      `create table if not exists "basket" ("id" text not null, "customer_id" text not null, "email" text not null, "region_id" text not null, "sales_channel_id" text null, ` +
        `"cadence" text check ("cadence" in ('every_round', 'every_other_round', 'monthly')) not null default 'every_round', ` +
        `"delivery" text check ("delivery" in ('home', 'pickup')) not null, "address" jsonb null, "pickup_point_id" text null, ` +
        `"payment" text check ("payment" in ('pay_on_delivery')) not null default 'pay_on_delivery', ` +
        `"status" text check ("status" in ('active', 'paused')) not null default 'active', "locale" text not null default 'it', ${stamps}, constraint "basket_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_customer_id" ON "basket" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_deleted_at" ON "basket" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "basket_line" ("id" text not null, "basket_id" text not null, "variant_id" text not null, "quantity" integer not null, ${stamps}, constraint "basket_line_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_line_basket_id" ON "basket_line" ("basket_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_line_deleted_at" ON "basket_line" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "basket_skip" ("id" text not null, "basket_id" text not null, "round_id" text not null, ${stamps}, constraint "basket_skip_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_skip_basket_id" ON "basket_skip" ("basket_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_skip_deleted_at" ON "basket_skip" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_basket_skip_basket_round_unique" ON "basket_skip" ("basket_id", "round_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "basket_placement" ("id" text not null, "basket_id" text not null, "round_id" text not null, ` +
        `"status" text check ("status" in ('placing', 'placed', 'nothing_placed', 'failed')) not null default 'placing', ` +
        `"order_id" text null, "placed" jsonb null, "left_out" jsonb null, "reason" text null, ${stamps}, constraint "basket_placement_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_placement_basket_id" ON "basket_placement" ("basket_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_basket_placement_deleted_at" ON "basket_placement" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_basket_placement_basket_round_unique" ON "basket_placement" ("basket_id", "round_id") WHERE deleted_at IS NULL;`)

    for (const table of ["basket_line", "basket_skip", "basket_placement"]) {
      this.addSql(`alter table if exists "${table}" add constraint "${table}_basket_id_foreign" foreign key ("basket_id") references "basket" ("id") on update cascade on delete cascade;`)
    }
  }

  override async down(): Promise<void> {
    for (const table of ["basket_placement", "basket_skip", "basket_line", "basket"]) this.addSql(`drop table if exists "${table}" cascade;`)
  }
}
