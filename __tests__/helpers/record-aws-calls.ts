/**
 * Records every AWS SDK v3 command a code path sends, tagged with the principal the test says is sending it
 * (`asPrincipal('DecryptFunctionRole', () => handler(event))`): the IAM contract test turns these into requests
 * and evaluates them against the template's policies.
 *
 * Two hooks, because aws-sdk-client-mock replaces `send` with a stub that never reaches the real one:
 * - `send` of the smithy base client class (found from the client classes given: every real client inherits it);
 * - `watch(target)` for a mocked client class or instance, called after `mockClient(...)`, so the wrapper sits in
 *   front of the stub. A call is recorded once, by whichever wrapper it meets first.
 * Calls made outside `asPrincipal` are recorded with principal undefined: the contract test fails on them, so no
 * call escapes attribution.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface RecordedCall {
  principal: string | undefined
  /** The client class, e.g. S3Client. */
  client: string
  /** The command class, e.g. PutObjectCommand. */
  command: string
  input: Record<string, unknown>
}

interface Sendable {
  send: (...args: unknown[]) => unknown
}

type ClientClass = { prototype: object; name: string }

const principalStore = new AsyncLocalStorage<string>()
const inWrapper = new AsyncLocalStorage<true>()

/** Runs fn with every AWS call it makes attributed to the principal (a logical id in infra/template.yaml). */
export function asPrincipal<T>(principal: string, fn: () => T): T {
  return principalStore.run(principal, fn)
}

/** Runs fn without recording its AWS calls: test setup and inspection, which no deployed principal makes. */
export function withoutRecording<T>(fn: () => T): T {
  return inWrapper.run(true, fn)
}

export interface CallRecorder {
  readonly calls: RecordedCall[]
  /**
   * Put a recording wrapper in front of target.send (a mocked client class's prototype or a client instance). A local
   * stand-in for a client (src/local/glue-catalog.ts) is recorded under the client it stands in for: `as`.
   */
  watch(target: ClientClass | object, as?: string): void
  /** Restores every patched send. */
  stop(): void
}

/** The object in the prototype chain that owns `send` (the smithy base client's prototype for real clients). */
function sendOwner(proto: object): object {
  let p: object | null = proto
  while (p && !Object.prototype.hasOwnProperty.call(p, 'send')) p = Object.getPrototypeOf(p) as object | null
  if (!p) throw new Error('record-aws-calls: no send() in the prototype chain')
  return p
}

/**
 * Starts recording. For each client class given, the `send` its instances use is wrapped: the smithy base client's
 * (one wrapper for all real clients), or the class's own stub if aws-sdk-client-mock already replaced it.
 */
export function recordAwsCalls(baseClients: ClientClass[]): CallRecorder {
  const calls: RecordedCall[] = []
  const restores: (() => void)[] = []

  const patch = (owner: object, as?: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'send')
    const original = (owner as Sendable).send
    const wrapper = function (this: object, command: unknown, ...rest: unknown[]) {
      if (!inWrapper.getStore()) {
        const c = command as { constructor: { name: string }; input?: Record<string, unknown> }
        calls.push({
          principal: principalStore.getStore(),
          client: as ?? this.constructor.name,
          command: c.constructor.name,
          input: c.input ?? {}
        })
      }
      // The inner hook (base send under a watched class) must not record the same call again.
      return inWrapper.run(true, () => original.call(this, command, ...rest))
    }
    Object.defineProperty(owner, 'send', { value: wrapper, writable: true, configurable: true })
    restores.push(() => {
      if (descriptor) Object.defineProperty(owner, 'send', descriptor)
      else delete (owner as Partial<Sendable>).send
    })
  }

  const bases = new Set(baseClients.map(c => sendOwner(c.prototype)))
  for (const b of bases) patch(b)

  return {
    calls,
    watch(target, as) {
      const owner = typeof target === 'function' ? (target as ClientClass).prototype : target
      patch(owner, as)
    },
    stop() {
      for (const r of restores.reverse()) r()
      restores.length = 0
    }
  }
}
