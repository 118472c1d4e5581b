import type { Metadata } from "next"
import { retrieveFund } from "@/lib/data/fund"
import { getT } from "@/lib/i18n/server"
import { FundTemplate } from "@/modules/fund/fund-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("fund.title") }
}

export default async function FundPage() {
  const { t, locale } = await getT()
  return <FundTemplate fund={await retrieveFund()} t={t} locale={locale} />
}
