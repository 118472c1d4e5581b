// Rounds and templates hold their zones, pickup points and volunteers as relations (pivot tables);
// the API reads and writes them as id lists (`zone_ids`, …), as it always has.

type Ref = { id: string }
export type Refs = { zones?: Ref[] | null; pickup_points?: Ref[] | null; volunteers?: Ref[] | null }
export type RefIds = { zone_ids?: string[]; pickup_point_ids?: string[]; volunteer_ids?: string[] | null }

export const ROUND_REFS = ["zones", "pickup_points", "volunteers"]
export const TEMPLATE_REFS = ["zones", "pickup_points"]
/** The same, as fields of a `query.graph` read. */
export const ROUND_REF_FIELDS = ROUND_REFS.map((r) => `${r}.id`)
export const TEMPLATE_REF_FIELDS = TEMPLATE_REFS.map((r) => `${r}.id`)

const ids = (refs: Ref[] | null | undefined) => (refs ?? []).map((r) => r.id)

/** A round read with its relations, answered with their ids in place of the rows. */
export function roundRefIds<T extends Refs>({ zones, pickup_points, volunteers, ...row }: T) {
  return { ...row, zone_ids: ids(zones), pickup_point_ids: ids(pickup_points), volunteer_ids: ids(volunteers) }
}

/** A template read with its relations, answered with their ids in place of the rows. */
export function templateRefIds<T extends Refs>({ zones, pickup_points, ...row }: T) {
  return { ...row, zone_ids: ids(zones), pickup_point_ids: ids(pickup_points) }
}

/** A write's id lists as the relations the service sets (a list left out is left as it is; an empty list empties it). */
export function refsToRelations<T extends RefIds>({ zone_ids, pickup_point_ids, volunteer_ids, ...rest }: T) {
  return {
    ...rest,
    ...(zone_ids !== undefined && { zones: zone_ids }),
    ...(pickup_point_ids !== undefined && { pickup_points: pickup_point_ids }),
    ...(volunteer_ids !== undefined && { volunteers: volunteer_ids ?? [] }),
  }
}

type RoundDates = { starts_at?: Date | string; ends_at?: Date | string; cutoff_at?: Date | string; dropoff_deadline?: Date | string | null }
const asDate = (d: Date | string) => new Date(d)

/** A round write as the service takes it: relations by id, instants as dates (a workflow's input may carry them as ISO text). */
export function toRoundWrite<T extends RefIds & RoundDates>(input: T) {
  const { starts_at, ends_at, cutoff_at, dropoff_deadline, ...rest } = refsToRelations(input)
  return {
    ...rest,
    ...(starts_at !== undefined && { starts_at: asDate(starts_at) }),
    ...(ends_at !== undefined && { ends_at: asDate(ends_at) }),
    ...(cutoff_at !== undefined && { cutoff_at: asDate(cutoff_at) }),
    ...(dropoff_deadline !== undefined && { dropoff_deadline: dropoff_deadline === null ? null : asDate(dropoff_deadline) }),
  }
}
