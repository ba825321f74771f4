/**
 * Local stand-in for the stack's DynamoDB lock table, bound to the state machine's dynamodb:putItem / getItem /
 * deleteItem tasks. It keeps items in memory and evaluates the condition expressions the definition uses
 * (`attribute_not_exists(a)`, `a = :v`, joined by OR / AND) with DynamoDB's semantics: a failed condition throws
 * `DynamoDB.ConditionalCheckFailedException`, the error name the state machine catches.
 */
type AttributeValue = { S?: string; N?: string; BOOL?: boolean }
type Item = Record<string, AttributeValue>

export interface LockTableRequest {
  TableName: string
  Item?: Item
  Key?: Item
  ConditionExpression?: string
  ExpressionAttributeValues?: Record<string, AttributeValue>
  ConsistentRead?: boolean
}

function named(name: string, message: string): Error {
  const e = new Error(message)
  e.name = name
  return e
}

function same(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b)
}

/** Evaluates the small subset of DynamoDB condition expressions the state machine uses. */
export function conditionHolds(
  expression: string,
  item: Item | undefined,
  values: Record<string, AttributeValue> = {}
): boolean {
  const term = (t: string): boolean => {
    const text = t.trim()
    const notExists = /^attribute_not_exists\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(text)
    if (notExists) return item?.[notExists[1]!] === undefined
    const exists = /^attribute_exists\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(text)
    if (exists) return item?.[exists[1]!] !== undefined
    const equals = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(:[A-Za-z0-9_]+)$/.exec(text)
    if (equals) {
      const value = values[equals[2]!]
      if (value === undefined) throw named('DynamoDB.ValidationException', `${equals[2]} is not defined`)
      return same(item?.[equals[1]!], value)
    }
    throw named('DynamoDB.ValidationException', `unsupported condition term '${text}' (local stand-in)`)
  }
  return expression.split(/\s+OR\s+/i).some(alternative => alternative.split(/\s+AND\s+/i).every(term))
}

export class LocalLockTable {
  private readonly items = new Map<string, Item>()

  constructor(
    readonly tableName: string,
    private readonly hashKey = 'dataset'
  ) {}

  private keyOf(request: LockTableRequest, from: Item | undefined): string {
    if (request.TableName !== this.tableName) {
      throw named(
        'DynamoDB.ResourceNotFoundException',
        `table ${request.TableName} does not exist (local: ${this.tableName})`
      )
    }
    const key = from?.[this.hashKey]?.S
    if (key === undefined)
      throw named('DynamoDB.ValidationException', `the key ${this.hashKey} (S) is missing`)
    return key
  }

  private check(request: LockTableRequest, current: Item | undefined): void {
    if (
      request.ConditionExpression &&
      !conditionHolds(request.ConditionExpression, current, request.ExpressionAttributeValues)
    ) {
      throw named('DynamoDB.ConditionalCheckFailedException', 'The conditional request failed')
    }
  }

  putItem = (request: LockTableRequest): Record<string, never> => {
    const key = this.keyOf(request, request.Item)
    this.check(request, this.items.get(key))
    this.items.set(key, structuredClone(request.Item!))
    return {}
  }

  getItem = (request: LockTableRequest): { Item?: Item } => {
    const item = this.items.get(this.keyOf(request, request.Key))
    return item ? { Item: structuredClone(item) } : {}
  }

  deleteItem = (request: LockTableRequest): Record<string, never> => {
    const key = this.keyOf(request, request.Key)
    this.check(request, this.items.get(key))
    this.items.delete(key)
    return {}
  }

  /** The item of a key, for tests and the local report. */
  peek(key: string): Item | undefined {
    return this.items.get(key)
  }

  /** Puts an item directly (a lock left by another execution). */
  seed(item: Item): void {
    this.items.set(item[this.hashKey]!.S!, structuredClone(item))
  }
}
