import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203191218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor" add column if not exists "mail_locale" text check ("mail_locale" in ('it', 'en')) not null default 'it';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor" drop column if exists "mail_locale";`);
  }

}
