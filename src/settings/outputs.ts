/** The step outputs, declared once: action.yml lists exactly these (a test checks), the report modules fill them. */
export const ACTION_OUTPUTS = {
  'batch-id': 'Identifier of the batch (derived from the run unless batch-id was given).',
  'batch-uri': 's3://BUCKET/PREFIX/ of the batch: <prefix><dataset>/<batch-id>/.',
  manifest:
    's3:// URI of the batch _manifest.json (written last; lists every object with sizes and plaintext sha256).',
  files: 'Number of files in the batch.',
  bytes: 'Total plaintext size of the batch in bytes (before compression and encryption).',
  'execution-arn':
    'ARN of the pipeline execution (run and start; empty for upload). Also set when waiting timed out.',
  status:
    "Outcome: the execution status for run and start (SUCCEEDED, FAILED, TIMED_OUT, ABORTED, or RUNNING with wait: false); 'uploaded' or 'reused' for upload; 'valid' for validate; 'dry-run' for a dry run."
} as const

export type ActionOutputName = keyof typeof ACTION_OUTPUTS
