import { retrieveStatement } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { isStatementPeriod, statementRange } from "@/lib/util/statement-period"
import { StatementTemplate } from "@/modules/bottega/statement-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.statement.title")

type Props = { searchParams: Promise<{ periodo?: string }> }

export default artisanPage<Props>(async ({ searchParams }, { t, locale, session }) => {
  const raw = (await searchParams).periodo
  const period = isStatementPeriod(raw) ? raw : "this_month"
  const statement = await retrieveStatement(statementRange(period))
  return <StatementTemplate session={session} statement={statement} period={period} t={t} locale={locale} />
})
