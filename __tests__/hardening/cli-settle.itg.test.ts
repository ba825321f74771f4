/** The CLI never exits 0 when its command did not finish (issue 8, item 1): the real entry, in a child process. */
import { describe, expect, it } from '@jest/globals'
import { cliProcess, TEST_REGISTRY } from '../helpers/cli-process.js'

const env = { CLEANROOMS_TEST_REGISTRY: TEST_REGISTRY }

describe('the CLI entry: a command that never settles', () => {
  it('exits 1 with one line on stderr when the event loop empties before the command settled', async () => {
    const r = await cliProcess(['test-never-settles'], { env })
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^error: the command stopped before it finished .*\n$/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('exits 0 and says nothing for a command that settles after a quiet moment', async () => {
    const r = await cliProcess(['test-settles-late'], { env })
    expect(r).toMatchObject({ code: 0, signal: null, stderr: '' })
  })

  it('keeps the exit code of a command that settled (usage error: 2)', async () => {
    const r = await cliProcess(['decrypt'], { env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: decrypt: --key is required/)
  })
})
