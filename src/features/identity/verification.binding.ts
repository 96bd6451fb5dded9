import { randomInt } from 'node:crypto'
import type { ProviderIdentity } from './relying-party.js'
import { commitVerified } from './verification.commit.js'
import { findVerificationByHandle, recordFailure } from './verification.records.js'
import {
  CallbackRefusedError,
  type CallbackResult,
  type Purpose,
  type PurposeHooks,
  type VerificationDeps,
} from './verification.types.js'

/** Three numbers to choose from, one of them the binding number, in random order. */
export function bindingChoices(code: string): string[] {
  const choices = new Set([code])
  while (choices.size < 3) choices.add(String(randomInt(10, 100)))
  return [...choices].sort(() => randomInt(3) - 1)
}

/** The browser the bank returned to picks the starting screen's number; one try. */
export async function bindVerification(
  deps: VerificationDeps,
  handle: string,
  chosen: string,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
): Promise<CallbackResult> {
  const row = await findVerificationByHandle(deps.db, handle)
  if (
    !row ||
    row.status !== 'authenticated' ||
    !row.claims_enc ||
    !row.claims_key_id ||
    !row.subject ||
    !row.ial
  ) {
    throw new CallbackRefusedError('not_awaiting_binding')
  }
  if (chosen !== row.binding_code) {
    if (!(await recordFailure(deps.db, row, 'not_bound', requestId, hooks[row.purpose].onFailed)))
      throw new CallbackRefusedError('replayed')
    return { handle: row.handle, purpose: row.purpose, status: 'failed', failure: 'not_bound' }
  }
  const opened = JSON.parse(
    deps.crypto.decrypt({ keyId: row.claims_key_id, blob: row.claims_enc }),
  ) as { iss: string; claims: Record<string, unknown> }
  const identity: ProviderIdentity = {
    issuer: opened.iss,
    subject: row.subject,
    acr: row.acr ?? undefined,
    claims: opened.claims,
  }
  return commitVerified(deps, row, identity, Number(row.ial), hooks, requestId)
}
