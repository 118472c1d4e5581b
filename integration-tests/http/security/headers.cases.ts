// Every API answer says it is not a page (nosniff, a CSP that allows nothing, no framing, no
// referrer); stored files keep their own sandboxing policy and a type fixed by the server.
import { districtSuite } from "../../helpers/district"
import { attempt, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(300_000)

const API_HEADERS = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
}

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    it("store, vendor, admin, auth and error answers carry the API's security headers", async () => {
      const forno = await vendorLogin(api, "forno@sannazaro.demo")
      const answers = [
        await api.get("/store/products?limit=1", district.store),
        await api.get("/store/vendors", district.store),
        await api.get("/vendor/me", forno),
        await api.get("/admin/vendors", district.admin),
        await attempt(api.post("/auth/customer/emailpass", { email: "nessuno@example.org", password: "x" })),
        await attempt(api.get("/vendor/me")),
      ]
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 401, 401])
      for (const answer of answers) expect(answer.headers).toMatchObject(API_HEADERS)
    })

    it("GET /static/:key: the seed's drawings are served with their own sandboxing policy, never sniffed", async () => {
      const { data } = await api.get("/store/products?limit=1&fields=thumbnail", district.store)
      const path = new URL(data.products[0].thumbnail).pathname
      expect(path).toMatch(/^\/static\/[\w.-]+\.svg$/)
      const served = await api.get(path, { responseType: "arraybuffer" })
      expect(served.status).toBe(200)
      expect(served.headers["content-type"]).toBe("image/svg+xml")
      expect(served.headers["x-content-type-options"]).toBe("nosniff")
      expect(served.headers["content-security-policy"]).toMatch(/sandbox/)
      expect(Buffer.from(served.data).toString("utf8")).toMatch(/^<svg /)
    })
  },
})
