import { checkoutAddress } from "../checkout-address"
import { addressBookOrder, addressLine, addressValues, sameAddress } from "../saved-addresses"

const home = { id: "caddr_home", address_name: "Casa", first_name: "Sofia", last_name: "Bertoldi", address_1: "Via XX Settembre 12", postal_code: "37129", city: "Verona", province: "VR", phone: "+39 333 1234567", is_default_shipping: false }
const work = { ...home, id: "caddr_work", address_name: "Lavoro", address_1: "Interrato dell'Acqua Morta 5", is_default_shipping: true }

describe("the resident's address book", () => {
  it("lists the default address first and keeps the others' order", () => {
    const third = { ...home, id: "caddr_3", address_name: null }
    expect(addressBookOrder([home, third, work]).map((a) => a.id)).toEqual(["caddr_work", "caddr_home", "caddr_3"])
    expect(addressBookOrder([home, third]).map((a) => a.id)).toEqual(["caddr_home", "caddr_3"])
  })

  it("names where an address is in one line", () => {
    expect(addressLine(home)).toBe("Via XX Settembre 12, 37129 Verona")
    expect(addressLine({ address_1: "Via Cantarane 40", postal_code: null, city: "Verona" })).toBe("Via Cantarane 40, Verona")
  })

  it("recognises a saved address however the fields were typed, and only the same person at the same street", () => {
    expect(sameAddress(home, { ...home, address_1: "  via xx  settembre 12 ", city: "VERONA", phone: "000" })).toBe(true)
    expect(sameAddress(home, { ...home, address_1: "Via XX Settembre 14" })).toBe(false)
    expect(sameAddress(home, { ...home, first_name: "Luca" })).toBe(false)
  })

  it("fills the checkout's fields from a saved address; the default one is what the checkout starts from when the cart has none", () => {
    expect(addressValues({ ...home, province: null })).toEqual({ first_name: "Sofia", last_name: "Bertoldi", address_1: "Via XX Settembre 12", postal_code: "37129", city: "Verona", province: "", phone: "+39 333 1234567" })
    expect(checkoutAddress(null, { first_name: "Sofia", phone: "+39 000" }, work).address_1).toBe(work.address_1)
    // what the cart saved wins over the book
    expect(checkoutAddress({ ...home, address_1: "Via Carducci 3" }, null, work).address_1).toBe("Via Carducci 3")
  })
})
