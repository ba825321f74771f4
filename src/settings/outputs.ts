/** The step outputs, declared once: action.yml lists exactly these (a test checks), the report modules fill them. */
export const ACTION_OUTPUTS = {
  'batch-id':
    'Identifier of the batch (derived from the run unless batch-id was given). Set as soon as it is known, also when the step fails later.',
  'batch-uri':
    's3://BUCKET/PREFIX/ of the batch: <prefix><dataset>/<batch-id>/. Set only once the batch is complete in S3 (not for dry-run or an empty match).',
  manifest:
    's3:// URI of the batch _manifest.json (written last; lists every object with sizes and plaintext sha256). Set only when it exists: not for dry-run or an empty match, and not when the upload failed.',
  files:
    'Number of data files in the batch (upload, run) or matched by files (validate, dry-run); 0 for an empty match.',
  bytes: 'Total plaintext size of those files in bytes (before compression and encryption).',
  'execution-arn':
    'ARN of the pipeline execution (run and start; empty for upload). Set as soon as the execution started: also when waiting timed out, was cancelled or failed.',
  'output-uri':
    's3:// folder of the Parquet output after a SUCCEEDED run and start (waited for): <dataset>/batch=<batch-id>/ in the target bucket, what the Glue table (replace) or its partition batch=<batch-id> (append) now reads.',
  'glue-table':
    'DATABASE.TABLE of the Glue table the pipeline published the batch to (SUCCEEDED run and start, waited for): the table a Clean Rooms configured table is built on.',
  'configured-table-id':
    'Id of the Clean Rooms configured table the published data is behind (SUCCEEDED run and start, waited for; only when stack-name names a stack that creates one).',
  'archive-uri':
    "s3:// folder of the batch's archived ciphertext and manifest after a SUCCEEDED run and start (waited for).",
  status:
    "Outcome. run and start: the execution status: SUCCEEDED; FAILED, TIMED_OUT or ABORTED (the step fails; ABORTED also after stop-on-cancel stopped it); PENDING_REDRIVE (the step fails); RUNNING with wait: false, or when timeout-minutes ran out or the job was cancelled with stop-on-cancel: false (the execution keeps running). upload (and run before the pipeline starts): 'uploaded', 'reused' (the same batch was already complete), 'empty' (no file matched, fail-on-empty: false), 'dry-run'. validate: 'valid' or 'invalid'. A step that fails with an error keeps the last status it reached (e.g. 'uploaded' when the pipeline could not be started) or sets none."
} as const

export type ActionOutputName = keyof typeof ACTION_OUTPUTS
