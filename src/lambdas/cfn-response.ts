/**
 * Answering a CloudFormation custom resource request: a PUT of a JSON document to the request's pre-signed
 * ResponseURL (CloudFormation User Guide, "Custom resource response objects"). A request that is never answered
 * holds the stack in CREATE/UPDATE/DELETE_IN_PROGRESS for an hour, so every path answers, failures included.
 */

export type CustomResourceRequestType = 'Create' | 'Update' | 'Delete'

export interface CustomResourceEvent<P = Record<string, unknown>> {
  RequestType: CustomResourceRequestType
  ResponseURL: string
  StackId: string
  RequestId: string
  LogicalResourceId: string
  ResourceType: string
  PhysicalResourceId?: string
  ResourceProperties: P & { ServiceToken?: string }
  OldResourceProperties?: P
}

export interface CustomResourceResponse {
  Status: 'SUCCESS' | 'FAILED'
  Reason?: string
  PhysicalResourceId: string
  StackId: string
  RequestId: string
  LogicalResourceId: string
  Data?: Record<string, string>
}

/** CloudFormation refuses response bodies over 4096 bytes; the reason is what gets cut. */
const MAX_BODY = 4096

export function isCustomResourceEvent(event: unknown): event is CustomResourceEvent {
  const e = event as Partial<CustomResourceEvent> | undefined
  return (
    typeof e === 'object' &&
    e !== null &&
    (e.RequestType === 'Create' || e.RequestType === 'Update' || e.RequestType === 'Delete') &&
    typeof e.ResponseURL === 'string'
  )
}

/**
 * The pre-signed URL must be HTTPS (it carries the answer CloudFormation trusts); plain HTTP only to this machine,
 * which is where tests listen.
 */
export function checkResponseUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error('the custom resource request has no valid ResponseURL')
  }
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost'
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    throw new Error(`the custom resource ResponseURL must be https, not ${parsed.protocol}`)
  }
  return parsed
}

export function responseBody(response: CustomResourceResponse): string {
  let body = JSON.stringify(response)
  if (body.length > MAX_BODY && response.Reason) {
    const excess = body.length - MAX_BODY + 3
    body = JSON.stringify({ ...response, Reason: `${response.Reason.slice(0, -excess)}...` })
  }
  return body
}

/** PUTs the answer. CloudFormation's pre-signed URL is signed without a content type, so none is sent. */
export async function sendResponse(
  url: string,
  response: CustomResourceResponse,
  fetchImpl: typeof fetch = fetch
): Promise<void> {
  const target = checkResponseUrl(url)
  const body = responseBody(response)
  const res = await fetchImpl(target, {
    method: 'PUT',
    body,
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
    signal: AbortSignal.timeout(30_000)
  })
  if (!res.ok) {
    throw new Error(`CloudFormation did not take the custom resource answer: HTTP ${res.status}`)
  }
}
