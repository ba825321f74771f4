/** The template reader tests use is local mode's own (src/local/cfn-template.ts). */
export { CFN_TAGS, parseTemplate, type Template } from '../../src/local/cfn-template.js'
