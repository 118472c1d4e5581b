import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { restorePostgresDatabaseFromTemplate } from "@medusajs/test-utils"

/**
 * The seeded demo district as a PostgreSQL template, built once per `npm run test:http` by
 * templates/district.template.ts (through helpers/global-setup.js): a file copies it into its own
 * database instead of seeding (about ten seconds each), and gets the seed's answer from JSON.
 * The seed's drawings are copied into the file's own upload folder, where its /static/:key reads.
 */
export const DISTRICT_TEMPLATE = "rbv_district"

const dir = () => process.env.RBV_DISTRICT_TEMPLATE_DIR
export const seedOutputPath = (root: string) => path.join(root, "district.json")
export const uploadsPath = (root: string) => path.join(root, "uploads")

export async function currentDatabase(container: MedusaContainer): Promise<string> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await knex.raw("SELECT current_database() AS name")
  return rows[0].name
}

/** The seed's answer when the template is there, after copying it over this file's database; otherwise undefined. */
export async function restoreDistrictTemplate<T>(container: MedusaContainer): Promise<T | undefined> {
  const root = dir()
  if (!root || !fs.existsSync(seedOutputPath(root))) return undefined
  const providers = await providerRows(container)
  await restorePostgresDatabaseFromTemplate({ databaseName: await currentDatabase(container), templateName: DISTRICT_TEMPLATE })
  await restoreProviderRows(container, providers)
  const uploads = process.env.RBV_UPLOAD_DIR
  if (uploads) fs.cpSync(uploadsPath(root), uploads, { recursive: true })
  return JSON.parse(fs.readFileSync(seedOutputPath(root), "utf8")) as T
}

// Modules write the providers they loaded at boot (payment_provider, fulfillment_provider,
// notification_provider…): a file that boots with more of them (Stripe's environment) keeps its
// own rows over the template's, which was made by an app without them.
type ProviderRows = { table: string; rows: Record<string, unknown>[] }[]

async function providerRows(container: MedusaContainer): Promise<ProviderRows> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await knex.raw("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE '%\\_provider'")
  return Promise.all(rows.map(async ({ table_name }: { table_name: string }) => ({ table: table_name, rows: await knex(table_name).select("*") })))
}

async function restoreProviderRows(container: MedusaContainer, saved: ProviderRows) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  for (const { table, rows } of saved) {
    if (rows.length) await knex(table).insert(rows).onConflict("id").ignore()
  }
}
