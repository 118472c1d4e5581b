import type { Metadata } from "next"
import { retrieveRound } from "@/lib/data/logistics"
import { getT } from "@/lib/i18n/server"
import { volunteerRoundPage } from "@/lib/pages"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"
import { RoundTemplate } from "@/modules/logistics/round-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT()
  const round = await retrieveRound((await params).id).catch(() => null)
  return { title: round?.name ?? t("logistics.title") }
}

export default volunteerRoundPage<Props>((_, { t, locale, volunteer, round }) => (
  <LogisticsShell volunteer={volunteer} title={round.name} t={t} back={{ href: "/logistica", label: t("logistics.back_to_rounds") }}>
    <RoundTemplate round={round} t={t} locale={locale} />
  </LogisticsShell>
))
