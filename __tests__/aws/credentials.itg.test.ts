/**
 * resolveCredentials against real local servers: one node:http server plays GitHub's OIDC token endpoint (driven
 * through the real @actions/core getIDToken via its env vars) and STS (the SDK's real query-protocol client).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UserError } from '../../src/errors.js'
import { expectedSubjects, resolveCredentials, type CredentialOptions } from '../../src/aws/credentials.js'

const REQUEST_TOKEN = 'request-token-7f3a'
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vZGF0YSJ9.c2lnbmF0dXJl'
const ROLE = 'arn:aws:iam::123456789012:role/cleanrooms-upload'
const CREDS = {
  AccessKeyId: 'ASIAEXAMPLEKEYID0001',
  SecretAccessKey: 'secret/EXAMPLE+key0001',
  SessionToken: 'session-token-EXAMPLE-0001'
}
const EXPIRATION = '2026-11-22T16:00:00Z'

type StsReply = 'ok' | '500' | 'hang' | 'access-denied' | 'invalid-token'

/** What one successful STS answer hands out; tests that refresh queue several. */
interface Issued {
  AccessKeyId: string
  SecretAccessKey: string
  SessionToken: string
  Expiration: string
}

interface TokenRequest {
  authorization?: string
  audience: string | null
  x: string | null
}

let server: Server
let base = ''
let stsReplies: StsReply[] = []
let stsIssued: Issued[] = []
let stsRequests: URLSearchParams[] = []
let stsAuthHeaders: Array<string | undefined> = []
let tokenRequests: TokenRequest[] = []
const savedEnv = { ...process.env }

function successXml(action: 'AssumeRoleWithWebIdentity' | 'AssumeRole'): string {
  const c = stsIssued.shift() ?? { ...CREDS, Expiration: EXPIRATION }
  return `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <${action}Result>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/cleanrooms-upload/cleanrooms-connect</Arn>
      <AssumedRoleId>AROAEXAMPLE:cleanrooms-connect</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>${c.AccessKeyId}</AccessKeyId>
      <SecretAccessKey>${c.SecretAccessKey}</SecretAccessKey>
      <SessionToken>${c.SessionToken}</SessionToken>
      <Expiration>${c.Expiration}</Expiration>
    </Credentials>
  </${action}Result>
  <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
</${action}Response>`
}

function errorXml(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-2</RequestId></ErrorResponse>`
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', base)
  if (req.method === 'GET' && url.pathname === '/token') {
    tokenRequests.push({
      authorization: req.headers.authorization,
      audience: url.searchParams.get('audience'),
      x: url.searchParams.get('x')
    })
    if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) {
      res.writeHead(401).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: ID_TOKEN }))
    return
  }
  if (req.method === 'POST' && url.pathname === '/sts/') {
    const form = new URLSearchParams(await readBody(req))
    stsRequests.push(form)
    stsAuthHeaders.push(req.headers.authorization)
    const reply = stsReplies.shift() ?? 'ok'
    const xml = (status: number, body: string): void =>
      void res.writeHead(status, { 'content-type': 'text/xml' }).end(body)
    if (reply === 'hang') return // never answers; the client's request timeout must end it
    if (reply === '500') return xml(500, errorXml('InternalFailure', 'internal'))
    if (reply === 'access-denied')
      return xml(403, errorXml('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    if (reply === 'invalid-token')
      return xml(400, errorXml('InvalidIdentityToken', 'Incorrect token audience'))
    xml(200, successXml(form.get('Action') === 'AssumeRole' ? 'AssumeRole' : 'AssumeRoleWithWebIdentity'))
    return
  }
  res.writeHead(404).end()
}

beforeAll(async () => {
  server = createServer((req, res) => {
    handle(req, res).catch(err => res.writeHead(500).end(String(err)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>(resolve => server.close(() => resolve()))
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k]
  Object.assign(process.env, savedEnv)
})

beforeEach(() => {
  stsReplies = []
  stsIssued = []
  stsRequests = []
  stsAuthHeaders = []
  tokenRequests = []
  // @actions/core reads these from process.env.
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${base}/token?x=1`
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN
})

