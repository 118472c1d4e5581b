import { saveBasketWorkflow } from "@rbv/delivery-rounds/workflows"
import { residents } from "../demo-district"
import { emailOf, residentAddress } from "./accounts"
import { query, SeedContainer } from "./context"

// Two residents who buy the same things every week (spesa fissa): Youssef every round, Luca every other round.
const DEMO_WEEKLY_BASKETS = [
  { resident: 3, cadence: "every_round", lines: [{ handle: "pagnotta-lievito-madre", quantity: 1 }, { handle: "miele-millefiori-torricelle", quantity: 1 }] },
  { resident: 6, cadence: "every_other_round", lines: [{ handle: "cornetti-sfogliati-burro", quantity: 4 }, { handle: "miele-acacia-torricelle", quantity: 1 }] },
]

/** Weekly baskets of two demo residents, home-delivered and paid on delivery. Idempotent: a resident with a basket is skipped. */
export async function seedWeeklyBaskets(container: SeedContainer, salesChannelId: string) {
  const q = query(container)
  for (const demo of DEMO_WEEKLY_BASKETS) {
    const resident = residents[demo.resident]
    const { data: customers } = await q.graph({ entity: "customer", fields: ["id"], filters: { email: emailOf(resident, demo.resident) } })
    const customer_id = customers[0]?.id as string | undefined
    if (!customer_id) continue
    const { data: existing } = await q.graph({ entity: "basket", fields: ["id"], filters: { customer_id } })
    if (existing.length) continue
    const { data: products } = await q.graph({ entity: "product", fields: ["handle", "variants.id"], filters: { handle: demo.lines.map((l) => l.handle) } })
    const lines = demo.lines.flatMap((l) => {
      const variant = products.find((p: any) => p.handle === l.handle)?.variants?.[0]
      return variant ? [{ variant_id: variant.id as string, quantity: l.quantity }] : []
    })
    if (!lines.length) continue
    await saveBasketWorkflow(container).run({
      input: { customer_id, sales_channel_id: salesChannelId, patch: { lines, cadence: demo.cadence, delivery: "home", address: residentAddress(resident) } },
    })
  }
}
