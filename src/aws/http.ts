/**
 * The HTTP side every AWS SDK client of this project shares (the action's clients in clients.ts, the Lambdas'):
 * SDK retries, connect/socket/request timeouts and keep-alive. No SDK client is imported here, so a Lambda bundle
 * takes only the clients it uses.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler'

export const DEFAULT_MAX_ATTEMPTS = 5
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000
export const DEFAULT_CONTROL_PLANE_TIMEOUT_MS = 30_000

/**
 * The HTTP handler every client gets. throwOnRequestTimeout makes requestTimeout an error instead of a logged warning
 * (the handler's default); that is what keeps a hung call from hanging the job.
 */
export function createRequestHandler(o: {
  requestTimeoutMs?: number
  connectionTimeoutMs?: number
  socketTimeoutMs?: number
}): NodeHttpHandler {
  const agent = { keepAlive: true, maxSockets: 50 }
  return new NodeHttpHandler({
    connectionTimeout: o.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    socketTimeout: o.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
    ...(o.requestTimeoutMs ? { requestTimeout: o.requestTimeoutMs, throwOnRequestTimeout: true } : {}),
    httpAgent: agent,
    httpsAgent: agent
  })
}

/**
 * What a Lambda gives its SDK clients (the region and credentials come from the function's environment). Control-plane
 * calls (Glue, KMS, Secrets Manager, Step Functions) get a request timeout, so a hung call fails and is retried
 * instead of holding the function until its own timeout; S3 gets none, since a large part legitimately takes long
 * (the idle-socket timeout catches hangs there).
 */
export function lambdaClientConfig(kind: 'control-plane' | 's3'): {
  maxAttempts: number
  requestHandler: NodeHttpHandler
} {
  return {
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    requestHandler: createRequestHandler({
      requestTimeoutMs: kind === 'control-plane' ? DEFAULT_CONTROL_PLANE_TIMEOUT_MS : undefined
    })
  }
}
