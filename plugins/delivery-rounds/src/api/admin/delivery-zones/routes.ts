import { createDeliveryZonesWorkflow } from "../../../workflows/delivery/workflows/create-delivery-zones"
import { updateDeliveryZoneWorkflow } from "../../../workflows/delivery/workflows/update-delivery-zone"
import { placeRoutes } from "../place-routes"
import type { AdminCreateDeliveryZone, AdminUpdateDeliveryZone } from "./validators"

export const zoneRoutes = placeRoutes<AdminCreateDeliveryZone, AdminUpdateDeliveryZone>({
  entity: "delivery_zone",
  plural: "delivery_zones",
  notFound: { code: "zone_not_found", label: "Delivery zone" },
  create: async (req, zone) => (await createDeliveryZonesWorkflow(req.scope).run({ input: { zones: [zone] } })).result[0].id,
  update: (req, input) => updateDeliveryZoneWorkflow(req.scope).run({ input }),
})
