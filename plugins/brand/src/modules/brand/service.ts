import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { FundEntry } from "./models/fund-entry"
import { FundPolicy } from "./models/fund-policy"
import { CharterVersion } from "./models/charter-version"
import { CharterCriterion } from "./models/charter-criterion"
import { Certification } from "./models/certification"
import { ProductClaim } from "./models/product-claim"
import { ProductBrand } from "./models/product-brand"
import { PriceBreakdown } from "./models/price-breakdown"
import { Voucher } from "./models/voucher"
import type { Breakdown, BrandMarkCriterion, Maker, PriceBreakdownRow, VariantBreakdowns } from "./models/read-model-types"
import { variantBreakdownsSeen, type VariantBreakdownsSeen } from "./variant-breakdowns-scope"
import { refusal } from "@rbv/kit"

export const DEFAULT_FUND_SHARE_BPS = 100
const FUND_LOCK = 7_341_001 // one advisory lock for every movement that could overdraw the fund
const PRODUCT_BRANDS_LOCK = 7_341_002 // refreshes of the product read model, one at a time

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export type ReverseInFund = { order_id: string; reason: string } & ({ fraction: number } | { goods: number })

export type Criterion = { id?: string; key: string; title: string; description?: string | null }
export type CharterWithCriteria = { id: string; version: number; criteria: Criterion[]; notes: string | null; published_at: Date | null }
export type Adherence = { criterion_key: string; evidence: string; photos: string[] }

export type { Breakdown, Maker, PriceBreakdownRow, VariantBreakdowns } from "./models/read-model-types"
export type ProductBrandRow = {
  id: string
  certified: boolean
  criteria: BrandMarkCriterion[]
  price_breakdown: Breakdown | null
  maker: Maker | null
  variant_breakdowns: VariantBreakdowns | null
}
export type ProductBrandsState = { product_ids: string[]; brands: ProductBrandRow[]; breakdowns: PriceBreakdownRow[] }

const marks = (n: number, each: string) => Array.from({ length: n }, () => each).join(", ")

/** Deletes the rows of `table` whose `column` is one of these products', all but the `kept` ids. */
const deleteAllBut = (manager: Manager, table: string, column: string, productIds: string[], kept: string[]) =>
  manager.execute(
    `DELETE FROM ${table} WHERE ${column} IN (${marks(productIds.length, "?")})${kept.length ? ` AND id NOT IN (${marks(kept.length, "?")})` : ""}`,
    [...productIds, ...kept]
  )

/** Keeps what these brand rows say of their variants, for the rest of the request (variant-breakdowns-scope.ts). */
function keepVariantBreakdowns(seen: VariantBreakdownsSeen, rows: { id: string; variant_breakdowns?: VariantBreakdowns | null }[]) {
  for (const row of rows) {
    for (const [id, breakdown] of Object.entries(row.variant_breakdowns ?? {})) seen.set(id, breakdown && { id, product_id: row.id, ...breakdown })
  }
}

/** The ids a Query read of a read-model row asks for (`{ id: [...] }` and nothing else), or null. */
function idsOnly(filters: Record<string, unknown>): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return null
  const ids = filters.id
  return typeof ids === "string" ? [ids] : Array.isArray(ids) && ids.every((id) => typeof id === "string") ? ids : null
}

// A product_brand row's own columns, each a plain value (JSON or boolean): what Query's read of
// `brand` selects, read as rows without building entities (see listProductBrands).
const PRODUCT_BRAND_COLUMNS = new Set(["id", "certified", "criteria", "price_breakdown", "maker", "variant_breakdowns"])

/** The columns of a read of product_brand rows by id and nothing else (no relation, order, page or deleted rows), or null. */
function plainRowRead(config: { select?: unknown; relations?: unknown; order?: unknown; skip?: unknown; take?: unknown; withDeleted?: unknown }): string[] | null {
  const select = config.select
  if (!Array.isArray(select) || !select.length || !select.every((c) => typeof c === "string" && PRODUCT_BRAND_COLUMNS.has(c))) return null
  if ((Array.isArray(config.relations) && config.relations.length) || config.order || config.skip || config.take != null || config.withDeleted) return null
  return select
}

