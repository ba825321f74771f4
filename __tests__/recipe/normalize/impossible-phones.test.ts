/** Across profiles: phone numbers that cannot exist in their numbering plan are refused with the reason. */
import { describe, expect, it } from '@jest/globals'
import { normalize, PROFILE_NAMES } from '../../../src/recipe/normalize/index.js'
import { expectNull } from './vectors.js'

describe('phones that cannot exist in their numbering plan', () => {
  // NANP: an area code starts with 2–9; read as US these would become +1012… / +1123…, numbers no one has.
  it.each(PROFILE_NAMES)('%s refuses a North American area code starting with 0 or 1, with the reason', p => {
    for (const input of ['(012) 555-0123', '123-456-7890', '+1 011 555 0123', '1 (199) 555 0123']) {
      const r = normalize(p, 'phone', input)
      expect([input, r.normalized]).toEqual([input, null])
      expect(r.reason).toMatch(/North American area code \d{3} cannot exist/)
    }
  })

  it.each(PROFILE_NAMES)('%s refuses wrong lengths and keeps valid area codes', p => {
    expectNull(p, 'phone', '201-555-012') // 9 digits
    expectNull(p, 'phone', '+1 201 555 01234') // 11 national digits
    expect(normalize(p, 'phone', '(201) 555-0123').normalized).not.toBeNull()
  })
})
