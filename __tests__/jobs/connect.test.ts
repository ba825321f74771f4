import { describe, expect, it } from '@jest/globals'
import { LOCAL_ENDPOINT_REGION, withDefaultRegion } from '../../src/jobs/connect.js'
import { parseSettings } from '../../src/settings/settings.js'

describe('withDefaultRegion', () => {
  it('uses us-east-1 against a custom endpoint and records why', () => {
    const s = withDefaultRegion(
      parseSettings({ command: 'upload', 'endpoint-url': 'http://127.0.0.1:9000' }, {}),
      {}
    )
    expect(s.region).toBe(LOCAL_ENDPOINT_REGION)
    expect(s.provenance['aws-region']).toMatch(/custom endpoint/)
  })

  it('also for the SDK endpoint variable', () => {
    const env = { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9000' }
    expect(withDefaultRegion(parseSettings({ command: 'upload' }, env), env).region).toBe(
      LOCAL_ENDPOINT_REGION
    )
  })

  it('never overrides a configured region, and leaves AWS without a region (the requirement check names it)', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9000' }
    expect(withDefaultRegion(parseSettings({ command: 'upload' }, env), env).region).toBe('eu-west-1')
    expect(withDefaultRegion(parseSettings({ command: 'upload' }, {}), {}).region).toBeUndefined()
  })
})
