/** The action's post entry (dist/post): wiring only. */
import { post } from './post.js'

await post()
