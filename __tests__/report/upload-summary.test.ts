import { describe, expect, it } from '@jest/globals'
import {
  MAX_SUMMARY_ROWS,
  renderUploadLog,
  renderUploadSummary,
  uploadOutputs,
  type UploadedObject,
  type UploadReport
} from '../../src/report/upload-summary.js'

const SHA = 'a'.repeat(64)
const FPR = '0123456789ABCDEF0123456789ABCDEF01234567'
const MiB = 2 ** 20

function object(name: string, plaintextSize: number, storedSize: number): UploadedObject {
  return {
    originalName: name,
    key: `landing/customers/gh-1-1/${name}.gz.pgp`,
    plaintextSize,
    storedSize,
    plaintextSha256: SHA
  }
}

function report(over: Partial<UploadReport> = {}): UploadReport {
  return {
    dataset: 'customers',
    batchId: 'gh-1-1',
    bucket: 'data-bucket',
    prefix: 'landing/customers/gh-1-1/',
    manifestUri: 's3://data-bucket/landing/customers/gh-1-1/_manifest.json',
    reused: false,
    durationMs: 10_000,
    compression: 'gzip',
    recipients: [FPR],
    objects: [object('exports/a.csv', 768 * MiB, 256 * MiB), object('exports/b.csv', 256 * MiB, 64 * MiB)],
    provenance: {
      bucket: 'stack cleanrooms-prod (output DataBucketName)',
      dataset: 'input',
      'aws-region': 'env AWS_REGION'
    },
    ...over
  }
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| file '))
}

describe('renderUploadSummary', () => {
  it('states totals, ratio, duration and throughput', () => {
    const md = renderUploadSummary(report())
    expect(md).toMatch(/^## Batch gh\\-1\\-1 of dataset customers uploaded\n/)
    expect(md).toContain('**2 files**, 1.0 GiB → 320.0 MiB (31.3%), 10.0 s, 102.4 MiB/s · compression gzip')
  })

  it('has one table row per file with sizes, ratio and the full sha256 in a code span', () => {
    const rows = tableRows(renderUploadSummary(report()))
    expect(rows).toEqual([
      `| exports/a.csv | 768.0 MiB | 256.0 MiB | 33.3% | \`${SHA}\` |`,
      `| exports/b.csv | 256.0 MiB | 64.0 MiB | 25.0% | \`${SHA}\` |`
    ])
  })

  it('lists the S3 URIs, recipient fingerprints and settings not given as inputs', () => {
    const md = renderUploadSummary(report())
    expect(md).toContain('- Batch: s3://data\\-bucket/landing/customers/gh\\-1\\-1/')
    expect(md).toContain('- Manifest: s3://data\\-bucket/landing/customers/gh\\-1\\-1/\\_manifest.json')
    expect(md).toContain(`- Encrypted to: \`${FPR}\``)
    expect(md).toContain(
      '- Settings: bucket from stack cleanrooms\\-prod \\(output DataBucketName\\); aws\\-region from env AWS\\_REGION'
    )
    expect(md).not.toMatch(/dataset from input/)
  })

  it('escapes HTML and table syntax in file names', () => {
    const md = renderUploadSummary(report({ objects: [object('<img src=x>|a.csv', 10, 20)] }))
    expect(md).not.toContain('<img')
    const [row] = tableRows(md)
    expect(row).toContain('&lt;img src=x&gt;\\|a.csv')
    // Unescaped pipes delimit exactly the five cells.
    expect(row!.split(/(?<!\\)\|/)).toHaveLength(7)
    expect(row).toContain('| 10 B | 20 B | 200.0% |')
  })

  it('never lets a file name break out of its line', () => {
    const md = renderUploadSummary(report({ objects: [object('a\n## injected\n|x|', 1, 1)] }))
    expect(md).not.toMatch(/^## injected/m)
    expect(tableRows(md)).toHaveLength(1)
  })

  it(`shows the first ${MAX_SUMMARY_ROWS} files and counts the rest`, () => {
    const objects = Array.from({ length: 250 }, (_, i) =>
      object(`f${String(i).padStart(3, '0')}.csv`, 1000, 500)
    )
    const md = renderUploadSummary(report({ objects }))
    const rows = tableRows(md)
    expect(rows).toHaveLength(200)
    expect(rows[199]).toContain('f199.csv')
    expect(md).not.toContain('f200.csv')
    expect(md).toContain('… and 50 more (all listed in the manifest)')
    expect(md).toContain('**250 files**')
  })

  it('stays far below the 1 MiB summary limit with long hostile names', () => {
    const objects = Array.from({ length: 5000 }, (_, i) => object(`${i}${'<|*'.repeat(2000)}`, 1, 1))
    const md = renderUploadSummary(report({ objects }))
    expect(Buffer.byteLength(md)).toBeLessThan(512 * 1024)
    expect(md).toContain('… and 4800 more')
  })

  it('says when a complete batch was reused and shows no throughput', () => {
    const md = renderUploadSummary(report({ reused: true, durationMs: 300 }))
    expect(md).toMatch(
      /^## Batch gh\\-1\\-1 of dataset customers already complete \(reused, nothing uploaded\)/
    )
    expect(md).toContain('(31.3%), 300 ms · compression gzip')
    expect(md).not.toContain('/s')
  })

  it('renders an empty batch without a table', () => {
    const md = renderUploadSummary(report({ objects: [] }))
    expect(md).toContain('**0 files**, 0 B → 0 B (n/a)')
    expect(md).not.toContain('| file |')
  })
})

describe('renderUploadLog', () => {
  it('is one line with counts, sizes, URI, duration and rate', () => {
    expect(renderUploadLog(report())).toBe(
      'uploaded 2 files (1.0 GiB → 320.0 MiB, 31.3%) to s3://data-bucket/landing/customers/gh-1-1/ in 10.0 s (102.4 MiB/s)'
    )
  })
  it('says reused for a reused batch', () => {
    expect(renderUploadLog(report({ reused: true, objects: [object('a.csv', 1024, 512)] }))).toBe(
      'batch gh-1-1 already complete at s3://data-bucket/landing/customers/gh-1-1/ (1 file, 1.0 KiB → 512 B, 50.0%): reused, nothing uploaded'
    )
  })
})

describe('uploadOutputs', () => {
  it('gives the step outputs as strings', () => {
    expect(uploadOutputs(report())).toEqual({
      'batch-id': 'gh-1-1',
      'batch-uri': 's3://data-bucket/landing/customers/gh-1-1/',
      manifest: 's3://data-bucket/landing/customers/gh-1-1/_manifest.json',
      files: '2',
      bytes: String(1024 * MiB),
      status: 'uploaded'
    })
    expect(uploadOutputs(report({ reused: true }))['status']).toBe('reused')
  })
})
