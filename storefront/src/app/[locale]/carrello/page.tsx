import { retrieveCartWithMakers } from "@/lib/data/cart"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { CartTemplate } from "@/modules/cart/cart-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("cart.title")

export default async function CartPage() {
  const { t, locale } = await getT()
  const cart = await retrieveCartWithMakers()
  return <CartTemplate cart={cart} t={t} locale={locale} />
}
