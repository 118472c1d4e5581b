import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import type { BatchShort, DeliveryOffer } from "@/lib/data/delivery"
import { formatSlot } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { receivingOf } from "@/lib/util/receiving"
import { OrderBreakdown } from "@/modules/brand/order-breakdown"
import { withoutRoundUp } from "@/modules/brand/round-up"
import { CartTotals } from "@/modules/cart/cart-totals"
import { WeighedNotice } from "@/modules/cart/weighed-notice"
import { ButtonLink } from "@/modules/common/button-link"
import { checkoutAddress, type RecipientAddress } from "@/lib/util/checkout-address"
import type { SavedAddress } from "@/lib/util/saved-addresses"
import { AddressStep } from "./address-step"
import { EmailStep } from "./email-step"
import { PaymentStep } from "./payment-step"
import { RoundUpStep } from "./round-up-step"
import { ShippingStep, type DeliveryChoice, type PickupChoice } from "./shipping-step"

type CheckoutTemplateProps = {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  /** For a signed-in resident whose cart has no address yet: where her last order was brought. */
  lastHome: RecipientAddress | null
  /** The signed-in resident's address book (the default first); undefined for a guest. */
  book?: SavedAddress[]
  offer: DeliveryOffer | null
  paymentProviderId: string
  t: Translate
  locale: Locale
}

function Step({ id, title, locked, lockedText, children }: { id: string; title: string; locked: boolean; lockedText: string; children: React.ReactNode }) {
  return (
    <section className={`checkout-step${locked ? " checkout-step--locked" : ""}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {locked ? <p className="muted">{lockedText}</p> : children}
    </section>
  )
}

/** A round whose limited batches cannot make what is in the cart: said, and not to be chosen. */
function shortOf(short: BatchShort[] | undefined, t: Translate): Pick<DeliveryChoice, "hint" | "unavailable"> | null {
  if (!short?.length) return null
  const items = short.map((s) => t("checkout.shipping.batch_item", { name: s.name, left: s.left, quantity: s.quantity })).join("; ")
  return { hint: t("checkout.shipping.batch_short", { items }), unavailable: true }
}

/** One page, four steps in order; each unlocks when the previous one is saved on the cart. */
export function CheckoutTemplate({ cart, customer, lastHome, book, offer, paymentProviderId, t, locale }: CheckoutTemplateProps) {
  const emailDone = Boolean(cart.email)
  const receiving = receivingOf(cart.shipping_address)
  const addressDone = receiving !== null
  const locked = t("checkout.locked")
  const free = t("checkout.shipping.free")
  // Collecting: no round is offered (it would need the street).
  const rounds: DeliveryChoice[] = (receiving === "home" ? (offer?.rounds ?? []) : []).map((r) => ({
    optionId: r.shipping_option_id,
    slot: formatSlot(r.starts_at, r.ends_at, locale),
    price: r.delivery_fee ? formatMoney(r.delivery_fee / 100, cart.currency_code, locale) : free,
    ...shortOf(r.short, t) ?? { hint: r.drops_left <= 5 ? t("checkout.shipping.few_left", { count: r.drops_left }) : undefined },
  }))
  const pickups: PickupChoice[] = (offer?.pickup_points ?? []).map((p) => ({
    name: p.name,
    address: `${p.address_1}, ${p.city}`,
    slots: p.slots.map((s) => ({ optionId: s.shipping_option_id, slot: formatSlot(s.starts_at, s.ends_at, locale), price: free, ...shortOf(s.short, t) })),
  }))
  // A choice no longer offered (its round closed, the resident switched to collecting) is to be made again.
  const choosable = new Set([...rounds, ...pickups.flatMap((p) => p.slots)].filter((c) => !c.unavailable).map((c) => c.optionId))
  const chosenShipping = cart.shipping_methods?.[0]?.shipping_option_id ?? null
  const selectedShipping = chosenShipping && choosable.has(chosenShipping) ? chosenShipping : null
  const shippingDone = selectedShipping !== null
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, cart.currency_code, locale)
  const { goods, roundUp } = withoutRoundUp(cart.items)

  return (
    <>
      <h1>{t("checkout.title")}</h1>
      <div className="checkout-layout">
        <div className="checkout-steps">
          <Step id="step-email" title={t("checkout.email.title")} locked={false} lockedText={locked}>
            <EmailStep email={cart.email ?? customer?.email ?? ""} signedIn={Boolean(customer)} />
          </Step>
          <Step id="step-address" title={t("checkout.address.title")} locked={!emailDone} lockedText={locked}>
            <AddressStep address={checkoutAddress(cart.shipping_address, customer, book?.find((a) => a.is_default_shipping) ?? lastHome)} receiving={receiving ?? "home"} book={book} />
          </Step>
          <Step id="step-shipping" title={t("checkout.shipping.title")} locked={!emailDone || !addressDone} lockedText={locked}>
            <ShippingStep rounds={rounds} pickups={pickups} selectedId={selectedShipping} home={receiving === "home"} noRound={Boolean(offer && !offer.rounds.length)} />
          </Step>
          <Step id="step-payment" title={t("checkout.payment.title")} locked={!emailDone || !addressDone || !shippingDone} lockedText={locked}>
            <RoundUpStep cart={cart} t={t} locale={locale} />
            <PaymentStep providerId={paymentProviderId} />
          </Step>
        </div>
        <aside className="cart-summary" aria-labelledby="checkout-summary-title">
          <h2 id="checkout-summary-title">{t("checkout.summary_title")}</h2>
          <ul className="summary-lines">
            {goods.map((item) => (
              <li key={item.id}>
                <span>
                  {item.quantity} × {item.product_title ?? item.title}
                </span>
                <span>{money(item.total)}</span>
              </li>
            ))}
          </ul>
          <CartTotals
            totals={cart}
            roundUp={roundUp}
            noShipping="checkout.shipping_pending"
            shippingLabel={receiving === "pickup" ? "order.delivery.title_pickup" : "cart.shipping"}
            t={t}
            locale={locale}
          />
          <WeighedNotice lines={cart.items} total={cart.total ?? 0} currencyCode={cart.currency_code} t={t} locale={locale} />
          <OrderBreakdown cartId={cart.id} t={t} locale={locale} />
          <ButtonLink href="/carrello" variant="link">{t("cart.title")}</ButtonLink>
        </aside>
      </div>
    </>
  )
}
