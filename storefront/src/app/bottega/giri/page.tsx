import type { Metadata } from "next"
import { requireApprovedVendor } from "@/lib/data/bottega"
import { listVendorRounds } from "@/lib/data/bottega-rounds"
import { getT } from "@/lib/i18n/server"
import { RoundsTemplate } from "@/modules/bottega/rounds-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("bottega.rounds.title") }
}

export default async function VendorRoundsPage() {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const rounds = await listVendorRounds()
  return <RoundsTemplate session={session} rounds={rounds} t={t} locale={locale} />
}
