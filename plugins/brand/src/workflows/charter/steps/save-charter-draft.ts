import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { Criterion } from "../../../modules/brand/service"

export type SaveCharterDraftStepInput = { criteria: Criterion[]; notes?: string | null }
type Undo = { created?: string; previous?: { id: string; criteria: unknown; notes: string | null } }

export const saveCharterDraftStepId = "save-charter-draft"

/** The one unpublished version is edited in place; without one, the next version number is drafted. */
export const saveCharterDraftStep = createStep(
  saveCharterDraftStepId,
  async (input: SaveCharterDraftStepInput, { container }) => {
    const keys = input.criteria.map((c) => c.key)
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i)
    if (duplicate) throw new MedusaError(MedusaError.Types.INVALID_DATA, `criteria: the key "${duplicate}" appears twice`)
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [latest] = await service.listCharterVersions({}, { order: { version: "DESC" }, take: 1 })
    if (latest && !latest.published_at) {
      const previous = { id: latest.id, criteria: latest.criteria, notes: latest.notes }
      const updated = await service.updateCharterVersions({ id: latest.id, criteria: input.criteria as any, notes: input.notes ?? null })
      return new StepResponse(updated, { previous } as Undo)
    }
    const created = await service.createCharterVersions({ version: (latest?.version ?? 0) + 1, criteria: input.criteria as any, notes: input.notes ?? null })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if (undo.created) await service.deleteCharterVersions(undo.created)
    if (undo.previous) await service.updateCharterVersions(undo.previous as any)
  }
)
