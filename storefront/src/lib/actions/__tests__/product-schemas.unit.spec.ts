import { z } from "zod"
import { IT_MESSAGES as itMessages } from "../../i18n/catalog"
import { createTranslator } from "../../i18n/translate"
import { zodFieldErrors } from "../form-errors"
import { euroPrice, stockCount, variantTitle } from "../product-schemas"

const t = createTranslator(itMessages, "it")
const size = z.object({ title: variantTitle, price: euroPrice, stock: stockCount })
const errorsOf = (input: Record<string, string>) => {
  const result = size.safeParse(input)
  return result.success ? {} : zodFieldErrors(result.error, t)
}

describe("a size typed in La mia bottega", () => {
  it("reads an Italian price to the cent", () => {
    expect(size.parse({ title: " Teglia intera ", price: "14,00", stock: "" })).toEqual({ title: "Teglia intera", price: 14, stock: 0 })
  })

  it.each([
    ["-1", "Prezzo: non può essere negativo; scrivi un importo in euro, es. 4,50."],
    [" -3,50 €", "Prezzo: non può essere negativo; scrivi un importo in euro, es. 4,50."],
    ["3,805", "Prezzo: al massimo due cifre dopo la virgola (i centesimi), es. 4,50."],
    ["3.805", "Prezzo: al massimo due cifre dopo la virgola (i centesimi), es. 4,50."],
    ["1.250,505", "Prezzo: al massimo due cifre dopo la virgola (i centesimi), es. 4,50."],
    ["", "Prezzo: scrivi un importo in euro, es. 4,50."],
    ["tre euro", "Prezzo: scrivi un importo in euro, es. 4,50."],
  ])("refuses the price %j naming the field and what is wrong", (price, message) => {
    expect(errorsOf({ title: "Trancio", price, stock: "1" })).toEqual({ price: message })
  })

  it("names the size's name when it is empty or only spaces", () => {
    expect(errorsOf({ title: "   ", price: "3,80", stock: "1" })).toEqual({ title: "Nome del formato: scrivilo, es. 500 g o Teglia intera." })
  })
})
