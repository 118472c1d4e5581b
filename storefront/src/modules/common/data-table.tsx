import type { Key, ReactNode } from "react"

export type Column<Row> = {
  header: ReactNode
  cell: (row: Row, index: number) => ReactNode
  /** The cell that names the row (`<th scope="row">`), read out before the others. */
  names?: boolean
  /** On the column's header and on its cells (an amount's alignment). */
  className?: string
  /** Only on its cells. */
  cellClassName?: string
  /** A box to tick by hand on paper: nothing for a screen reader. */
  paperOnly?: boolean
}

type DataTableProps<Row> = {
  rows: Row[]
  columns: Column<Row>[]
  rowKey: (row: Row, index: number) => Key
  className?: string
  /** Said to screen readers only. */
  caption?: string
  /** In a box that scrolls sideways on a narrow phone instead of widening the page. */
  scroll?: boolean
}

/** A table of rows under column headers (payouts, statement lines, orders, a run sheet, the fund's months). */
export function DataTable<Row>({ rows, columns, rowKey, className, caption, scroll }: DataTableProps<Row>) {
  const table = (
    <table className={className}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, c) => (
            <th key={c} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKey(row, r)}>
            {columns.map((column, c) => {
              const className = [column.className, column.cellClassName].filter(Boolean).join(" ") || undefined
              return column.names ? (
                <th key={c} scope="row" className={className}>
                  {column.cell(row, r)}
                </th>
              ) : (
                <td key={c} className={className} aria-hidden={column.paperOnly || undefined}>
                  {column.cell(row, r)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return scroll ? <div className="table-wrap">{table}</div> : table
}
