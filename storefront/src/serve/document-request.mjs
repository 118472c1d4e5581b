// Which requests may get a rewritten head: a browser loading a page. Next's RSC requests (client
// navigations, prefetches, server actions), its built files, the API routes (the revalidation
// endpoint among them) and the relayed photos go to Next untouched.
export function isDocumentRequest({ method, url = "", headers }) {
  if (method !== "GET" && method !== "HEAD") return false
  if (!String(headers.accept ?? "").includes("text/html")) return false
  if (headers.rsc || headers["next-action"] || headers["next-router-prefetch"]) return false
  const [pathname, query = ""] = url.split("?")
  if (/(^|&)_rsc=/.test(query)) return false
  return !/^\/(_next|api|media)\//.test(pathname)
}
