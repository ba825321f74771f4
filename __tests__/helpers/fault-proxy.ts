/**
 * An HTTP proxy in front of the local S3 server that records every request (method, path, body) and injects faults
 * by rule: a 500, a 503 SlowDown, or a connection reset halfway through the request body. It also tracks multipart
 * uploads (local servers cannot list them) so a test can assert that none was left open.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault = 'status500' | 'slowdown503' | 'reset'

export interface Rule {
  method: string
  /** Matched against the path with its query string. */
  path: RegExp
  /** Fault the nth matching request (1-based) … */
  nth?: number
  /** … and this many after it (default 1; Infinity for "always"). */
  times?: number
  fault: Fault
  seen?: number
}

export interface Recorded {
  method: string
  url: string
  body: Buffer
  status: number
}

export interface FaultProxy {
  endpoint: string
  requests: Recorded[]
  rules: Rule[]
  openMultipartUploads(): string[]
  stop(): Promise<void>
}

const ERROR = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target)
  const requests: Recorded[] = []
  const rules: Rule[] = []
  const open = new Set<string>()

  const pick = (method: string, url: string): Rule | undefined => {
    for (const r of rules) {
      if (r.method !== method || !r.path.test(url)) continue
      r.seen = (r.seen ?? 0) + 1
      const first = r.nth ?? 1
      const last = first + (r.times ?? 1) - 1
      if (r.seen >= first && r.seen <= last) return r
    }
    return undefined
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const rule = pick(method, url)
    const chunks: Buffer[] = []
    let received = 0
    const expected = Number(req.headers['content-length'] ?? 0)
    req.on('data', (c: Buffer) => {
      chunks.push(c)
      received += c.length
      if (rule?.fault === 'reset' && expected > 0 && received >= expected / 2) {
        requests.push({ method, url, body: Buffer.concat(chunks), status: 0 })
        req.socket.destroy()
      }
    })
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (rule?.fault === 'reset') {
        if (!req.socket.destroyed) req.socket.destroy()
        return
      }
      if (rule?.fault === 'status500' || rule?.fault === 'slowdown503') {
        const status = rule.fault === 'status500' ? 500 : 503
        requests.push({ method, url, body, status })
        res.writeHead(status, { 'content-type': 'application/xml' })
        res.end(
          status === 500
            ? ERROR('InternalError', 'injected')
            : ERROR('SlowDown', 'Please reduce your request rate.')
        )
        return
      }
      const headers = { ...req.headers, host: upstream.host }
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method, path: url, headers },
        up => {
          const out: Buffer[] = []
          up.on('data', (c: Buffer) => out.push(c))
          up.on('end', () => {
            const response = Buffer.concat(out)
            const status = up.statusCode ?? 0
            requests.push({ method, url, body, status })
            if (status < 300) trackMultipart(method, url, response)
            res.writeHead(status, up.headers)
            res.end(response)
          })
        }
      )
      forward.on('error', err => {
        res.writeHead(502)
        res.end(String(err))
      })
      forward.end(body)
    })
  })

  function trackMultipart(method: string, url: string, response: Buffer): void {
    const u = new URL(url, 'http://x')
    if (method === 'POST' && u.searchParams.has('uploads')) {
      const id = /<UploadId>([^<]+)<\/UploadId>/.exec(response.toString())?.[1]
      if (id) open.add(id)
    } else if ((method === 'POST' || method === 'DELETE') && u.searchParams.has('uploadId')) {
      open.delete(u.searchParams.get('uploadId')!)
    }
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    rules,
    openMultipartUploads: () => [...open],
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
