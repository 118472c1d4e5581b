import type { Metadata } from "next"
import { listVendors } from "@/lib/data/vendors"
import { getT } from "@/lib/i18n/server"
import { MakersTemplate } from "@/modules/catalogue/makers-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("makers.title") }
}

export default async function MakersPage() {
  const { t } = await getT()
  const makers = await listVendors()
  return <MakersTemplate makers={makers} t={t} />
}
