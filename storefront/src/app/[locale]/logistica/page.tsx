import { listRounds } from "@/lib/data/logistics"
import { titleMetadata } from "@/lib/i18n/server"
import { volunteerPage } from "@/lib/pages"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"
import { RoundsTemplate } from "@/modules/logistics/rounds-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.rounds.title")

export default volunteerPage(async (_, { t, locale, volunteer }) => {
  const rounds = await listRounds()
  return (
    <LogisticsShell volunteer={volunteer} title={t("logistics.rounds.title")} eyebrow={t("logistics.title")} t={t}>
      <RoundsTemplate rounds={rounds} t={t} locale={locale} />
    </LogisticsShell>
  )
})
