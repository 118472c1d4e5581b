import { stringify } from "csv-stringify/sync"

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/
// ...but a plain signed number ("-12.50") is data, and must stay a number for the accounts.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

/** A leading apostrophe makes a spreadsheet show the text as it is instead of evaluating it. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

export type CsvCell = string | number | boolean | Date | null | undefined

/**
 * Every CSV the network exports goes through here: csv-stringify does the quoting (commas,
 * quotes, line breaks, and semicolons for spreadsheets set to the Italian separator), each text
 * cell is neutralised first. Numbers are written as they are.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header, ...rows], {
    record_delimiter: "\n",
    quoted_match: ";",
    cast: {
      string: neutraliseCell,
      date: (d) => d.toISOString(),
      boolean: (b) => (b ? "true" : "false"),
    },
  })
}
