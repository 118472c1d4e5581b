import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminHref, euro } from "../lib/sdk"

type MakerReport = { vendor_id: string; name: string; orders: number; sales: number; contribution: number; net: number; vat: number }
type Report = {
  round: { id: string; name: string | null; starts_at: string }
  makers: MakerReport[]
  totals: { orders: number; sales: number; contribution: number; net: number; vat: number; fund: number; delivery_fees: number; cash_to_collect: number }
}

/** A round's money for the coordinators (from the ledgers), with the same report as CSV. */
const K = "rbvRounds.report."

export const RoundReport = ({ roundId, title, onClose }: { roundId: string; title: string; onClose: () => void }) => {
  const { t: tr } = useTranslation()
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setReport(null)
    adminFetch<{ report: Report }>(`/admin/delivery-rounds/${roundId}/report`).then((d) => setReport(d.report), (e) => setError((e as Error).message))
  }, [roundId])
  const t = report?.totals
  return (
    <Container className="mt-4" aria-label={tr(`${K}label`, { title })}>
      <div className="flex items-center justify-between">
        <Heading level="h2">{tr(`${K}title`, { title })}</Heading>
        <div className="flex gap-2">
          <a href={adminHref(`/admin/delivery-rounds/${roundId}/report/csv`)} download className="text-ui-fg-interactive txt-compact-small-plus self-center">
            {tr(`${K}csv`)}
          </a>
          <Button size="small" variant="secondary" onClick={onClose}>
            {tr(`${K}close`)}
          </Button>
        </div>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
      {!report ? null : (
        <>
          <Table className="mt-2">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{tr(`${K}columns.maker`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{tr(`${K}columns.orders`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{tr(`${K}columns.sales`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{tr(`${K}columns.contribution`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{tr(`${K}columns.net`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{tr(`${K}columns.vat`)}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.makers.map((m) => (
                <Table.Row key={m.vendor_id}>
                  <Table.Cell>{m.name}</Table.Cell>
                  <Table.Cell className="text-right">{m.orders}</Table.Cell>
                  <Table.Cell className="text-right">{euro(m.sales)}</Table.Cell>
                  <Table.Cell className="text-right">{euro(m.contribution)}</Table.Cell>
                  <Table.Cell className="text-right">{euro(m.net)}</Table.Cell>
                  <Table.Cell className="text-right">{euro(m.vat)}</Table.Cell>
                </Table.Row>
              ))}
              <Table.Row>
                <Table.Cell>
                  <Text weight="plus">{tr(`${K}total`)}</Text>
                </Table.Cell>
                <Table.Cell className="text-right">{t!.orders}</Table.Cell>
                <Table.Cell className="text-right">{euro(t!.sales)}</Table.Cell>
                <Table.Cell className="text-right">{euro(t!.contribution)}</Table.Cell>
                <Table.Cell className="text-right">{euro(t!.net)}</Table.Cell>
                <Table.Cell className="text-right">{euro(t!.vat)}</Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="text-ui-fg-subtle">{tr(`${K}fund`)}</dt>
            <dd>{euro(t!.fund)}</dd>
            <dt className="text-ui-fg-subtle">{tr(`${K}fees`)}</dt>
            <dd>{euro(t!.delivery_fees)}</dd>
            <dt className="text-ui-fg-subtle">{tr(`${K}cash`)}</dt>
            <dd>{euro(t!.cash_to_collect)}</dd>
          </dl>
        </>
      )}
    </Container>
  )
}
