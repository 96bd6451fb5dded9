// oidc-provider ships no types and @types/oidc-provider is not a dependency: this declares the
// small part of its API the simulator uses (see node_modules/oidc-provider/lib/provider.js).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export type UnknownObject = Record<string, unknown>

  /** What the provider hands its storage adapter; the named keys are its secondary indexes. */
  export interface AdapterPayload extends UnknownObject {
    grantId?: string
    uid?: string
    userCode?: string
    consumed?: number
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>
    find(id: string): Promise<AdapterPayload | undefined>
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>
    findByUid(uid: string): Promise<AdapterPayload | undefined>
    consume(id: string): Promise<void>
    destroy(id: string): Promise<void>
    revokeByGrantId(grantId: string): Promise<void>
  }

  export interface Account {
    accountId: string
    claims(
      use: string,
      scope: string,
      claims: UnknownObject,
      rejected: string[],
    ): Promise<UnknownObject & { sub: string }>
  }

  /** The Koa context, as far as renderError and findAccount see it. */
  export interface KoaContextWithOIDC {
    type: string
    body: unknown
    status: number
    set(field: string, value: string): void
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number }
    consent?: { grantId?: string }
    error?: string
    error_description?: string
  }

  export interface Interaction {
    uid: string
    returnTo: string
    /** Expiry, seconds since the epoch. */
    exp: number
    prompt: { name: string; reasons: string[]; details: UnknownObject }
    params: UnknownObject
    grantId?: string
    session?: { accountId: string; uid?: string }
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string })
    addOIDCScope(scope: string): void
    save(ttl?: number): Promise<string>
  }

  export interface ClientRecord {
    clientId: string
    clientName?: string
    redirectUris: string[]
  }

  export interface ClientMetadata extends UnknownObject {
    client_id: string
    client_secret?: string
    redirect_uris: string[]
  }

  export interface Configuration extends UnknownObject {
    adapter?: new (name: string) => Adapter
    clients?: ClientMetadata[]
    findAccount?: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>
    renderError?: (ctx: KoaContextWithOIDC, out: UnknownObject, error: Error) => Promise<void>
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration)
    readonly issuer: string
    /** Trust X-Forwarded-* (Koa's app.proxy). */
    proxy: boolean
    readonly Grant: typeof Grant
    readonly Client: { find(id: string): Promise<ClientRecord | undefined> }
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>
    on(event: string, listener: (ctx: KoaContextWithOIDC, err: Error) => void): this
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      status: number
      error: string
      error_description?: string
    }
    class SessionNotFound extends OIDCProviderError {}
  }

  export default Provider
}
