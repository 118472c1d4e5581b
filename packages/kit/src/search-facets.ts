import type { NextFunction, Request, Response } from "express"

/** What a filter of the store search lets through: only these products, or all but these. */
export type SearchFacetAnswer = { only?: string[]; except?: string[] }
export type SearchFacet = () => Promise<SearchFacetAnswer>

type FacetRequest = Request & { rbv_search_facets?: Record<string, SearchFacet> }

/**
 * A plugin answers one filter of GET /store/search (@rbv/vendors) without either plugin knowing
 * the other's internals: its middleware on that route registers the answer, and the route asks
 * it only when the resident chose the filter.
 */
export function searchFacet(name: string, answer: (req: Request) => Promise<SearchFacetAnswer>) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const facets = ((req as FacetRequest).rbv_search_facets ??= {})
    facets[name] = () => answer(req)
    next()
  }
}

export function searchFacetsOf(req: unknown): Record<string, SearchFacet> {
  return (req as FacetRequest).rbv_search_facets ?? {}
}
