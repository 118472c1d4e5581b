import { receivingOf } from "../receiving"

describe("receivingOf", () => {
  const contact = { first_name: "Marta", phone: "045 800 5678" }

  it("reads home delivery from a saved street and postcode", () => {
    expect(receivingOf({ ...contact, address_1: "Via Cantarane 31", postal_code: "37129" })).toBe("home")
  })

  it("reads collection from a name and phone without a street", () => {
    expect(receivingOf({ ...contact, address_1: null, postal_code: null })).toBe("pickup")
  })

  it("is not decided while the step is not saved, or is half saved", () => {
    expect(receivingOf(null)).toBeNull()
    expect(receivingOf({ first_name: "Marta", phone: null, address_1: null, postal_code: null })).toBeNull()
    // A street without its postcode cannot be served by a round: not home yet.
    expect(receivingOf({ first_name: null, phone: null, address_1: "Via Cantarane 31", postal_code: null })).toBeNull()
  })
})
