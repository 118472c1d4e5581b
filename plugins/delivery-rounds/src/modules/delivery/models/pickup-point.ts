import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"
import { RoundTemplate } from "./round-template"

/** Where residents collect: the hub (Casa Comune) or a shop. */
export const PickupPoint = model.define("pickup_point", {
  id: model.id({ prefix: "pkp" }).primaryKey(),
  // A place's name can be translated in the admin (Medusa's Translation Module); shops keep theirs.
  name: model.text().searchable().translatable(),
  address_1: model.text(),
  postal_code: model.text(),
  city: model.text().default("Verona"),
  lat: model.float(),
  lng: model.float(),
  // { "thu": [["17:00", "20:00"]], … } — free-form weekly opening hours.
  opening_hours: model.json().nullable(),
  is_hub: model.boolean().default(false),
  rounds: model.manyToMany(() => DeliveryRound, { mappedBy: "pickup_points" }),
  templates: model.manyToMany(() => RoundTemplate, { mappedBy: "pickup_points" }),
})
