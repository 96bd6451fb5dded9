-- Registrant search by name fragment reads the trigram index. With GIN's pending list on, new
-- profiles pile up unmerged between vacuums and every search scans that backlog (measured on
-- 1,000,000 registrants: 59 ms in the index with the backlog, 6.6 ms without; see
-- docs/benchmarks.md). Profiles are written once per verification, so merging at insert costs
-- little where it happens and saves every officer's search.
ALTER INDEX person_profiles_name_trgm_idx SET (fastupdate = off);
