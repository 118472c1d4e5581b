// Apart from the models that use them: a round and a template import each other's neighbours.
export const ROUND_STATUSES = ["open", "closed", "planned", "in_progress", "completed", "cancelled"] as const
export const VEHICLE_PROFILES = ["foot", "bike", "cargo_bike", "van"] as const
export const COLLECTION_MODES = ["hub_dropoff", "workshop_pickup"] as const
