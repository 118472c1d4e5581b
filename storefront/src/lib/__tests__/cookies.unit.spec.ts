import { authHeaders, AUTH_COOKIE, CART_COOKIE, getCartId, orderAccessHeaders, ORDER_ACCESS_COOKIE, rememberOrderAccess, removeAuthToken, setAuthToken, setCartId, setVendorToken, vendorAuthHeaders, VENDOR_AUTH_COOKIE } from "../cookies"
import { setVolunteerToken, volunteerHeaders, VOLUNTEER_AUTH_COOKIE } from "../volunteer-session"

// Next's request cookies as a plain jar, and the proxy's x-forwarded-proto.
const mockJar = new Map<string, { value: string; options: Record<string, unknown> }>()
const mockRequest = { proto: "http" }
jest.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (mockJar.has(name) ? { name, value: mockJar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => void mockJar.set(name, { value, options }),
    delete: (name: string) => void mockJar.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-proto": mockRequest.proto }),
}))

const DAY = 60 * 60 * 24

beforeEach(() => {
  mockJar.clear()
  mockRequest.proto = "http"
})

describe("the storefront's own cookies", () => {
  it("keeps each login in its own httpOnly cookie, for its own time, and sends it as a bearer token", async () => {
    mockRequest.proto = "https"
    await setAuthToken("customer")
    await setVendorToken("maker")
    await setVolunteerToken("rider")
    expect(mockJar.get(AUTH_COOKIE)).toEqual({ value: "customer", options: { httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 7 * DAY } })
    expect(mockJar.get(VENDOR_AUTH_COOKIE)?.options.maxAge).toBe(7 * DAY)
    expect(mockJar.get(VOLUNTEER_AUTH_COOKIE)?.options.maxAge).toBe(DAY)
    expect(await authHeaders()).toEqual({ authorization: "Bearer customer" })
    expect(await vendorAuthHeaders()).toEqual({ authorization: "Bearer maker" })
    expect(await volunteerHeaders()).toEqual({ authorization: "Bearer rider" })
  })

  it("sends no login once it is forgotten, or when there never was one", async () => {
    await setAuthToken("customer")
    await removeAuthToken()
    expect(await authHeaders()).toEqual({})
    expect(await vendorAuthHeaders()).toEqual({})
    expect(await volunteerHeaders()).toBeNull()
  })

  it("keeps the cart a month, not Secure over plain HTTP, and the paid orders' secrets three months", async () => {
    await setCartId("cart_1")
    expect(await getCartId()).toBe("cart_1")
    expect(mockJar.get(CART_COOKIE)?.options).toMatchObject({ secure: false, maxAge: 30 * DAY })
    await rememberOrderAccess("order_1", "cart_1")
    expect(mockJar.get(ORDER_ACCESS_COOKIE)?.options.maxAge).toBe(90 * DAY)
    expect(await orderAccessHeaders("order_1")).toEqual({ "x-rbv-order-secret": "cart_1" })
    expect(await orderAccessHeaders("order_2")).toEqual({})
  })
})
