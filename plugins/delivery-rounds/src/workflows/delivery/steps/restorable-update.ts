import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type RowUpdate = { id: string } & Record<string, unknown>

type Rows = { list: (filters: { id: string[] }, config: { take: null }) => Promise<unknown[]>; update: (updates: RowUpdate[]) => Promise<unknown> }

/**
 * A step that updates rows of this module; its compensation puts back exactly the fields it
 * changed, as they were before.
 */
export function createRestorableUpdateStep(id: string, rowsOf: (service: DeliveryModuleService) => Rows) {
  return createStep(
    id,
    async (updates: RowUpdate[], { container }) => {
      if (!updates.length) return new StepResponse([] as unknown[], [] as RowUpdate[])
      const rows = rowsOf(container.resolve(DELIVERY_MODULE))
      const before = (await rows.list({ id: updates.map((u) => u.id) }, { take: null })) as Record<string, unknown>[]
      const previous = updates.map((u) => {
        const old = before.find((b) => b.id === u.id) ?? {}
        return Object.fromEntries(Object.keys(u).map((k) => [k, old[k] ?? null])) as RowUpdate
      })
      return new StepResponse((await rows.update(updates)) as unknown[], previous)
    },
    async (previous, { container }) => {
      if (!previous?.length) return
      await rowsOf(container.resolve(DELIVERY_MODULE)).update(previous)
    }
  )
}
