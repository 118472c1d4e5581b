import { retrieveVendorPayouts } from "@/lib/data/payouts"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { PayoutsTemplate } from "@/modules/bottega/payouts-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("payments.title")

type Props = { searchParams: Promise<{ stripe?: string }> }

export default artisanPage<Props>(async ({ searchParams }, { t, locale, session }) => {
  const data = await retrieveVendorPayouts()
  const returnedFromStripe = (await searchParams).stripe === "return"
  return <PayoutsTemplate session={session} data={data} returnedFromStripe={returnedFromStripe} t={t} locale={locale} />
})
