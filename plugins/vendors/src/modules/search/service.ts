import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { searchSql, type SearchParams, type SearchRow } from "./search-sql"
import { SearchDocument } from "./models/search-document"

type Extensions = { pg_trgm: boolean; unaccent: boolean }

export default class SearchModuleService extends MedusaService({ SearchDocument }) {
  private known?: Extensions

  /** Which text-search extensions this database has (the migration installs them where it can). */
  @InjectManager()
  async extensions(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Extensions> {
    if (this.known) return this.known
    const rows = await sharedContext.manager!.execute(`select extname from pg_extension where extname in ('pg_trgm', 'unaccent')`)
    const names = new Set(rows.map((r: { extname: string }) => r.extname))
    this.known = { pg_trgm: names.has("pg_trgm"), unaccent: names.has("unaccent") }
    return this.known
  }

  /** One page of ranked product ids and the number of all matches. */
  @InjectManager()
  async searchDocuments(
    params: SearchParams,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: SearchRow[]; count: number }> {
    const { pg_trgm } = await this.extensions(sharedContext)
    const { sql, bindings } = searchSql(params, { trigram: pg_trgm })
    const rows = (await sharedContext.manager!.execute(sql, bindings)) as (SearchRow & { total: string | number })[]
    return { rows: rows.map(({ total: _total, ...row }) => row), count: rows.length ? Number(rows[0].total) : 0 }
  }

  /** The catalogue's words, read again after the documents changed (what a misspelt word is read as). */
  @InjectManager()
  async refreshVocabulary(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(`refresh materialized view "search_word"`)
  }
}
