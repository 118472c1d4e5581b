import { SearchPage, searchMetadata, type SearchPageProps } from "@/modules/catalogue/search-page"

export const generateMetadata = searchMetadata

export default async function Page(props: SearchPageProps) {
  return <SearchPage {...props} />
}
