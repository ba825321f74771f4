/**
 * The documented deploy step `aws cloudformation package` really turns the template's local paths into S3 locations:
 * the state machine definition (DefinitionS3Location) and the two Lambda bundles (Code). Runs the AWS CLI against a
 * local S3 server (s3rver); skipped where no AWS CLI that supports service-specific endpoints is installed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { execFile, spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { parseTemplate } from './cfn-yaml.js'

/** Every function of the template and its bundle directory. */
const FUNCTIONS = [
  ['DecryptFunction', 'decrypt'],
  ['ArchiveFunction', 'archive'],
  ['PublishFunction', 'publish'],
  ['CleanupFunction', 'cleanup'],
  ['ScheduleFunction', 'schedule']
] as const

const infraDir = fileURLToPath(new URL('../../infra/', import.meta.url))
// The CLI must honour AWS_ENDPOINT_URL_S3 (service-specific endpoints): AWS CLI v2 >= 2.13, or v1 on botocore >= 1.31.
function cliTargetsLocalS3(): boolean {
  const v = spawnSync('aws', ['--version'], { encoding: 'utf8' })
  if (v.status !== 0) return false
  const text = `${v.stdout} ${v.stderr}`
  const num = (re: RegExp) => (text.match(re)?.slice(1) ?? []).map(Number)
  const [major, minor] = num(/aws-cli\/(\d+)\.(\d+)/)
  if (major === 2) return (minor ?? 0) >= 13
  const [bMajor, bMinor] = num(/botocore\/(\d+)\.(\d+)/)
  return major === 1 && (bMajor ?? 0) === 1 && (bMinor ?? 0) >= 31
}
const hasAwsCli = cliTargetsLocalS3()
const run = hasAwsCli ? test : test.skip

let dir = ''
let local: LocalS3 | undefined
let endpoint = ''
let s3: S3Client | undefined

beforeAll(async () => {
  if (!hasAwsCli) return
  dir = await mkdtemp(join(tmpdir(), 'cfn-package-'))
  local = await startS3(['artifacts'], { backend: 's3rver' })
  endpoint = local.endpoint
  s3 = local.client
})

afterAll(async () => {
  await local?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function body(key: string): Promise<Buffer> {
  const out = await s3!.send(new GetObjectCommand({ Bucket: 'artifacts', Key: key }))
  return Buffer.from(await out.Body!.transformToByteArray())
}

run(
  'aws cloudformation package uploads the definition file and every Lambda bundle, rewriting only those paths',
  async () => {
    // The repository layout package sees: infra/template.yaml, infra/statemachine.asl.json, infra/build/lambdas/*.
    const work = join(dir, 'repo', 'infra')
    for (const fn of FUNCTIONS.map(([, dir]) => dir)) {
      await mkdir(join(work, 'build', 'lambdas', fn), { recursive: true })
      await writeFile(
        join(work, 'build', 'lambdas', fn, 'index.mjs'),
        `export const handler = async () => '${fn}'\n`
      )
    }
    await copyFile(join(infraDir, 'template.yaml'), join(work, 'template.yaml'))
    await copyFile(join(infraDir, 'statemachine.asl.json'), join(work, 'statemachine.asl.json'))
    const config = join(dir, 'aws-config')
    // `package` talks to S3 only; point its S3 client (not CloudFormation) at the local server.
    await writeFile(
      config,
      `[default]\nregion = us-east-1\nservices = local\ns3 =\n  addressing_style = path\n\n[services local]\ns3 =\n  endpoint_url = ${endpoint}\n`
    )
    const out = join(dir, 'packaged.yaml')

    // Asynchronously: the S3 server answering the CLI runs in this process.
    const r = await new Promise<{ status: number | null; stderr: string }>(resolve_ => {
      const child = execFile(
        'aws',
        [
          'cloudformation',
          'package',
          '--template-file',
          join(work, 'template.yaml'),
          '--s3-bucket',
          'artifacts',
          '--s3-prefix',
          'cleanrooms',
          '--output-template-file',
          out
        ],
        {
          env: {
            PATH: process.env.PATH ?? '',
            HOME: dir,
            AWS_CONFIG_FILE: config,
            AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
            AWS_ACCESS_KEY_ID: 'S3RVER',
            AWS_SECRET_ACCESS_KEY: 'S3RVER',
            AWS_ENDPOINT_URL_S3: endpoint,
            AWS_MAX_ATTEMPTS: '1',
            AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
            AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required'
          }
        },
        (err, _stdout, stderr) =>
          resolve_({ status: err ? (child.exitCode ?? 1) : 0, stderr: String(stderr) })
      )
    })
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' })

    const original = parseTemplate(await readFile(join(infraDir, 'template.yaml'), 'utf8'))
    const packaged = parseTemplate(await readFile(out, 'utf8'))

    const location = packaged.Resources.StateMachine!.Properties!.DefinitionS3Location as Record<
      string,
      string
    >
    expect(location).toEqual({ Bucket: 'artifacts', Key: expect.stringMatching(/^cleanrooms\//) })
    expect((await body(location.Key!)).toString('utf8')).toBe(
      await readFile(join(infraDir, 'statemachine.asl.json'), 'utf8')
    )

    for (const [resource] of FUNCTIONS) {
      const code = packaged.Resources[resource]!.Properties!.Code as Record<string, string>
      expect(code).toEqual({ S3Bucket: 'artifacts', S3Key: expect.stringMatching(/^cleanrooms\//) })
      const zip = await body(code.S3Key!)
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')
      expect(zip.includes(Buffer.from('index.mjs'))).toBe(true)
    }

    // Nothing else changed: same resources, same properties apart from the three rewritten paths.
    const strip = (t: typeof original) => {
      const c = JSON.parse(JSON.stringify(t.Resources)) as typeof t.Resources
      delete c.StateMachine!.Properties!.DefinitionS3Location
      for (const [resource] of FUNCTIONS) delete c[resource]!.Properties!.Code
      return c
    }
    expect(strip(packaged)).toEqual(strip(original))
    expect(packaged.Outputs).toEqual(original.Outputs)
    expect(packaged.Parameters).toEqual(original.Parameters)
  }
)
