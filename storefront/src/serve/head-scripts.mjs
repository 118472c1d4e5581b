// Moves Next's framework and page scripts out of a document's <head> into a loader that starts
// them once the page has painted (issue 13). Next 16 renders them as `<script src async>` through
// React's preinit, with no option to defer them, and the browser's preload scanner fetches them
// with the head: on a phone the photo and text of the page then share the line with ~130 kB of
// scripts, and Lighthouse's simulation counts every script that finished before the paint.
// Only the head is touched (the server streams the rest as it comes); the bootstrap script React
// puts in <body> and the `noModule` polyfill stay where they are.

const ASYNC_SCRIPT = /<script\b([^>]*)>\s*<\/script>/gi
const SCRIPT_PRELOAD = /<link\b([^>]*)\/?>/gi
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*"([^"]*)")?/g

/** The attributes of a tag as [name, value] pairs (Next and React always quote with "). */
export function attributesOf(text) {
  return [...text.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, decode(value ?? "")])
}

const decode = (value) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")

// A JSON string in an inline script: "</script>" or "<!--" inside it would end or confuse the script.
const scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c")

/**
 * The loader: after the document has been parsed (DOMContentLoaded) and the next frame drawn
 * (requestAnimationFrame, then a task), it appends the scripts to <head> in their order, with
 * their attributes (nonce included: under 'strict-dynamic' its own nonce already trusts what it
 * adds). A hidden tab draws no frame: the timer starts them anyway after a second.
 */
function loader(scripts, nonce) {
  const body =
    `(function(s){var d=document,done=0;function go(){if(done)return;done=1;s.forEach(function(a){` +
    `var e=d.createElement("script");a.forEach(function(p){e.setAttribute(p[0],p[1])});d.head.appendChild(e)})}` +
    `function after(){requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1000)}` +
    `d.readyState==="loading"?d.addEventListener("DOMContentLoaded",after):after()})(${scriptJson(scripts)})`
  return `<script${nonce ? ` nonce="${nonce.replace(/"/g, "&quot;")}"` : ""}>${body}</script>`
}

/**
 * The head of a document (up to and including `</head>`) with its `<script src async>` tags
 * replaced by the loader, and the `<link rel="preload" as="script">` hints for them dropped.
 * A head without such scripts comes back as it was.
 */
export function deferHeadScripts(head) {
  const scripts = []
  let rest = head.replace(ASYNC_SCRIPT, (tag, text) => {
    const attributes = attributesOf(text)
    const names = new Set(attributes.map(([name]) => name.toLowerCase()))
    if (!names.has("src") || !names.has("async") || names.has("type")) return tag
    scripts.push(attributes)
    return ""
  })
  if (!scripts.length) return head
  const deferred = new Set(scripts.map((a) => a.find(([name]) => name.toLowerCase() === "src")[1]))
  rest = rest.replace(SCRIPT_PRELOAD, (tag, text) => {
    const attributes = Object.fromEntries(attributesOf(text).map(([name, value]) => [name.toLowerCase(), value]))
    return attributes.rel === "preload" && attributes.as === "script" && deferred.has(attributes.href) ? "" : tag
  })
  const nonce = scripts[0].find(([name]) => name.toLowerCase() === "nonce")?.[1]
  const end = rest.toLowerCase().lastIndexOf("</head>")
  return rest.slice(0, end) + loader(scripts, nonce) + rest.slice(end)
}
