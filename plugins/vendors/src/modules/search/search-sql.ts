import { searchTerms } from "./search-terms"

export type SearchParams = {
  q: string
  category?: string
  vendor?: string
  /** only these products (a facet such as the brand mark) */
  only?: string[]
  /** never these products (a facet such as "sold out for the next round") */
  except?: string[]
  limit: number
  offset: number
  /** the resident's language: a misspelt word is read as a word of it first ("mile": miele, not milk) */
  lang?: "it" | "en"
}

export type SearchRow = {
  product_id: string
  handle: string
  title: string
  vendor_handle: string | null
  vendor_name: string | null
  thumbnail: string | null
  score: number
  /** the query as searched, when a misspelt word was read as the catalogue's closest one */
  corrected: string | null
}

// A misspelt word is read as the catalogue's closest word when they share this much (trigram
// similarity): "mile" → "miele" 0.38, "ceramca" → "ceramica" 0.55, "biciclet" → "bici" 0.4.
const TYPO_SIMILARITY = 0.3

// English names put the thing last ("Acacia honey", "Acacia honey with walnuts"; not "Honey and oat soap").
const ENGLISH_HEAD = `regexp_replace(split_part(coalesce(d.title_en, ''), ' with ', 1), '^.* ', '')`

/**
 * The ranked search as one statement. Each word of the query that starts no word of the catalogue
 * is first read as the closest one (pg_trgm; without it the word stays as typed), then the words
 * match through Italian and English stemming with accents folded, each as a prefix. Ranking,
 * highest first: every word anywhere (the last one as typed so far: "pane integ"); every word in
 * the title as a whole word; any word in the title; the weighted text rank (title > subtitle,
 * tags, category > maker > description); and whether the title starts with the first word —
 * Italian names put the thing first ("Miele di acacia" before "Biscotti di farro e miele") — or
 * the English title ends with a word of the query ("Acacia honey" before "Spelt and honey biscuits").
 */
export function searchSql(params: SearchParams, { trigram }: { trigram: boolean }): { sql: string; bindings: unknown[] } {
  const terms = searchTerms(params.q)
  const bindings: unknown[] = []
  const bind = (value: unknown) => {
    bindings.push(value)
    return "?"
  }
  const ids = (list: string[]) => `array(select jsonb_array_elements_text(${bind(JSON.stringify(list))}::jsonb))`

  // Bindings follow the statement's text: the query's words (WITH), then the filters (WHERE).
  let prelude = ""
  let source = "search_document d"
  let score = "0"
  let corrected = "null::text"
  let order = "d.title asc"
  const where = ["d.deleted_at is null"]
  if (terms.length) {
    const closest = trigram
      ? `(select v.word from search_word v where similarity(v.word, t) >= ${TYPO_SIMILARITY} order by (v.lang = '${params.lang === "en" ? "en" : "it"}') desc, v.word <-> t, v.word limit 1),`
      : ""
    prelude = `with terms as (select t, n from jsonb_array_elements_text(${bind(JSON.stringify(terms))}::jsonb) with ordinality as x(t, n)),
      fixed as materialized (
        select n, t, coalesce((select t where exists (select 1 from search_word v where v.word like t || '%')), ${closest} t) as f from terms
      ),
      p as materialized (
        select to_tsquery('rbv_italian', string_agg(f || ':*', ' | ' order by n)) as any_it,
          to_tsquery('rbv_english', string_agg(f || ':*', ' | ' order by n)) as any_en,
          plainto_tsquery('rbv_italian', string_agg(f, ' ' order by n)) as all_it,
          plainto_tsquery('rbv_english', string_agg(f, ' ' order by n)) as all_en,
          to_tsquery('rbv_italian', string_agg(f || case when n = max_n then ':*' else '' end, ' & ' order by n)) as typed_it,
          to_tsquery('rbv_english', string_agg(f || case when n = max_n then ':*' else '' end, ' & ' order by n)) as typed_en,
          to_tsquery('rbv_italian', (array_agg(f order by n))[1] || ':*') as head,
          case when bool_or(f <> t) then string_agg(f, ' ' order by n) end as corrected
        from (select *, max(n) over () as max_n from fixed) w
      )
      `
    source = "search_document d, p"
    const title = (lang: "it" | "en") => `ts_filter(d.document_${lang}, '{a}')`
    score = [
      `2 * (${title("it")} @@ p.all_it or ${title("en")} @@ p.all_en)::int`,
      `(${title("it")} @@ p.any_it or ${title("en")} @@ p.any_en)::int`,
      `3 * (d.document_it @@ p.typed_it or d.document_en @@ p.typed_en)::int`,
      `greatest(ts_rank(d.document_it, p.any_it), ts_rank(d.document_en, p.any_en))`,
      `(to_tsvector('rbv_italian', split_part(d.title, ' ', 1)) @@ p.head)::int`,
      `(to_tsvector('rbv_english', ${ENGLISH_HEAD}) @@ p.any_en)::int`,
    ].join(" + ")
    corrected = "p.corrected"
    order = "score desc, d.title asc"
    where.push("(d.document_it @@ p.any_it or d.document_en @@ p.any_en)")
  }
  if (params.category) where.push(`d.category_handles @> array[${bind(params.category)}]::text[]`)
  if (params.vendor) where.push(`d.vendor_handle = ${bind(params.vendor)}`)
  if (params.only) where.push(`d.product_id = any(${ids(params.only)})`)
  if (params.except?.length) where.push(`not (d.product_id = any(${ids(params.except)}))`)

  const sql = `${prelude}select d.product_id, d.handle, d.title, d.vendor_handle, d.vendor_name, d.thumbnail,
      round((${score})::numeric, 4)::float as score, ${corrected} as corrected, count(*) over () as total
    from ${source}
    where ${where.join(" and ")}
    order by ${order}, d.product_id
    limit ${bind(params.limit)} offset ${bind(params.offset)}`
  return { sql, bindings }
}
