import { SearchPage, searchMetadata, type SearchPageProps } from "@/modules/catalogue/search-page"

/** `/cerca?q=…` (rewritten here by proxy.ts): one cached page per search. */
export function generateStaticParams(): { q: string }[] {
  return []
}

export const generateMetadata = searchMetadata

export default async function Page(props: SearchPageProps) {
  return <SearchPage {...props} />
}
