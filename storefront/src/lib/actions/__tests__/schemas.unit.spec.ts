import { z } from "zod"
import { IT_MESSAGES as itMessages } from "../../i18n/catalog"
import { createTranslator } from "../../i18n/translate"
import { formValues } from "../form-state"
import { zodFieldErrors } from "../form-errors"
import { email, grams, phone, postalCode, province, quantity, requiredText } from "../schemas"

const t = createTranslator(itMessages, "it")

const address = z.object({ first_name: requiredText(), postal_code: postalCode, province, phone })

describe("checkout field rules", () => {
  it("accept a Veronetta address and normalise the province", () => {
    const parsed = address.parse({ first_name: " Giulia ", postal_code: "37129", province: "vr", phone: "045 800 1234" })
    expect(parsed).toEqual({ first_name: "Giulia", postal_code: "37129", province: "VR", phone: "045 800 1234" })
  })

  it("explain each wrong field in Italian, keyed by field name", () => {
    const result = address.safeParse({ first_name: "", postal_code: "3712", province: "Verona", phone: "" })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(zodFieldErrors(result.error, t)).toEqual({
      first_name: "Campo obbligatorio.",
      postal_code: "Il CAP ha 5 cifre, es. 37129.",
      province: "Scrivi la sigla della provincia, es. VR.",
      phone: "Campo obbligatorio.",
    })
  })

  it("reject a malformed email", () => {
    expect(email.safeParse("giulia@").success).toBe(false)
    expect(email.safeParse("giulia@residenti.demo").success).toBe(true)
  })
})

describe("quantity", () => {
  it("reads whole numbers from 0 to 99", () => {
    expect(quantity.parse("2")).toBe(2)
    expect(quantity.parse("0")).toBe(0)
  })

  it("refuses an empty field instead of treating it as 0", () => {
    expect(quantity.safeParse("").success).toBe(false)
    expect(quantity.safeParse("1.5").success).toBe(false)
    expect(quantity.safeParse("100").success).toBe(false)
  })
})

describe("formValues", () => {
  it("keeps text fields, drops React's internal fields and the ones asked to omit", () => {
    const data = new FormData()
    data.set("email", "a@b.it")
    data.set("password", "secret123")
    data.set("$ACTION_ID_abc", "")
    expect(formValues(data, ["password"])).toEqual({ email: "a@b.it" })
  })
})

describe("grams typed by a maker", () => {
  it("accept whole grams within what the API takes, and nothing else", () => {
    expect(grams.parse(" 2130 ")).toBe(2130)
    expect(grams.parse("100000")).toBe(100_000)
    for (const typed of ["", "0", "2.5", "100001", "-5", "2 kg"]) {
      const result = grams.safeParse(typed)
      expect([typed, result.success]).toEqual([typed, false])
      if (!result.success) expect(result.error.issues[0].message).toBe("validation.grams")
    }
  })
})
