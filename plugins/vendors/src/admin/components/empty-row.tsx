import { Table, Text } from "@medusajs/ui"

/** A table with no rows says why, in one full-width row. */
export const EmptyRow = ({ columns, children }: { columns: number; children: string }) => (
  <Table.Row>
    <td colSpan={columns} className="px-6">
      <Text size="small" className="text-ui-fg-subtle py-2">
        {children}
      </Text>
    </td>
  </Table.Row>
)
