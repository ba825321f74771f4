/**
 * A small Step Functions endpoint over real HTTP (the awsJson1_0 protocol the SDK speaks: POST /, X-Amz-Target
 * `AWSStepFunctions.<Action>`, JSON bodies, dates as epoch seconds). Tests point the SDK at it with
 * AWS_ENDPOINT_URL_SFN, so the request shape, the endpoint choice and the SDK's error parsing are all real.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SfnCall {
  action: string
  input: Record<string, unknown>
  /** ms since the server started. */
  at: number
}

/** A handler returns the response body, or { status, type, message } for an AWS error. */
export type SfnReply = Record<string, unknown> | { error: { status: number; type: string; message: string } }
export type SfnHandler = (input: Record<string, unknown>, call: number) => SfnReply | Promise<SfnReply>

export interface FakeSfn {
  endpoint: string
  calls: SfnCall[]
  handlers: Record<string, SfnHandler>
  stop: () => Promise<void>
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeSfn(handlers: Record<string, SfnHandler> = {}): Promise<FakeSfn> {
  const started = Date.now()
  const fake: FakeSfn = { endpoint: '', calls: [], handlers, stop: async () => {} }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const target = String(req.headers['x-amz-target'] ?? '')
      const action = target.replace(/^AWSStepFunctions\./, '')
      const input = JSON.parse((await body(req)) || '{}') as Record<string, unknown>
      const n = fake.calls.filter(c => c.action === action).length
      fake.calls.push({ action, input, at: Date.now() - started })
      const handler = fake.handlers[action]
      const reply: SfnReply = handler
        ? await handler(input, n)
        : { error: { status: 400, type: 'UnknownOperationException', message: `no handler for ${action}` } }
      const headers = { 'content-type': 'application/x-amz-json-1.0' }
      if ('error' in reply && typeof reply.error === 'object' && reply.error && 'type' in reply.error) {
        const e = reply.error as { status: number; type: string; message: string }
        res.writeHead(e.status, headers).end(JSON.stringify({ __type: e.type, message: e.message }))
        return
      }
      res.writeHead(200, headers).end(JSON.stringify(reply))
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.stop = () =>
    new Promise<void>(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return fake
}

/** Epoch seconds, as the JSON protocol carries timestamps. */
export const epoch = (ms: number): number => ms / 1000
