/** The analysis rule of a contract: AGGREGATION, LIST or CUSTOM, read and checked against the Clean Rooms API. */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml'
import type { Problem } from '../recipe/model.js'
import {
  AGGREGATE_FUNCTIONS,
  SCALAR_FUNCTIONS,
  type AggregationRule,
  type AnalysisRuleType,
  type ColumnRef,
  type Contract,
  type CustomRule,
  type ListRule
} from './contract-model.js'
import { COLUMN, type YamlFields } from './yaml-fields.js'

const JOIN_OPERATORS = ['OR', 'AND']
const ANALYSIS_TEMPLATE_ARN =
  /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/[0-9a-f-]+\/analysistemplate\/[0-9a-f-]+$/
const WHAT = 'analysisRule'

export const RULE_KEYS: Record<AnalysisRuleType, string[]> = {
  AGGREGATION: [
    'type',
    'joinColumns',
    'dimensionColumns',
    'aggregateColumns',
    'scalarFunctions',
    'outputConstraints',
    'allowedJoinOperators',
    'joinRequired'
  ],
  LIST: ['type', 'joinColumns', 'listColumns', 'allowedJoinOperators'],
  CUSTOM: ['type', 'allowedAnalyses', 'allowedAnalysisProviders']
}

/** The rule under `analysisRule`, or undefined (with the problems reported) when it cannot be read. */
export function readRule(ruleNode: YAMLMap, f: YamlFields): Contract['rule'] | undefined {
  const type = f.text(ruleNode, 'type', WHAT, true) as AnalysisRuleType | undefined
  if (!type) return undefined
  if (!(type in RULE_KEYS)) {
    f.add(f.get(ruleNode, 'type'), `analysisRule.type '${type}' is not AGGREGATION, LIST or CUSTOM`)
    return undefined
  }
  f.unknownKeys(ruleNode, RULE_KEYS[type], `an ${type} rule`)
  if (type === 'AGGREGATION') return aggregationRule(ruleNode, f)
  if (type === 'LIST') return listRule(ruleNode, f)
  return customRule(ruleNode, f)
}

function joinOperators(ruleNode: YAMLMap, f: YamlFields): string[] | undefined {
  return f.get(ruleNode, 'allowedJoinOperators')
    ? f.words(ruleNode, 'allowedJoinOperators', WHAT, JOIN_OPERATORS, { required: false, max: 2 })
    : undefined
}

function aggregationRule(ruleNode: YAMLMap, f: YamlFields): AggregationRule {
  const rule: AggregationRule = {
    type: 'AGGREGATION',
    joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true }),
    dimensionColumns: f.columns(ruleNode, 'dimensionColumns', WHAT, { required: true }),
    aggregateColumns: f
      .list(ruleNode, 'aggregateColumns', WHAT, { required: true, min: 1 })
      .flatMap(item => aggregateColumn(item, f)),
    scalarFunctions: f.words(ruleNode, 'scalarFunctions', WHAT, SCALAR_FUNCTIONS, { required: true }),
    outputConstraints: f
      .list(ruleNode, 'outputConstraints', WHAT, { required: true, min: 1 })
      .flatMap(item => outputConstraint(item, f)),
    allowedJoinOperators: joinOperators(ruleNode, f),
    joinRequired: f.text(ruleNode, 'joinRequired', WHAT, false)
  }
  if (rule.joinRequired !== undefined && rule.joinRequired !== 'QUERY_RUNNER')
    f.add(
      f.get(ruleNode, 'joinRequired'),
      `analysisRule.joinRequired '${rule.joinRequired}' is not QUERY_RUNNER`
    )
  return rule
}

function aggregateColumn(item: Node, f: YamlFields): AggregationRule['aggregateColumns'] {
  if (!isMap(item)) {
    f.add(item, 'analysisRule.aggregateColumns: each is { columnNames: [...], function: ... }')
    return []
  }
  const fn = f.text(item, 'function', 'an aggregate column', true) ?? ''
  if (fn && !(AGGREGATE_FUNCTIONS as readonly string[]).includes(fn))
    f.add(
      f.get(item, 'function'),
      `aggregate function '${fn}' is not one of ${AGGREGATE_FUNCTIONS.join(', ')}`
    )
  return [
    {
      columnNames: f.columns(item, 'columnNames', 'an aggregate column', { required: true, min: 1 }),
      function: fn
    }
  ]
}

