import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203224833 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_stop_order" add column if not exists "collected_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery_stop_order" drop column if exists "collected_at";`);
  }

}
