import { listVendorProducts } from "@/lib/data/bottega"
import { listVendorBatchLimits, listVendorRounds, retrieveVendorRoundMinimum } from "@/lib/data/bottega-rounds"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { RoundsTemplate } from "@/modules/bottega/rounds-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.rounds.title")

export default artisanPage(async (_, { t, locale, session }) => {
  const [rounds, limits, products, minimum] = await Promise.all([listVendorRounds(), listVendorBatchLimits(), listVendorProducts(), retrieveVendorRoundMinimum()])
  const choices = products.filter((p) => p.status !== "rejected").map((p) => ({ id: p.id, title: p.title }))
  return <RoundsTemplate session={session} rounds={rounds} limits={limits} products={choices} minimum={minimum} t={t} locale={locale} />
})
