/**
 * An HTTP proxy in front of the local S3 server that records every request (method, url, full body, status) and
 * injects faults by rule: a 500, a 503 SlowDown, a 403 AccessDenied (what AWS answers a role a policy refuses), a
 * connection reset halfway through the request body, or a delay.
 *
 * Requests are forwarded byte-exact: the raw header list (Host included, so SigV4 signatures stay valid for servers
 * that check them, like s3rver) and the body as received (aws-chunked framing included). Local servers cannot list
 * multipart uploads, so the proxy tracks them: every UploadId returned by CreateMultipartUpload must later see a
 * successful CompleteMultipartUpload or AbortMultipartUpload, or openMultipartUploads() lists it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault = 'status500' | 'slowdown503' | 'forbidden403' | 'reset' | 'delay'

export interface Rule {
  method: string
  /** Matched against the raw path, without the query string. */
  path: RegExp
  /** Matched against the raw query string, without '?' ('' when there is none). */
  query?: RegExp
  /** Fault the nth matching request (1-based; default 1) … */
  nth?: number
  /** … and this many after it (default 1; Infinity for "always"). */
  times?: number
  fault: Fault
  /** For 'delay': how long to hold the request before forwarding it (default 500 ms). */
  delayMs?: number
  /** Matching requests seen so far (kept by the proxy). */
  seen?: number
}

export interface Recorded {
  method: string
  /** Path and query as the client sent them. */
  url: string
  /** The whole request body as received (for a reset: what arrived before the reset). */
  bodyBytes: Buffer
  /** 0 for a reset connection. */
  status: number
  fault?: Fault
  /** The request headers as received (lower-case names): SSE-KMS headers, conditions. */
  headers: http.IncomingHttpHeaders
}

export interface FaultProxy {
  endpoint: string
  requests: Recorded[]
  rules: Rule[]
  /** Called as each request arrives (before its body), e.g. to act while a request is in flight. */
  onRequest?: (request: { method: string; url: string }) => void
  /** UploadIds created and neither completed nor aborted (successfully). */
  openMultipartUploads(): string[]
  /** Requests received and not yet answered. */
  inFlight(): number
  /** Resolves once no request has been in flight for `quietMs` (late background requests included). */
  settled(quietMs?: number): Promise<void>
  stop(): Promise<void>
}

export interface FaultProxyOptions {
  /**
   * s3rver answers AbortMultipartUpload with 405. With this set, the proxy answers such an abort with 204 as S3 does
   * and counts the upload as aborted (s3rver keeps the parts in its temp directory, invisible to every listing).
   */
  emulateAbort?: boolean
  /**
   * Neither local server implements S3's conditional writes (PutObject with If-None-Match: *, answered 412
   * PreconditionFailed when the key exists). With this set, the proxy does, for the keys written and deleted through
   * it.
   */
  emulateConditionalWrites?: boolean
}

const ERROR = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

