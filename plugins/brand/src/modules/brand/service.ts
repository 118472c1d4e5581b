import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { FundEntry } from "./models/fund-entry"
import { FundPolicy } from "./models/fund-policy"

export const DEFAULT_FUND_SHARE_BPS = 100
const FUND_LOCK = 7_341_001 // one advisory lock for every movement that could overdraw the fund

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export default class BrandModuleService extends MedusaService({ FundEntry, FundPolicy }) {
  async fundShareBps(): Promise<number> {
    const [policy] = await this.listFundPolicies({}, { take: 1 })
    return policy?.share_bps ?? DEFAULT_FUND_SHARE_BPS
  }

  async fundBalance(): Promise<number> {
    const entries = await this.listFundEntries({}, { select: ["amount"] })
    return entries.reduce((sum, e) => sum + e.amount, 0)
  }

  /**
   * Takes money out of the fund: the balance is read and the entry written under one
   * transaction-scoped lock, so concurrent disbursements can never overdraw it.
   */
  @InjectTransactionManager()
  async withdrawFromFund(
    data: { kind: "disbursement" | "reversal"; amount: number; purpose?: string | null; beneficiary_project?: string | null; order_id?: string | null; occurred_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(?)", [FUND_LOCK])
    const [row] = await manager.execute("SELECT COALESCE(SUM(amount), 0)::int AS balance FROM fund_entry WHERE deleted_at IS NULL")
    const balance = Number(row.balance)
    if (data.kind === "disbursement" && data.amount > balance) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `amount: the fund holds ${balance} cents, less than ${data.amount}`)
    }
    return await this.createFundEntries({ ...data, amount: -Math.abs(data.amount) }, sharedContext)
  }
}
