import { IT_MESSAGES } from "@/lib/i18n/catalog"
import { createTranslator } from "@/lib/i18n/translate"
import type { OrderDelivery } from "@/lib/data/delivery"
import { deliveryStatusText, failedNextText } from "../order-delivery"

const t = createTranslator(IT_MESSAGES, "it")
const failed: OrderDelivery = {
  kind: "home",
  round_name: "Giro del giovedì sera",
  starts_at: "2026-12-10T16:00:00.000Z",
  ends_at: "2026-12-10T19:00:00.000Z",
  round_status: "completed",
  stop_status: "failed",
  eta: null,
  note: "Citofono guasto",
  pickup_point: null,
  completed_at: "2026-12-10T16:40:00.000Z",
  collected_at: null,
  hub: { name: "Casa Comune", address_1: "Via San Vitale 5", postal_code: "37129", city: "Verona" },
  can_cancel: false,
  cancel_until: "2026-12-09T16:00:00.000Z",
}

describe("what a resident reads of her order's delivery", () => {
  it("a failed delivery says why; collected at the hub afterwards, it says when (the district's day)", () => {
    expect(deliveryStatusText(failed, t, "it")).toBe("Non consegnato: Citofono guasto")
    // 23:30 in UTC is already Friday in Verona.
    expect(deliveryStatusText({ ...failed, collected_at: "2026-12-10T23:30:00.000Z" }, t, "it")).toBe("Ritirato alla Casa Comune venerdì 11 dicembre")
  })

  it("until she has it, a failed order says who gets in touch and the hub it goes back to; a pickup she missed is «non ritirato»", () => {
    expect(failedNextText("home", failed.hub!, t)).toBe("Il coordinamento della rete ti contatta per una nuova consegna o per il ritiro presso Casa Comune, Via San Vitale 5.")
    expect(deliveryStatusText({ ...failed, kind: "pickup" }, t, "it")).toBe("Non ritirato: Citofono guasto")
    expect(failedNextText("pickup", failed.hub!, t)).toBe("Il coordinamento della rete ti contatta per concordare il ritiro presso Casa Comune, Via San Vitale 5.")
  })
})
