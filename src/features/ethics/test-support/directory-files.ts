// Test and demo support: HR files of a synthetic agency (a department, bureaus, offices and
// customs houses), and a multipart upload through inject as a browser would post it.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { csrfFrom } from '../../../../test/helpers/app.js'
import type { OfficerClient } from '../../officers/test-support/officers.js'

export const UNITS_HEADER = 'code,name_th,name_en,parent_code,kind'
export const STAFF_HEADER =
  'staff_number,title,first_name,last_name,position,unit_code,unit_name,email,employment_status,start_date'

/** The leaf units officers belong to in the sample files. */
export const SAMPLE_LEAVES = ['B1-O1', 'B1-O2', 'B2-H1', 'B2-H2', 'B3-O1'] as const

/** The units file: the department, three bureaus and five leaf units. */
export function sampleUnitsCsv(): string {
  return [
    UNITS_HEADER,
    'DG,กรมศุลกากร,Customs Department,,department',
    'B1,สำนักบริหารกลาง,Central Administration Bureau,DG,bureau',
    'B2,สำนักงานศุลกากรท่าเรือกรุงเทพ,Bangkok Port Customs Bureau,DG,bureau',
    'B3,สำนักมาตรฐานพิธีการและราคาศุลกากร,Customs Standard Procedures Bureau,DG,bureau',
    'B1-O1,ส่วนการเจ้าหน้าที่,Personnel Office,B1,office',
    'B1-O2,ส่วนการเงินและบัญชี,Finance Office,B1,office',
    'B2-H1,ด่านศุลกากรตรวจสินค้าลำเลียง,Container Inspection Customs House,B2,customs_house',
    'B2-H2,ด่านศุลกากรท่าเรือ,Port Customs House,B2,customs_house',
    'B3-O1,ส่วนพิธีการ,Procedures Office,B3,office',
  ].join('\n')
}

/** The staff number of the i-th sample officer (1-based). */
export function staffNumber(i: number): string {
  return `S${String(i).padStart(6, '0')}`
}

/** One officers file row; overrides change its unit, status or e-mail. */
export function staffRow(
  i: number,
  o: { unit?: string; status?: string; email?: string; domain?: string } = {},
): string {
  const unit = o.unit ?? SAMPLE_LEAVES[(i - 1) % SAMPLE_LEAVES.length] ?? 'B1-O1'
  const email = o.email ?? `officer${i}@${o.domain ?? 'customs.example'}`
  return [
    staffNumber(i),
    i % 2 === 0 ? 'นาง' : 'นาย',
    `สมชาย${i}`,
    `ใจดี${i}`,
    'นักวิชาการศุลกากร',
    unit,
    unit,
    email,
    o.status ?? 'active',
    '2015-10-01',
  ].join(',')
}

/** An officers file of n officers spread over the leaf units. */
export function sampleStaffCsv(n: number, rows: (i: number) => string = (i) => staffRow(i)) {
  const lines = [STAFF_HEADER]
  for (let i = 1; i <= n; i++) lines.push(rows(i))
  return lines.join('\n')
}

/** Posts a file to an import form the way a browser does: multipart, with the page's token. */
export async function uploadCsv(
  app: FastifyInstance,
  client: OfficerClient,
  pageUrl: string,
  action: string,
  field: string,
  csv: string,
): Promise<LightMyRequestResponse> {
  const page = await client.get(pageUrl)
  const boundary = '----ctp-test-boundary-7f3a'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrfFrom(page.body)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="hr.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    Buffer.from(csv, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await app.inject({
    method: 'POST',
    url: action,
    payload: body,
    remoteAddress: client.ip,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: client.jar.header(),
    },
  })
  client.jar.take(res)
  return res
}
