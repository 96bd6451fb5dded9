// Synthetic registrants for the search benchmark: per person a natural_persons row (national ID
// encrypted and keyed-hashed by the app's PiiCrypto), a bank person_profiles row with Thai and
// English names, and an ACTIVE online registration (which puts them in the back office's scope).
// Each batch is one statement: the rows travel as arrays and unnest() spreads them, and the
// names are built in SQL from a few syllable lists, so only what must come from the app's keys
// (the HMAC and the ciphertext) is computed in Node.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../src/platform/db/schema.js'
import type { PiiCrypto } from '../../src/platform/pii-crypto.js'
import { nationalIdFor, uuidFor } from './seed.js'

/** National IDs of registrants start with 5 (drafts 1, the baseline 3): never the same person. */
const ID_PREFIX = '5'
const BATCH = 10_000

// Given names and surname syllables, each Thai with its usual romanisation (RTGS) at the same
// index. A surname is three syllables: 216,000 of them, about 5 people each at 1,000,000.
export const FIRST_TH = [
  'สมชาย',
  'สมศักดิ์',
  'สมหญิง',
  'วิชัย',
  'สุนทร',
  'ประเสริฐ',
  'กิตติ',
  'ณัฐพล',
  'ธนากร',
  'ปิยะ',
  'อรุณ',
  'พรทิพย์',
  'สุภาพร',
  'วรรณา',
  'มาลี',
  'จันทร์เพ็ญ',
  'ศิริพร',
  'กาญจนา',
  'นภา',
  'รัตนา',
  'อนันต์',
  'ชัยวัฒน์',
  'บุญมี',
  'ประยุทธ',
  'สุรชัย',
  'เกศินี',
  'ดวงใจ',
  'ปราณี',
  'อำไพ',
  'ลำดวน',
  'ธีรวัฒน์',
  'พิมพ์ชนก',
  'ภัทรา',
  'วีระ',
  'สุวิทย์',
  'เพ็ญศรี',
  'ทองใบ',
  'แสงเดือน',
  'ไพโรจน์',
  'โสภา',
] as const
export const FIRST_EN = [
  'Somchai',
  'Somsak',
  'Somying',
  'Wichai',
  'Sunthon',
  'Prasoet',
  'Kitti',
  'Natthaphon',
  'Thanakon',
  'Piya',
  'Arun',
  'Phonthip',
  'Suphaphon',
  'Wanna',
  'Mali',
  'Chanphen',
  'Siriphon',
  'Kanchana',
  'Napha',
  'Rattana',
  'Anan',
  'Chaiwat',
  'Bunmi',
  'Prayut',
  'Surachai',
  'Kesini',
  'Duangchai',
  'Prani',
  'Amphai',
  'Lamduan',
  'Thirawat',
  'Phimchanok',
  'Phattra',
  'Wira',
  'Suwit',
  'Phensi',
  'Thongbai',
  'Saengduean',
  'Phairot',
  'Sopha',
] as const
export const SYLLABLE_TH = [
  'แก้ว',
  'ทอง',
  'ศรี',
  'สุข',
  'เจริญ',
  'วงศ์',
  'ชัย',
  'พันธ์',
  'รัตน์',
  'กุล',
  'บุญ',
  'มณี',
  'สกุล',
  'ประเสริฐ',
  'จันทร์',
  'เพชร',
  'สมบูรณ์',
  'ไพศาล',
  'นาค',
  'อินทร์',
  'พงษ์',
  'ธรรม',
  'ศักดิ์',
  'เรือง',
  'โชติ',
  'นิล',
  'ดี',
  'กมล',
  'งาม',
  'ฤทธิ์',
  'สิทธิ์',
  'วัฒน์',
  'กิจ',
  'ทรัพย์',
  'อนันต์',
  'ประ',
  'ภักดี',
  'วิเศษ',
  'สว่าง',
  'เกียรติ',
  'พาณิชย์',
  'สวัสดิ์',
  'ธนา',
  'รุ่ง',
  'โรจน์',
  'ปัญญา',
  'บำรุง',
  'สาร',
  'ชาติ',
  'ไทย',
  'เดช',
  'นคร',
  'ศิลป์',
  'วิทย์',
  'อุดม',
  'ประสิทธิ์',
  'มงคล',
  'ศิริ',
  'วาณิช',
  'เลิศ',
] as const
export const SYLLABLE_EN = [
  'kaeo',
  'thong',
  'si',
  'suk',
  'charoen',
  'wong',
  'chai',
  'phan',
  'rat',
  'kun',
  'bun',
  'mani',
  'sakun',
  'prasoet',
  'chan',
  'phet',
  'sombun',
  'phaisan',
  'nak',
  'in',
  'phong',
  'tham',
  'sak',
  'rueang',
  'chot',
  'nin',
  'di',
  'kamon',
  'ngam',
  'rit',
  'sit',
  'wat',
  'kit',
  'sap',
  'anan',
  'pra',
  'phakdi',
  'wiset',
  'sawang',
  'kiat',
  'phanit',
  'sawat',
  'thana',
  'rung',
  'rot',
  'panya',
  'bamrung',
  'san',
  'chat',
  'thai',
  'det',
  'nakhon',
  'sin',
  'wit',
  'udom',
  'prasit',
  'mongkhon',
  'siri',
  'wanit',
  'loet',
] as const

