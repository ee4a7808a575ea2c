-- Project search (lib/server/search): one weighted tsvector per searchable
-- row, written by the database itself as a STORED generated column, so every
-- writer (the app, imports, seeds, a psql session) keeps it current without
-- remembering to. English stemming ('english' is in PGlite too). Weights: A
-- for what names a row (titles, quotes, entity names), B for its body, C for
-- descriptions. Each column has a GIN index for `@@`.

-- Generated columns accept only immutable expressions; array_to_string is
-- merely stable (it could call a type's output function), but for text[]
-- it is in fact immutable, which this wrapper states.
CREATE FUNCTION "search_text_array"(items text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(items, ' '), '') $$;

ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("text", '')), 'B')
) STORED;

ALTER TABLE "Annotation" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("exact", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("note", '')), 'B')
) STORED;

ALTER TABLE "Entity" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, "search_text_array"("aliases")), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C')
) STORED;

ALTER TABLE "Evidence" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("note", '')), 'B')
) STORED;

ALTER TABLE "Comment" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "Annotation_search_idx" ON "Annotation" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Comment_search_idx" ON "Comment" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Entity_search_idx" ON "Entity" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Evidence_search_idx" ON "Evidence" USING GIN ("search");
