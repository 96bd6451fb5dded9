import type { BusinessDate, GeneratedTimestamp, Timestamp } from './columns.js'

// The staff directory and the ethics-code campaigns (db/migrations/0050).

export type UnitKind = 'department' | 'bureau' | 'division' | 'office' | 'customs_house'
export type StaffStatus = 'active' | 'on_leave' | 'left'
export type StaffChange = 'joined' | 'moved' | 'left' | 'returned' | 'updated'

export interface StaffUnitsTable {
  code: string
  name_th: string
  name_en: string
  parent_code: string | null
  kind: UnitKind
  updated_at: GeneratedTimestamp
}

export interface StaffMembersTable {
  staff_number: string
  title: string
  first_name: string
  last_name: string
  position: string
  unit_code: string
  email: string | null
  status: StaffStatus
  start_date: BusinessDate
  row_sha256: string
  updated_at: GeneratedTimestamp
}

export interface StaffMemberHistoryTable {
  id: string
  staff_number: string
  change: StaffChange
  unit_from: string | null
  unit_to: string | null
  status_from: string | null
  status_to: string | null
  import_id: string
  changed_at: GeneratedTimestamp
}

export interface EthicsCampaignsTable {
  id: string
  document_id: string
  title_th: string
  title_en: string
  starts_on: BusinessDate
  ends_on: BusinessDate
  method_th: string
  method_en: string
  remind_every_days: number | null
  remind_days_before_end: number | null
  launched_by: string
  launched_at: GeneratedTimestamp
}

export interface EthicsCampaignUnitsTable {
  campaign_id: string
  unit_code: string
}

export interface EthicsCampaignAudienceTable {
  campaign_id: string
  staff_number: string
  unit_code: string
}

export interface EthicsSignaturesTable {
  id: string
  campaign_id: string
  staff_number: string
  signed_at: Timestamp
  method: string
  document_id: string
  content_sha256: string
  unit_code: string
}

export interface EthicsReminderRunsTable {
  campaign_id: string
  due_on: BusinessDate
  recipients: number
  sent_at: Timestamp
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The directory's and the campaigns' tables, added with db.withTables<EthicsTables>(). */
export type EthicsTables = {
  staff_units: StaffUnitsTable
  staff_members: StaffMembersTable
  staff_member_history: StaffMemberHistoryTable
  ethics_campaigns: EthicsCampaignsTable
  ethics_campaign_units: EthicsCampaignUnitsTable
  ethics_campaign_audience: EthicsCampaignAudienceTable
  ethics_signatures: EthicsSignaturesTable
  ethics_reminder_runs: EthicsReminderRunsTable
}
