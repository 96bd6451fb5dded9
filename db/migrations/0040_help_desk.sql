-- The help desk (issue 19): the contact page as versioned data, help tickets with a short
-- reference, their messages and attachments, the follow codes that let a guest follow a ticket,
-- canned answers, SLA targets per category and the calendar of public holidays the SLA clocks
-- skip. Corruption complaints are tickets of their own category: the reporter's identity is
-- sealed (encrypted) and only the integrity role may reveal it.

-- The contact page: every edit is a new version (the history); the page shows the latest.
CREATE TABLE helpdesk_contact_versions (
  version integer PRIMARY KEY CHECK (version > 0),
  content jsonb NOT NULL,
  created_by uuid REFERENCES officers (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO helpdesk_contact_versions (version, content) VALUES (1, '{
  "phone": "1164",
  "email": "ctp@customs.go.th",
  "addressTh": "ศูนย์บริการศุลกากร กรมศุลกากร 1 ถนนสุนทรโกษา แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110",
  "addressEn": "Customs Service Centre, Customs Department, 1 Sunthonkosa Road, Khlong Toei, Bangkok 10110",
  "hoursTh": "วันจันทร์ถึงวันศุกร์ 08.30–16.30 น. (ยกเว้นวันหยุดราชการ)",
  "hoursEn": "Monday to Friday, 08:30–16:30 (except public holidays)",
  "sectionsTh": "ฝ่ายทะเบียนผู้นำเข้าและผู้ส่งออก และฝ่ายทะเบียนตัวแทนออกของ ส่วนทะเบียน",
  "sectionsEn": "Importer and exporter registration section, customs broker registration section"
}');

-- Business calendar: public holidays (the administrator adds each year's, with the source).
CREATE TABLE helpdesk_holidays (
  day date PRIMARY KEY,
  name_th text NOT NULL CHECK (char_length(name_th) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 200),
  source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 300)
);

-- First response and resolution targets, in business hours, per category.
CREATE TABLE helpdesk_sla_targets (
  category text PRIMARY KEY,
  first_response_hours integer NOT NULL CHECK (first_response_hours BETWEEN 1 AND 2000),
  resolution_hours integer NOT NULL CHECK (resolution_hours BETWEEN 1 AND 5000)
);
INSERT INTO helpdesk_sla_targets (category, first_response_hours, resolution_hours) VALUES
  ('registration', 8, 40),
  ('identity', 8, 40),
  ('company', 8, 40),
  ('technical', 4, 24),
  ('service_complaint', 16, 80),
  ('corruption', 16, 120);

CREATE TABLE helpdesk_tickets (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  category text NOT NULL REFERENCES helpdesk_sla_targets (category),
  subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 150),
  status text NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'open', 'pending', 'resolved', 'closed')),
  -- The reporter's address for every category but corruption (whose identity is sealed below).
  email text CHECK (char_length(email) <= 254),
  person_id uuid REFERENCES natural_persons (id),
  -- A corruption complaint's reporter (e-mail, person): AES-256-GCM, never in clear.
  sealed_identity bytea,
  sealed_key_id text,
  -- An anonymous reporter's secret phrase, as a keyed hash; the phrase is shown once.
  secret_hash bytea,
  locale text NOT NULL DEFAULT 'th' CHECK (locale IN ('th', 'en')),
  -- Where the reporter was: a journey step and an error page's reference (never form data).
  origin_step text CHECK (char_length(origin_step) <= 100),
  origin_error_ref text CHECK (char_length(origin_error_ref) <= 40),
  assignee_id uuid REFERENCES officers (id),
  merged_into uuid REFERENCES helpdesk_tickets (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  first_response_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  -- The SLA clock: business milliseconds used while not pending, up to clock_at.
  sla_used_ms bigint NOT NULL DEFAULT 0,
  sla_clock_at timestamptz NOT NULL,
  first_response_breached boolean NOT NULL DEFAULT false,
  resolution_breached boolean NOT NULL DEFAULT false,
  warned_at timestamptz,
  CONSTRAINT helpdesk_tickets_sealed_whole CHECK ((sealed_identity IS NULL) = (sealed_key_id IS NULL)),
  CONSTRAINT helpdesk_tickets_corruption_sealed CHECK (category <> 'corruption' OR email IS NULL)
);
CREATE INDEX helpdesk_tickets_inbox_idx ON helpdesk_tickets (status, created_at DESC);
CREATE INDEX helpdesk_tickets_person_idx ON helpdesk_tickets (person_id, created_at DESC)
  WHERE person_id IS NOT NULL;

-- Each message, internal note, status change, assignment and merge of a ticket, in order.
CREATE TABLE helpdesk_ticket_events (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES helpdesk_tickets (id),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('message', 'reply', 'note', 'status', 'assign', 'merge')),
  actor_type text NOT NULL CHECK (actor_type IN ('reporter', 'officer', 'system')),
  officer_id uuid REFERENCES officers (id),
  body text CHECK (char_length(body) <= 5000),
  from_status text,
  to_status text
);
CREATE INDEX helpdesk_ticket_events_ticket_idx ON helpdesk_ticket_events (ticket_id, at);

