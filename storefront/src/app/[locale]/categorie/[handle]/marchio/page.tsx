import { CategoryPage, categoryMetadata, type CategoryPageProps } from "@/modules/catalogue/category-page"

/** `/categorie/<handle>?marchio=1` (rewritten here by proxy.ts): only the brand's products. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

export const generateMetadata = categoryMetadata

export default async function Page(props: CategoryPageProps) {
  return <CategoryPage {...props} brandOnly />
}
