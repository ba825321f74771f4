/**
 * The operations the local engine runs, each compiled once per step into a row function. Semantics follow the
 * DataBrew recipe actions reference; where the reference is silent the choice is written next to the code.
 * Values are text (or null = missing); CHANGE_DATA_TYPE records the column type for the writer.
 * Each family lives in its own module under ops/; this is the registry.
 */
import { CASE_OPERATIONS } from './ops/case-operation.js'
import type { Compile } from './ops/common.js'
import { DATE_OPERATIONS } from './ops/dates.js'
import { EXTRACT_VALUE_OPERATIONS } from './ops/extract-value.js'
import { FILL_OPERATIONS } from './ops/fill.js'
import { GROUP_OPERATIONS } from './ops/group-by.js'
import { JOIN_OPERATIONS } from './ops/join.js'
import { MAPPING_OPERATIONS } from './ops/mapping.js'
import { MASK_OPERATIONS } from './ops/mask.js'
import { MATH_OPERATIONS } from './ops/math.js'
import { PATTERN_OPERATIONS } from './ops/patterns.js'
import { PII_OPERATIONS } from './ops/pii.js'
import { ROW_OPERATIONS } from './ops/rows.js'
import { SORT_OPERATIONS } from './ops/sort.js'
import { SPLIT_OPERATIONS } from './ops/split.js'
import { STRUCTURE_OPERATIONS } from './ops/structure.js'
import { TEXT_OPERATIONS } from './ops/text.js'
import { TYPE_OPERATIONS } from './ops/types.js'

export {
  StepError,
  UnsupportedOperation,
  type Compile,
  type CompiledStep,
  type EngineOptions
} from './ops/common.js'
export { inPlace, param, sourceColumns } from './ops/common.js'

export const OPERATIONS: Record<string, Compile> = {
  ...TEXT_OPERATIONS,
  ...PII_OPERATIONS,
  ...STRUCTURE_OPERATIONS,
  ...SPLIT_OPERATIONS,
  ...TYPE_OPERATIONS,
  ...FILL_OPERATIONS,
  ...MASK_OPERATIONS,
  ...MATH_OPERATIONS,
  ...DATE_OPERATIONS,
  ...PATTERN_OPERATIONS,
  ...MAPPING_OPERATIONS,
  ...ROW_OPERATIONS,
  ...SORT_OPERATIONS,
  ...EXTRACT_VALUE_OPERATIONS,
  ...GROUP_OPERATIONS,
  ...CASE_OPERATIONS,
  ...JOIN_OPERATIONS
}

export const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS)
