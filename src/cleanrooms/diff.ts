/**
 * What a pull request changes for partners: the contract (and the types of its table's columns) against the base
 * branch's version. A change a partner's saved query or analysis template would notice is breaking: a column or
 * function it may use is gone, a join column's type changed, the rule got stricter or the table was renamed. Adding
 * what partners may use is not. A breaking change passes only with a higher `revision`: that is how the pull request
 * says partners were told.
 */
import type { SourceLocation } from '../recipe/model.js'
import type { AggregationRule, ColumnRef, Contract } from './contract.js'

export interface ContractSide {
  contract: Contract
  /** Output column → type, from the recipe run on the sample's columns (undefined: not known). */
  types?: Map<string, string>
}

export interface ContractChange {
  message: string
  breaking: boolean
  /** In the head contract: the item, or the section that no longer has it. */
  location: SourceLocation
}

/** Clean Rooms' default when allowedJoinOperators is absent (AnalysisRuleAggregation / AnalysisRuleList). */
const DEFAULT_JOIN_OPERATORS = ['AND']

function names(refs: readonly ColumnRef[]): string[] {
  return refs.map(r => r.name)
}

export function diffContracts(base: ContractSide, head: ContractSide): ContractChange[] {
  const changes: ContractChange[] = []
  const b = base.contract
  const h = head.contract
  const change = (breaking: boolean, message: string, location: SourceLocation = h.at.rule) =>
    changes.push({ breaking, message, location })
  /** Removed items are breaking, added ones are not; `where` finds an added item's location. */
  const sets = (
    what: string,
    before: readonly string[],
    after: readonly string[],
    anchor: SourceLocation,
    where: (item: string) => SourceLocation | undefined = () => undefined
  ) => {
    for (const x of before)
      if (!after.includes(x))
        change(true, `${what} ${x} removed: partners' queries that use it would fail`, anchor)
    for (const x of after) if (!before.includes(x)) change(false, `${what} ${x} added`, where(x) ?? anchor)
  }

  if (b.name !== h.name)
    change(
      true,
      `configured table renamed from ${b.name} to ${h.name}: partners' queries name the table`,
      h.at.table
    )
  const allowedAt = (n: string) => h.allowedColumns.find(c => c.name === n)?.location
  sets('allowed column', names(b.allowedColumns), names(h.allowedColumns), h.at.table, allowedAt)

  const br = b.rule
  const hr = h.rule
  if (br.type !== hr.type) {
    change(
      true,
      `analysis rule changed from ${br.type} to ${hr.type}: every partner query is held to new rules`
    )
  } else if (br.type === 'CUSTOM' && hr.type === 'CUSTOM') {
    sets('allowed analysis', br.allowedAnalyses, hr.allowedAnalyses, h.at.rule)
    sets('analysis provider', br.allowedAnalysisProviders ?? [], hr.allowedAnalysisProviders ?? [], h.at.rule)
  } else if (br.type !== 'CUSTOM' && hr.type !== 'CUSTOM') {
    const at = (refs: readonly ColumnRef[]) => (n: string) => refs.find(c => c.name === n)?.location
    sets('join column', names(br.joinColumns), names(hr.joinColumns), h.at.rule, at(hr.joinColumns))
    sets(
      'join operator',
      br.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS,
      hr.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS,
      h.at.rule
    )
    if (br.type === 'LIST' && hr.type === 'LIST')
      sets('list column', names(br.listColumns), names(hr.listColumns), h.at.rule, at(hr.listColumns))
    if (br.type === 'AGGREGATION' && hr.type === 'AGGREGATION') {
      sets(
        'dimension column',
        names(br.dimensionColumns),
        names(hr.dimensionColumns),
        h.at.rule,
        at(hr.dimensionColumns)
      )
      const aggregates = (r: typeof br) =>
        r.aggregateColumns.flatMap(a => a.columnNames.map(c => `${a.function}(${c.name})`))
      sets('aggregation', aggregates(br), aggregates(hr), h.at.rule)
      sets('scalar function', br.scalarFunctions, hr.scalarFunctions, h.at.rule)
      if (!br.joinRequired && hr.joinRequired)
        change(true, `joinRequired: ${hr.joinRequired} added: queries that do not join are refused`)
      else if (br.joinRequired && !hr.joinRequired) change(false, 'joinRequired removed')
      outputConstraintChanges(br, hr, change)
    }
  }

  if (base.types && head.types) {
    const joins = new Set(hr.type === 'CUSTOM' ? [] : names(hr.joinColumns))
    for (const c of h.allowedColumns) {
      const before = base.types.get(c.name)
      const after = head.types.get(c.name)
      if (!before || !after || before === after || !b.allowedColumns.some(x => x.name === c.name)) continue
      change(
        true,
        joins.has(c.name)
          ? `join column ${c.name} changes type from ${before} to ${after}: partners' join on it would no longer match`
          : `column ${c.name} changes type from ${before} to ${after}: partners' queries may fail or change meaning`,
        c.location
      )
    }
  }
  return changes
}

type Change = (breaking: boolean, message: string, location?: SourceLocation) => void

/** A constraint added or raised suppresses results that passed: breaking. Lowered or removed ones are not. */
function outputConstraintChanges(br: AggregationRule, hr: AggregationRule, change: Change): void {
  for (const o of hr.outputConstraints) {
    const before = br.outputConstraints.find(x => x.column.name === o.column.name && x.type === o.type)
    if (!before)
      change(
        true,
        `output constraint on ${o.column.name} (minimum ${o.minimum}) added: some results are suppressed`,
        o.column.location
      )
    else if (o.minimum > before.minimum)
      change(
        true,
        `output constraint on ${o.column.name} raised from ${before.minimum} to ${o.minimum}: results that passed are suppressed`,
        o.column.location
      )
    else if (o.minimum < before.minimum)
      change(
        false,
        `output constraint on ${o.column.name} lowered from ${before.minimum} to ${o.minimum}`,
        o.column.location
      )
  }
  for (const o of br.outputConstraints)
    if (!hr.outputConstraints.some(x => x.column.name === o.column.name && x.type === o.type))
      change(false, `output constraint on ${o.column.name} removed`)
}
