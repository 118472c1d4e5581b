import { CategoryPage, categoryMetadata, type CategoryPageProps } from "@/modules/catalogue/category-page"

export function generateStaticParams(): { handle: string }[] {
  return []
}

export const generateMetadata = categoryMetadata

export default async function Page(props: CategoryPageProps) {
  return <CategoryPage {...props} brandOnly={false} />
}
