-- Registrant search by name fragment through the suffixes of each name word instead of trigrams
-- (ADR 15). A fragment is inside a word exactly when it begins one of the word's suffixes, so a
-- GIN index of every suffix (three characters or longer) answers "contains" as a prefix search
-- over its keys: the work follows the people who match, not how common the fragment's trigrams
-- are. The trigram index intersected one posting list per trigram (twelve for a 14-letter
-- surname, each tens of thousands of entries at 1,000,000 registrants): 5-8 ms per search in the
-- index against about 0.5 ms this way (docs/benchmarks.md, search-1m).

-- The names one searches, as one text: Thai then English, lower case, single spaces.
CREATE FUNCTION person_search_name(
  first_th text, middle_th text, last_th text, first_en text, middle_en text, last_en text
) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
  SELECT btrim(regexp_replace(lower(
    coalesce(first_th, '') || ' ' || coalesce(middle_th, '') || ' ' || coalesce(last_th, '') || ' ' ||
    coalesce(first_en, '') || ' ' || coalesce(middle_en, '') || ' ' || coalesce(last_en, '')
  ), '\s+', ' ', 'g'))
$$;

-- Every suffix of three characters or more of every word, as the lexemes of a tsvector (taken
-- as they are: no parser, no stemming, so Thai marks and any punctuation stay).
CREATE FUNCTION name_search_suffixes(name text) RETURNS tsvector
IMMUTABLE STRICT PARALLEL SAFE LANGUAGE plpgsql AS $$
DECLARE
  word text;
  suffixes text[] := '{}';
BEGIN
  FOREACH word IN ARRAY string_to_array(name, ' ') LOOP
    FOR i IN 1 .. length(word) - 2 LOOP
      suffixes := suffixes || substr(word, i);
    END LOOP;
  END LOOP;
  RETURN array_to_tsvector(suffixes);
END
$$;

DROP INDEX person_profiles_name_trgm_idx;

-- Without a pending list, as 0014 set the trigram index: profiles are written once per
-- verification, and a search never scans a backlog.
CREATE INDEX person_profiles_name_suffixes_idx ON person_profiles USING gin (
  name_search_suffixes(person_search_name(
    first_name_th, middle_name_th, last_name_th, first_name_en, middle_name_en, last_name_en
  ))
) WITH (fastupdate = off);
