import type { ComponentChildren } from 'preact'
import { renderToString } from 'preact-render-to-string'

const CSS = `body{font-family:sans-serif;margin:0;color:#1b1b1b}
.sim{background:#ffdd00;padding:.5rem 1rem;font-weight:bold}
main{max-width:40rem;margin:0 auto;padding:1rem}
label{display:block;margin:.4rem 0}
input[type=text]{font-size:1rem;padding:.3rem}
button{font-size:1rem;padding:.5rem 1rem;margin-top:1rem;background:#1d4e89;color:#fff;border:0}
.error{color:#b00020;font-weight:bold}
.en{display:block;color:#505a5f}`

function En({ children }: { children: ComponentChildren }) {
  return (
    <span class="en" lang="en">
      {children}
    </span>
  )
}

function Page(p: { title: string; nonce: string; children: ComponentChildren }) {
  return (
    <html lang="th">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.title} – SIMULATOR ระบบยืนยันตัวตนเจ้าหน้าที่จำลอง`}</title>
        <style nonce={p.nonce}>{CSS}</style>
      </head>
      <body>
        <div class="sim" role="note">
          SIMULATOR — ระบบยืนยันตัวตนกลางของกรมจำลอง ไม่ใช่ระบบจริง
          <En>Simulated agency single sign-on — not the real one</En>
        </div>
        <main>{p.children}</main>
      </body>
    </html>
  )
}

/** A page as a complete HTML document (Preact escapes every text). */
export function render(page: ReturnType<typeof Page>): string {
  return `<!doctype html>${renderToString(page)}`
}

export interface SampleOfficer {
  staffNumber: string
  name: string
  unit: string
}

/** The sign-in page: pick a sample officer from the directory or type a staff number. */
export function SignInPage(p: {
  nonce: string
  uid: string
  formToken: string
  officers: SampleOfficer[]
  typed?: string
  error?: boolean
}) {
  return (
    <Page title={p.error ? 'ข้อผิดพลาด: เข้าสู่ระบบ' : 'เข้าสู่ระบบ'} nonce={p.nonce}>
      <h1>
        เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่<En>Sign in with your officer account</En>
      </h1>
      <form method="post" action={`/interaction/${p.uid}`}>
        <input type="hidden" name="form_token" value={p.formToken} />
        <fieldset>
          <legend>
            เจ้าหน้าที่ตัวอย่างจากทะเบียน<En>Sample officers from the directory</En>
          </legend>
          {p.officers.map((o, i) => (
            <label key={o.staffNumber}>
              <input type="radio" name="staff" value={o.staffNumber} checked={i === 0} />{' '}
              {o.staffNumber} {o.name} ({o.unit})
            </label>
          ))}
        </fieldset>
        <label for="typed">
          หรือกรอกเลขประจำตัวเจ้าหน้าที่<En>Or type a staff number</En>
        </label>
        {p.error && (
          <p class="error" id="typed-error">
            เลขประจำตัวต้องเป็นตัวอักษรหรือตัวเลข 3 ถึง 12 ตัว
            <En>A staff number is 3 to 12 letters or digits</En>
          </p>
        )}
        <input type="text" id="typed" name="typed" value={p.typed ?? ''} autoComplete="off" />
        <label>
          <input type="checkbox" name="mfa" value="yes" /> ยืนยันตัวตนสองขั้นตอนแล้ว (amr: otp)
          <En>Used a second factor (amr: otp)</En>
        </label>
        <button type="submit">เข้าสู่ระบบ / Sign in</button>
      </form>
    </Page>
  )
}

/** An error page of the simulator, in Thai and English. */
export function ErrorPage(p: { nonce: string; th: string; en: string }) {
  return (
    <Page title="ข้อผิดพลาด: ดำเนินการต่อไม่ได้" nonce={p.nonce}>
      <h1>
        ดำเนินการต่อไม่ได้<En>This request cannot continue</En>
      </h1>
      <p>
        {p.th}
        <En>{p.en}</En>
      </p>
    </Page>
  )
}
