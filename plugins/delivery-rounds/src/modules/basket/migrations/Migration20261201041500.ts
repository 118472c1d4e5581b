import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A basket's cadence counts from the first round still taking orders when it was made (see the model).
export class Migration20261201041500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "basket" add column if not exists "cadence_from" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "basket" drop column if exists "cadence_from";`)
  }
}
