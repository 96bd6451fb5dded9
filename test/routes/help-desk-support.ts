import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { cookieJar, csrfFrom } from '../helpers/app.js'

/** A file part of a multipart form. */
export interface FilePart {
  name: string
  fileName: string
  type: string
  data: Buffer
}

/** A multipart/form-data body, as a browser sends the help form. */
export function multipartBody(fields: Record<string, string>, files: FilePart[] = []) {
  const boundary = `----ctp${Math.random().toString(16).slice(2)}`
  const chunks: Buffer[] = []
  for (const [k, v] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    )
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.fileName}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
    )
    chunks.push(f.data, Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

/** A citizen's browser through inject: cookies and the CSRF token of the page last opened. */
export class Guest {
  readonly jar = cookieJar()
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }

  /** Opens a page and posts a url-encoded form with its CSRF token. */
  async post(
    pageUrl: string,
    action: string,
    form: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl)
    const res = await this.app.inject({
      method: 'POST',
      url: action,
      payload: new URLSearchParams({ _csrf: csrfFrom(page.body), ...form }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }

  /** Opens the help form and posts it as multipart, with any files. */
  async postHelp(pageUrl: string, form: Record<string, string>, files: FilePart[] = []) {
    const page = await this.get(pageUrl)
    const body = multipartBody({ _csrf: csrfFrom(page.body), ...form }, files)
    const res = await this.app.inject({
      method: 'POST',
      url: '/help/new',
      payload: body.payload,
      headers: { 'content-type': body.contentType, cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }
}

export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
])
