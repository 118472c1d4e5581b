import { geoUri, inRunOrder, itemsByMaker, navigationUrl, nextStop, runProgress, stopNumber, telHref } from "../run"
import { stop } from "./fixtures"

describe("nextStop", () => {
  it("is the first scheduled stop in plan order, whatever order the list came in", () => {
    const stops = [
      stop({ id: "c", position: 3 }),
      stop({ id: "a", position: 1, status: "delivered" }),
      stop({ id: "b", position: 2 }),
    ]
    expect(nextStop(stops)?.id).toBe("b")
  })

  it("skips failed stops as done and puts unplanned stops after the planned ones", () => {
    const stops = [stop({ id: "loose", position: null }), stop({ id: "one", position: 1, status: "failed" }), stop({ id: "two", position: 2 })]
    expect(inRunOrder(stops).map((s) => s.id)).toEqual(["one", "two", "loose"])
    expect(nextStop(stops)?.id).toBe("two")
  })

  it("is null when every stop is done", () => {
    expect(nextStop([stop({ status: "delivered" }), stop({ id: "x", status: "failed" })])).toBeNull()
    expect(nextStop([])).toBeNull()
  })
})

describe("runProgress and stopNumber", () => {
  it("counts delivered and failed as done", () => {
    const stops = [stop({ id: "a", status: "delivered" }), stop({ id: "b", status: "failed" }), stop({ id: "c" })]
    expect(runProgress(stops)).toEqual({ done: 2, delivered: 1, failed: 1, total: 3 })
    expect(runProgress(stops.map((s) => ({ ...s, status: "delivered" as const })))).toMatchObject({ done: 3 })
    expect(runProgress([])).toEqual({ done: 0, delivered: 0, failed: 0, total: 0 })
  })

  it("numbers a stop by its plan position, else by its place in run order", () => {
    const a = stop({ id: "a", position: 4 })
    const b = stop({ id: "b", position: null })
    const c = stop({ id: "c", position: null })
    expect(stopNumber([b, a, c], a)).toBe(4)
    expect(stopNumber([b, a, c], c)).toBe(3)
  })
})

describe("navigationUrl and geoUri", () => {
  it("asks OpenStreetMap for directions to the stop's coordinates", () => {
    expect(navigationUrl({ lat: 45.44312345, lng: 11.0079 })).toBe("https://www.openstreetmap.org/directions?to=45.443123%2C11.0079")
    expect(geoUri({ lat: 45.4431, lng: 11.0079 })).toBe("geo:45.4431,11.0079")
  })

  it("falls back to a search by address without coordinates, and to nothing without either", () => {
    expect(navigationUrl({ lat: null, lng: null, address_1: "Via XX Settembre 40", postal_code: "37129", city: "Verona" })).toBe(
      "https://www.openstreetmap.org/search?query=Via%20XX%20Settembre%2040%2C%2037129%2C%20Verona"
    )
    expect(navigationUrl({ lat: null, lng: null, address_1: null })).toBeNull()
    expect(geoUri({ lat: null, lng: 11 })).toBeNull()
  })
})

describe("telHref", () => {
  it("keeps the digits and a leading plus", () => {
    expect(telHref("+39 045 800-5678")).toBe("tel:+390458005678")
    expect(telHref("045 (800) 5678")).toBe("tel:0458005678")
  })
})

describe("itemsByMaker", () => {
  it("groups a stop's items by maker in first-seen order", () => {
    const grouped = itemsByMaker([
      { maker_name: "Forno San Nazaro", title: "Pane", quantity: 2 },
      { maker_name: "Miele Torricelle", title: "Miele", quantity: 1 },
      { maker_name: "Forno San Nazaro", title: "Focaccia", quantity: 1 },
    ])
    expect(grouped).toEqual([
      { maker_name: "Forno San Nazaro", items: [{ title: "Pane", quantity: 2 }, { title: "Focaccia", quantity: 1 }] },
      { maker_name: "Miele Torricelle", items: [{ title: "Miele", quantity: 1 }] },
    ])
  })
})
