import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Text search on the shop's own PostgreSQL: `unaccent` folds accents inside the rbv_italian and
// rbv_english configurations, `pg_trgm` matches misspelt words. Both ship with PostgreSQL
// (contrib) and are trusted extensions; a server without them still migrates — the search then
// matches without folding accents in stems, and by prefix instead of similarity (the server
// says so when it starts).
const CONFIGURATIONS = `
DO $$
DECLARE lang text;
BEGIN
  BEGIN CREATE EXTENSION IF NOT EXISTS unaccent; EXCEPTION WHEN OTHERS THEN RAISE WARNING 'search: unaccent unavailable (%)', SQLERRM; END;
  BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN RAISE WARNING 'search: pg_trgm unavailable (%)', SQLERRM; END;
  FOREACH lang IN ARRAY ARRAY['italian', 'english'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'rbv_' || lang) THEN
      EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)', 'rbv_' || lang, lang);
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR hword, hword_part, word WITH unaccent, %I', 'rbv_' || lang, lang || '_stem');
      END IF;
    END IF;
  END LOOP;
END $$;`

// Title A; subtitle, tags and categories B; maker C; description D.
const vector = (config: string) => `
  setweight(to_tsvector('${config}'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('${config}'::regconfig, coalesce("subtitle", '') || ' ' || coalesce("tags", '') || ' ' || coalesce("categories", '')), 'B') ||
  setweight(to_tsvector('${config}'::regconfig, coalesce("vendor_name", '')), 'C') ||
  setweight(to_tsvector('${config}'::regconfig, coalesce("description", '')), 'D')`

// Every word of the catalogue once (refreshed with the documents): what a misspelt word is read
// as. Refreshing a view runs with a safe search_path (PostgreSQL 17+): the table is named with its schema.
const VOCABULARY = `
DO $$
BEGIN
  EXECUTE format($v$CREATE MATERIALIZED VIEW IF NOT EXISTS "search_word" AS
    SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', search_text) FROM %I.search_document WHERE deleted_at IS NULL')
    WHERE word ~ '^[[:alnum:]]+$'$v$, current_schema());
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_search_word_trgm" ON "search_word" USING gist ("word" gist_trgm_ops);
  END IF;
END $$;`

export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(CONFIGURATIONS)
    this.addSql(`create table if not exists "search_document" (
      "id" text not null, "product_id" text not null, "handle" text not null, "title" text not null,
      "search_title" text not null, "subtitle" text null, "description" text null, "tags" text null,
      "categories" text null, "category_handles" text[] not null default '{}', "vendor_id" text null,
      "vendor_handle" text null, "vendor_name" text null, "thumbnail" text null, "search_text" text not null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      constraint "search_document_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_product_id_unique" ON "search_document" ("product_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vendor_handle" ON "search_document" ("vendor_handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_category_handles" ON "search_document" USING gin ("category_handles");`)
    this.addSql(`alter table "search_document" add column if not exists "document_it" tsvector generated always as (${vector("rbv_italian")}) stored;`)
    this.addSql(`alter table "search_document" add column if not exists "document_en" tsvector generated always as (${vector("rbv_english")}) stored;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_document_it" ON "search_document" USING gin ("document_it");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_document_en" ON "search_document" USING gin ("document_en");`)
    this.addSql(VOCABULARY)
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists "search_word";`)
    this.addSql(`drop table if exists "search_document" cascade;`)
    this.addSql(`drop text search configuration if exists "rbv_italian";`)
    this.addSql(`drop text search configuration if exists "rbv_english";`)
  }
}
