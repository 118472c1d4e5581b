// Next ships its compression middleware without types; server.mjs and its tests use it.
declare module "next/dist/compiled/compression/index.js" {
  import type { IncomingMessage, ServerResponse } from "node:http"
  export default function compression(): (req: Pick<IncomingMessage, "method" | "headers">, res: ServerResponse, next: () => void) => void
}
