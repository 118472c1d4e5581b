import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130050537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "variant_price_change" ("id" text not null, "product_id" text not null, "variant_id" text not null, "variant_title" text not null, "currency_code" text not null, "previous_amount" integer not null, "amount" integer not null, "vendor_id" text not null, "member_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "variant_price_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_price_change_vendor_id" ON "variant_price_change" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_price_change_member_id" ON "variant_price_change" ("member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_price_change_deleted_at" ON "variant_price_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_price_change_product_id_created_at" ON "variant_price_change" ("product_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "variant_price_change" add constraint "variant_price_change_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);
    this.addSql(`alter table if exists "variant_price_change" add constraint "variant_price_change_member_id_foreign" foreign key ("member_id") references "vendor_member" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "variant_price_change" cascade;`);
  }

}
