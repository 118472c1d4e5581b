import type { Metadata } from "next"
import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCartShippingOptions, SYSTEM_PAYMENT_PROVIDER } from "@/lib/data/shipping"
import { getT } from "@/lib/i18n/server"
import { CheckoutTemplate } from "@/modules/checkout/checkout-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("checkout.title") }
}

export default async function CheckoutPage() {
  const { t, locale } = await getT()
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart?.items?.length) {
    return (
      <>
        <h1>{t("checkout.title")}</h1>
        <p>{t("checkout.empty_cart")}</p>
        <p>
          <Link href="/" className="button button--primary">
            {t("cart.continue")}
          </Link>
        </p>
      </>
    )
  }
  const shippingOptions: HttpTypes.StoreCartShippingOption[] = cart.shipping_address?.address_1
    ? await listCartShippingOptions(cart.id)
    : []
  return (
    <CheckoutTemplate
      cart={cart}
      customer={customer}
      shippingOptions={shippingOptions}
      paymentProviderId={SYSTEM_PAYMENT_PROVIDER}
      t={t}
      locale={locale}
    />
  )
}
