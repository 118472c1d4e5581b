import { listBookAddresses } from "@/lib/data/addresses"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listDeliveryOffer } from "@/lib/data/delivery"
import { retrieveLastHomeAddress } from "@/lib/data/orders"
import { SYSTEM_PAYMENT_PROVIDER } from "@/lib/data/shipping"
import { receivingOf } from "@/lib/util/receiving"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { EmptyCart } from "@/modules/cart/empty-cart"
import { CheckoutTemplate } from "@/modules/checkout/checkout-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("checkout.title")

export default async function CheckoutPage() {
  const { t, locale } = await getT()
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart?.items?.length) return <EmptyCart t={t} title="checkout.title" message="checkout.empty_cart" />
  const saved = receivingOf(cart.shipping_address)
  const [offer, book] = await Promise.all([saved ? listDeliveryOffer(cart.id, locale) : null, customer ? listBookAddresses() : undefined])
  // Without a default saved address, the street of her last home delivery is proposed.
  const lastHome = !saved && customer && !book?.some((a) => a.is_default_shipping) ? await retrieveLastHomeAddress() : null
  return (
    <CheckoutTemplate
      cart={cart}
      customer={customer}
      lastHome={lastHome}
      book={book}
      offer={offer}
      paymentProviderId={SYSTEM_PAYMENT_PROVIDER}
      t={t}
      locale={locale}
    />
  )
}
