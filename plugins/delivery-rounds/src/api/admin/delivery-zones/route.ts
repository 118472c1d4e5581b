import { zoneRoutes } from "./routes"

export const { GET, POST } = zoneRoutes.collection
