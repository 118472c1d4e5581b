// Rewrites the <head> of an HTML response on its way out, passing everything after it through as
// it comes: a streamed page (cart, checkout, /bottega) keeps its streaming, and only the head —
// the first piece Next writes — waits until `</head>` has arrived.

// A head this long is not one of ours: send it as it is rather than keep it back.
const MAX_HEAD = 512 * 1024

/**
 * Patches `res` so that an HTML response's text up to `</head>` goes through `transform` once,
 * before anything is sent. `afterWrite` runs after each piece passed down (the compression
 * stream's flush: Next flushes after every piece, and its own flush no longer reaches ours).
 * Other responses pass through untouched.
 */
export function rewriteHead(res, transform, afterWrite = () => {}) {
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const writeHead = res.writeHead
  let state = "unknown" // then "head" (collecting) or "pass"
  let head = Buffer.alloc(0)

  // Node sends the headers through writeHead (also implicitly, on the first write or flushHeaders).
  res.writeHead = function (status, ...rest) {
    if (state === "unknown") {
      const headers = rest.find((r) => r && typeof r === "object" && !Array.isArray(r))
      const type = String(headers?.["content-type"] ?? headers?.["Content-Type"] ?? res.getHeader("content-type") ?? "")
      state = type.startsWith("text/html") && status !== 204 && status !== 304 ? "head" : "pass"
      if (state === "head") {
        // The length changes with the head; Next sets it on a page it sends in one piece.
        res.removeHeader("content-length")
        if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === "content-length") delete headers[name]
      }
    }
    return writeHead.call(this, status, ...rest)
  }

  const release = (bytes) => {
    state = "pass"
    head = Buffer.alloc(0)
    return bytes
  }

  // Takes a piece while collecting; returns what may be sent now (null while the head is incomplete).
  // Bytes, not text: a piece may end inside a character, and all after the head goes out as it came.
  const collect = (chunk, encoding) => {
    head = Buffer.concat([head, typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk])
    // React writes the tag in lower case; searching the bytes costs no copy of the page.
    const close = head.indexOf("</head>")
    if (close >= 0) {
      const cut = close + "</head>".length
      return release(Buffer.concat([Buffer.from(transform(head.subarray(0, cut).toString("utf8"))), head.subarray(cut)]))
    }
    return head.length > MAX_HEAD ? release(head) : null
  }

  res.write = function (chunk, encoding, callback) {
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined]
    if (state === "unknown" && !res.headersSent) res.writeHead(res.statusCode)
    const out = state !== "head" || chunk == null || chunk.length === 0 ? null : collect(chunk, encoding)
    if (state === "head") {
      if (callback) process.nextTick(callback)
      return true
    }
    const ok = out === null ? write(chunk, encoding, callback) : write(out, callback)
    afterWrite()
    return ok
  }

  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === "function") [callback, chunk] = [chunk, undefined]
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined]
    if (state === "unknown" && !res.headersSent && chunk != null) res.writeHead(res.statusCode)
    if (state !== "head") return end(chunk, encoding, callback)
    // The response ended inside its head (or never had one): whatever came goes out as it is.
    const out = (chunk != null ? collect(chunk, encoding) : null) ?? release(head)
    return end(out, callback)
  }
  return res
}
