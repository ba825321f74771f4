/**
 * Settings → an AWS session: credentials (OIDC → STS, or the SDK chain), then stack-output discovery, then the
 * check that the command has everything it needs. The only place that decides which region and endpoint apply.
 */
import { createCloudFormationClient, customS3Endpoint, type AwsClientOptions } from '../aws/clients.js'
import { resolveCredentials, type CredentialSource, type ResolvedCredentials } from '../aws/credentials.js'
import { readStackOutputs } from '../aws/stack-outputs.js'
import {
  requireForAws,
  requireRegion,
  type AwsCommand,
  type AwsCommandSettings
} from '../settings/requirements.js'
import type { Settings } from '../settings/settings.js'
import { applyStackOutputs } from '../settings/stack-outputs.js'
import { awsCall } from './aws-errors.js'
import type { JobContext } from './context.js'

/** A session for an AWS command; S narrows it to the commands a job serves (start: a batch id, run: a state machine). */
export interface AwsSession<S extends AwsCommandSettings = AwsCommandSettings> {
  /** Settings with stack outputs applied and requirements checked. */
  settings: S
  clientOptions: AwsClientOptions
  credentialSource: CredentialSource
  /** The assumed role's session ARN, when a role was assumed (shown in the log; not secret). */
  identityArn?: string
}

/** Region used against a custom endpoint when none is configured: local S3 servers accept any. */
export const LOCAL_ENDPOINT_REGION = 'us-east-1'

/** Fills the region from the endpoint case, so a local S3 server needs no AWS_REGION. Pure. */
export function withDefaultRegion<S extends Settings>(s: S, env: NodeJS.ProcessEnv): S {
  if (s.region || !customS3Endpoint({ s3EndpointUrl: s.endpointUrl, env })) return s
  return {
    ...s,
    region: LOCAL_ENDPOINT_REGION,
    provenance: { ...s.provenance, 'aws-region': `default for a custom endpoint (${LOCAL_ENDPOINT_REGION})` }
  }
}

/** The settings a session is opened with: what the main step saves for the post step (action/state.ts). */
export type AwsAccess = Pick<
  Settings,
  'roleToAssume' | 'audience' | 'roleSessionName' | 'roleDurationSeconds' | 'endpointUrl'
> & { region: string }

/** What opening a session may use of the job context (the post step has no clock or sleep of its own). */
export type SessionContext = Pick<JobContext, 'env' | 'getIDToken' | 'mask'> &
  Partial<Pick<JobContext, 'sleep' | 'now' | 'log'>>

/**
 * Credentials for the access (OIDC → STS, or the SDK chain) and the options every client of the session is built
 * with. The main step (connectAws) and the post step both open their sessions here.
 */
export async function openAwsSession(
  access: AwsAccess,
  ctx: SessionContext
): Promise<{ clientOptions: AwsClientOptions; resolved: ResolvedCredentials }> {
  const resolved = await resolveCredentials({
    region: access.region,
    roleToAssume: access.roleToAssume,
    audience: access.audience,
    roleSessionName: access.roleSessionName,
    durationSeconds: access.roleDurationSeconds,
    env: ctx.env,
    getIDToken: ctx.getIDToken,
    mask: ctx.mask,
    sleep: ctx.sleep,
    // Waits may outlast role-duration-seconds: the credentials refresh themselves before they expire.
    now: ctx.now,
    log: ctx.log
  })
  const clientOptions: AwsClientOptions = {
    region: access.region,
    credentials: resolved.credentials,
    s3EndpointUrl: access.endpointUrl,
    env: ctx.env
  }
  return { clientOptions, resolved }
}

export async function connectAws(
  input: Settings & { command: AwsCommand },
  ctx: JobContext
): Promise<AwsSession> {
  let settings = withDefaultRegion(input, ctx.env)
  const region = requireRegion(settings)
  const { clientOptions, resolved } = await openAwsSession({ ...settings, region }, ctx)
  if (resolved.identity?.arn) ctx.log(`assumed ${resolved.identity.arn} (${resolved.source})`)

  if (settings.stackName) {
    const cfn = createCloudFormationClient(clientOptions)
    try {
      const stackName = settings.stackName
      const outputs = await awsCall(
        {
          service: 'CloudFormation',
          call: 'DescribeStacks',
          resource: `stack ${stackName}`,
          permission: 'cloudformation:DescribeStacks',
          input: 'stack-name'
        },
        () => readStackOutputs(cfn, stackName)
      )
      settings = applyStackOutputs(settings, outputs, settings.stackName)
    } finally {
      cfn.destroy()
    }
  }
  return {
    settings: requireForAws(settings),
    clientOptions,
    credentialSource: resolved.source,
    identityArn: resolved.identity?.arn
  }
}
