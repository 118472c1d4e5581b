import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * A stop order's child orders and a maker outcome's orders move to module links. Links are synced
 * after the modules' migrations, so the carry cannot happen here: the JSON columns stay (the
 * outcome's made nullable, since nothing writes it any more) and the migration script
 * `carry-order-lists-to-links` turns them into links once `db:migrate` has synced the links. A
 * later release drops both columns, once every installation has run that script.
 */
export class Migration20261201100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_round_outcome" alter column "order_ids" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "maker_round_outcome" set "order_ids" = '[]'::jsonb where "order_ids" is null;`);
    this.addSql(`alter table if exists "maker_round_outcome" alter column "order_ids" set not null;`);
  }

}
