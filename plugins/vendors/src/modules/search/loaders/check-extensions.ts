import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Says at start when this database lacks pg_trgm or unaccent: the search still works, less forgivingly. */
export default async function checkSearchExtensions({ container }: LoaderOptions) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string) => Promise<{ rows: { extname: string }[] }> }
    const { rows } = await knex.raw(`select extname from pg_extension where extname in ('pg_trgm', 'unaccent')`)
    const have = new Set(rows.map((r) => r.extname))
    if (!have.has("pg_trgm")) logger.warn("search: PostgreSQL has no pg_trgm here — misspelt words are not corrected, words match by prefix only")
    if (!have.has("unaccent")) logger.warn("search: PostgreSQL has no unaccent here — accents are folded in typed words only, not in stemmed ones")
  } catch (e) {
    logger.warn(`search: cannot tell which text-search extensions PostgreSQL has (${(e as Error).message})`)
  }
}
