import type { Metadata } from "next"
import { requireApprovedVendor } from "@/lib/data/bottega"
import { retrieveAdherence } from "@/lib/data/brand"
import { getT } from "@/lib/i18n/server"
import { CharterTemplate } from "@/modules/bottega/charter-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("charter.bottega.title") }
}

export default async function CharterPage() {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const adherence = await retrieveAdherence()
  return <CharterTemplate session={session} adherence={adherence} t={t} locale={locale} />
}
