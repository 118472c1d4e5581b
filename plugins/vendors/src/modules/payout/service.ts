import { MedusaService } from "@medusajs/framework/utils"
import { BankBatch } from "./models/bank-batch"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import { PayoutItem } from "./models/payout-item"
import { PayoutRun } from "./models/payout-run"
import { StripeWebhookEvent } from "./models/webhook-event"

export default class PayoutModuleService extends MedusaService({
  PayoutAccount,
  Payout,
  PayoutItem,
  PayoutRun,
  BankBatch,
  StripeWebhookEvent,
}) {
  /** What the maker is owed right now and not yet in a payout (negative: owed back to the network). */
  async unsettledBalance(vendorId: string) {
    const items = await this.listPayoutItems({ vendor_id: vendorId, payout_id: null })
    return items.reduce((sum, i) => sum + i.net, 0)
  }

  async accountOf(vendorId: string) {
    const [account] = await this.listPayoutAccounts({ vendor_id: vendorId }, { take: 1 })
    return account ?? null
  }
}
