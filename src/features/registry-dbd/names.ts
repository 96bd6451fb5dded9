/**
 * Word lists for the synthetic registry. Company names pair a Thai word with the Royal
 * Institute romanisation DBD prints on the English name, so both names say the same thing.
 */
export const NAME_HEADS: readonly (readonly [string, string])[] = [
  ['สยาม', 'SIAM'],
  ['ไทย', 'THAI'],
  ['รุ่งเรือง', 'RUNG RUEANG'],
  ['เจริญ', 'CHAROEN'],
  ['ศรีสุข', 'SI SUK'],
  ['มั่นคง', 'MAN KHONG'],
  ['ทองคำ', 'THONG KHAM'],
  ['เพชรเกษม', 'PHET KASEM'],
  ['ชัยมงคล', 'CHAI MONGKHON'],
  ['อุดมสุข', 'UDOM SUK'],
  ['บางนา', 'BANG NA'],
  ['ลาดกระบัง', 'LAT KRABANG'],
  ['แหลมฉบัง', 'LAEM CHABANG'],
  ['เชียงใหม่', 'CHIANG MAI'],
  ['อันดามัน', 'ANDAMAN'],
  ['เจ้าพระยา', 'CHAO PHRAYA'],
  ['ล้านนา', 'LANNA'],
  ['สุวรรณภูมิ', 'SUVARNABHUMI'],
  ['พูนทรัพย์', 'PHUN SAP'],
  ['ศักดิ์สิทธิ์', 'SAK SIT'],
  ['วัฒนา', 'WATTHANA'],
  ['นครชัย', 'NAKHON CHAI'],
  ['ร่มเย็น', 'ROM YEN'],
  ['บูรพา', 'BURAPHA'],
]

export const NAME_TRADES: readonly (readonly [string, string])[] = [
  ['ขนส่ง', 'KHON SONG'],
  ['โลจิสติกส์', 'LOGISTICS'],
  ['เทรดดิ้ง', 'TRADING'],
  ['การค้า', 'KAN KHA'],
  ['อาหาร', 'AHAN'],
  ['เกษตรภัณฑ์', 'KASETTRAPHAN'],
  ['ยางพารา', 'YANG PHARA'],
  ['อิเล็กทรอนิกส์', 'ELECTRONICS'],
  ['สตีล', 'STEEL'],
  ['พลาสติก', 'PLASTIC'],
  ['เคมีภัณฑ์', 'KHEMIPHAN'],
  ['สิ่งทอ', 'SING THO'],
  ['อะไหล่ยนต์', 'AKHAI YON'],
  ['ชิปปิ้ง', 'SHIPPING'],
  ['ฟู้ดส์', 'FOODS'],
  ['ซีฟู้ด', 'SEAFOOD'],
  ['เฟอร์นิเจอร์', 'FURNITURE'],
  ['แมชชีนเนอรี่', 'MACHINERY'],
  ['ค้าข้าว', 'KHA KHAO'],
  ['ผลไม้', 'PHONLAMAI'],
  ['เวิลด์ไวด์', 'WORLDWIDE'],
  ['อิมปอร์ต เอ็กซ์ปอร์ต', 'IMPORT EXPORT'],
]

/** Appended when a head and trade pair is already taken, as real companies do. */
export const NAME_TAILS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['กรุ๊ป', 'GROUP'],
  ['อินเตอร์เนชั่นแนล', 'INTERNATIONAL'],
  ['เอ็นเตอร์ไพรส์', 'ENTERPRISE'],
  ['ซัพพลาย', 'SUPPLY'],
  ['โฮลดิ้ง', 'HOLDING'],
  ['(ประเทศไทย)', '(THAILAND)'],
  ['999', '999'],
]

export const MALE_FIRST = ['สมชาย', 'สมศักดิ์', 'ประเสริฐ', 'วิชัย', 'ธนากร', 'อนุชา', 'กิตติพงษ์']
export const MALE_FIRST_2 = ['สุรชัย', 'ณัฐวุฒิ', 'พงศกร', 'ชาญวิทย์', 'ธีรพงษ์', 'วีระ']
export const FEMALE_FIRST = ['สมหญิง', 'วรรณา', 'สุภาพร', 'กนกวรรณ', 'ปิยะนุช', 'อรทัย', 'นภัสสร']
export const FEMALE_FIRST_2 = ['ศิริพร', 'มาลี', 'พรทิพย์', 'ชุติมา', 'รัตนา', 'จันทร์เพ็ญ']
export const LAST_NAMES = [
  'ใจดี',
  'รักไทย',
  'ศรีสวัสดิ์',
  'วงศ์สวัสดิ์',
  'แสงทอง',
  'บุญมา',
  'ทองดี',
  'สุขสมบูรณ์',
  'เจริญผล',
  'พิทักษ์ชน',
  'ชัยประเสริฐ',
  'กิตติวงศ์',
  'ธนพัฒน์',
  'เรืองศรี',
  'อินทรสุวรรณ',
  'มณีรัตน์',
]

/** Directors from abroad, with their names in Thai script as DBD records them. */
export const FOREIGN_DIRECTORS: readonly (readonly [string, string, string, string])[] = [
  ['นาย', 'ฮิโรชิ', 'ทานากะ', 'JPN'],
  ['นาย', 'หลี่', 'เหว่ย', 'CHN'],
  ['นาย', 'จอห์น', 'สมิธ', 'GBR'],
  ['นางสาว', 'แอนนา', 'มึลเลอร์', 'DEU'],
  ['นาย', 'ตัน', 'เคียงเหลียง', 'SGP'],
  ['นาง', 'เอมิลี่', 'จอห์นสัน', 'USA'],
]

/** Clauses no rule reads: conditions, references to the articles, mixed powers. */
export const FREE_TEXT_CLAUSES = [
  'กรรมการสองคนลงลายมือชื่อร่วมกันและประทับตราสำคัญของบริษัท เว้นแต่การทำนิติกรรมเกี่ยวกับอสังหาริมทรัพย์ต้องได้รับอนุมัติจากที่ประชุมผู้ถือหุ้นก่อน',
  'ให้เป็นไปตามข้อบังคับของบริษัท',
  'กรรมการผู้มีอำนาจลงนามตามที่ที่ประชุมคณะกรรมการกำหนด',
  'กรรมการคนใดคนหนึ่งลงลายมือชื่อ สำหรับวงเงินไม่เกิน 500,000 บาท เกินกว่านั้นกรรมการสองคนลงลายมือชื่อร่วมกัน',
]
