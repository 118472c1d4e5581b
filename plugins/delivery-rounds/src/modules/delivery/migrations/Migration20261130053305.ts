import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130053305 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "volunteer" add column if not exists "active" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "volunteer" drop column if exists "active";`);
  }

}
