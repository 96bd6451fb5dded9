-- The service-quality role (officers/roles.ts: the survey's results and questions, the
-- statistics import, the settings of published figures) may be granted to officers.
ALTER TABLE officer_roles DROP CONSTRAINT officer_roles_role_check;
ALTER TABLE officer_roles ADD CONSTRAINT officer_roles_role_check CHECK (role IN (
  'registry_officer', 'help_desk', 'data_protection', 'integrity_risk', 'auditor',
  'administrator', 'service_quality'
));
