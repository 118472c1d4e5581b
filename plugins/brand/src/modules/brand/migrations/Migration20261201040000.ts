import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The product read model carries each variant's breakdown (`variant_breakdowns`), so a product page
// reads them with the brand row; filled for the products already there by the migration script
// fill-variant-breakdowns (until then, they are read from price_breakdown as before).
export class Migration20261201040000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_brand" add column if not exists "variant_breakdowns" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_brand" drop column if exists "variant_breakdowns";`);
  }

}
