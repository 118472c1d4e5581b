import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

type Place<Create, Update> = {
  /** The module's entity as Query knows it, also the key of one record in a response. */
  entity: "delivery_zone" | "pickup_point"
  /** The key of the list in a response. */
  plural: "delivery_zones" | "pickup_points"
  /** The refusal's code and words when the id is unknown. */
  notFound: { code: string; label: string }
  /** Runs the create workflow for one record; the created record's id. */
  create: (req: AuthenticatedMedusaRequest<Create>, body: Create) => Promise<string>
  /** Runs the update workflow. */
  update: (req: AuthenticatedMedusaRequest<Update>, input: { id: string } & Update) => Promise<unknown>
}

/**
 * The admin routes of a place where a round stops (delivery zones, pickup points): the list
 * sorted by name and create (`/admin/<places>`), read and update (`/admin/<places>/:id`). The
 * body is already validated by the middlewares; the writes are the module's workflows.
 */
export function placeRoutes<Create, Update>(place: Place<Create, Update>) {
  const refetch = async (req: AuthenticatedMedusaRequest, id: string) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: place.entity, fields: ["*"], filters: { id } })
    if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, place.notFound.code, `${place.notFound.label} ${id} was not found`, "id")
    return data[0]
  }
  return {
    refetch,
    collection: {
      GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
        const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: place.entity, fields: ["*"], pagination: { order: { name: "ASC" } } })
        res.json({ [place.plural]: data, count: data.length })
      },
      POST: async (req: AuthenticatedMedusaRequest<Create>, res: MedusaResponse) => {
        const id = await place.create(req, req.validatedBody)
        res.status(201).json({ [place.entity]: await refetch(req, id) })
      },
    },
    record: {
      GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
        res.json({ [place.entity]: await refetch(req, req.params.id) })
      },
      POST: async (req: AuthenticatedMedusaRequest<Update>, res: MedusaResponse) => {
        await refetch(req, req.params.id)
        await place.update(req, { id: req.params.id, ...req.validatedBody })
        res.json({ [place.entity]: await refetch(req, req.params.id) })
      },
    },
  }
}
