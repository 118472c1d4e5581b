import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"
import { RoundTemplate } from "./round-template"

/** A named area of the district: a list of CAPs and, optionally, a GeoJSON polygon. */
export const DeliveryZone = model.define("delivery_zone", {
  id: model.id({ prefix: "dzone" }).primaryKey(),
  name: model.text().searchable(),
  postal_codes: model.array(),
  // GeoJSON Polygon geometry ({ type: "Polygon", coordinates: [[[lng, lat], …]] }).
  polygon: model.json().nullable(),
  rounds: model.manyToMany(() => DeliveryRound, { mappedBy: "zones" }),
  templates: model.manyToMany(() => RoundTemplate, { mappedBy: "zones" }),
})
