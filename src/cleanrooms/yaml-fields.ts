/**
 * Typed reads of a YAML mapping that report every problem at its node (file:line:col): the contract's fields, each
 * checked against the Clean Rooms API's rules by its caller.
 */
import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml'
import type { SourceLocation } from '../recipe/model.js'
import type { YamlSource } from '../recipe/yaml-source.js'
import type { ColumnRef } from './contract-model.js'

/** A Clean Rooms analysis-rule column name (the API admits inner spaces and hyphens; this pipeline never makes them). */
export const COLUMN = /^[a-z0-9_]{1,127}$/

export class YamlFields {
  constructor(private readonly source: Pick<YamlSource, 'add' | 'where'>) {}

  add(node: unknown, message: string): void {
    this.source.add(node, message)
  }

  where(node: unknown): SourceLocation {
    return this.source.where(node)
  }

  get(map: YAMLMap, key: string): Node | undefined {
    return map.get(key, true) as Node | undefined
  }

  unknownKeys(map: YAMLMap, allowed: string[], what: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!allowed.includes(key))
        this.add(pair.key, `${what} has no key '${key}' (known: ${allowed.join(', ')})`)
    }
  }

  text(map: YAMLMap, key: string, what: string, required: boolean): string | undefined {
    const node = this.get(map, key)
    if (node === undefined) {
      if (required) this.add(map, `${what} needs ${key}`)
      return undefined
    }
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.add(node, `${what}.${key} must be a non-empty text`)
      return undefined
    }
    return node.value
  }

  list(map: YAMLMap, key: string, what: string, o: { required: boolean; min?: number }): Node[] {
    const node = this.get(map, key)
    if (node === undefined) {
      if (o.required) this.add(map, `${what} needs ${key} (a list)`)
      return []
    }
    if (!isSeq(node)) {
      this.add(node, `${what}.${key} must be a list`)
      return []
    }
    if (o.min !== undefined && node.items.length < o.min)
      this.add(node, `${what}.${key} needs at least ${o.min} item(s)`)
    return node.items as Node[]
  }

  columns(map: YAMLMap, key: string, what: string, o: { required: boolean; min?: number }): ColumnRef[] {
    const out: ColumnRef[] = []
    for (const item of this.list(map, key, what, o)) {
      const name = isScalar(item) ? String(item.value) : ''
      if (!COLUMN.test(name)) {
        this.add(
          item,
          `${what}.${key}: '${name}' is not a Clean Rooms column name (1-127 of a-z, 0-9, _): rename it in the recipe (RENAME step)`
        )
        continue
      }
      if (out.some(c => c.name === name)) this.add(item, `${what}.${key} names ${name} twice`)
      out.push({ name, location: this.where(item) })
    }
    return out
  }

  words(
    map: YAMLMap,
    key: string,
    what: string,
    allowed: readonly string[],
    o: { required: boolean; max?: number }
  ): string[] {
    const out: string[] = []
    const items = this.list(map, key, what, { required: o.required })
    if (o.max !== undefined && items.length > o.max)
      this.add(this.get(map, key), `${what}.${key} has at most ${o.max} item(s)`)
    for (const item of items) {
      const v = isScalar(item) ? String(item.value) : ''
      if (!allowed.includes(v)) this.add(item, `${what}.${key}: '${v}' is not one of ${allowed.join(', ')}`)
      else out.push(v)
    }
    return out
  }
}
