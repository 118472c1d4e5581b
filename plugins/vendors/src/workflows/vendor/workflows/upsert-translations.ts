import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchTranslationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { requireTranslationModuleStep } from "../steps/require-translation-module"

/** Texts of one record in one language; an empty text is stored empty and the shop shows the Italian. */
export type TranslationRow = { reference: string; reference_id: string; fields: Record<string, string | null | undefined> }
/** `optional`: words the network adds on its own, skipped in a shop without the Translation Module. */
export type UpsertTranslationsInput = { locale_code: string; rows: TranslationRow[]; optional?: boolean }

export const upsertTranslationsWorkflowId = "upsert-translations"

type Existing = { id: string; reference_id: string; translations: Record<string, unknown> | null }

const given = (row: TranslationRow) =>
  Object.fromEntries(Object.entries(row.fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v ?? ""]))

/**
 * Writes the given fields into each record's row of Medusa's Translation Module (the rows the
 * coordinators edit in admin → Translations), merged into what is there, through Medusa's own
 * translation workflows: their compensation undoes the write, their events refresh search and pages.
 */
export const upsertTranslationsWorkflow = createWorkflow(upsertTranslationsWorkflowId, (input: UpsertTranslationsInput) => {
  const available = requireTranslationModuleStep(
    transform({ input }, ({ input }) => ({ field: Object.keys(input.rows[0]?.fields ?? {})[0] ?? "translations", optional: input.optional }))
  )
  when({ available }, ({ available }) => available).then(() => {
    const { data: existing } = useQueryGraphStep({
      entity: "translation",
      fields: ["id", "reference_id", "translations"],
      filters: transform({ input }, ({ input }) => ({ reference_id: input.rows.map((r) => r.reference_id), locale_code: input.locale_code })),
    }).config({ name: "existing-translations" })

    const batch = transform({ input, existing }, ({ input, existing }) => {
      const before = new Map((existing as Existing[]).map((t) => [t.reference_id, t]))
      const rows = input.rows.filter((row) => Object.keys(given(row)).length)
      return {
        create: rows
          .filter((row) => !before.has(row.reference_id))
          .map((row) => ({ reference: row.reference, reference_id: row.reference_id, locale_code: input.locale_code, translations: given(row) })),
        update: rows
          .filter((row) => before.has(row.reference_id))
          .map((row) => {
            const was = before.get(row.reference_id)!
            return { id: was.id, translations: { ...(was.translations ?? {}), ...given(row) } }
          }),
        delete: [] as string[],
      }
    })
    batchTranslationsWorkflow.runAsStep({ input: batch })
  })
  return new WorkflowResponse(void 0)
})
