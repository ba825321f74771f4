/** The collaboration contract's shape (contract.ts reads it from cleanrooms.yml) and the Clean Rooms API's lists. */
import type { SourceLocation } from '../recipe/model.js'

export type AnalysisRuleType = 'AGGREGATION' | 'LIST' | 'CUSTOM'

/** A column named somewhere in the contract, with where. */
export interface ColumnRef {
  name: string
  location: SourceLocation
}

export interface AggregationRule {
  type: 'AGGREGATION'
  joinColumns: ColumnRef[]
  dimensionColumns: ColumnRef[]
  aggregateColumns: { columnNames: ColumnRef[]; function: string }[]
  scalarFunctions: string[]
  outputConstraints: { column: ColumnRef; minimum: number; type: string }[]
  allowedJoinOperators?: string[]
  joinRequired?: string
}

export interface ListRule {
  type: 'LIST'
  joinColumns: ColumnRef[]
  listColumns: ColumnRef[]
  allowedJoinOperators?: string[]
}

export interface CustomRule {
  type: 'CUSTOM'
  allowedAnalyses: string[]
  allowedAnalysisProviders?: string[]
}

export interface Contract {
  file: string
  /** The recipe this contract is about (relative to the contract's repository root). */
  recipe?: string
  name: string
  description?: string
  allowedColumns: ColumnRef[]
  rule: AggregationRule | ListRule | CustomRule
  membershipId?: string
  /**
   * Raised when a change breaks partners' queries (a column removed, a stricter rule): the pull-request check accepts
   * a breaking change against the base branch only together with a higher revision. 1 when absent.
   */
  revision: number
  /** Where the sections start: the anchors for problems about something the file no longer has. */
  at: { root: SourceLocation; table: SourceLocation; rule: SourceLocation }
}

export const AGGREGATE_FUNCTIONS = ['SUM', 'SUM_DISTINCT', 'COUNT', 'COUNT_DISTINCT', 'AVG'] as const
export const SCALAR_FUNCTIONS = [
  'ABS',
  'CAST',
  'CEILING',
  'COALESCE',
  'CONVERT',
  'CURRENT_DATE',
  'DATEADD',
  'EXTRACT',
  'FLOOR',
  'GETDATE',
  'LN',
  'LOG',
  'LOWER',
  'ROUND',
  'RTRIM',
  'SQRT',
  'SUBSTRING',
  'TO_CHAR',
  'TO_DATE',
  'TO_NUMBER',
  'TO_TIMESTAMP',
  'TRIM',
  'TRUNC',
  'UPPER'
] as const