const NF = FIRST_TH.length
const NS = SYLLABLE_TH.length

// A multiplicative permutation of n, so that neighbouring numbers get unrelated names.
const MIX = 2_654_435_761
const MOD = 4_294_967_296
const mixed = (n: number) => Number((BigInt(n) * BigInt(MIX)) % BigInt(MOD))

/** The name indexes of registrant n: first name, then three surname syllables. */
function nameParts(n: number): [number, number, number, number] {
  const m = mixed(n)
  return [
    m % NF,
    Math.floor(m / NF) % NS,
    Math.floor(m / (NF * NS)) % NS,
    Math.floor(m / (NF * NS * NS)) % NS,
  ]
}

/** What the generator wrote for registrant n (the search scenario picks its queries from these). */
export function registrantFor(n: number): {
  nationalId: string
  firstTh: string
  lastTh: string
  firstEn: string
  lastEn: string
} {
  const [f, a, b, c] = nameParts(n)
  const en = `${SYLLABLE_EN[a] ?? ''}${SYLLABLE_EN[b] ?? ''}${SYLLABLE_EN[c] ?? ''}`
  return {
    nationalId: nationalIdFor(n, ID_PREFIX),
    firstTh: FIRST_TH[f] ?? '',
    lastTh: `${SYLLABLE_TH[a] ?? ''}${SYLLABLE_TH[b] ?? ''}${SYLLABLE_TH[c] ?? ''}`,
    firstEn: FIRST_EN[f] ?? '',
    lastEn: en.charAt(0).toUpperCase() + en.slice(1),
  }
}

const personIdFor = (n: number) => uuidFor('e00', n)
const profileIdFor = (n: number) => uuidFor('e01', n)
const registrationIdFor = (n: number) => uuidFor('e02', n)

