/**
 * The upload job: match files, load and check recipient keys, pick the batch id, then encrypt and upload the batch
 * (or, with dry-run, only say what would be uploaded). Used by `command: upload`, by `run` before it starts the
 * pipeline, and by the CLI.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { createS3Client } from '../aws/clients.js'
import { loadRecipientKeys } from '../crypto/keys.js'
import type { UploadReport } from '../report/upload-summary.js'
import type { AwsCommandSettings } from '../settings/requirements.js'
import { deriveBatchId, type Settings } from '../settings/settings.js'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import { uploadBatch } from '../transfer/upload.js'
import type { AwsSession } from './connect.js'
import type { JobContext } from './context.js'
import { expandFiles, type MatchedFile } from './expand-files.js'

export interface UploadOutcome {
  report: UploadReport
  /** 'uploaded', 'reused', 'empty' (no files matched, fail-on-empty false) or 'dry-run'. */
  status: 'uploaded' | 'reused' | 'empty' | 'dry-run'
}

/** Everything decided before touching S3: pure apart from reading the files' sizes and the key files. */
export interface UploadPlan {
  files: MatchedFile[]
  batchId: string
  recipients: Awaited<ReturnType<typeof loadRecipientKeys>>
}

export async function planUpload(s: Settings, ctx: JobContext): Promise<UploadPlan> {
  const workdir = path.resolve(ctx.cwd, s.workingDirectory)
  const files = await expandFiles(s.files, workdir, { failOnEmpty: s.failOnEmpty })
  // Key files are relative to the workspace (the shell's directory for the CLI), not to working-directory.
  const recipients = await loadRecipientKeys(s.recipients, {
    cwd: ctx.cwd,
    fingerprints: s.recipientFingerprints,
    now: new Date(ctx.now())
  })
  const batchId =
    s.batchId ?? deriveBatchId(ctx.env, new Date(ctx.now()), () => randomBytes(6).toString('hex'))
  return { files, batchId, recipients }
}

function plannedReport(s: AwsCommandSettings, plan: UploadPlan, bucket: string): UploadReport {
  const prefix = batchPrefix(s.prefix, s.dataset, plan.batchId)
  return {
    dataset: s.dataset,
    batchId: plan.batchId,
    bucket,
    prefix,
    manifestUri: `s3://${bucket}/${prefix}${MANIFEST_NAME}`,
    reused: false,
    durationMs: 0,
    compression: s.compression,
    recipients: plan.recipients.map(r => r.fingerprint),
    objects: [],
    provenance: s.provenance
  }
}

export async function runUploadJob(
  session: AwsSession,
  ctx: JobContext,
  /** Told the planned batch before anything is written (the action reports batch-id even if the upload fails). */
  onPlanned?: (report: UploadReport) => void
): Promise<UploadOutcome> {
  const s = session.settings
  const bucket = s.bucket
  const plan = await planUpload(s, ctx)
  const report = plannedReport(s, plan, bucket)
  if (plan.files.length > 0) onPlanned?.(report)
  if (plan.files.length === 0) {
    ctx.warn(
      `no file matches ${s.files.join(', ')} in ${s.workingDirectory}; nothing uploaded (fail-on-empty: false)`
    )
    return { report, status: 'empty' }
  }
  ctx.log(
    `batch ${plan.batchId}: ${plan.files.length} file(s) → s3://${bucket}/${report.prefix} encrypted to ${report.recipients.join(', ')}`
  )
  if (s.dryRun) {
    for (const f of plan.files) ctx.log(`  would upload ${f.name} (${f.size} bytes)`)
    return {
      report: {
        ...report,
        objects: plan.files.map(f => ({
          originalName: f.name,
          key: '',
          plaintextSize: f.size,
          storedSize: 0,
          plaintextSha256: ''
        }))
      },
      status: 'dry-run'
    }
  }

  const s3 = createS3Client(session.clientOptions)
  try {
    ctx.onBatch?.({ bucket, prefix: report.prefix, complete: false })
    const result = await uploadBatch({
      s3,
      bucket,
      landingPrefix: s.prefix,
      dataset: s.dataset,
      batchId: plan.batchId,
      files: plan.files,
      recipients: plan.recipients.map(r => r.key),
      recipientFingerprints: report.recipients,
      aead: s.aead,
      compression: s.compression,
      compressionLevel: s.compressionLevel,
      partSizeBytes: s.partSizeBytes,
      concurrency: s.concurrency,
      kmsKeyId: s.kmsKeyId,
      signal: ctx.signal,
      log: ctx.log,
      now: ctx.now
    })
    ctx.onBatch?.({ bucket, prefix: report.prefix, complete: true })
    return {
      report: {
        ...report,
        // What S3 holds (a reused batch matched these, but its manifest is the record).
        compression: result.manifest.compression,
        recipients: result.manifest.encryption.recipients,
        manifestUri: `s3://${bucket}/${result.manifestKey}`,
        reused: result.reused,
        durationMs: result.durationMs,
        objects: result.objects.map(o => ({
          originalName: o.originalName,
          key: o.key,
          plaintextSize: o.plaintextSize,
          storedSize: o.storedSize,
          plaintextSha256: o.plaintextSha256
        }))
      },
      status: result.reused ? 'reused' : 'uploaded'
    }
  } finally {
    s3.destroy()
  }
}
