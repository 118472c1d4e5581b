import { createPickupPointsWorkflow } from "../../../workflows/delivery/workflows/create-pickup-points"
import { updatePickupPointWorkflow } from "../../../workflows/delivery/workflows/update-pickup-point"
import { placeRoutes } from "../place-routes"
import type { AdminCreatePickupPoint, AdminUpdatePickupPoint } from "./validators"

export const pickupPointRoutes = placeRoutes<AdminCreatePickupPoint, AdminUpdatePickupPoint>({
  entity: "pickup_point",
  plural: "pickup_points",
  notFound: { code: "pickup_point_not_found", label: "Pickup point" },
  create: async (req, point) => (await createPickupPointsWorkflow(req.scope).run({ input: { pickup_points: [point] } })).result[0].id,
  update: (req, input) => updatePickupPointWorkflow(req.scope).run({ input }),
})