const BrandModuleServiceBase = MedusaService({ FundEntry, FundPolicy, CharterVersion, CharterCriterion, Certification, ProductClaim, ProductBrand, PriceBreakdown, Voucher })
type BrandModuleServiceBase = InstanceType<typeof BrandModuleServiceBase>

// Medusa names the generated methods of CharterCriterion with the English plural ("…CharterCriteria")
// while its types add an "s" ("…CharterCriterions", which do not exist at run time): the real names.
type CriterionMethods = "list" | "create" | "update" | "delete" | "softDelete" | "restore"
type CriteriaMethods = { [M in CriterionMethods as `${M}CharterCriteria`]: BrandModuleServiceBase[`${M}CharterCriterions`] }
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface BrandModuleService extends CriteriaMethods {}

class BrandModuleService extends BrandModuleServiceBase {
  /**
   * Query reads a store product's brand row (`brand`) and, one stage later, its variants'
   * `price_breakdown` rows. Within a store product request that asks for both, the brand rows
   * bring every variant's breakdown along (one JSON column more in the same statement)…
   * (Both are fields, not methods: the base class types its generated methods as properties.)
   */
  override listProductBrands: BrandModuleServiceBase["listProductBrands"] = async (filters, config = {}, sharedContext) => {
    const seen = variantBreakdownsSeen()
    const select = config.select as string[] | undefined
    const adds = Boolean(seen && select?.length && !select.includes("variant_breakdowns"))
    const asked = adds ? { ...config, select: [...select!, "variant_breakdowns"] } : config
    const ids = filters ? idsOnly(filters as Record<string, unknown>) : null
    const columns = ids && plainRowRead(asked)
    const rows = columns ? await this.productBrandRows(ids!, columns, sharedContext) : await super.listProductBrands(filters, asked, sharedContext)
    if (seen) keepVariantBreakdowns(seen, rows as { id: string; variant_breakdowns?: VariantBreakdowns | null }[])
    if (adds) for (const row of rows) delete (row as { variant_breakdowns?: unknown }).variant_breakdowns
    return rows
  }

  /**
   * …and the variants' read is answered from them, without a statement, when they cover every
   * variant asked for (a variant added since the row's refresh, or a row from before
   * variant_breakdowns existed, is read from price_breakdown as any other reader does).
   */
  override listPriceBreakdowns: BrandModuleServiceBase["listPriceBreakdowns"] = async (filters, config, sharedContext) => {
    const seen = variantBreakdownsSeen()
    const ids = seen && filters ? idsOnly(filters as Record<string, unknown>) : null
    if (!seen || !ids?.every((id) => seen.has(id))) return await super.listPriceBreakdowns(filters, config, sharedContext)
    return ids.map((id) => seen.get(id)).filter((row): row is PriceBreakdownRow => Boolean(row)) as never
  }

  /**
   * Product brand rows by id, as plain rows: every store product response reads them (Query's
   * `brand`, a read-only link), and the rows are read-model values that need no entity. Through
   * the ORM the same statement of 20 rows cost 4.5–12 ms of CPU (entities built, then serialised
   * back), as rows ~1 ms (in the server, on a loaded 2-core machine): most of what `brand` added to a list.
   */
  @InjectManager()
  private async productBrandRows(ids: string[], columns: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return [] as never
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as Manager
    const list = columns.map((c) => `"${c}"`).join(", ")
    return (await manager.execute(`SELECT ${list} FROM product_brand WHERE deleted_at IS NULL AND id IN (${marks(ids.length, "?")})`, ids)) as never
  }

  async fundShareBps(sharedContext: Context = {}): Promise<number> {
    const [policy] = await this.listFundPolicies({}, { take: 1 }, sharedContext)
    return policy?.share_bps ?? DEFAULT_FUND_SHARE_BPS
  }