-- Attachments live in DATA_DIR/help-desk (outside the web root), named by their id.
CREATE TABLE helpdesk_attachments (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES helpdesk_tickets (id),
  event_id uuid NOT NULL REFERENCES helpdesk_ticket_events (id),
  file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880)
);

-- A guest follows a ticket with its reference and a code sent to its address.
CREATE TABLE helpdesk_follow_codes (
  ticket_id uuid PRIMARY KEY REFERENCES helpdesk_tickets (id),
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0
);

-- Canned answers in Thai and English, edited by the help desk's configurers.
CREATE TABLE helpdesk_canned_answers (
  id uuid PRIMARY KEY,
  title_th text NOT NULL CHECK (char_length(title_th) BETWEEN 1 AND 120),
  title_en text NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 120),
  body_th text NOT NULL CHECK (char_length(body_th) BETWEEN 1 AND 5000),
  body_en text NOT NULL CHECK (char_length(body_en) BETWEEN 1 AND 5000),
  updated_by uuid REFERENCES officers (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO helpdesk_canned_answers (id, title_th, title_en, body_th, body_en) VALUES
  ('01890000-0000-7000-8000-000000000001', 'ขอข้อมูลเพิ่มเติม', 'More information needed',
   'ขอบคุณที่ติดต่อเรา กรุณาแจ้งรายละเอียดเพิ่มเติม เช่น ขั้นตอนที่พบปัญหาและเวลาที่เกิดขึ้น',
   'Thank you for contacting us. Please tell us more, such as the step where it happened and when.'),
  ('01890000-0000-7000-8000-000000000002', 'ลองยืนยันตัวตนอีกครั้ง', 'Try the identity check again',
   'กรุณาเปิดแอปเป๋าตังฉบับล่าสุดแล้วเริ่มขั้นตอนยืนยันตัวตนอีกครั้งจากหน้าสมัคร',
   'Please update the Pao Tang app and start the identity check again from the application page.');

-- Thai public holidays for 2026 (B.E. 2569) and 2027 (B.E. 2570). The fixed-date holidays and
-- their substitution days (a holiday on a weekend moves to the next working day), and 2026's
-- Buddhist holidays by the lunar calendar; 2027's Buddhist holidays are added by an
-- administrator once the Cabinet announces them.
INSERT INTO helpdesk_holidays (day, name_th, name_en, source) VALUES
  ('2026-01-01', 'วันขึ้นปีใหม่', 'New Year''s Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-03-03', 'วันมาฆบูชา', 'Makha Bucha Day', 'Lunar calendar 2569 (full moon, 4th month, adhikamasa year); Cabinet announcement'),
  ('2026-04-06', 'วันจักรี', 'Chakri Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-04-13', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-04-14', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-04-15', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-05-04', 'วันฉัตรมงคล', 'Coronation Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-06-01', 'ชดเชยวันวิสาขบูชา', 'Visakha Bucha Day (substitution for Sunday 31 May)', 'Lunar calendar 2569; substitution rule'),
  ('2026-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี', 'H.M. Queen Suthida''s Birthday', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', 'H.M. the King''s Birthday', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-07-29', 'วันอาสาฬหบูชา', 'Asarnha Bucha Day', 'Lunar calendar 2569; Cabinet announcement'),
  ('2026-07-30', 'วันเข้าพรรษา', 'Buddhist Lent Day', 'Lunar calendar 2569; Cabinet announcement'),
  ('2026-08-12', 'วันแม่แห่งชาติ', 'Mother''s Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Memorial Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-10-23', 'วันปิยมหาราช', 'Chulalongkorn Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-12-07', 'ชดเชยวันพ่อแห่งชาติ', 'Father''s Day (substitution for Saturday 5 December)', 'Fixed date; substitution rule'),
  ('2026-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2026-12-31', 'วันสิ้นปี', 'New Year''s Eve', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-01-01', 'วันขึ้นปีใหม่', 'New Year''s Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-04-06', 'วันจักรี', 'Chakri Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-04-13', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-04-14', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-04-15', 'วันสงกรานต์', 'Songkran', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-05-04', 'วันฉัตรมงคล', 'Coronation Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี', 'H.M. Queen Suthida''s Birthday', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', 'H.M. the King''s Birthday', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-08-12', 'วันแม่แห่งชาติ', 'Mother''s Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Memorial Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-10-25', 'ชดเชยวันปิยมหาราช', 'Chulalongkorn Day (substitution for Saturday 23 October)', 'Fixed date; substitution rule'),
  ('2027-12-06', 'ชดเชยวันพ่อแห่งชาติ', 'Father''s Day (substitution for Sunday 5 December)', 'Fixed date; substitution rule'),
  ('2027-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day', 'Fixed date; Cabinet resolution on official holidays'),
  ('2027-12-31', 'วันสิ้นปี', 'New Year''s Eve', 'Fixed date; Cabinet resolution on official holidays');