async function loadBatch(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  from: number,
  to: number,
): Promise<void> {
  const ns: number[] = []
  const parts: number[][] = [[], [], [], []]
  const hmacs: Buffer[] = []
  const encs: Buffer[] = []
  let hmacKeyId = ''
  let encKeyId = ''
  for (let n = from; n < to; n++) {
    const id = nationalIdFor(n, ID_PREFIX)
    const h = crypto.hmac(id)
    const e = crypto.encrypt(id)
    hmacKeyId = h.keyId
    encKeyId = e.keyId
    ns.push(n)
    hmacs.push(h.blob)
    encs.push(e.blob)
    nameParts(n).forEach((p, i) => parts[i]?.push(p + 1))
  }
  const uuids = (f: (n: number) => string) => ns.map(f)
  // One statement: the parent rows and their children in data-modifying CTEs (the foreign keys
  // are checked at the end of the statement, when all three inserts are done).
  await sql`
    WITH src AS (
      SELECT * FROM unnest(
        ${ns}::int[], ${uuids(personIdFor)}::uuid[], ${uuids(profileIdFor)}::uuid[],
        ${uuids(registrationIdFor)}::uuid[], ${hmacs}::bytea[], ${encs}::bytea[],
        ${parts[0]}::int[], ${parts[1]}::int[], ${parts[2]}::int[], ${parts[3]}::int[]
      ) AS s(n, person_id, profile_id, registration_id, hmac, enc, f, a, b, c)
    ), names AS (
      SELECT src.*, ${[...FIRST_TH]}::text[] AS fth, ${[...FIRST_EN]}::text[] AS fen,
             ${[...SYLLABLE_TH]}::text[] AS sth, ${[...SYLLABLE_EN]}::text[] AS sen
      FROM src
    ), persons AS (
      INSERT INTO natural_persons
        (id, national_id_hmac, national_id_hmac_key_id, national_id_enc, national_id_enc_key_id)
      SELECT person_id, hmac, ${hmacKeyId}, enc, ${encKeyId} FROM src
    ), profiles AS (
      INSERT INTO person_profiles (id, person_id, source, title_th, first_name_th, last_name_th,
        title_en, first_name_en, last_name_en, birth_date, nationality)
      SELECT profile_id, person_id, 'bank',
        CASE WHEN n % 2 = 0 THEN 'นาย' ELSE 'นาง' END, fth[f], sth[a] || sth[b] || sth[c],
        CASE WHEN n % 2 = 0 THEN 'Mr' ELSE 'Mrs' END, fen[f], initcap(sen[a] || sen[b] || sen[c]),
        to_char(date '1950-01-01' + (n % 18000), 'YYYY-MM-DD'), 'THA'
      FROM names
    )
    INSERT INTO registrations (id, registrant_type, person_id, channel, status, email, mobile,
      valid_from, last_activity_at)
    SELECT registration_id, 'person', person_id, 'online', 'ACTIVE',
      'registrant.' || n || '@example.com', '09' || lpad((n % 100000000)::text, 8, '0'),
      now(), now()
    FROM src
  `.execute(db)
}

/**
 * Writes registrants from..to-1 in batches, two statements in flight (the next batch is
 * encrypted while the database writes the last). Returns the rate, in registrants per second (VACUUM included).
 */
export async function loadRegistrants(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
): Promise<number> {
  const started = Date.now()
  // The portal writes the name index without a pending list (0016_name_search_by_suffixes.sql): right
  // for a few registrations a second, slow for a bulk load (the loader ran at a quarter of its
  // speed). For the load the pending list is on; the VACUUM below merges it, and the index is
  // set back as the portal has it before anyone searches.
  await sql`ALTER INDEX person_profiles_name_suffixes_idx SET (fastupdate = on)`.execute(db)
  let next = from
  let done = 0
  // Each worker keeps one connection, set for a bulk load of throw-away data: no wait for the
  // WAL flush at commit, and a larger pending list for the name index (merged less often).
  const worker = () =>
    db.connection().execute(async (conn) => {
      await sql`SET synchronous_commit = off`.execute(conn)
      await sql`SET gin_pending_list_limit = '64MB'`.execute(conn)
      await sql`SET work_mem = '64MB'`.execute(conn)
      for (;;) {
        const start = next
        if (start >= to) return
        const end = Math.min(to, start + BATCH)
        next = end
        await loadBatch(conn, crypto, start, end)
        done += end - start
        onProgress?.(done)
      }
    })
  await Promise.all([worker(), worker()])
  // What autovacuum would have done by the time a registry this size is searched: statistics,
  // the visibility map, and the name index's pending list merged into the index proper.
  await sql`VACUUM (ANALYZE) natural_persons, person_profiles, registrations`.execute(db)
  await sql`ALTER INDEX person_profiles_name_suffixes_idx SET (fastupdate = off)`.execute(db)
  return Math.round(((to - from) * 1000) / Math.max(1, Date.now() - started))
}
