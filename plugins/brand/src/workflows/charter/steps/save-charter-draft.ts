import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { CharterWithCriteria, Criterion } from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export type SaveCharterDraftStepInput = { criteria: Criterion[]; notes?: string | null }
type Undo =
  | { created: string }
  | { draft: { id: string; notes: string | null }; added: string[]; changed: { id: string; title: string; description: string | null; position: number }[]; removed: string[] }

/** The saved draft; `previous_id`: the published version a new draft was started from. */
export type SavedCharterDraft = { charter: CharterWithCriteria; previous_id: string | null }

export const saveCharterDraftStepId = "save-charter-draft"

/**
 * The one unpublished version is edited in place; without one, the next version number is drafted.
 * A criterion kept by its key keeps its row (and so the English a coordinator gave it).
 */
export const saveCharterDraftStep = createStep(
  saveCharterDraftStepId,
  async (input: SaveCharterDraftStepInput, { container }) => {
    const keys = input.criteria.map((c) => c.key)
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i)
    if (duplicate) throw refusal(MedusaError.Types.INVALID_DATA, "duplicate_criterion", `criteria: the key "${duplicate}" appears twice`, "criteria")
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const rows = input.criteria.map((c, position) => ({ key: c.key, title: c.title, description: c.description ?? null, position }))
    const [latest] = await service.charterVersions({}, { order: { version: "DESC" }, take: 1 })

    if (!latest || latest.published_at) {
      const created = await service.createCharterVersions({ version: (latest?.version ?? 0) + 1, notes: input.notes ?? null })
      await service.createCharterCriteria(rows.map((row) => ({ ...row, charter_version_id: created.id })))
      const [charter] = await service.charterVersions({ id: created.id })
      return new StepResponse<SavedCharterDraft, Undo>({ charter, previous_id: latest?.id ?? null }, { created: created.id })
    }

    const existing = new Map(latest.criteria.map((c, position) => [c.key, { ...c, position }]))
    const kept = rows.filter((row) => existing.has(row.key))
    const removed = latest.criteria.filter((c) => !keys.includes(c.key)).map((c) => c.id!)
    await service.updateCharterVersions({ id: latest.id, notes: input.notes ?? null })
    if (removed.length) await service.softDeleteCharterCriteria(removed)
    if (kept.length) await service.updateCharterCriteria(kept.map(({ key, ...row }) => ({ id: existing.get(key)!.id!, ...row })))
    const added = rows.filter((row) => !existing.has(row.key))
    const created = added.length ? await service.createCharterCriteria(added.map((row) => ({ ...row, charter_version_id: latest.id }))) : []
    const [charter] = await service.charterVersions({ id: latest.id })
    const undo: Undo = {
      draft: { id: latest.id, notes: latest.notes },
      added: created.map((c) => c.id),
      changed: kept.map(({ key }) => {
        const before = existing.get(key)!
        return { id: before.id!, title: before.title, description: before.description ?? null, position: before.position }
      }),
      removed,
    }
    return new StepResponse<SavedCharterDraft, Undo>({ charter, previous_id: null }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if ("created" in undo) return await service.deleteCharterVersions(undo.created)
    if (undo.added.length) await service.deleteCharterCriteria(undo.added)
    if (undo.changed.length) await service.updateCharterCriteria(undo.changed)
    if (undo.removed.length) await service.restoreCharterCriteria(undo.removed)
    await service.updateCharterVersions(undo.draft)
  }
)
