/**
 * The contract as the stack's AWS::CleanRooms::ConfiguredTable properties (the CloudFormation resource specification's
 * names: the API's, PascalCase). TableReference is the stack's own (the declared output table), so it is not here.
 */
import type { Contract } from './contract.js'

export function configuredTableProperties(contract: Contract): Record<string, unknown> {
  const names = (cs: { name: string }[]) => cs.map(c => c.name)
  const r = contract.rule
  const policy =
    r.type === 'AGGREGATION'
      ? {
          Aggregation: {
            JoinColumns: names(r.joinColumns),
            ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
            ...(r.joinRequired ? { JoinRequired: r.joinRequired } : {}),
            DimensionColumns: names(r.dimensionColumns),
            ScalarFunctions: r.scalarFunctions,
            AggregateColumns: r.aggregateColumns.map(a => ({
              ColumnNames: names(a.columnNames),
              Function: a.function
            })),
            OutputConstraints: r.outputConstraints.map(c => ({
              ColumnName: c.column.name,
              Minimum: c.minimum,
              Type: c.type
            }))
          }
        }
      : r.type === 'LIST'
        ? {
            List: {
              JoinColumns: names(r.joinColumns),
              ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
              ListColumns: names(r.listColumns)
            }
          }
        : {
            Custom: {
              AllowedAnalyses: r.allowedAnalyses,
              ...(r.allowedAnalysisProviders ? { AllowedAnalysisProviders: r.allowedAnalysisProviders } : {})
            }
          }
  return {
    Name: contract.name,
    ...(contract.description ? { Description: contract.description } : {}),
    AnalysisMethod: 'DIRECT_QUERY',
    AllowedColumns: names(contract.allowedColumns),
    AnalysisRules: [{ Type: r.type, Policy: { V1: policy } }]
  }
}
