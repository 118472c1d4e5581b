import { titleMetadata } from "@/lib/i18n/server"
import { volunteerRoundPage } from "@/lib/pages"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"
import { RunSheetTemplate } from "@/modules/logistics/run-sheet-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export const generateMetadata = titleMetadata("logistics.sheet.title")

export default volunteerRoundPage<Props>((_, { t, locale, volunteer, round }) => (
  <LogisticsShell
    volunteer={volunteer}
    title={`${t("logistics.sheet.title")} · ${round.name}`}
    t={t}
    back={{ href: `/logistica/giri/${round.id}`, label: t("logistics.back_to_round") }}
  >
    <RunSheetTemplate round={round} t={t} locale={locale} />
  </LogisticsShell>
))
