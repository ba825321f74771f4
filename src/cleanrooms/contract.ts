/**
 * The collaboration contract (cleanrooms.yml): the Clean Rooms configured table over the pipeline's output table —
 * its name, description, allowed columns and analysis rule — kept in the repository, checked on every pull request
 * and copied into the stack (infra/template.yaml's ConfiguredTable, which a test keeps equal to infra/cleanrooms.yml).
 *
 * The rules checked here are the Clean Rooms API's own (API Reference: CreateConfiguredTable, AnalysisRuleAggregation,
 * AnalysisRuleList, AnalysisRuleCustom, AggregateColumn, AggregationConstraint; read 2026-11), so that a contract
 * that passes here is one the API accepts:
 * - analysis rule columns: 1–127 characters of [a-z0-9_] (the API's pattern also admits inner spaces and hyphens,
 *   which Glue/Clean Rooms column names from this pipeline never have, so they are refused here);
 * - aggregation: aggregateColumns (≥ 1, functions SUM, SUM_DISTINCT, COUNT, COUNT_DISTINCT, AVG), joinColumns,
 *   dimensionColumns, scalarFunctions (the API's list), outputConstraints (≥ 1, type COUNT_DISTINCT, minimum 2 or
 *   more), allowedJoinOperators (OR, AND; at most 2), joinRequired (QUERY_RUNNER). Join columns "can never be outputted
 *   directly", so one may not also be a dimension column;
 * - list: joinColumns (≥ 1) and listColumns, allowedJoinOperators; a join column is not listed;
 * - custom: allowedAnalyses (≥ 1: analysis template ARNs or ANY_QUERY), allowedAnalysisProviders (account ids);
 * - every column a rule names is an allowed column; the configured table allows 1–100 columns.
 * Every problem is reported at once, with file:line:col, like recipe problems.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml'
import type { Problem } from '../recipe/model.js'
import { readYamlSource } from '../recipe/yaml-source.js'
import type { ColumnRef, Contract } from './contract-model.js'
import { checkRuleColumns, readRule } from './contract-rules.js'
import { YamlFields } from './yaml-fields.js'

export * from './contract-model.js'

const MEMBERSHIP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const TOP_KEYS = ['version', 'revision', 'recipe', 'configuredTable', 'analysisRule', 'membershipId']
const TABLE_KEYS = ['name', 'description', 'allowedColumns']

export function parseContract(text: string, file: string): { contract?: Contract; problems: Problem[] } {
  const source = readYamlSource(text, file)
  const { doc, problems, where, add } = source
  if (problems.length) return { problems }
  const root = doc.contents
  if (!isMap(root)) {
    add(
      root,
      'a collaboration contract is a mapping with version, configuredTable and analysisRule (see examples/cleanrooms.yml)'
    )
    return { problems }
  }
  const f = new YamlFields(source)
  const header = readHeader(root, f)
  const tableNode = f.get(root, 'configuredTable')
  const table = isMap(tableNode) ? readTable(tableNode, f) : undefined
  if (!table)
    add(tableNode ?? root, 'the contract needs configuredTable: { name, description, allowedColumns }')
  const ruleNode = f.get(root, 'analysisRule')
  const rule = isMap(ruleNode) ? readRule(ruleNode, f) : undefined
  if (!isMap(ruleNode))
    add(ruleNode ?? root, 'the contract needs analysisRule: { type: AGGREGATION | LIST | CUSTOM, … }')
  if (rule) problems.push(...checkRuleColumns(rule, table?.allowedColumns ?? [], file))
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  if (problems.length || !rule || !table) return { problems }
  return {
    contract: {
      file,
      recipe: header.recipe,
      name: table.name,
      description: table.description,
      allowedColumns: table.allowedColumns,
      rule,
      ...(header.membershipId ? { membershipId: header.membershipId } : {}),
      revision: header.revision,
      at: { root: where(root), table: where(tableNode), rule: where(ruleNode) }
    },
    problems
  }
}

/** version, revision, recipe and membershipId. */
function readHeader(
  root: YAMLMap,
  f: YamlFields
): { revision: number; recipe?: string; membershipId?: string } {
  f.unknownKeys(root, TOP_KEYS, 'the contract')
  const version = f.get(root, 'version')
  if (!isScalar(version) || version.value !== 1) f.add(version ?? root, 'the contract needs version: 1')
  const revisionNode = f.get(root, 'revision')
  const revision = revisionNode === undefined ? 1 : isScalar(revisionNode) ? Number(revisionNode.value) : NaN
  if (!Number.isSafeInteger(revision) || revision < 1)
    f.add(
      revisionNode,
      "revision must be a whole number from 1 (raise it with a change that breaks partners' queries)"
    )
  const recipe = f.text(root, 'recipe', 'the contract', false)
  const membershipId = f.text(root, 'membershipId', 'the contract', false)
  if (membershipId !== undefined && !MEMBERSHIP_ID.test(membershipId)) {
    f.add(
      f.get(root, 'membershipId'),
      `membershipId '${membershipId}' is not a membership id (a UUID from the Clean Rooms console)`
    )
  }
  return { revision, recipe, membershipId }
}

/** configuredTable: name (1-100), description (up to 255) and 1-100 allowed columns, as CreateConfiguredTable takes. */
function readTable(
  table: YAMLMap,
  f: YamlFields
): { name: string; description?: string; allowedColumns: ColumnRef[] } {
  f.unknownKeys(table, TABLE_KEYS, 'configuredTable')
  const name = f.text(table, 'name', 'configuredTable', true) ?? ''
  if (name.length > 100) f.add(f.get(table, 'name'), 'configuredTable.name is longer than 100 characters')
  const description = f.text(table, 'description', 'configuredTable', false)
  if (description && description.length > 255)
    f.add(f.get(table, 'description'), 'configuredTable.description is longer than 255 characters')
  const allowedColumns = f.columns(table, 'allowedColumns', 'configuredTable', { required: true, min: 1 })
  if (allowedColumns.length > 100)
    f.add(f.get(table, 'allowedColumns'), 'configuredTable.allowedColumns has more than 100 columns')
  return { name, description, allowedColumns }
}

/** The columns of a rule by role: what the summary's table and the policy check read. */
export function columnRoles(contract: Contract): Map<string, string[]> {
  const roles = new Map<string, string[]>(contract.allowedColumns.map(c => [c.name, []]))
  const tag = (name: string, role: string) => roles.get(name)?.push(role)
  const r = contract.rule
  if (r.type === 'AGGREGATION') {
    r.joinColumns.forEach(c => tag(c.name, 'join'))
    r.dimensionColumns.forEach(c => tag(c.name, 'dimension'))
    r.aggregateColumns.forEach(a => a.columnNames.forEach(c => tag(c.name, `aggregate (${a.function})`)))
  } else if (r.type === 'LIST') {
    r.joinColumns.forEach(c => tag(c.name, 'join'))
    r.listColumns.forEach(c => tag(c.name, 'list'))
  } else for (const c of contract.allowedColumns) tag(c.name, 'custom analyses')
  return roles
}
