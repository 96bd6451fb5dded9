-- Indexes the measured hot paths need (docs/benchmarks.md): the decision reads the profile
-- of its verification; the status page lists a person's registrations.
CREATE INDEX person_profiles_verification_idx ON person_profiles (verification_id, effective_from DESC);
CREATE INDEX registrations_person_idx ON registrations (person_id, created_at DESC);
