import { retrieveFund } from "@/lib/data/fund"
import { getLocaleT, titleMetadataOf } from "@/lib/i18n/server"
import { FundTemplate } from "@/modules/fund/fund-template"

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = titleMetadataOf("fund.title")

export default async function FundPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  return <FundTemplate fund={await retrieveFund()} t={t} locale={locale} />
}
