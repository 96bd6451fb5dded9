-- The survey after two more finished journeys (issue 18: "later: ticket resolved,
-- reactivation"): a help-desk ticket resolved, and a registration reactivated. Their invitations
-- and responses carry their own journey kind, so that the registration's satisfaction figures
-- (public statistics, the risk report, the officers' results by default) keep counting only the
-- registration journeys ('person', 'company'); the officers' results choose a kind to read them.
-- journey_id is the ticket's id or the status-history row's id (both uuids): one invitation each.
ALTER TABLE survey_invitations DROP CONSTRAINT survey_invitations_journey_kind_check;
ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_journey_kind_check
  CHECK (journey_kind IN ('person', 'company', 'helpdesk', 'reactivation'));
ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_journey_kind_check;
ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_journey_kind_check
  CHECK (journey_kind IN ('person', 'company', 'helpdesk', 'reactivation'));

-- The survey's sweep looks for recent reactivations (status ACTIVE, reason 'reactivation').
CREATE INDEX survey_reactivations_idx ON registration_status_history (changed_at)
  WHERE status = 'ACTIVE' AND reason = 'reactivation';
