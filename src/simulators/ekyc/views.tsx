import type { ComponentChildren, VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { maskThaiId } from '../../platform/thai-id.js'
import { SCOPE_LABELS, type SimScope } from './claims.js'
import type { SimPerson } from './people.js'

/** The outcomes the tester can choose on the phone page. */
export const OUTCOMES = ['approve', 'decline', 'timeout', 'low', 'first_time'] as const
export type Outcome = (typeof OUTCOMES)[number]

const OUTCOME_LABELS: Record<Outcome, { th: string; en: string }> = {
  approve: { th: 'อนุมัติ', en: 'Approve' },
  decline: { th: 'ปฏิเสธ', en: 'Decline' },
  timeout: { th: 'หมดเวลา (แอปไม่ส่งผลกลับ)', en: 'Time out (nothing is sent back)' },
  low: { th: 'ระดับความน่าเชื่อถือต่ำ', en: 'Low assurance (IAL 1.1)' },
  first_time: {
    th: 'ผู้ใช้ครั้งแรก (อนุมัติหลังตั้งค่าแอปเสร็จ)',
    en: 'First-time user (approved after set-up)',
  },
}

// Contrast: every text/background pair here is at least 4.5:1 (the orange bar is 9:1 with black).
const CSS = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,"Noto Sans Thai","Sarabun",sans-serif;font-size:1.0625rem;line-height:1.6;color:#1f2937;background:#f3f4f6}
.sim{background:#ff8c00;color:#000;font-weight:700;padding:.5rem 1rem;text-align:center}.sim .en{color:#000}
.phone{max-width:28rem;margin:0 auto;background:#fff;min-height:100vh;padding:1rem 1.25rem 2rem}
h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.en{display:block;font-size:.9rem;color:#4b5563;font-weight:400}
.service{border-left:4px solid #1d4ed8;padding:.25rem .75rem;background:#eff6ff}
ul.scopes{padding-left:1.25rem}fieldset{border:0;padding:0;margin:1.25rem 0}legend{font-weight:700;font-size:1.1rem}
label{display:block}.choice{display:flex;gap:.6rem;align-items:flex-start;margin:.5rem 0}.choice input{width:1.3rem;height:1.3rem;margin-top:.2rem;flex:none}
.field{margin:1rem 0}.field label{font-weight:700}.hint{color:#4b5563;font-size:.95rem}
input[type=text]{width:100%;font-size:1.1rem;padding:.5rem;border:2px solid #374151;border-radius:4px}
.error input[type=text]{border-color:#b91c1c}.error-message{color:#b91c1c;font-weight:700}
.error-summary{border:3px solid #b91c1c;padding:.75rem 1rem;margin:1rem 0}.error-summary a{color:#b91c1c}
button{font:inherit;font-weight:700;color:#fff;background:#1d4ed8;border:0;border-radius:6px;padding:.75rem 1.25rem;width:100%;cursor:pointer}
a{color:#1d4ed8}:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}
`

interface PageProps {
  title: string
  nonce: string
  refreshSeconds?: number
  children: ComponentChildren
}

function Page({ title, nonce, refreshSeconds, children }: PageProps) {
  return (
    <html lang="th">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {refreshSeconds !== undefined && (
          <meta httpEquiv="refresh" content={String(refreshSeconds)} />
        )}
        <title>{`${title} – SIMULATOR เป๋าตังจำลอง`}</title>
        <style nonce={nonce}>{CSS}</style>
      </head>
      <body>
        <div class="sim" role="note">
          SIMULATOR — แอปเป๋าตังจำลอง ไม่ใช่ธนาคารจริง
          <En>Simulated Pao Tang app — not a real bank</En>
        </div>
        <main class="phone">{children}</main>
      </body>
    </html>
  )
}

/** Renders a page component to a complete HTML document (Preact escapes every text). */
export function render(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`
}

function En({ children }: { children: ComponentChildren }) {
  return (
    <span class="en" lang="en">
      {children}
    </span>
  )
}

/** Title and names the way Thai documents write them ("นายสมชาย ใจดี", "ว่าที่ร้อยตรี ธนากร ..."). */
export function thaiFullName(p: SimPerson): string {
  const joiner = p.titleTh.length > 6 ? ' ' : ''
  return `${p.titleTh}${joiner}${[p.firstNameTh, p.middleNameTh, p.lastNameTh].filter(Boolean).join(' ')}`
}

export interface ConsentProps {
  nonce: string
  uid: string
  formToken: string
  serviceName: string
  scopes: SimScope[]
  people: SimPerson[]
  nationalId?: string
  selectedPerson?: string
  outcome?: Outcome
  idError?: { th: string; en: string }
}

/** The phone page: who asks, what is shared, who you are, and the outcome to simulate. */
export function ConsentPage(p: ConsentProps) {
  const selected = p.selectedPerson ?? p.people[0]?.nationalId
  const outcome = p.outcome ?? 'approve'
  const title = `${p.idError ? 'ข้อผิดพลาด: ' : ''}ยืนยันตัวตนและให้ความยินยอม`
  return (
    <Page title={title} nonce={p.nonce}>
      <h1>
        ยืนยันตัวตนและให้ความยินยอม
        <En>Verify your identity and consent</En>
      </h1>
      {p.idError && (
        <div class="error-summary" role="alert">
          <h2>
            มีข้อผิดพลาด<En>There is a problem</En>
          </h2>
          <a href="#national_id">{p.idError.th}</a>
        </div>
      )}
      <p class="service">
        บริการที่ขอข้อมูลของคุณ<En>Service asking for your data</En>
        <strong>{p.serviceName}</strong>
      </p>
      <h2>
        ข้อมูลที่จะส่งให้บริการนี้<En>Data the bank will share</En>
      </h2>
      <ul class="scopes">
        {p.scopes
          .filter((s): s is Exclude<SimScope, 'openid'> => s !== 'openid')
          .map((s) => (
            <li key={s}>
              {SCOPE_LABELS[s].th}
              <En>{SCOPE_LABELS[s].en}</En>
            </li>
          ))}
      </ul>
      <form method="post" action={`/interaction/${p.uid}`} noValidate>
        <input type="hidden" name="form_token" value={p.formToken} />
        <h2>
          คุณคือใคร<En>Who are you?</En>
        </h2>
        <div class={`field${p.idError ? ' error' : ''}`}>
          <label for="national_id">
            เลขประจำตัวประชาชน 13 หลัก<En>13-digit national ID</En>
          </label>
          <p class="hint" id="national_id-hint">
            ถ้ากรอก จะใช้เลขนี้และสร้างบุคคลสมมติให้ ถ้าเว้นว่าง จะใช้บุคคลที่เลือกด้านล่าง
            <En>
              If you type an ID, a synthetic person is made for it; if blank, the person chosen
              below is used.
            </En>
          </p>
          {p.idError && (
            <p class="error-message" id="national_id-error">
              {p.idError.th}
              <En>{p.idError.en}</En>
            </p>
          )}
          <input
            type="text"
            id="national_id"
            name="national_id"
            inputMode="numeric"
            autoComplete="off"
            spellcheck={false}
            value={p.nationalId ?? ''}
            aria-describedby={p.idError ? 'national_id-hint national_id-error' : 'national_id-hint'}
            aria-invalid={p.idError ? 'true' : undefined}
          />
        </div>
        <fieldset>
          <legend>
            หรือเลือกบุคคลสมมติ<En>Or choose a synthetic person</En>
          </legend>
          {p.people.map((person, i) => (
            <div class="choice" key={person.nationalId}>
              <input
                type="radio"
                id={`person-${i}`}
                name="person"
                value={person.nationalId}
                checked={person.nationalId === selected}
              />
              <label for={`person-${i}`}>
                {thaiFullName(person)}
                <En>
                  {maskThaiId(person.nationalId)}
                  {person.nationality === 'THA' ? '' : ` · nationality ${person.nationality}`}
                </En>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            ผลที่ต้องการจำลอง<En>Outcome to simulate</En>
          </legend>
          {OUTCOMES.map((o) => (
            <div class="choice" key={o}>
              <input
                type="radio"
                id={`outcome-${o}`}
                name="outcome"
                value={o}
                checked={o === outcome}
              />
              <label for={`outcome-${o}`}>
                {OUTCOME_LABELS[o].th}
                <En>{OUTCOME_LABELS[o].en}</En>
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">
          ยืนยัน<span lang="en"> / Confirm</span>
        </button>
      </form>
    </Page>
  )
}

/** 'Time out': the app keeps waiting and never answers the service. */
export function WaitingPage({ nonce }: { nonce: string }) {
  return (
    <Page title="กำลังรอการยืนยันในแอป" nonce={nonce}>
      <h1>
        กำลังรอการยืนยันในแอป<En>Waiting for you to confirm in the app</En>
      </h1>
      <p>
        แอปยังไม่ได้รับการยืนยัน และจะไม่ส่งผลใดกลับไปยังบริการ (จำลองกรณีหมดเวลา) กลับไปที่บริการเพื่อเริ่มใหม่
        <En>
          The app has not been confirmed and will send nothing back to the service (simulated
          time-out). Return to the service to try again.
        </En>
      </p>
    </Page>
  )
}

/** 'First-time user': the app is being set up; the page refreshes itself until approval. */
export function SettingUpPage({
  nonce,
  secondsLeft,
  refreshSeconds,
}: {
  nonce: string
  secondsLeft: number
  refreshSeconds: number
}) {
  return (
    <Page title="กำลังตั้งค่าแอปสำหรับผู้ใช้ครั้งแรก" nonce={nonce} refreshSeconds={refreshSeconds}>
      <h1>
        กำลังตั้งค่าแอปสำหรับผู้ใช้ครั้งแรก<En>Setting up the app for a first-time user</En>
      </h1>
      <p>
        {`โปรดรอประมาณ ${secondsLeft} วินาที หน้านี้จะโหลดใหม่เองและส่งผลการยืนยันเมื่อพร้อม`}
        <En>{`Please wait about ${secondsLeft} seconds. This page reloads itself and sends the approval when ready.`}</En>
      </p>
    </Page>
  )
}

/** A problem the phone page cannot recover from (expired or unknown request). */
export function ErrorPage({ nonce, th, en }: { nonce: string; th: string; en: string }) {
  return (
    <Page title="ข้อผิดพลาด: ดำเนินการต่อไม่ได้" nonce={nonce}>
      <h1>
        ดำเนินการต่อไม่ได้<En>This request cannot continue</En>
      </h1>
      <p>
        {th}
        <En>{en}</En>
      </p>
    </Page>
  )
}
