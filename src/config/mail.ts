import { z } from 'zod'
import { ConfigError, parse, type Env } from './errors.js'

export interface MailConfig {
  smtpUrl: string | undefined
  from: string
}

/** SMTP_URL (required in production) and MAIL_FROM. */
export function mailSettings(env: Env, production: boolean): MailConfig {
  const smtpUrl =
    env.SMTP_URL && env.SMTP_URL !== ''
      ? parse(
          'SMTP_URL',
          z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://'),
          env.SMTP_URL,
        )
      : undefined
  if (production && smtpUrl === undefined)
    throw new ConfigError('SMTP_URL', 'is required in production')
  return {
    smtpUrl,
    from:
      env.MAIL_FROM && env.MAIL_FROM !== ''
        ? env.MAIL_FROM
        : 'Customs Trader Portal <no-reply@customs.go.th>',
  }
}
