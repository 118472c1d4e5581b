import type { Metadata } from "next"
import { listVendors } from "@/lib/data/vendors"
import { getLocaleT } from "@/lib/i18n/server"
import { MakersTemplate } from "@/modules/catalogue/makers-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getLocaleT(params)
  return { title: t("makers.title") }
}

export default async function MakersPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const makers = await listVendors(locale)
  return <MakersTemplate makers={makers} t={t} />
}
