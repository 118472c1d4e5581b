import { Link } from "@/modules/common/link"

type CategoryLink = { id: string; handle: string; name: string }

/** Links to category pages, one list item each: the header's bar, a product's categories, the subcategories, the home tiles. */
export function CategoryLinks({ categories, className, linkClassName }: { categories: CategoryLink[]; className?: string; linkClassName?: string }) {
  return (
    <ul className={className}>
      {categories.map((category) => (
        <li key={category.id}>
          <Link href={`/categorie/${category.handle}`} className={linkClassName}>
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