function options(
  over: Partial<CredentialOptions> = {}
): CredentialOptions & { masked: string[]; slept: number[] } {
  const masked: string[] = []
  const slept: number[] = []
  return {
    region: 'eu-west-1',
    roleToAssume: ROLE,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'cleanrooms-connect',
    durationSeconds: 3600,
    env: {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/data',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY_OWNER_ID: '111',
      GITHUB_REPOSITORY_ID: '222'
    },
    getIDToken: aud => core.getIDToken(aud),
    mask: s => masked.push(s),
    stsEndpoint: `${base}/sts/`,
    sleep: async ms => void slept.push(ms),
    random: () => 0.5,
    masked,
    slept,
    ...over
  }
}

describe('resolveCredentials via OIDC', () => {
  it('exchanges the GitHub token for role credentials and masks every secret', async () => {
    const o = options({ roleSessionName: 'run-42-main', durationSeconds: 1800 })
    const out = await resolveCredentials(o)

    expect(tokenRequests).toEqual([
      { authorization: `Bearer ${REQUEST_TOKEN}`, audience: 'sts.amazonaws.com', x: '1' }
    ])
    expect(stsRequests).toHaveLength(1)
    const form = stsRequests[0]!
    expect(form.get('Action')).toBe('AssumeRoleWithWebIdentity')
    expect(form.get('RoleArn')).toBe(ROLE)
    expect(form.get('RoleSessionName')).toBe('run-42-main')
    expect(form.get('DurationSeconds')).toBe('1800')
    expect(form.get('WebIdentityToken')).toBe(ID_TOKEN)
    // AssumeRoleWithWebIdentity is unsigned: no AWS keys were needed to make the call.
    expect(stsAuthHeaders[0]).toBeUndefined()

    expect(out.source).toBe('oidc')
    expect(await out.credentials!()).toEqual({
      accessKeyId: CREDS.AccessKeyId,
      secretAccessKey: CREDS.SecretAccessKey,
      sessionToken: CREDS.SessionToken,
      expiration: new Date(EXPIRATION)
    })
    expect(out.identity?.arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/cleanrooms-upload/cleanrooms-connect'
    )
    expect(out.identity?.expiration?.toISOString()).toBe('2026-11-22T16:00:00.000Z')
    expect(o.masked).toEqual(
      expect.arrayContaining([ID_TOKEN, CREDS.AccessKeyId, CREDS.SecretAccessKey, CREDS.SessionToken])
    )
    expect(o.masked.indexOf(ID_TOKEN)).toBe(0) // masked before it was sent anywhere
  })

  it('passes a custom audience to the token endpoint', async () => {
    const o = options({ audience: 'sts.cn-north-1.amazonaws.com.cn' })
    await resolveCredentials(o)
    expect(tokenRequests[0]?.audience).toBe('sts.cn-north-1.amazonaws.com.cn')
  })

  it('retries an STS 500 with full-jitter backoff and succeeds', async () => {
    stsReplies = ['500', '500']
    const o = options()
    const out = await resolveCredentials(o)
    expect(out.source).toBe('oidc')
    expect(stsRequests).toHaveLength(3)
    expect(stsRequests.every(f => f.get('WebIdentityToken') === ID_TOKEN)).toBe(true)
    expect(o.slept).toEqual([500, 1000]) // 0.5 × 1000, 0.5 × 2000
  })

  it('gives up on an STS that never answers, after the request timeout, with a timeout message', async () => {
    stsReplies = ['hang', 'hang']
    const o = options({ requestTimeoutMs: 200, attempts: 2 })
    const err = await resolveCredentials(o).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/^STS did not answer within 200 ms \(2 attempts\)/)
    expect(stsRequests).toHaveLength(2)
    expect(o.slept).toHaveLength(1)
  })

  it('explains AccessDenied as a trust-policy mismatch, with the sub the token really presents', async () => {
    stsReplies = ['access-denied']
    const err = (await resolveCredentials(options()).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toContain("this job's token presents sub 'repo:octo/data'")
    expect(err.message).not.toContain('ref:refs/heads/main')
    expect(err.message).not.toContain(ID_TOKEN)
    expect(stsRequests).toHaveLength(1)
  })

  it('explains AccessDenied with the sub derived from the environment when the token is not a readable JWT', async () => {
    stsReplies = ['access-denied']
    const o = options({ getIDToken: () => Promise.resolve('opaque-token') })
    const err = (await resolveCredentials(o).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toContain('token.actions.githubusercontent.com:sub')
    expect(err.message).toContain("'repo:octo/data:ref:refs/heads/main'")
    expect(err.message).toContain('repo:OWNER@ID/REPO@ID')
    expect(err.message).toContain('owner id 111, repository id 222')
    expect(err.message).toContain("aud is 'sts.amazonaws.com'")
    expect(err.message).not.toContain('opaque-token')
    expect(err.message).not.toContain('\n')
    expect(stsRequests).toHaveLength(1) // not retried
  })

  it('explains InvalidIdentityToken as a missing/misconfigured OIDC provider', async () => {
    stsReplies = ['invalid-token']
    const err = (await resolveCredentials(options()).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(
      /IAM OIDC identity provider for https:\/\/token\.actions\.githubusercontent\.com whose audience list includes 'sts\.amazonaws\.com'/
    )
    expect(stsRequests).toHaveLength(1)
  })

  it('fails with the id-token permission hint when Actions gives no OIDC token', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    const o = options()
    await expect(resolveCredentials(o)).rejects.toThrow(
      'role-to-assume is set but no OIDC token is available: add `permissions: id-token: write` to the job (fork pull requests never get one)'
    )
    expect(stsRequests).toHaveLength(0)
  })

  it('reports a token endpoint that refuses the request token after retrying', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'wrong'
    const o = options({ env: { ...options().env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, attempts: 2 })
    const err = (await resolveCredentials(o).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/^could not get a GitHub OIDC token for audience 'sts\.amazonaws\.com'/)
    expect(tokenRequests.length).toBeGreaterThanOrEqual(2)
    expect(o.slept).toHaveLength(1)
    expect(stsRequests).toHaveLength(0)
  })
})

describe('resolveCredentials outside Actions and without a role', () => {
  it('uses the default chain + AssumeRole when not in Actions', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    // The SDK's default chain reads process.env.
    process.env.AWS_ACCESS_KEY_ID = 'AKIASOURCEEXAMPLE001'
    process.env.AWS_SECRET_ACCESS_KEY = 'source-secret'
    try {
      const o = options({
        env: { PATH: process.env.PATH },
        getIDToken: () => Promise.reject(new Error('local-action has no OIDC'))
      })
      const out = await resolveCredentials(o)
      expect(out.source).toBe('assume-role')
      expect(stsRequests[0]?.get('Action')).toBe('AssumeRole')
      expect(stsRequests[0]?.get('RoleArn')).toBe(ROLE)
      expect(stsRequests[0]?.get('WebIdentityToken')).toBeNull()
      expect(stsAuthHeaders[0]).toContain('Credential=AKIASOURCEEXAMPLE001/')
      expect(o.masked).toEqual(
        expect.arrayContaining([CREDS.AccessKeyId, CREDS.SecretAccessKey, CREDS.SessionToken])
      )
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.AWS_SECRET_ACCESS_KEY
    }
  })

  it('returns the default chain, with no credentials, when no role is set', async () => {
    const o = options({ roleToAssume: undefined })
    expect(await resolveCredentials(o)).toEqual({ source: 'default-chain' })
    expect(tokenRequests).toHaveLength(0)
    expect(stsRequests).toHaveLength(0)
  })
})

