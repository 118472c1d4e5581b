import { checkoutAddress, lastHomeAddress } from "../checkout-address"

const home = { first_name: "Sofia", last_name: "Bertoldi", address_1: "Via XX Settembre 10", postal_code: "37129", city: "Verona", province: "VR", phone: "333 123 4567" }
const pickup = { first_name: "Sofia", last_name: "Bertoldi", address_1: "", postal_code: "", city: "", province: "", phone: "333 123 4567" }
const account = { first_name: "Sofia", last_name: "Bertoldi", phone: "+39 333 901 2264" }

describe("checkoutAddress", () => {
  it("keeps what the cart saved, home or pickup, and proposes nothing over it", () => {
    expect(checkoutAddress({ ...home, address_1: "Via Nuova 1" }, account, home).address_1).toBe("Via Nuova 1")
    expect(checkoutAddress(pickup, account, home)).toEqual({ ...pickup, phone: "333 123 4567" })
  })

  it("proposes the last home address to a signed-in resident whose cart has none, her phone from that order", () => {
    expect(checkoutAddress(null, account, home)).toEqual(home)
  })

  it("falls back to the account's name and phone, and empty fields, with no earlier home order", () => {
    expect(checkoutAddress(null, account, null)).toEqual({ first_name: "Sofia", last_name: "Bertoldi", address_1: "", postal_code: "", city: "", province: "", phone: "+39 333 901 2264" })
    expect(checkoutAddress(undefined, null, null)).toEqual({ first_name: "", last_name: "", address_1: "", postal_code: "", city: "", province: "", phone: "" })
  })
})

describe("lastHomeAddress", () => {
  it("skips pickup orders (no street) and orders without an address", () => {
    expect(lastHomeAddress([null, pickup, home, { ...home, address_1: "Via Vecchia 2" }])).toBe(home)
    expect(lastHomeAddress([pickup, undefined])).toBeNull()
  })
})