  async fundBalance(): Promise<number> {
    const entries = await this.listFundEntries({}, { select: ["amount"] })
    return entries.reduce((sum, e) => sum + e.amount, 0)
  }

  /** Charter versions with their criteria in the charter's order. */
  async charterVersions(filters: Record<string, unknown> = {}, config: { order?: Record<string, "ASC" | "DESC">; take?: number } = {}): Promise<CharterWithCriteria[]> {
    const versions = await this.listCharterVersions(filters, { ...config, relations: ["criteria"] })
    return versions.map(({ id, version, notes, published_at, criteria }) => ({
      id,
      version,
      notes,
      published_at,
      criteria: [...(criteria ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((c) => ({ id: c.id, key: c.key, title: c.title, description: c.description ?? null })),
    }))
  }

  /** The charter in force: the highest published version (null before the first is published). */
  async currentCharter(): Promise<CharterWithCriteria | null> {
    const [charter] = await this.charterVersions({ published_at: { $ne: null } }, { order: { version: "DESC" }, take: 1 })
    return charter ?? null
  }

  /** Vendors whose certificate is approved and not past its end at `now`. */
  async certifiedVendorIds(now = new Date()): Promise<Set<string>> {
    const certs = await this.listCertifications({ status: "approved", valid_until: { $gt: now } }, { select: ["vendor_id"] })
    return new Set(certs.map((c) => c.vendor_id))
  }

  /**
   * Takes money out of the fund: the balance is read and the entry written under one
   * transaction-scoped lock, so concurrent disbursements can never overdraw it.
   */
  @InjectTransactionManager()
  async withdrawFromFund(
    data: { kind: "disbursement"; amount: number; purpose?: string | null; beneficiary_project?: string | null; occurred_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const balance = await this.lockedBalance(sharedContext)
    if (data.amount > balance) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "fund_insufficient", `amount: the fund holds ${balance} cents, less than ${data.amount}`, "amount")
    }
    return await this.createFundEntries({ ...data, amount: -Math.abs(data.amount) }, sharedContext)
  }

  /**
   * Gives back what an order brought into the fund, up to `fraction` of it (1 = all of it, on
   * cancellation; refunded / paid on a refund), minus what earlier reversals already gave back —
   * or, for `goods` (cents of goods taken out of an order already paid, e.g. a maker's part
   * released), the fund's share of those goods.
   * The fund never goes below zero: if the money was already paid out, only the balance is
   * reversed and the shortfall is written in the entry's purpose for the network's accounts.
   * Returns null when there is nothing (more) to reverse.
   */
  @InjectTransactionManager()
  async reverseOrderInFund(data: ReverseInFund, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    // Every read below runs on this transaction's connection: one taken from the pool while the fund's
    // lock is held could wait for the very connections queued behind that lock (pool dry for 60 s, seen in CI).
    const balance = await this.lockedBalance(sharedContext)
    const [row] = await manager.execute(
      `SELECT COALESCE(SUM(CASE WHEN kind IN ('contribution','roundup') THEN amount ELSE 0 END), 0)::int AS brought,
              COALESCE(-SUM(CASE WHEN kind = 'reversal' THEN amount ELSE 0 END), 0)::int AS reversed
         FROM fund_entry WHERE order_id = ? AND deleted_at IS NULL`,
      [data.order_id]
    )
    const owed = Number(row.brought) - Number(row.reversed)
    const due =
      "goods" in data
        ? Math.min(owed, Math.round((Math.max(0, data.goods) * (await this.fundShareBps(sharedContext))) / 10_000))
        : Math.round(Number(row.brought) * Math.min(1, Math.max(0, data.fraction))) - Number(row.reversed)
    if (due <= 0) return null
    const amount = Math.min(due, balance)
    if (amount <= 0) return null
    const shortfall = due - amount
    return await this.createFundEntries(
      {
        kind: "reversal",
        amount: -amount,
        order_id: data.order_id,
        purpose: shortfall ? `${data.reason} (mancano ${shortfall} centesimi: il fondo li aveva già erogati)` : data.reason,
        occurred_at: new Date(),
      },
      sharedContext
    )
  }

  /**
   * Marks an assigned voucher redeemed in one conditional UPDATE: of two tills redeeming the
   * same code at once, exactly one gets the row back.
   */
  @InjectTransactionManager()
  async redeemVoucherByCode(data: { code: string; point: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `UPDATE voucher SET status = 'redeemed', redeemed_at = now(), redeemed_at_point = ?, updated_at = now()
        WHERE code = ? AND status = 'assigned' AND deleted_at IS NULL RETURNING id`,
      [data.point, data.code]
    )
    return (rows[0]?.id as string | undefined) ?? null
  }

  /** What the read model holds for these products now (to put it back if a refresh is undone). */
  async productBrandsState(productIds: string[]): Promise<ProductBrandsState> {
    const [brands, breakdowns] = productIds.length
      ? await Promise.all([this.listProductBrands({ id: productIds }), this.listPriceBreakdowns({ product_id: productIds })])
      : [[], []]
    return {
      product_ids: productIds,
      brands: brands.map(({ id, certified, criteria, price_breakdown, maker, variant_breakdowns }) => ({ id, certified, criteria, price_breakdown, maker, variant_breakdowns })),
      breakdowns: breakdowns.map(({ id, product_id, price, lines, rates }) => ({ id, product_id, price, lines, rates })),
    }
  }

  /**
   * Writes the read model of these products as given: their marks and breakdowns are replaced,
   * breakdowns of variants no longer priced and rows of products no longer there (deleted) are
   * removed. Refreshes are serialised, and each row is an upsert, so two refreshes of the same
   * product never collide.
   */
  @InjectTransactionManager()
  async saveProductBrands(state: ProductBrandsState, @MedusaContext() sharedContext: Context = {}) {
    if (!state.product_ids.length) return
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(?)", [PRODUCT_BRANDS_LOCK])
    if (state.brands.length) {
      await manager.execute(
        `INSERT INTO product_brand (id, certified, criteria, price_breakdown, maker, variant_breakdowns) VALUES ${marks(state.brands.length, "(?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb)")}
         ON CONFLICT (id) DO UPDATE SET certified = excluded.certified, criteria = excluded.criteria, price_breakdown = excluded.price_breakdown,
           maker = excluded.maker, variant_breakdowns = excluded.variant_breakdowns, updated_at = now(), deleted_at = NULL`,
        state.brands.flatMap((b) => [b.id, b.certified, JSON.stringify(b.criteria), ...[b.price_breakdown, b.maker, b.variant_breakdowns].map((json) => (json ? JSON.stringify(json) : null))])
      )
    }
    await deleteAllBut(manager, "product_brand", "id", state.product_ids, state.brands.map((b) => b.id))
    await deleteAllBut(manager, "price_breakdown", "product_id", state.product_ids, state.breakdowns.map((b) => b.id))
    if (state.breakdowns.length) {
      await manager.execute(
        `INSERT INTO price_breakdown (id, product_id, price, lines, rates) VALUES ${marks(state.breakdowns.length, "(?, ?, ?, ?::jsonb, ?::jsonb)")}
         ON CONFLICT (id) DO UPDATE SET product_id = excluded.product_id, price = excluded.price, lines = excluded.lines, rates = excluded.rates, updated_at = now(), deleted_at = NULL`,
        state.breakdowns.flatMap((b) => [b.id, b.product_id, b.price, JSON.stringify(b.lines), JSON.stringify(b.rates)])
      )
    }
  }

  private async lockedBalance(sharedContext: Context): Promise<number> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(?)", [FUND_LOCK])
    const [row] = await manager.execute("SELECT COALESCE(SUM(amount), 0)::int AS balance FROM fund_entry WHERE deleted_at IS NULL")
    return Number(row.balance)
  }
}

export default BrandModuleService