describe('credentials that outlive a long wait', () => {
  const FIRST_EXPIRY = Date.parse(EXPIRATION)
  const SECOND_EXPIRY = FIRST_EXPIRY + 3_600_000
  const issued = (n: number, expiresAt: number): Issued => ({
    AccessKeyId: `ASIAEXAMPLEKEYID000${n}`,
    SecretAccessKey: `secret/EXAMPLE+key000${n}`,
    SessionToken: `session-token-EXAMPLE-000${n}`,
    Expiration: new Date(expiresAt).toISOString()
  })

  it('re-assumes with a fresh OIDC token 10 minutes before expiry, once for all concurrent callers', async () => {
    stsIssued = [issued(1, FIRST_EXPIRY), issued(2, SECOND_EXPIRY)]
    let clock = FIRST_EXPIRY - 60 * 60_000
    const logs: string[] = []
    const o = options({ now: () => clock, log: line => logs.push(line) })
    const out = await resolveCredentials(o)
    const provider = out.credentials!
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLEKEYID0001')

    clock = FIRST_EXPIRY - 11 * 60_000
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLEKEYID0001')
    expect(stsRequests).toHaveLength(1)
    expect(tokenRequests).toHaveLength(1)

    clock = FIRST_EXPIRY - 9 * 60_000
    const got = await Promise.all([provider(), provider(), provider()])
    expect(got.map(c => c.accessKeyId)).toEqual(Array(3).fill('ASIAEXAMPLEKEYID0002'))
    expect(got[0]).toEqual({
      accessKeyId: 'ASIAEXAMPLEKEYID0002',
      secretAccessKey: 'secret/EXAMPLE+key0002',
      sessionToken: 'session-token-EXAMPLE-0002',
      expiration: new Date(SECOND_EXPIRY)
    })
    // One refresh: a new token from GitHub, exchanged once.
    expect(tokenRequests).toHaveLength(2)
    expect(stsRequests).toHaveLength(2)
    expect(stsRequests[1]!.get('Action')).toBe('AssumeRoleWithWebIdentity')
    expect(stsRequests[1]!.get('WebIdentityToken')).toBe(ID_TOKEN)
    expect(o.masked).toEqual(
      expect.arrayContaining(['ASIAEXAMPLEKEYID0002', 'secret/EXAMPLE+key0002', 'session-token-EXAMPLE-0002'])
    )
    expect(logs).toEqual([`refreshed AWS credentials (valid until ${new Date(SECOND_EXPIRY).toISOString()})`])

    clock = SECOND_EXPIRY - 30 * 60_000
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLEKEYID0002')
    expect(stsRequests).toHaveLength(2)
  })

  it('keeps working with valid credentials when a refresh fails, retries a minute later, fails once they expired', async () => {
    stsIssued = [issued(1, FIRST_EXPIRY)]
    stsReplies = ['ok', 'access-denied']
    let clock = FIRST_EXPIRY - 5 * 60_000
    const logs: string[] = []
    const out = await resolveCredentials(options({ now: () => clock, log: line => logs.push(line) }))
    const provider = out.credentials!

    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLEKEYID0001')
    expect(stsRequests).toHaveLength(2)
    expect(logs[0]).toMatch(/^could not refresh AWS credentials \(STS refused AssumeRoleWithWebIdentity/)
    expect(logs[0]).toContain(`valid until ${EXPIRATION.replace('Z', '.000Z')}`)

    clock += 30_000
    await provider()
    expect(stsRequests).toHaveLength(2) // not before a minute has passed

    clock += 31_000
    stsReplies = ['access-denied']
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLEKEYID0001')
    expect(stsRequests).toHaveLength(3)

    clock = FIRST_EXPIRY + 1_000
    stsReplies = ['access-denied']
    const err = (await provider().catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/^STS refused AssumeRoleWithWebIdentity/)
    for (const line of logs) expect(line).not.toContain('secret/EXAMPLE')
  })

  it('refreshes an AssumeRole session from the default chain the same way', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    process.env.AWS_ACCESS_KEY_ID = 'AKIASOURCEEXAMPLE001'
    process.env.AWS_SECRET_ACCESS_KEY = 'source-secret'
    try {
      stsIssued = [issued(1, FIRST_EXPIRY), issued(2, SECOND_EXPIRY)]
      let clock = FIRST_EXPIRY - 60 * 60_000
      const out = await resolveCredentials(
        options({
          env: { PATH: process.env.PATH },
          getIDToken: () => Promise.reject(new Error('local-action has no OIDC')),
          now: () => clock
        })
      )
      clock = FIRST_EXPIRY - 60_000
      expect((await out.credentials!()).accessKeyId).toBe('ASIAEXAMPLEKEYID0002')
      expect(stsRequests.map(f => f.get('Action'))).toEqual(['AssumeRole', 'AssumeRole'])
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.AWS_SECRET_ACCESS_KEY
    }
  })
})

describe('helpers', () => {
  it('derives the subject claims from the environment', () => {
    const env = { GITHUB_REPOSITORY: 'octo/data', GITHUB_REF: 'refs/tags/v1', GITHUB_EVENT_NAME: 'push' }
    expect(expectedSubjects(env)).toEqual(['repo:octo/data:ref:refs/tags/v1'])
    expect(expectedSubjects(env, 'prod')).toEqual(['repo:octo/data:environment:prod'])
    expect(expectedSubjects({ ...env, GITHUB_EVENT_NAME: 'pull_request' })).toEqual([
      'repo:octo/data:pull_request'
    ])
    expect(expectedSubjects({})).toEqual([])
  })
})
