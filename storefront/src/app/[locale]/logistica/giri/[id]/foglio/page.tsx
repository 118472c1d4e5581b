import { notFound } from "next/navigation"
import { requireVolunteer, retrieveRound } from "@/lib/data/logistics"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"
import { RunSheetTemplate } from "@/modules/logistics/run-sheet-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export const generateMetadata = titleMetadata("logistics.sheet.title")

export default async function RunSheetPage({ params }: Props) {
  const { t, locale } = await getT()
  const volunteer = await requireVolunteer()
  const round = await retrieveRound((await params).id)
  if (!round) notFound()
  return (
    <LogisticsShell
      volunteer={volunteer}
      title={`${t("logistics.sheet.title")} · ${round.name}`}
      t={t}
      back={{ href: `/logistica/giri/${round.id}`, label: t("logistics.back_to_round") }}
    >
      <RunSheetTemplate round={round} t={t} locale={locale} />
    </LogisticsShell>
  )
}
