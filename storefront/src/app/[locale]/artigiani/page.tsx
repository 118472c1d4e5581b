import { listVendors } from "@/lib/data/vendors"
import { getLocaleT, titleMetadataOf } from "@/lib/i18n/server"
import { MakersTemplate } from "@/modules/catalogue/makers-template"

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = titleMetadataOf("makers.title")

export default async function MakersPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const makers = await listVendors(locale)
  return <MakersTemplate makers={makers} t={t} />
}