export async function startFaultProxy(target: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const upstream = new URL(target)
  const requests: Recorded[] = []
  const rules: Rule[] = []
  const open = new Set<string>()
  /** Keys that exist, as far as writes through the proxy tell (for emulateConditionalWrites). */
  const written = new Set<string>()
  let inFlight = 0

  const pick = (method: string, pathname: string, query: string): Rule | undefined => {
    for (const r of rules) {
      if (r.method !== method || !r.path.test(pathname) || (r.query && !r.query.test(query))) continue
      r.seen = (r.seen ?? 0) + 1
      const first = r.nth ?? 1
      const last = first + (r.times ?? 1) - 1
      if (r.seen >= first && r.seen <= last) return r
    }
    return undefined
  }

  const server = http.createServer((req, res) => {
    inFlight++
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        inFlight--
      }
    }
    res.on('close', finish)
    req.socket.on('close', finish)

    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const pathname = q < 0 ? url : url.slice(0, q)
    const query = q < 0 ? '' : url.slice(q + 1)
    const rule = pick(method, pathname, query)
    proxy.onRequest?.({ method, url })
    const chunks: Buffer[] = []
    let received = 0
    const declared = req.headers['content-length']
    const expected = declared === undefined ? undefined : Number(declared)
    let reset = false
    const doReset = () => {
      reset = true
      requests.push({
        method,
        url,
        bodyBytes: Buffer.concat(chunks),
        status: 0,
        fault: 'reset',
        headers: req.headers
      })
      req.socket.destroy()
    }
    req.on('data', (c: Buffer) => {
      if (reset) return
      chunks.push(c)
      received += c.length
      // About half the body, or the first chunk of a body of unknown length.
      if (rule?.fault === 'reset' && (expected === undefined || received >= expected / 2)) doReset()
    })
    req.on('error', () => {})
    req.on('end', () => {
      void answer().catch(err => {
        if (!res.headersSent) res.writeHead(502)
        res.end(String(err))
      })
    })

    async function answer(): Promise<void> {
      if (reset) return
      const bodyBytes = Buffer.concat(chunks)
      if (rule?.fault === 'reset') return doReset() // an empty body: reset before any answer
      if (rule?.fault === 'status500' || rule?.fault === 'slowdown503') {
        const status = rule.fault === 'status500' ? 500 : 503
        requests.push({ method, url, bodyBytes, status, fault: rule.fault, headers: req.headers })
        res.writeHead(status, { 'content-type': 'application/xml' })
        res.end(
          status === 500
            ? ERROR('InternalError', 'We encountered an internal error. Please try again.')
            : ERROR('SlowDown', 'Please reduce your request rate.')
        )
        return
      }
      if (rule?.fault === 'forbidden403') {
        requests.push({ method, url, bodyBytes, status: 403, fault: rule.fault, headers: req.headers })
        res.writeHead(403, { 'content-type': 'application/xml' })
        res.end(ERROR('AccessDenied', 'Access Denied'))
        return
      }
      if (rule?.fault === 'delay') await sleep(rule.delayMs ?? 500)
      const params = new URLSearchParams(query)
      const plainPut = method === 'PUT' && !params.has('uploadId') && !req.headers['x-amz-copy-source']
      if (
        options.emulateConditionalWrites &&
        plainPut &&
        req.headers['if-none-match'] === '*' &&
        written.has(pathname)
      ) {
        requests.push({ method, url, bodyBytes, status: 412, headers: req.headers })
        res.writeHead(412, { 'content-type': 'application/xml' })
        res.end(ERROR('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold'))
        return
      }
      const { status, headers, body } = await forward(method, url, req.rawHeaders, bodyBytes)
      if (status < 300 && (plainPut || (method === 'POST' && params.has('uploadId')))) written.add(pathname)
      if (status < 300 && method === 'DELETE' && !params.has('uploadId')) written.delete(pathname)
      if (
        options.emulateAbort &&
        method === 'DELETE' &&
        params.has('uploadId') &&
        (status === 405 || status === 501)
      ) {
        open.delete(params.get('uploadId')!)
        requests.push({ method, url, bodyBytes, status: 204, headers: req.headers })
        res.writeHead(204)
        res.end()
        return
      }
      requests.push({ method, url, bodyBytes, status, fault: rule?.fault, headers: req.headers })
      if (status < 300) trackMultipart(method, params, body)
      res.writeHead(status, headers)
      res.end(body)
    }
  })

  function forward(
    method: string,
    url: string,
    rawHeaders: string[],
    body: Buffer
  ): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    // The raw header list as sent (pairs), Host included: the signature covers it.
    const headers: [string, string][] = []
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) headers.push([rawHeaders[i]!, rawHeaders[i + 1]!])
    return new Promise((resolve, reject) => {
      const out = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method,
          path: url,
          headers: headers.flat(),
          setHost: false,
          agent: false
        },
        up => {
          const parts: Buffer[] = []
          up.on('data', (c: Buffer) => parts.push(c))
          up.on('error', reject)
          up.on('end', () =>
            resolve({ status: up.statusCode ?? 0, headers: up.headers, body: Buffer.concat(parts) })
          )
        }
      )
      out.on('error', reject)
      out.end(body)
    })
  }

  function trackMultipart(method: string, params: URLSearchParams, response: Buffer): void {
    if (method === 'POST' && params.has('uploads')) {
      const id = /<UploadId>([^<]+)<\/UploadId>/.exec(response.toString())?.[1]
      if (id) open.add(id)
    } else if ((method === 'POST' || method === 'DELETE') && params.has('uploadId')) {
      open.delete(params.get('uploadId')!)
    }
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const proxy: FaultProxy = {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    rules,
    openMultipartUploads: () => [...open],
    inFlight: () => inFlight,
    async settled(quietMs = 150) {
      let quietSince = Date.now()
      for (;;) {
        await sleep(10)
        if (inFlight > 0) quietSince = Date.now()
        else if (Date.now() - quietSince >= quietMs) return
      }
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  return proxy
}
