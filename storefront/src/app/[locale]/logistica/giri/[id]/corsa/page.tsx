import { titleMetadata } from "@/lib/i18n/server"
import { volunteerRoundPage } from "@/lib/pages"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"
import { RunTemplate } from "@/modules/logistics/run-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fatto?: string | string[] }> }

export const generateMetadata = titleMetadata("logistics.run.title")

export default volunteerRoundPage<Props>(async ({ searchParams }, { t, locale, volunteer, round }) => {
  const { fatto } = await searchParams
  // `?fatto=<stop id>`: the stop just recorded, to confirm it above the next one.
  const justDone = typeof fatto === "string" ? (round.stops.find((stop) => stop.id === fatto) ?? null) : null
  return (
    <LogisticsShell
      volunteer={volunteer}
      title={t("logistics.run.title")}
      eyebrow={round.name}
      t={t}
      back={{ href: `/logistica/giri/${round.id}`, label: t("logistics.back_to_round") }}
    >
      <RunTemplate round={round} justDone={justDone} t={t} locale={locale} />
    </LogisticsShell>
  )
})
