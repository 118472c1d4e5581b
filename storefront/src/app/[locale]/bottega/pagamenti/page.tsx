import { requireApprovedVendor } from "@/lib/data/bottega"
import { retrieveVendorPayouts } from "@/lib/data/payouts"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { PayoutsTemplate } from "@/modules/bottega/payouts-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("payments.title")

type Props = { searchParams: Promise<{ stripe?: string }> }

export default async function PaymentsPage({ searchParams }: Props) {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const data = await retrieveVendorPayouts()
  const returnedFromStripe = (await searchParams).stripe === "return"
  return <PayoutsTemplate session={session} data={data} returnedFromStripe={returnedFromStripe} t={t} locale={locale} />
}
