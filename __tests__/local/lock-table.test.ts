/**
 * The local lock table follows DynamoDB's conditional writes for the expressions the state machine uses
 * (AcquireLock: `attribute_not_exists(dataset) OR execution = :me`; release: `execution = :me`). A failed condition is
 * DynamoDB's ConditionalCheckFailedException with its message "The conditional request failed" (DynamoDB API
 * reference), named with the `DynamoDB.` prefix the Step Functions DynamoDB integration gives service errors, which
 * is what the state machine's Catch matches (statemachine.asl.json: "DynamoDB.ConditionalCheckFailedException").
 */
import { describe, expect, it } from '@jest/globals'
import { conditionHolds, LocalLockTable } from '../../src/local/lock-table.js'

const TABLE = 'cleanrooms-locks'
const ACQUIRE = 'attribute_not_exists(dataset) OR execution = :me'

const put = (execution: string) => ({
  TableName: TABLE,
  Item: { dataset: { S: 'ds' }, execution: { S: execution }, batchId: { S: 'b1' } },
  ConditionExpression: ACQUIRE,
  ExpressionAttributeValues: { ':me': { S: execution } }
})
const release = (execution: string) => ({
  TableName: TABLE,
  Key: { dataset: { S: 'ds' } },
  ConditionExpression: 'execution = :me',
  ExpressionAttributeValues: { ':me': { S: execution } }
})

function thrown(f: () => unknown): Error {
  try {
    f()
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a throw')
}

describe('LocalLockTable', () => {
  it('grants a free lock, re-grants it to its holder, refuses another execution', () => {
    const table = new LocalLockTable(TABLE)
    expect(table.putItem(put('exec-a'))).toEqual({})
    expect(table.putItem(put('exec-a'))).toEqual({})
    const err = thrown(() => table.putItem(put('exec-b')))
    expect(err.name).toBe('DynamoDB.ConditionalCheckFailedException')
    expect(err.message).toBe('The conditional request failed')
    // The failed put changed nothing.
    expect(table.peek('ds')?.execution).toEqual({ S: 'exec-a' })
  })

  it('lets only the holder release; after that another execution takes it', () => {
    const table = new LocalLockTable(TABLE)
    table.putItem(put('exec-a'))
    expect(thrown(() => table.deleteItem(release('exec-b'))).name).toBe(
      'DynamoDB.ConditionalCheckFailedException'
    )
    expect(table.getItem({ TableName: TABLE, Key: { dataset: { S: 'ds' } } }).Item?.execution).toEqual({
      S: 'exec-a'
    })
    table.deleteItem(release('exec-a'))
    expect(table.getItem({ TableName: TABLE, Key: { dataset: { S: 'ds' } } })).toEqual({})
    table.putItem(put('exec-b'))
    expect(table.peek('ds')?.execution).toEqual({ S: 'exec-b' })
  })

  it('releasing a lock nobody holds fails the condition, as in DynamoDB (the attribute is absent)', () => {
    const table = new LocalLockTable(TABLE)
    expect(thrown(() => table.deleteItem(release('exec-a'))).name).toBe(
      'DynamoDB.ConditionalCheckFailedException'
    )
  })

  it('keeps datasets apart and returns copies, not its own items', () => {
    const table = new LocalLockTable(TABLE)
    table.seed({ dataset: { S: 'other' }, execution: { S: 'exec-x' } })
    table.putItem(put('exec-a'))
    const got = table.getItem({ TableName: TABLE, Key: { dataset: { S: 'ds' } } })
    got.Item!.execution = { S: 'changed' }
    expect(table.peek('ds')?.execution).toEqual({ S: 'exec-a' })
    expect(table.peek('other')?.execution).toEqual({ S: 'exec-x' })
  })

  it('answers a wrong table name and a missing key like DynamoDB', () => {
    const table = new LocalLockTable(TABLE)
    expect(thrown(() => table.putItem({ ...put('exec-a'), TableName: 'nope' })).name).toBe(
      'DynamoDB.ResourceNotFoundException'
    )
    expect(thrown(() => table.getItem({ TableName: TABLE, Key: {} })).name).toBe(
      'DynamoDB.ValidationException'
    )
  })
})

describe('conditionHolds', () => {
  const item = { dataset: { S: 'ds' }, execution: { S: 'a' } }
  it.each([
    ['attribute_not_exists(dataset)', undefined, true],
    ['attribute_not_exists(dataset)', item, false],
    ['attribute_exists(dataset)', item, true],
    ['execution = :me', item, true],
    ['execution = :other', item, false],
    ['execution = :me', undefined, false],
    [ACQUIRE, undefined, true],
    [ACQUIRE, item, true],
    ['attribute_not_exists(dataset) OR execution = :other', item, false],
    // AND binds tighter than OR, as in DynamoDB's expression grammar.
    ['execution = :other AND attribute_exists(dataset) OR execution = :me', item, true],
    ['attribute_exists(dataset) AND execution = :other', item, false]
  ])('%s on %j is %s', (expression, current, expected) => {
    expect(conditionHolds(expression, current, { ':me': { S: 'a' }, ':other': { S: 'b' } })).toBe(expected)
  })

  it('refuses an undefined placeholder and an expression it does not know, naming them', () => {
    expect(() => conditionHolds('execution = :nope', item, {})).toThrow(':nope is not defined')
    expect(() => conditionHolds('since < :now', item, {})).toThrow(
      "unsupported condition term 'since < :now'"
    )
  })
})
