import type * as Ibantools from "ibantools" with { "resolution-mode": "import" }

// ibantools knows every country's IBAN length and format (ISO 13616 registry), not just ours.
// Its type declarations are marked ESM; its `require` entry is CommonJS, which this build loads.
const { electronicFormatIBAN, isValidIBAN } = require("ibantools") as typeof Ibantools

export const normalizeIban = (value: string) => electronicFormatIBAN(value) ?? ""

export const isValidIban = (value: string): boolean => isValidIBAN(normalizeIban(value))
