import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The product read model carries the product's maker ({ id, handle, name }); filled for the
// products already there by the migration script fill-product-makers.
export class Migration20261201013000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_brand" add column if not exists "maker" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_brand" drop column if exists "maker";`);
  }

}
