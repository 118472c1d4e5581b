import type { Metadata } from "next"
import { retrieveCartWithMakers } from "@/lib/data/cart"
import { getT } from "@/lib/i18n/server"
import { CartTemplate } from "@/modules/cart/cart-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("cart.title") }
}

export default async function CartPage() {
  const { t, locale } = await getT()
  const cart = await retrieveCartWithMakers()
  return <CartTemplate cart={cart} t={t} locale={locale} />
}
