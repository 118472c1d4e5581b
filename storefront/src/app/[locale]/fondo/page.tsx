import type { Metadata } from "next"
import { retrieveFund } from "@/lib/data/fund"
import { getLocaleT } from "@/lib/i18n/server"
import { FundTemplate } from "@/modules/fund/fund-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getLocaleT(params)
  return { title: t("fund.title") }
}

export default async function FundPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  return <FundTemplate fund={await retrieveFund()} t={t} locale={locale} />
}
