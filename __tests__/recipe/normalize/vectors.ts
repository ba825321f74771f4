/** Shared check for published vectors: input → normalized → SHA-256 (hex and/or Base64). */
import { expect } from '@jest/globals'
import { hashValue, normalize, type NormalizeOptions } from '../../../src/recipe/normalize/index.js'

export interface Vector {
  input: string
  normalized: string
  hex?: string
  base64?: string
  options?: NormalizeOptions
}

export function checkVector(profile: string, kind: string, v: Vector): void {
  const r = normalize(profile, kind, v.input, v.options)
  expect(r).toEqual({ normalized: v.normalized })
  const h = hashValue(v.normalized)
  if (v.hex !== undefined) expect(h.sha256_hex).toBe(v.hex)
  if (v.base64 !== undefined) expect(h.sha256_base64).toBe(v.base64)
}

export function expectNull(profile: string, kind: string, input: string, options?: NormalizeOptions): void {
  const r = normalize(profile, kind, input, options)
  expect(r.normalized).toBeNull()
  expect(r.reason).toEqual(expect.any(String))
}