function outputConstraint(item: Node, f: YamlFields): AggregationRule['outputConstraints'] {
  if (!isMap(item)) {
    f.add(item, 'analysisRule.outputConstraints: each is { columnName, minimum, type: COUNT_DISTINCT }')
    return []
  }
  const columnNode = f.get(item, 'columnName')
  const column = isScalar(columnNode) ? String(columnNode.value) : ''
  const minimumNode = f.get(item, 'minimum')
  const minimum = isScalar(minimumNode) ? Number(minimumNode.value) : NaN
  if (!Number.isInteger(minimum) || minimum < 2 || minimum > 100_000)
    f.add(minimumNode ?? item, 'an output constraint needs minimum: a whole number from 2 to 100000')
  const t = f.text(item, 'type', 'an output constraint', true) ?? ''
  if (t && t !== 'COUNT_DISTINCT')
    f.add(f.get(item, 'type'), `output constraint type '${t}' is not COUNT_DISTINCT`)
  if (!COLUMN.test(column)) f.add(columnNode ?? item, 'an output constraint needs columnName: a column name')
  return [{ column: { name: column, location: f.where(columnNode ?? item) }, minimum, type: t }]
}

function listRule(ruleNode: YAMLMap, f: YamlFields): ListRule {
  return {
    type: 'LIST',
    joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true, min: 1 }),
    listColumns: f.columns(ruleNode, 'listColumns', WHAT, { required: true, min: 1 }),
    allowedJoinOperators: joinOperators(ruleNode, f)
  }
}

function customRule(ruleNode: YAMLMap, f: YamlFields): CustomRule {
  const analyses = f.list(ruleNode, 'allowedAnalyses', WHAT, { required: true, min: 1 }).map(item => {
    const v = isScalar(item) ? String(item.value) : ''
    if (v !== 'ANY_QUERY' && !ANALYSIS_TEMPLATE_ARN.test(v))
      f.add(item, `analysisRule.allowedAnalyses: '${v}' is neither ANY_QUERY nor an analysis template ARN`)
    return v
  })
  const providers = f.list(ruleNode, 'allowedAnalysisProviders', WHAT, { required: false }).map(item => {
    const v = isScalar(item) ? String(item.value) : ''
    if (!/^\d{12}$/.test(v))
      f.add(item, `analysisRule.allowedAnalysisProviders: '${v}' is not an AWS account id`)
    return v
  })
  return {
    type: 'CUSTOM',
    allowedAnalyses: analyses,
    ...(providers.length ? { allowedAnalysisProviders: providers } : {})
  }
}

/** Columns the rule names must be allowed columns, and a join column is never output (dimension or list) too. */
export function checkRuleColumns(
  rule: Contract['rule'],
  allowedColumns: ColumnRef[],
  file: string
): Problem[] {
  const problems: Problem[] = []
  const at = (c: ColumnRef, message: string) =>
    problems.push({ file, ...c.location, severity: 'error', message })
  const allowed = new Set(allowedColumns.map(c => c.name))
  const mustBeAllowed = (role: string) => (c: ColumnRef) => {
    if (!allowed.has(c.name))
      at(c, `${role} ${c.name} is not in configuredTable.allowedColumns: add it there or remove it here`)
  }
  const neverOutput = (joinColumns: ColumnRef[], output: ColumnRef[], role: string) => {
    const joins = new Set(joinColumns.map(c => c.name))
    for (const c of output)
      if (joins.has(c.name))
        at(
          c,
          `${c.name} is a join column, which Clean Rooms never outputs: it cannot be a ${role} column too`
        )
  }
  if (rule.type === 'AGGREGATION') {
    rule.joinColumns.forEach(mustBeAllowed('join column'))
    rule.dimensionColumns.forEach(mustBeAllowed('dimension column'))
    rule.aggregateColumns.forEach(a => a.columnNames.forEach(mustBeAllowed('aggregate column')))
    rule.outputConstraints.forEach(o => mustBeAllowed('output constraint column')(o.column))
    neverOutput(rule.joinColumns, rule.dimensionColumns, 'dimension')
  } else if (rule.type === 'LIST') {
    rule.joinColumns.forEach(mustBeAllowed('join column'))
    rule.listColumns.forEach(mustBeAllowed('list column'))
    neverOutput(rule.joinColumns, rule.listColumns, 'list')
  }
  return problems
}
