/**
 * The template reader and intrinsic evaluator local mode relies on. Semantics checked against the CloudFormation
 * template reference: Fn::Sub resolves `${Param}` like Ref and `${Res.Attr}` like Fn::GetAtt, and `${!Literal}` is
 * written as the literal `${Literal}`; `!GetAtt A.B.C` is `[A, B.C]`; Ref AWS::NoValue returned by Fn::If removes the
 * property (or list element).
 */
import { describe, expect, it } from '@jest/globals'
import {
  parameterDefault,
  parseTemplate,
  readTemplate,
  resolveValue,
  resourceOfType,
  type ResolveContext,
  type Template
} from '../../src/local/cfn-template.js'

const TEMPLATE = `
Parameters:
  DatasetName:
    Type: String
  OutputMode:
    Type: String
    Default: replace
  Retention:
    Type: Number
    Default: 30
Conditions:
  IsAppend: !Equals [!Ref OutputMode, append]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Db:
    Type: AWS::RDS::DBInstance
  Role:
    Type: AWS::IAM::Role
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          BUCKET: !Ref Bucket
          BUCKET_ARN: !GetAtt Bucket.Arn
          ENDPOINT: !GetAtt Db.Endpoint.Address
          TABLE: !Join ['_', !Split ['-', !Ref DatasetName]]
          WHERE: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/raw/\${DatasetName}/ in \${AWS::Region} of \${AWS::AccountId}'
          ROLE: !Sub '\${Role.Arn}'
          FIRST: !Select [0, !Split [',', 'a,b,c']]
          SECOND: !Select ['1', [x, !Ref OutputMode]]
          MODE: !If [IsAppend, partitioned, single]
          MAP: !Sub
            - '\${Prefix}/\${DatasetName}'
            - Prefix: !Ref OutputMode
          LITERAL: !Sub 'echo \${!HOME} in \${DatasetName}'
          DAYS: !Ref Retention
`

function context(conditions: Record<string, boolean> = { IsAppend: false }): ResolveContext {
  const template = parseTemplate(TEMPLATE)
  const parameters: Record<string, string> = {
    'AWS::Region': 'eu-west-1',
    'AWS::AccountId': '123456789012',
    'AWS::Partition': 'aws'
  }
  for (const name of Object.keys(template.Parameters ?? {}))
    parameters[name] = parameterDefault(template, name)
  parameters.DatasetName = 'my-data'
  return {
    parameters,
    conditions,
    ref: id => {
      if (!template.Resources[id]) throw new Error(`the template has no resource ${id}`)
      return `local-${id}`
    },
    getAtt: (id, attribute) => {
      if (!template.Resources[id]) throw new Error(`the template has no resource ${id}`)
      return `${id}:${attribute}`
    }
  }
}

function variables(template: Template): unknown {
  return (template.Resources.Fn!.Properties!.Environment as { Variables: unknown }).Variables
}

describe('parseTemplate', () => {
  it('turns the short-form tags into their long JSON forms', () => {
    const vars = variables(parseTemplate(TEMPLATE)) as Record<string, unknown>
    expect(vars.BUCKET).toEqual({ Ref: 'Bucket' })
    expect(vars.BUCKET_ARN).toEqual({ 'Fn::GetAtt': ['Bucket', 'Arn'] })
    // The attribute keeps its own dots.
    expect(vars.ENDPOINT).toEqual({ 'Fn::GetAtt': ['Db', 'Endpoint.Address'] })
    expect(vars.TABLE).toEqual({ 'Fn::Join': ['_', { 'Fn::Split': ['-', { Ref: 'DatasetName' }] }] })
    expect(vars.MODE).toEqual({ 'Fn::If': ['IsAppend', 'partitioned', 'single'] })
  })

  it('refuses a duplicate key, which CloudFormation would silently resolve one way', () => {
    expect(() => parseTemplate('Resources:\n  A: {Type: X}\n  A: {Type: Y}\n')).toThrow(/unique/i)
  })
})

describe('resolveValue', () => {
  it('evaluates Ref (parameters with defaults, resources), GetAtt, Sub, Join, Split, Select, If', () => {
    const resolved = resolveValue(variables(parseTemplate(TEMPLATE)), context())
    expect(resolved).toEqual({
      BUCKET: 'local-Bucket',
      BUCKET_ARN: 'Bucket:Arn',
      ENDPOINT: 'Db:Endpoint.Address',
      TABLE: 'my_data',
      WHERE: 'arn:aws:s3:::local-Bucket/raw/my-data/ in eu-west-1 of 123456789012',
      ROLE: 'Role:Arn',
      FIRST: 'a',
      SECOND: 'replace',
      MODE: 'single',
      MAP: 'replace/my-data',
      LITERAL: 'echo ${HOME} in my-data',
      DAYS: '30'
    })
  })

  it('follows the condition chosen for !If', () => {
    const resolved = resolveValue(
      { 'Fn::If': ['IsAppend', 'partitioned', 'single'] },
      context({ IsAppend: true })
    )
    expect(resolved).toBe('partitioned')
  })

  it('drops a property or list element that !If answers with AWS::NoValue', () => {
    const statements = [
      { Sid: 'Always' },
      { 'Fn::If': ['IsAppend', { Sid: 'OnlyInAppend' }, { Ref: 'AWS::NoValue' }] }
    ]
    expect(resolveValue(statements, context())).toEqual([{ Sid: 'Always' }])
    expect(resolveValue(statements, context({ IsAppend: true }))).toEqual([
      { Sid: 'Always' },
      { Sid: 'OnlyInAppend' }
    ])
    expect(
      resolveValue({ A: 'a', B: { 'Fn::If': ['IsAppend', 'b', { Ref: 'AWS::NoValue' }] } }, context())
    ).toEqual({ A: 'a' })
  })

  it.each([
    [{ Ref: 'Missing' }, 'the template has no resource Missing'],
    [{ 'Fn::Sub': 'x-${Missing}' }, 'the template has no resource Missing'],
    [{ 'Fn::Sub': '${Missing.Arn}' }, 'the template has no resource Missing'],
    [{ 'Fn::GetAtt': ['Missing', 'Arn'] }, 'the template has no resource Missing'],
    [{ 'Fn::If': ['Unknown', 'a', 'b'] }, 'template condition Unknown is not known to local mode'],
    [{ 'Fn::FindInMap': ['M', 'a', 'b'] }, 'template intrinsic Fn::FindInMap is not supported by local mode']
  ])('fails on %j, naming what it cannot resolve', (value, message) => {
    expect(() => resolveValue(value, context())).toThrow(message)
  })

  it('keeps plain values and maps of plain values as they are', () => {
    expect(resolveValue({ a: [1, true, null, 'x'], b: { c: 'd' } }, context())).toEqual({
      a: [1, true, null, 'x'],
      b: { c: 'd' }
    })
  })
})

describe('the stack template', () => {
  it('parses, has one DataBrew job and one state machine, and names the Glue table after the dataset', () => {
    const template = readTemplate()
    expect(resourceOfType(template, 'AWS::DataBrew::Job')[0]).toBe('DataBrewJob')
    expect(resourceOfType(template, 'AWS::StepFunctions::StateMachine')[1].Type).toBe(
      'AWS::StepFunctions::StateMachine'
    )
    expect(() => resourceOfType(template, 'AWS::Lambda::Function')).toThrow(
      /the template has \d+ resources of type AWS::Lambda::Function, local mode expects one/
    )
    expect(parameterDefault(template, 'NoSuchParameter')).toBe('')
  })
})
