import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A basket paid with a saved card (see the models): the card's PaymentMethod and what the page shows
// of it; a placement waiting for the resident to confirm the payment keeps its cart.
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "basket" add column if not exists "payment_method_id" text null, add column if not exists "card" jsonb null;`)
    this.addSql(`alter table if exists "basket" drop constraint if exists "basket_payment_check";`)
    this.addSql(`alter table if exists "basket" add constraint "basket_payment_check" check ("payment" in ('pay_on_delivery', 'saved_card'));`)
    this.addSql(`alter table if exists "basket_placement" add column if not exists "cart_id" text null;`)
    this.addSql(`alter table if exists "basket_placement" drop constraint if exists "basket_placement_status_check";`)
    this.addSql(`alter table if exists "basket_placement" add constraint "basket_placement_status_check" check ("status" in ('placing', 'awaiting_confirmation', 'placed', 'nothing_placed', 'failed'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "basket_placement" drop constraint if exists "basket_placement_status_check";`)
    this.addSql(`alter table if exists "basket_placement" add constraint "basket_placement_status_check" check ("status" in ('placing', 'placed', 'nothing_placed', 'failed'));`)
    this.addSql(`alter table if exists "basket_placement" drop column if exists "cart_id";`)
    this.addSql(`alter table if exists "basket" drop constraint if exists "basket_payment_check";`)
    this.addSql(`alter table if exists "basket" add constraint "basket_payment_check" check ("payment" in ('pay_on_delivery'));`)
    this.addSql(`alter table if exists "basket" drop column if exists "payment_method_id", drop column if exists "card";`)
  }
}
