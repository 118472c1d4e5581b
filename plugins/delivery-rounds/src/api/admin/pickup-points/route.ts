import { pickupPointRoutes } from "./routes"

export const { GET, POST } = pickupPointRoutes.collection
