// `node --import ./__tests__/helpers/ts-register.mjs src/cli.ts …`: see ts-hooks.mjs.
import { register } from 'node:module'

register('./ts-hooks.mjs', import.meta.url)
