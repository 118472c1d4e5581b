import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// English texts from Medusa's Translation Module: the English vector reads each one where it is
// set and the Italian otherwise (an untranslated product is searched in English as before).
const vector = `
  setweight(to_tsvector('rbv_english'::regconfig, coalesce("title_en", "title", '')), 'A') ||
  setweight(to_tsvector('rbv_english'::regconfig, coalesce("subtitle_en", "subtitle", '') || ' ' || coalesce("tags_en", "tags", '') || ' ' || coalesce("categories_en", "categories", '')), 'B') ||
  setweight(to_tsvector('rbv_english'::regconfig, coalesce("vendor_name", '')), 'C') ||
  setweight(to_tsvector('rbv_english'::regconfig, coalesce("description_en", "description", '')), 'D')`

const COLUMNS = ["title_en", "subtitle_en", "description_en", "tags_en", "categories_en"]

// The catalogue's words per language: a misspelt word is read as one of the resident's language
// first ("mile" is miele in Italian, though "milk" is closer).
const VOCABULARY = `
DO $$
BEGIN
  DROP MATERIALIZED VIEW IF EXISTS "search_word";
  EXECUTE format($v$CREATE MATERIALIZED VIEW "search_word" AS
    SELECT word, 'it'::text AS lang FROM ts_stat('SELECT to_tsvector(''simple'', search_text) FROM %1$I.search_document WHERE deleted_at IS NULL')
    WHERE word ~ '^[[:alnum:]]+$'
    UNION
    SELECT word, 'en'::text AS lang FROM ts_stat('SELECT to_tsvector(''simple'', search_text_en) FROM %1$I.search_document WHERE deleted_at IS NULL')
    WHERE word ~ '^[[:alnum:]]+$'$v$, current_schema());
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_search_word_trgm" ON "search_word" USING gist ("word" gist_trgm_ops);
  END IF;
END $$;`

export class Migration20261130180000 extends Migration {
  override async up(): Promise<void> {
    for (const column of COLUMNS) this.addSql(`alter table "search_document" add column if not exists "${column}" text null;`)
    this.addSql(`alter table "search_document" add column if not exists "search_text_en" text not null default '';`)
    this.addSql(VOCABULARY)
    this.addSql(`drop index if exists "IDX_search_document_document_en";`)
    this.addSql(`alter table "search_document" drop column if exists "document_en";`)
    this.addSql(`alter table "search_document" add column "document_en" tsvector generated always as (${vector}) stored;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_document_en" ON "search_document" USING gin ("document_en");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists "search_word";`)
    this.addSql(`alter table "search_document" drop column if exists "search_text_en";`)
    this.addSql(`drop index if exists "IDX_search_document_document_en";`)
    this.addSql(`alter table "search_document" drop column if exists "document_en";`)
    for (const column of COLUMNS) this.addSql(`alter table "search_document" drop column if exists "${column}";`)
    this.addSql(`alter table "search_document" add column "document_en" tsvector generated always as (
      setweight(to_tsvector('rbv_english'::regconfig, coalesce("title", '')), 'A') ||
      setweight(to_tsvector('rbv_english'::regconfig, coalesce("subtitle", '') || ' ' || coalesce("tags", '') || ' ' || coalesce("categories", '')), 'B') ||
      setweight(to_tsvector('rbv_english'::regconfig, coalesce("vendor_name", '')), 'C') ||
      setweight(to_tsvector('rbv_english'::regconfig, coalesce("description", '')), 'D')) stored;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_document_en" ON "search_document" USING gin ("document_en");`)
  }
}
