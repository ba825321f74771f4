/**
 * A state machine definition (Amazon States Language JSON) → a mermaid flowchart, each state coloured by how it
 * ended in this execution. Pure. Map (ItemProcessor or the older Iterator) and Parallel (Branches) states become
 * subgraphs holding their inner states, recursively, so new nesting in the definition needs no change here.
 * Edges: Next and Default (solid), Choice rules (labelled 'choice'), Catch (dotted, labelled 'catch').
 */
import type { StateOutcome } from './timeline.js'

interface AslState {
  Type?: string
  Next?: string
  End?: boolean
  Default?: string
  Choices?: { Next?: string }[]
  Catch?: { Next?: string }[]
  Branches?: AslMachine[]
  Iterator?: AslMachine
  ItemProcessor?: AslMachine
}

interface AslMachine {
  StartAt?: string
  States?: Record<string, AslState>
}

/** Above this many states the chart would not be readable (and could grow the summary): skip it. */
export const MAX_CHART_STATES = 300

const CLASSES: Record<StateOutcome | 'notrun', string> = {
  succeeded: 'fill:#d7f5dd,stroke:#1a7f37,color:#0f3d1c',
  caught: 'fill:#fff1c2,stroke:#9a6700,color:#3d2a00',
  failed: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0b11,stroke-width:3px',
  running: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  stopped: 'fill:#eaeef2,stroke:#57606a,color:#24292f,stroke-dasharray:4 2',
  notrun: 'fill:#ffffff,stroke:#d0d7de,color:#8c959f'
}

/** Mermaid label text: quotes and angle brackets as mermaid entity codes, one line. */
function label(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
}

function countStates(m: AslMachine): number {
  let n = 0
  for (const s of Object.values(m.States ?? {})) {
    n++
    for (const inner of innerMachines(s)) n += countStates(inner)
  }
  return n
}

function innerMachines(s: AslState): AslMachine[] {
  return [...(s.ItemProcessor ? [s.ItemProcessor] : s.Iterator ? [s.Iterator] : []), ...(s.Branches ?? [])]
}

/**
 * The mermaid source (without the fence), or undefined when the definition is not usable or too large.
 * `outcomes` maps state names to how they ended; states it does not name were not run.
 */
export function renderStateChart(
  definition: string,
  outcomes: Readonly<Record<string, StateOutcome>>
): string | undefined {
  let machine: AslMachine
  try {
    machine = JSON.parse(definition) as AslMachine
  } catch {
    return undefined
  }
  if (!machine.States || typeof machine.States !== 'object') return undefined
  if (countStates(machine) > MAX_CHART_STATES) return undefined

  const lines: string[] = ['flowchart TD']
  const edges: string[] = []
  const used = new Set<StateOutcome | 'notrun'>()
  let counter = 0
  const ids = new Map<string, string>()
  const idOf = (scope: string, name: string) => {
    const key = `${scope}\u0000${name}`
    let id = ids.get(key)
    if (!id) {
      id = `s${counter++}`
      ids.set(key, id)
    }
    return id
  }

  const walk = (m: AslMachine, scope: string, indent: string, startFrom?: string): void => {
    const states = m.States ?? {}
    if (startFrom && m.StartAt && states[m.StartAt]) edges.push(`${startFrom} --> ${idOf(scope, m.StartAt)}`)
    for (const [name, s] of Object.entries(states)) {
      const id = idOf(scope, name)
      const outcome = outcomes[name] ?? 'notrun'
      used.add(outcome)
      const inner = innerMachines(s)
      if (inner.length > 0) {
        // The Map/Parallel state is a subgraph; edges to and from it attach to the subgraph itself.
        lines.push(`${indent}subgraph ${id}["${label(`${name} (${s.Type ?? 'state'})`)}"]`)
        inner.forEach((branch, i) => {
          const branchScope = `${scope}/${name}#${i}`
          if (s.Branches && inner.length > 1) {
            const bid = `${id}b${i}`
            lines.push(`${indent}  subgraph ${bid}["branch ${i + 1}"]`)
            walk(branch, branchScope, indent + '    ')
            lines.push(`${indent}  end`)
          } else walk(branch, branchScope, indent + '  ')
        })
        lines.push(`${indent}end`)
        lines.push(`${indent}class ${id} ${outcome}`)
      } else {
        const shape =
          s.Type === 'Choice'
            ? ['{', '}']
            : s.Type === 'Succeed' || s.Type === 'Fail'
              ? ['([', '])']
              : ['[', ']']
        lines.push(`${indent}${id}${shape[0]}"${label(name)}"${shape[1]}:::${outcome}`)
      }
      if (s.Next && states[s.Next]) edges.push(`${id} --> ${idOf(scope, s.Next)}`)
      if (s.Default && states[s.Default]) edges.push(`${id} --> ${idOf(scope, s.Default)}`)
      const choices = new Set(
        (s.Choices ?? []).map(c => c.Next).filter((n): n is string => !!n && !!states[n])
      )
      for (const next of choices) edges.push(`${id} -->|choice| ${idOf(scope, next)}`)
      const catches = new Set((s.Catch ?? []).map(c => c.Next).filter((n): n is string => !!n && !!states[n]))
      for (const next of catches) edges.push(`${id} -.->|catch| ${idOf(scope, next)}`)
    }
  }
  lines.push('  start((start)):::notrun')
  used.add('notrun')
  walk(machine, '', '  ', 'start')
  lines.push(...edges.map(e => `  ${e}`))
  for (const c of used) lines.push(`  classDef ${c} ${CLASSES[c]}`)
  return lines.join('\n')
}
