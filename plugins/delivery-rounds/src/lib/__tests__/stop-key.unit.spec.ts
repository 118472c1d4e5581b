import { stopKey } from "../stop-key"

const home = (address_1: string, extra: Record<string, string> = {}) => ({ address: { address_1, postal_code: "37129", country_code: "it", ...extra } })

describe("stopKey", () => {
  it("one door whatever the spelling: case, accents, commas and spaces aside", () => {
    expect(stopKey(home("Via San Nazaro 12"))).toBe(stopKey(home("  via san nazaro, 12 ")))
    expect(stopKey(home("Vicolo Cieco Disciplina 3"))).toBe(stopKey(home("VICOLO CIECO DISCIPLINA 3")))
    expect(stopKey(home("Via Santa Maria in Organo 4"))).toBe(stopKey(home("Via Santa María in Organo 4")))
  })

  it("another number, postcode, staircase or country is another door", () => {
    const key = stopKey(home("Via San Nazaro 12"))
    expect(stopKey(home("Via San Nazaro 14"))).not.toBe(key)
    expect(stopKey(home("Via San Nazaro 12", { postal_code: "37131" }))).not.toBe(key)
    expect(stopKey(home("Via San Nazaro 12", { address_2: "Scala B" }))).not.toBe(key)
    expect(stopKey(home("Via San Nazaro 12", { country_code: "at" }))).not.toBe(key)
  })

  it("at a pickup point the resident is the stop: same point and e-mail, one stop; home and pickup never meet", () => {
    const giulia = stopKey({ pickup_point_id: "pkp_1", email: "Giulia@Example.org", address: home("Via San Nazaro 12").address })
    expect(giulia).toBe(stopKey({ pickup_point_id: "pkp_1", email: "giulia@example.org " }))
    expect(stopKey({ pickup_point_id: "pkp_2", email: "giulia@example.org" })).not.toBe(giulia)
    expect(stopKey({ pickup_point_id: "pkp_1", email: "piero@example.org" })).not.toBe(giulia)
    expect(stopKey(home("Via San Nazaro 12"))).not.toBe(giulia)
  })

  it("nothing to match on: no key (the order is a stop of its own)", () => {
    expect(stopKey({ address: { address_1: " , " } })).toBeNull()
    expect(stopKey({ address: null })).toBeNull()
    expect(stopKey({ pickup_point_id: "pkp_1", email: null })).toBeNull()
  })
})
