import { IT_MESSAGES } from "@/lib/i18n/catalog"
import { createTranslator } from "@/lib/i18n/translate"
import { stopOrdersText, stopPaymentText } from "../stop-text"
import { stop } from "./fixtures"

const t = createTranslator(IT_MESSAGES, "it")
// Intl puts a no-break space before the euro sign.
const text = (...args: Parameters<typeof stopPaymentText>) => stopPaymentText(...args).replace(/\u00a0/g, " ")
const cash = { payment_mode: "on_delivery" as const, amount_to_collect: 2350 }

describe("stopPaymentText", () => {
  it("a pay-on-delivery stop says so before, after and when it failed: never 'Pagato online'", () => {
    expect(text(stop(cash), t, "it")).toBe("Pagamento alla consegna · Da incassare: 23,50 €")
    expect(text(stop({ ...cash, status: "delivered", amount_to_collect: 0, amount_collected: 2350 }), t, "it")).toBe("Pagamento alla consegna · Incassato: 23,50 €")
    expect(text(stop({ ...cash, status: "failed" }), t, "it")).toBe("Pagamento alla consegna · Nulla incassato")
    expect(text(stop({ ...cash, status: "delivered", amount_to_collect: 350, amount_collected: 2000 }), t, "it")).toBe(
      "Pagamento alla consegna · Incassato: 20,00 € · Ancora da incassare: 3,50 €"
    )
  })

  it("at a pickup point it is paid at pickup; a door with a card order and a cash order says both", () => {
    expect(text(stop({ ...cash, kind: "pickup" }), t, "it")).toBe("Pagamento al ritiro · Da incassare: 23,50 €")
    expect(text(stop({ ...cash, payment_mode: "mixed" }), t, "it")).toBe("Pagamento alla consegna (in parte già pagato online) · Da incassare: 23,50 €")
  })

  it("paid online is just that, whatever happened at the door", () => {
    expect(text(stop(), t, "it")).toBe("Pagato online")
    expect(text(stop({ status: "failed" }), t, "it")).toBe("Pagato online")
  })
})

describe("stopOrdersText", () => {
  it("names every order of the door", () => {
    expect(stopOrdersText(stop(), t)).toBe("Ordine n. 101")
    const two = stop({ orders: [101, 107].map((display_id) => ({ display_id, payment_mode: "on_delivery" as const, amount_to_collect: 0, amount_collected: null })) })
    expect(stopOrdersText(two, t)).toBe("Ordini n. 101, 107")
  })

  it("says which of them rides again from the hub after a failed delivery", () => {
    const order = (display_id: number, from_hub: boolean) => ({ display_id, payment_mode: "on_delivery" as const, amount_to_collect: 0, amount_collected: null, from_hub })
    expect(stopOrdersText(stop({ orders: [order(101, true)] }), t)).toBe("Ordine n. 101 · dalla Casa Comune (nuovo tentativo)")
    expect(stopOrdersText(stop({ orders: [order(101, false), order(107, true)] }), t)).toBe("Ordini n. 101, 107 · n. 107 dalla Casa Comune (nuovo tentativo)")
  })
})
