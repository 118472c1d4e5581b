import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ReadStatus } from "@rbv/kit/admin-ui"
import { useTranslation } from "react-i18next"
import { useAdminRead } from "../lib/admin-read"
import { adminLanguage } from "../lib/sdk"

type Vat = { rates: { rate: number; cents: number }[]; total: number; medusa_total: number; released_makers: string[] }

const money = (cents: number) => new Intl.NumberFormat(adminLanguage(), { style: "currency", currency: "EUR" }).format(cents / 100)

/**
 * The order's VAT per rate as the resident's receipt and the makers' statements state it. Medusa's summary rounds
 * the unrounded sum: its total and its rates can be a cent off the receipt (and off each other).
 */
const OrderVatWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  // Read again when Medusa's page has the order anew with other taxes (an edit) or a part released (a credit line).
  const read = useAdminRead<{ vat: Vat }>(`/admin/orders/${data.id}/vat`, `${data.tax_total}/${data.credit_lines?.length ?? 0}`)
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("rbvVendors.vat.title")}</Heading>
      <ReadStatus read={read} failed={(reason) => t("rbvVendors.vat.failed", { reason })} />
      {read.state === "loaded" && (
        <>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
            {read.data.vat.rates.map(({ rate, cents }) => (
              <div key={rate} className="contents">
                <dt>
                  <Text size="small">{t("rbvVendors.vat.rate", { rate: rate.toLocaleString(adminLanguage()) })}</Text>
                </dt>
                <dd className="text-right">
                  <Text size="small">{money(cents)}</Text>
                </dd>
              </div>
            ))}
            <dt>
              <Text size="small" weight="plus">
                {t("rbvVendors.vat.total")}
              </Text>
            </dt>
            <dd className="text-right">
              <Text size="small" weight="plus">
                {money(read.data.vat.total)}
              </Text>
            </dd>
          </dl>
          {read.data.vat.released_makers.length > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("rbvVendors.vat.released", { makers: read.data.vat.released_makers.join(", ") })}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle">
            {t("rbvVendors.vat.as_receipt")}
            {read.data.vat.medusa_total !== read.data.vat.total && ` ${t("rbvVendors.vat.medusa_differs", { medusa: money(read.data.vat.medusa_total) })}`}
          </Text>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderVatWidget
