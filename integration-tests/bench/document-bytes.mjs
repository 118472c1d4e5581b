// Each page's document as the storefront sends it, for bench:web: deterministic figures that a busy
// machine does not move (Lighthouse's do). Next writes a dynamic page in pieces (the HTML shell,
// then the RSC payload, then the closing tags) and its gzip flushes after each write with a full
// flush, so no piece can refer back to an earlier one: the inlined stylesheet and every text the
// payload repeats are compressed twice. A document over the first congestion window (~14.6 kB)
// costs a phone one more round trip before the photos it names can be asked for.
import net from "node:net"
import zlib from "node:zlib"

// Lighthouse's phone (its mobile preset), so that the server renders what Lighthouse is sent.
const USER_AGENT = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36"

/** One GET over a raw socket, so that the chunks of a chunked response (one per server write) stay visible. */
function rawGet(url, { encoding, cookie }) {
  const { hostname, port, pathname, search } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const parts = []
    socket.on("data", (d) => parts.push(d))
    socket.on("end", () => resolve(Buffer.concat(parts)))
    socket.on("error", reject)
    socket.write(
      `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/html\r\nAccept-Encoding: ${encoding}\r\n` +
        `User-Agent: ${USER_AGENT}\r\n${cookie ? `Cookie: ${cookie}\r\n` : ""}Connection: close\r\n\r\n`
    )
  })
}

/** The status line and the body's chunks (one if the response has a length instead). */
export function splitChunks(response) {
  const head = response.indexOf("\r\n\r\n")
  const headers = response.subarray(0, head).toString()
  const status = Number(headers.split(" ")[1])
  let i = head + 4
  if (!/^transfer-encoding:\s*chunked/im.test(headers)) return { status, chunks: [response.subarray(i)] }
  const chunks = []
  for (;;) {
    const eol = response.indexOf("\r\n", i)
    const size = parseInt(response.subarray(i, eol).toString(), 16)
    if (!size) return { status, chunks }
    chunks.push(response.subarray(eol + 2, eol + 2 + size))
    i = eol + 2 + size + 2
  }
}

/** For each page: its bytes, the writes it came in, gzip as the server sent it and gzip of the same bytes in one piece. */
export async function documentBytes(pages, cookie) {
  const out = {}
  for (const [name, url] of Object.entries(pages)) {
    const plain = splitChunks(await rawGet(url, { encoding: "identity", cookie }))
    const gzipped = splitChunks(await rawGet(url, { encoding: "gzip", cookie }))
    if (plain.status !== 200 || gzipped.status !== 200) throw new Error(`${url}: ${plain.status} / ${gzipped.status}`)
    const body = Buffer.concat(plain.chunks)
    out[name] = {
      bytes: body.length,
      writes: plain.chunks.length,
      gzip_as_sent: Buffer.concat(gzipped.chunks).length,
      gzip_one_piece: zlib.gzipSync(body).length,
    }
  }
  return out
}
