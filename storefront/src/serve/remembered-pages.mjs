// A page Next serves from its cache is the same bytes for every visitor, yet each request paid for
// the head rewrite and the compression again (a browser's request cost ~1.7× one without
// Accept-Encoding, session 21). Here the bytes as sent are kept per page, and the next request asks
// Next whether they are still the page: Next answers from its own cache and revalidation (a 304 on
// the kept ETag, or the new page), so nothing here decides freshness.

// The cookie that picks a visitor's language: part of the key, so an Italian and an English
// visitor of the same URL do not keep replacing each other's copy (their ETags differ anyway).
const LOCALE = /(?:^|;\s*)rbv_locale=([^;]*)/

/**
 * `remember(req, res)` must patch `res` before anything else does (compression, head rewrite), so
 * that it sees the bytes as they leave. Only GETs without the client's own If-None-Match, and only
 * responses Next marks as a cache hit with an ETag and no cookie set, are kept; at most `maxBytes`
 * in all, the least recently used forgotten first.
 */
export function rememberedPages({ maxBytes = 32 * 1024 * 1024, maxPage = 1024 * 1024 } = {}) {
  const kept = new Map() // key → { etag, body, headers }; Map order = least recently used first
  let total = 0

  const forget = (key) => {
    const page = kept.get(key)
    if (!page) return
    kept.delete(key)
    total -= page.body.length
  }
  const keep = (key, page) => {
    forget(key)
    kept.set(key, page)
    total += page.body.length
    while (total > maxBytes) forget(kept.keys().next().value)
  }

  function remember(req, res) {
    if (req.method !== "GET" || req.headers["if-none-match"]) return
    const key = `${req.url}\n${req.headers["accept-encoding"] ?? ""}\n${LOCALE.exec(req.headers.cookie ?? "")?.[1] ?? ""}`
    const page = kept.get(key)
    if (page) {
      kept.delete(key) // most recently used: to the end
      kept.set(key, page)
      req.headers["if-none-match"] = page.etag
    }
    const { writeHead, write, end } = res
    let mode = "pass" // "replay": Next said 304 to our ETag; "record": a cache hit worth keeping
    let pieces = []
    let size = 0

    res.writeHead = function (status, ...rest) {
      if (page && status === 304) {
        mode = "replay"
        for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value)
        res.setHeader("content-length", page.body.length)
        return writeHead.call(this, 200, ...rest.filter((r) => typeof r !== "string"))
      }
      if (status === 200 && res.getHeader("x-nextjs-cache") === "HIT" && res.getHeader("etag") && !res.getHeader("set-cookie")) mode = "record"
      return writeHead.call(this, status, ...rest)
    }

    const take = (chunk, encoding) => {
      if (mode !== "record" || chunk == null) return
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk)
      size += bytes.length
      if (size > maxPage) [mode, pieces] = ["pass", []]
      else pieces.push(bytes)
    }

    res.write = function (chunk, encoding, callback) {
      if (!res.headersSent) res.writeHead(res.statusCode)
      if (mode === "replay") {
        const done = typeof encoding === "function" ? encoding : callback
        if (done) process.nextTick(done)
        return true
      }
      take(chunk, encoding)
      return write.call(this, chunk, encoding, callback)
    }

    res.end = function (chunk, encoding, callback) {
      if (typeof chunk === "function") [callback, chunk] = [chunk, undefined]
      if (!res.headersSent) res.writeHead(res.statusCode)
      if (mode === "replay") return end.call(this, page.body, callback)
      take(chunk, encoding)
      if (mode === "record") {
        const headers = {}
        for (const name of ["content-type", "content-encoding", "vary"]) if (res.getHeader(name) != null) headers[name] = res.getHeader(name)
        keep(key, { etag: String(res.getHeader("etag")), body: Buffer.concat(pieces), headers })
      }
      return end.call(this, chunk, encoding, callback)
    }
  }

  remember.size = () => ({ pages: kept.size, bytes: total })
  return remember
}
