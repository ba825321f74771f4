import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'

let s3: LocalS3
let dir: string

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = 'test'
  process.env.AWS_SECRET_ACCESS_KEY = 'test'
  s3 = await startS3(['cli-bucket'])
  dir = mkdtempSync(path.join(tmpdir(), 'cli-upload-'))
  writeFileSync(path.join(dir, 'a.csv'), 'id\n1\n')
  const k = await testKeyPair('u')
  writeFileSync(path.join(dir, 'key.asc'), k.publicArmored)
})
afterAll(async () => {
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

it('uploads from a shell with the same flags as the action inputs and prints outputs as key=value', async () => {
  const args = [
    'upload',
    '--files',
    '*.csv',
    '--bucket',
    'cli-bucket',
    '--dataset',
    'ds',
    '--recipient',
    'key.asc'
  ]
  const r = await cli([...args, '--endpoint-url', s3.endpoint, '--batch-id', 'cli-1'], { cwd: dir, env: {} })
  expect(r.stderr).toMatch(/uploaded 1 file/)
  expect(r.code).toBe(0)
  expect(r.stdout).toContain('batch-uri=s3://cli-bucket/landing/ds/cli-1/\n')
  expect(r.stdout).toContain('status=uploaded\n')
  expect(await s3.listKeys('cli-bucket', 'landing/ds/cli-1/')).toEqual([
    'landing/ds/cli-1/_manifest.json',
    'landing/ds/cli-1/a.csv.gz.pgp'
  ])
})

it('exits 2 on a bad flag value and 1 when no file matches', async () => {
  const bad = await cli(['upload', '--files', '*.csv', '--compression-level', '12'], { cwd: dir, env: {} })
  expect(bad.code).toBe(2)
  expect(bad.stderr).toMatch(/compression-level/)
  const none = await cli(
    [
      'upload',
      '--files',
      'nothing/*.csv',
      '--bucket',
      'cli-bucket',
      '--dataset',
      'ds',
      '--recipient',
      'key.asc',
      '--endpoint-url',
      s3.endpoint
    ],
    { cwd: dir, env: {} }
  )
  expect(none.code).not.toBe(0)
  expect(none.stderr).toMatch(/nothing\/\*\.csv/)
})

it('documents every input as a flag in --help', async () => {
  const r = await cli(['upload', '--help'])
  expect(r.code).toBe(0)
  for (const flag of [
    '--files',
    '--bucket',
    '--recipient',
    '--endpoint-url',
    '--kms-key-id',
    '--no-fail-on-empty'
  ]) {
    expect(r.stdout).toContain(flag)
  }
})
