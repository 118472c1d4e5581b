import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * A stop order's child orders and a maker outcome's orders move to module links. Links are synced
 * after the modules' migrations, so the carry cannot happen here: the JSON columns stay (the
 * outcome's made nullable, since nothing writes it any more); Migration20261201120000 drops them,
 * holding what they listed for the script `carry-held-order-lists-to-links`.
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
