import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130080818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "packing_list_dispatch" drop constraint if exists "packing_list_dispatch_round_id_vendor_id_unique";`);
    this.addSql(`create table if not exists "packing_list_dispatch" ("id" text not null, "vendor_id" text not null, "notification_id" text null, "sent_at" timestamptz not null, "round_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "packing_list_dispatch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_packing_list_dispatch_round_id" ON "packing_list_dispatch" ("round_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_packing_list_dispatch_deleted_at" ON "packing_list_dispatch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_packing_list_dispatch_round_id_vendor_id_unique" ON "packing_list_dispatch" ("round_id", "vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "packing_list_dispatch" add constraint "packing_list_dispatch_round_id_foreign" foreign key ("round_id") references "delivery_round" ("id") on update cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "packing_list_dispatch" cascade;`);

  }

}
