export const id = 276;
export const ids = [276];
export const modules = {

/***/ 5910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readStackOutputs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Reads the outputs of the deployed cleanrooms-connect stack (bucket, state machine ARN, …) so users pass one
 * stack-name instead of copying ARNs. A stack that is not usable (failed, rolled back, being deleted) is reported as
 * such rather than as missing outputs.
 */


// States in which the stack's resources are missing or not (yet) what the outputs describe.
const UNUSABLE = /^(CREATE_FAILED|CREATE_IN_PROGRESS|REVIEW_IN_PROGRESS|ROLLBACK_|DELETE_|UPDATE_ROLLBACK_FAILED|IMPORT_ROLLBACK_FAILED)/;
async function regionOf(cfn) {
    try {
        return await cfn.config.region();
    }
    catch {
        return 'the configured region';
    }
}
async function readStackOutputs(cfn, stackName) {
    const region = await regionOf(cfn);
    let stack;
    try {
        const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ StackName: stackName }));
        stack = out.Stacks?.[0];
    }
    catch (err) {
        const name = err?.name ?? '';
        const message = err?.message ?? '';
        if (name === 'ValidationError' && /does not exist/i.test(message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} not found in region ${region}: check stack-name and aws-region`, { cause: err });
        }
        if (/^AccessDenied/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not allowed to describe stack ${stackName} in ${region}: the role needs cloudformation:DescribeStacks on arn:aws:cloudformation:${region}:ACCOUNT:stack/${stackName}/*`, { cause: err });
        }
        throw err;
    }
    if (!stack)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} not found in region ${region}: check stack-name and aws-region`);
    const status = stack.StackStatus ?? 'UNKNOWN';
    if (UNUSABLE.test(status)) {
        const reason = stack.StackStatusReason ? ` (${stack.StackStatusReason.replace(/\s+/g, ' ')})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} in ${region} is in state ${status}${reason}: fix or redeploy the stack (see its Events in the CloudFormation console) and retry`);
    }
    const outputs = {};
    for (const o of stack.Outputs ?? []) {
        if (o.OutputKey)
            outputs[o.OutputKey] = o.OutputValue ?? '';
    }
    return outputs;
}


/***/ }),

/***/ 1276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  runCommand: () => (/* binding */ runCommand),
  startCommand: () => (/* binding */ startCommand),
  uploadCommand: () => (/* binding */ uploadCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var dist_cjs = __webpack_require__(8476);
;// CONCATENATED MODULE: ./src/pipeline/execution.ts
/**
 * Start, wait for and stop one Step Functions execution of the pipeline.
 * Step Functions has no SDK waiter, so this polls DescribeExecution with a growing interval and an injected clock.
 * Execution names are derived from the batch, so a re-run of the same workflow attempt re-attaches to the execution
 * it already started instead of processing the batch twice.
 */


const TERMINAL = new Set([
    'SUCCEEDED',
    'FAILED',
    'TIMED_OUT',
    'ABORTED',
    'PENDING_REDRIVE'
]);
const NAME_MAX = 80;
/** `<dataset>-<batch-id>`, cut to Step Functions' 80 characters of [A-Za-z0-9-_]. */
function executionName(dataset, batchId) {
    const name = `${dataset}-${batchId}`.replace(/[^A-Za-z0-9_-]/g, '-');
    return name.length <= NAME_MAX ? name : name.slice(0, NAME_MAX);
}
/** arn:aws:states:R:A:stateMachine:NAME → arn:aws:states:R:A:execution:NAME:EXEC */
function executionArnFor(stateMachineArn, name) {
    const parts = stateMachineArn.split(':');
    if (parts.length < 7 || parts[5] !== 'stateMachine') {
        throw new errors/* UserError */.yo(`state-machine-arn '${stateMachineArn}' is not a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME)`);
    }
    return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}
function errorName(err) {
    return err?.name ?? '';
}
async function startExecution(sfn, stateMachineArn, input) {
    const name = executionName(input.dataset, input.batchId);
    const body = JSON.stringify(input);
    try {
        const out = await sfn.send(new dist_cjs/* StartExecutionCommand */.MX_({ stateMachineArn, name, input: body }));
        // Same name + same input while open is idempotent: the call succeeds with the original execution.
        return { executionArn: out.executionArn, name, reattached: false };
    }
    catch (err) {
        if (errorName(err) === 'ExecutionAlreadyExists') {
            // Closed executions answer ExecutionAlreadyExists whatever the input: re-attach when it was this batch.
            const executionArn = executionArnFor(stateMachineArn, name);
            const existing = await sfn.send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn }));
            if (existing.input !== undefined && sameJson(existing.input, body))
                return { executionArn, name, reattached: true };
            throw new errors/* UserError */.yo(`execution '${name}' already exists on ${stateMachineArn} with a different input: use a new batch-id or a new workflow run attempt`);
        }
        if (errorName(err) === 'StateMachineDoesNotExist') {
            throw new errors/* UserError */.yo(`state machine ${stateMachineArn} does not exist: check state-machine-arn / stack-name and aws-region`);
        }
        if (errorName(err) === 'AccessDeniedException') {
            throw new errors/* UserError */.yo(`not allowed to start ${stateMachineArn}: the role needs states:StartExecution on it (the stack's CI role has it)`);
        }
        throw err;
    }
}
function sameJson(a, b) {
    try {
        return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
    }
    catch {
        return a === b;
    }
}
/** A sleep that ends early when the signal aborts, so a cancelled job does not sit out a 30 s poll interval. */
function abortableSleep(ms, signal) {
    if (signal?.aborted)
        return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
async function waitForExecution(sfn, executionArn, o) {
    const started = o.now();
    let interval = o.pollMs ?? 5_000;
    const maxInterval = o.maxPollMs ?? 30_000;
    let last = { status: 'RUNNING' };
    const cancelled = () => ({ executionArn, ...last, cancelled: true });
    for (;;) {
        if (o.signal?.aborted)
            return cancelled();
        let d;
        try {
            d = await sfn.send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn }), { abortSignal: o.signal });
        }
        catch (err) {
            if (o.signal?.aborted)
                return cancelled();
            throw err;
        }
        const status = (d.status ?? 'RUNNING');
        last = { status, startDate: d.startDate };
        const elapsed = o.now() - started;
        o.onPoll?.(status, elapsed);
        if (TERMINAL.has(status)) {
            const result = {
                executionArn,
                status,
                startDate: d.startDate,
                stopDate: d.stopDate,
                output: d.output,
                error: d.error,
                cause: d.cause
            };
            if (status !== 'SUCCEEDED')
                result.failedState = await failedStateName(sfn, executionArn);
            return result;
        }
        if (o.signal?.aborted)
            return cancelled();
        if (elapsed >= o.timeoutMs)
            return { executionArn, status, startDate: d.startDate, timedOut: true };
        await o.sleep(Math.min(interval, Math.max(0, o.timeoutMs - elapsed)), o.signal);
        interval = Math.min(maxInterval, interval * 2);
    }
}
/** The last state entered before a failure event: the one to look at first. */
async function failedStateName(sfn, executionArn) {
    try {
        const h = await sfn.send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({ executionArn, reverseOrder: true, maxResults: 100 }));
        return lastEnteredState(h.events ?? []);
    }
    catch {
        return undefined; // history is a nicety for the report; the status itself already says it failed
    }
}
/** Pure: events newest first → the name of the most recent StateEntered event. */
function lastEnteredState(eventsNewestFirst) {
    for (const e of eventsNewestFirst) {
        const name = e.stateEnteredEventDetails?.name;
        if (name)
            return name;
    }
    return undefined;
}
/** Stops an execution; `deadlineMs` bounds the call (retries included) so a cancelled job ends in time. */
async function stopExecution(sfn, executionArn, cause, deadlineMs) {
    await sfn.send(new dist_cjs/* StopExecutionCommand */.WP$({ executionArn, error: 'CleanroomsConnect.Cancelled', cause }), deadlineMs ? { abortSignal: AbortSignal.timeout(deadlineMs) } : {});
}

;// CONCATENATED MODULE: ./src/jobs/context.ts
/**
 * What a job may touch besides its Settings: logging, secrets masking, the OIDC token, time and cancellation.
 * The action, the CLI and the tests each pass their own; nothing below reads process globals directly.
 */

/** A context for the CLI and scripts: plain stderr logging, no OIDC. */
function cliContext(o) {
    return {
        env: o.env,
        cwd: o.cwd,
        log: line => o.stderr(line + '\n'),
        warn: line => o.stderr(`warning: ${line}\n`),
        mask: () => { },
        getIDToken: () => Promise.reject(new Error('no GitHub OIDC token outside GitHub Actions')),
        signal: o.signal,
        now: Date.now,
        sleep: abortableSleep
    };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/delivery.ts

function delivery_text(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function count(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** The delivery of an execution output, or undefined when the output is not a success summary (older stacks). */
function parseDelivery(output, dataBucket) {
    if (!output)
        return undefined;
    let o;
    try {
        o = JSON.parse(output);
    }
    catch {
        return undefined;
    }
    const location = delivery_text(o.output);
    if (!location?.startsWith('s3://'))
        return undefined;
    const mode = o.outputMode === 'replace' || o.outputMode === 'append' ? o.outputMode : undefined;
    const archivePrefix = delivery_text(o.archivePrefix);
    return {
        output: location,
        glueDatabase: delivery_text(o.glueDatabase),
        glueTable: delivery_text(o.glueTable),
        outputMode: mode,
        outputObjects: count(o.outputObjects),
        decryptedObjects: count(o.decryptedObjects),
        dataBrewRunId: delivery_text(o.dataBrewRunId),
        archive: archivePrefix && dataBucket ? `s3://${dataBucket}/${archivePrefix}` : undefined
    };
}
/** Step outputs: output-uri, glue-table (database.table), archive-uri. */
function deliveryOutputs(d) {
    const out = { 'output-uri': d.output };
    if (d.glueDatabase && d.glueTable)
        out['glue-table'] = `${d.glueDatabase}.${d.glueTable}`;
    if (d.archive)
        out['archive-uri'] = d.archive;
    if (d.cleanRooms)
        out['configured-table-id'] = d.cleanRooms.configuredTableId;
    return out;
}
/** Console link of a Glue table; the region comes from the execution ARN. */
function glueTableConsoleUrl(region, database, table) {
    return `https://${region}.console.aws.amazon.com/glue/home?region=${region}#/v2/data-catalog/tables/view/${encodeURIComponent(table)}?database=${encodeURIComponent(database)}`;
}
/** Console links of Clean Rooms resources (routes of the console's single-page app, as of 2026). */
function configuredTableConsoleUrl(region, id) {
    return `https://${region}.console.aws.amazon.com/cleanrooms/home?region=${region}#/configured-tables/${encodeURIComponent(id)}`;
}
function membershipConsoleUrl(region, membershipId) {
    return `https://${region}.console.aws.amazon.com/cleanrooms/home?region=${region}#/memberships/${encodeURIComponent(membershipId)}`;
}
function renderDelivery(d, batchId, region) {
    const lines = ['### Where the data went', '', '| | |', '|---|---|'];
    if (d.glueDatabase && d.glueTable) {
        const name = `${d.glueDatabase}.${d.glueTable}`;
        const how = d.outputMode === 'append'
            ? ` (append: partition ${(0,format/* codeSpan */.SS)(`batch=${batchId}`)} added)`
            : d.outputMode === 'replace'
                ? ' (replace: the table now shows this batch only)'
                : '';
        lines.push(`| Glue table | [${(0,format/* escapeMarkdown */.FV)(name)}](${glueTableConsoleUrl(region, d.glueDatabase, d.glueTable)})${how} |`);
    }
    const objects = d.outputObjects !== undefined ? ` (${d.outputObjects} Parquet object(s))` : '';
    lines.push(`| Output | ${(0,format/* codeSpan */.SS)(d.output)}${objects} |`);
    if (d.decryptedObjects !== undefined)
        lines.push(`| Files decrypted | ${d.decryptedObjects} |`);
    if (d.dataBrewRunId)
        lines.push(`| DataBrew run | ${(0,format/* codeSpan */.SS)(d.dataBrewRunId)} |`);
    if (d.archive)
        lines.push(`| Archive (ciphertext and manifest) | ${(0,format/* codeSpan */.SS)(d.archive)} |`);
    if (d.cleanRooms) {
        const { configuredTableId, associationArn, membershipId } = d.cleanRooms;
        lines.push(`| Clean Rooms configured table | [${(0,format/* codeSpan */.SS)(configuredTableId)}](${configuredTableConsoleUrl(region, configuredTableId)}) |`);
        if (associationArn && membershipId) {
            lines.push(`| Associated to membership | [${(0,format/* codeSpan */.SS)(membershipId)}](${membershipConsoleUrl(region, membershipId)}): partners query this batch from now on |`);
        }
        else
            lines.push('| Associated to membership | none (set CleanRoomsMembershipId on the stack) |');
    }
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/report/execution-summary.ts
/**
 * How a pipeline execution ended, for the job summary, the console and the step outputs. Pure.
 */


/** Rows of the timeline table; a Map over many files enters its states many times but they are one row each. */
const MAX_TIMELINE_ROWS = 150;
const OUTCOME_TEXT = {
    succeeded: '✅ succeeded',
    caught: '⚠️ failed, caught',
    failed: '❌ failed',
    running: '⏳ running',
    stopped: '⏹️ stopped'
};
function renderTimeline(r) {
    const t = r.timeline;
    if (!t || t.rows.length === 0)
        return [];
    const lines = [
        '### Timeline',
        '',
        '| state | started (UTC) | duration | entries | retries | outcome |',
        '|---|---|--:|--:|--:|---|'
    ];
    for (const row of t.rows.slice(0, MAX_TIMELINE_ROWS)) {
        const started = row.start.toISOString().slice(11, 19);
        const duration = row.durationMs !== undefined ? (0,format/* formatDuration */.a3)(row.durationMs) : '…';
        const name = row.name === t.failedState ? `**${(0,format/* escapeMarkdown */.FV)(row.name)}**` : (0,format/* escapeMarkdown */.FV)(row.name);
        lines.push(`| ${name} | ${started} | ${duration} | ${row.entries} | ${row.retries} | ${OUTCOME_TEXT[row.outcome]} |`);
    }
    const more = t.rows.length - MAX_TIMELINE_ROWS;
    if (more > 0)
        lines.push('', `… and ${more} more states (see the execution in the console).`);
    if (r.historyTruncated)
        lines.push('', 'The history is longer than what was read: later states are not shown.');
    lines.push('');
    return lines;
}
function renderChart(r) {
    if (!r.chart)
        return [];
    return [
        '<details open><summary>State machine</summary>',
        '',
        '```mermaid',
        r.chart,
        '```',
        '',
        'Green: succeeded · yellow: failed and caught · red: failed · blue: running · grey: stopped · white: not run.',
        '',
        '</details>',
        ''
    ];
}
/** https://console.aws.amazon.com/states/… link for the execution; the region is in the ARN. */
function executionConsoleUrl(executionArn) {
    const region = executionArn.split(':')[3] ?? 'us-east-1';
    return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${encodeURIComponent(executionArn)}`;
}
function oneLine(text, max = 500) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
function executionSucceeded(r) {
    return r.status === 'SUCCEEDED' || (!r.waited && r.status === 'RUNNING');
}
function renderExecutionSummary(r) {
    const lines = [];
    const icon = r.status === 'SUCCEEDED' ? '✅' : r.status === 'RUNNING' ? '⏳' : '❌';
    const state = r.cancelled
        ? r.stopped
            ? 'stopped: the job was cancelled'
            : `left ${r.status}: the job was cancelled`
        : r.timedOut
            ? `still ${r.status} when timeout-minutes ran out`
            : r.status;
    lines.push(`## ${icon} Pipeline ${(0,format/* escapeMarkdown */.FV)(state)} for batch ${(0,format/* escapeMarkdown */.FV)(r.batchId)}`, '');
    // What failed comes first: the reader's question is "where, and why".
    if (r.failedState && r.status !== 'SUCCEEDED') {
        const error = r.error ? `: ${(0,format/* codeSpan */.SS)(oneLine(r.error, 200))}` : '';
        lines.push(`**Failed in state ${(0,format/* codeSpan */.SS)(r.failedState)}**${error}`, '');
        if (r.cause)
            lines.push(`> ${(0,format/* escapeMarkdown */.FV)(oneLine(r.cause))}`, '');
    }
    if (r.startDate && r.stopDate) {
        lines.push(`Ran ${(0,format/* formatDuration */.a3)(r.stopDate.getTime() - r.startDate.getTime())}.`, '');
    }
    lines.push(`- Execution: [${(0,format/* escapeMarkdown */.FV)(r.executionArn.split(':').pop() ?? r.executionArn)}](${executionConsoleUrl(r.executionArn)})${r.reattached ? ' (re-attached: this batch had already started it)' : ''}`);
    if (!r.waited)
        lines.push('- Not waited for (wait: false): check the execution for the outcome.');
    if (!r.failedState && r.error)
        lines.push(`- Error: ${(0,format/* codeSpan */.SS)(oneLine(r.error, 200))}`);
    if (!r.failedState && r.cause)
        lines.push(`- Cause: ${(0,format/* escapeMarkdown */.FV)(oneLine(r.cause))}`);
    lines.push('');
    if (r.status === 'SUCCEEDED' && r.delivery) {
        lines.push(...renderDelivery(r.delivery, r.batchId, r.executionArn.split(':')[3] ?? 'us-east-1'));
    }
    lines.push(...renderTimeline(r), ...renderChart(r));
    return lines.join('\n') + '\n';
}
function renderExecutionLog(r) {
    if (r.cancelled)
        return `execution ${r.executionArn} ${r.stopped ? 'stopped (ABORTED)' : `still ${r.status}`}: the job was cancelled`;
    if (!r.waited)
        return `execution ${r.executionArn} started (not waiting)`;
    if (r.timedOut)
        return `execution ${r.executionArn} still ${r.status} after timeout-minutes; it keeps running in AWS`;
    const where = r.failedState ? ` in state ${r.failedState}` : '';
    const why = r.error || r.cause ? `: ${oneLine([r.error, r.cause].filter(Boolean).join(': '), 300)}` : '';
    return `execution ${r.status}${r.status === 'SUCCEEDED' ? '' : where + why}`;
}
/** The one-line failure message of a run whose pipeline did not succeed. */
function executionFailureMessage(r) {
    if (r.cancelled) {
        return r.stopped
            ? `cancelled while waiting for pipeline execution ${r.executionArn}: stopped it (stop-on-cancel)`
            : `cancelled while waiting for pipeline execution ${r.executionArn}: it is still ${r.status} in AWS (stop it in the console, or set stop-on-cancel: true)`;
    }
    if (r.timedOut) {
        return `pipeline execution ${r.executionArn} did not finish within timeout-minutes (still ${r.status}); raise timeout-minutes or use wait: false`;
    }
    const where = r.failedState ? ` in state ${r.failedState}` : '';
    const why = r.error ? ` (${oneLine(r.error, 200)})` : '';
    return `pipeline execution ${r.status}${where}${why}: see ${executionConsoleUrl(r.executionArn)}`;
}

;// CONCATENATED MODULE: ./src/report/upload-summary.ts
/**
 * What an upload did, rendered for the job summary (markdown), the console (one line) and the step outputs.
 * Pure: takes the report as data. All user text (file names, keys, dataset) is escaped.
 */

/** Rows shown in the summary table; the rest are counted. Keeps the summary far below the 1 MiB step limit. */
const MAX_SUMMARY_ROWS = 200;
/** Longest file name shown; longer ones are cut (the manifest has them in full). */
const MAX_NAME_CHARS = 300;
function totals(r) {
    let plaintext = 0;
    let stored = 0;
    for (const o of r.objects) {
        plaintext += o.plaintextSize;
        stored += o.storedSize;
    }
    return { plaintext, stored };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function batchUri(r) {
    return `s3://${r.bucket}/${r.prefix}`;
}
function renderUploadSummary(r) {
    const { plaintext, stored } = totals(r);
    const lines = [];
    const verb = r.reused ? 'already complete (reused, nothing uploaded)' : 'uploaded';
    lines.push(`## Batch ${(0,format/* escapeMarkdown */.FV)(r.batchId)} of dataset ${(0,format/* escapeMarkdown */.FV)(r.dataset)} ${verb}`, '');
    const speed = r.reused ? '' : `, ${(0,format/* formatRate */.CE)(plaintext, r.durationMs)}`;
    lines.push(`**${plural(r.objects.length, 'file')}**, ${(0,format/* formatBytes */.z3)(plaintext)} → ${(0,format/* formatBytes */.z3)(stored)} (${(0,format/* ratio */.CG)(stored, plaintext)}), ` +
        `${(0,format/* formatDuration */.a3)(r.durationMs)}${speed} · compression ${(0,format/* escapeMarkdown */.FV)(r.compression)}`, '');
    if (r.objects.length > 0) {
        lines.push('| file | size | stored | ratio | plaintext sha256 |', '|---|--:|--:|--:|---|');
        for (const o of r.objects.slice(0, MAX_SUMMARY_ROWS)) {
            lines.push(`| ${(0,format/* escapeMarkdown */.FV)((0,format/* truncate */.xv)(o.originalName, MAX_NAME_CHARS))} | ${(0,format/* formatBytes */.z3)(o.plaintextSize)} | ` +
                `${(0,format/* formatBytes */.z3)(o.storedSize)} | ${(0,format/* ratio */.CG)(o.storedSize, o.plaintextSize)} | ${shaCell(o.plaintextSha256)} |`);
        }
        const more = r.objects.length - MAX_SUMMARY_ROWS;
        if (more > 0)
            lines.push('', `… and ${more} more (all listed in the manifest)`);
        lines.push('');
    }
    lines.push(`- Batch: ${(0,format/* escapeMarkdown */.FV)(batchUri(r))}`, `- Manifest: ${(0,format/* escapeMarkdown */.FV)(r.manifestUri)}`);
    if (r.recipients.length > 0)
        lines.push(`- Encrypted to: ${r.recipients.map(f => shaCell(f)).join(', ')}`);
    const provenance = Object.entries(r.provenance ?? {}).filter(([, source]) => source !== 'input');
    if (provenance.length > 0) {
        lines.push(`- Settings: ${provenance.map(([name, source]) => `${(0,format/* escapeMarkdown */.FV)(name)} from ${(0,format/* escapeMarkdown */.FV)(source)}`).join('; ')}`);
    }
    return lines.join('\n') + '\n';
}
/** A dry run: where the batch would go and what it would hold; nothing was written. */
function renderDryRunSummary(r) {
    const plaintext = totals(r).plaintext;
    const lines = [
        `## Dry run: batch ${(0,format/* escapeMarkdown */.FV)(r.batchId)} of dataset ${(0,format/* escapeMarkdown */.FV)(r.dataset)} not uploaded`,
        '',
        `Would upload **${plural(r.objects.length, 'file')}**, ${(0,format/* formatBytes */.z3)(plaintext)}, to ${(0,format/* codeSpan */.SS)(batchUri(r))} ` +
            `(compression ${(0,format/* escapeMarkdown */.FV)(r.compression)}). Nothing was written to S3 (dry-run: true).`,
        ''
    ];
    if (r.objects.length > 0) {
        lines.push('| file | size |', '|---|--:|');
        for (const o of r.objects.slice(0, MAX_SUMMARY_ROWS))
            lines.push(`| ${(0,format/* escapeMarkdown */.FV)((0,format/* truncate */.xv)(o.originalName, MAX_NAME_CHARS))} | ${(0,format/* formatBytes */.z3)(o.plaintextSize)} |`);
        const more = r.objects.length - MAX_SUMMARY_ROWS;
        if (more > 0)
            lines.push('', `… and ${more} more`);
        lines.push('');
    }
    if (r.recipients.length > 0)
        lines.push(`- Would encrypt to: ${r.recipients.map(f => shaCell(f)).join(', ')}`);
    return lines.join('\n') + '\n';
}
/** No file matched and fail-on-empty is false: say what was looked for, and where. */
function renderEmptySummary(o) {
    return ([
        `## No files for dataset ${(0,format/* escapeMarkdown */.FV)(o.dataset)}: nothing uploaded`,
        '',
        `No file matches ${o.patterns.map(p => (0,format/* codeSpan */.SS)(p)).join(', ')} in ${(0,format/* codeSpan */.SS)(o.workingDirectory)}. ` +
            'The step succeeds because fail-on-empty is false; no batch was created.'
    ].join('\n') + '\n');
}
/** `start` with dry-run: the batch exists; the execution was not started. */
function renderStartDryRunSummary(o) {
    return ([
        '## Dry run: pipeline not started',
        '',
        `Would start ${(0,format/* codeSpan */.SS)(o.stateMachineArn)} for the complete batch ${(0,format/* codeSpan */.SS)(o.manifestUri)} (dry-run: true).`
    ].join('\n') + '\n');
}
/** Hex digests and fingerprints in a code span; anything else (never expected) is escaped as text. */
function shaCell(value) {
    return /^[0-9A-Fa-f]+$/.test(value) ? `\`${value}\`` : (0,format/* escapeMarkdown */.FV)(value);
}
/** One line for the console. */
function renderUploadLog(r) {
    const { plaintext, stored } = totals(r);
    const sizes = `${(0,format/* formatBytes */.z3)(plaintext)} → ${(0,format/* formatBytes */.z3)(stored)}, ${(0,format/* ratio */.CG)(stored, plaintext)}`;
    const name = (s) => s.replace(/[\r\n]+/g, ' ');
    if (r.reused) {
        return `batch ${name(r.batchId)} already complete at ${name(batchUri(r))} (${plural(r.objects.length, 'file')}, ${sizes}): reused, nothing uploaded`;
    }
    return (`uploaded ${plural(r.objects.length, 'file')} (${sizes}) to ${name(batchUri(r))} in ` +
        `${(0,format/* formatDuration */.a3)(r.durationMs)} (${(0,format/* formatRate */.CE)(plaintext, r.durationMs)})`);
}
/** Step outputs of an upload (the pipeline adds execution-arn and replaces status when it runs). */
function uploadOutputs(r) {
    return {
        'batch-id': r.batchId,
        'batch-uri': batchUri(r),
        manifest: r.manifestUri,
        files: String(r.objects.length),
        bytes: String(totals(r).plaintext),
        status: r.reused ? 'reused' : 'uploaded'
    };
}

;// CONCATENATED MODULE: ./src/report/state-chart.ts
/** Above this many states the chart would not be readable (and could grow the summary): skip it. */
const MAX_CHART_STATES = 300;
const CLASSES = {
    succeeded: 'fill:#d7f5dd,stroke:#1a7f37,color:#0f3d1c',
    caught: 'fill:#fff1c2,stroke:#9a6700,color:#3d2a00',
    failed: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0b11,stroke-width:3px',
    running: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    stopped: 'fill:#eaeef2,stroke:#57606a,color:#24292f,stroke-dasharray:4 2',
    notrun: 'fill:#ffffff,stroke:#d0d7de,color:#8c959f'
};
/** Mermaid label text: quotes and angle brackets as mermaid entity codes, one line. */
function label(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, '#96;');
}
function countStates(m) {
    let n = 0;
    for (const s of Object.values(m.States ?? {})) {
        n++;
        for (const inner of innerMachines(s))
            n += countStates(inner);
    }
    return n;
}
function innerMachines(s) {
    return [...(s.ItemProcessor ? [s.ItemProcessor] : s.Iterator ? [s.Iterator] : []), ...(s.Branches ?? [])];
}
/**
 * The mermaid source (without the fence), or undefined when the definition is not usable or too large.
 * `outcomes` maps state names to how they ended; states it does not name were not run.
 */
function renderStateChart(definition, outcomes) {
    let machine;
    try {
        machine = JSON.parse(definition);
    }
    catch {
        return undefined;
    }
    if (!machine.States || typeof machine.States !== 'object')
        return undefined;
    if (countStates(machine) > MAX_CHART_STATES)
        return undefined;
    const lines = ['flowchart TD'];
    const edges = [];
    const used = new Set();
    let counter = 0;
    const ids = new Map();
    const idOf = (scope, name) => {
        const key = `${scope}\u0000${name}`;
        let id = ids.get(key);
        if (!id) {
            id = `s${counter++}`;
            ids.set(key, id);
        }
        return id;
    };
    const walk = (m, scope, indent, startFrom) => {
        const states = m.States ?? {};
        if (startFrom && m.StartAt && states[m.StartAt])
            edges.push(`${startFrom} --> ${idOf(scope, m.StartAt)}`);
        for (const [name, s] of Object.entries(states)) {
            const id = idOf(scope, name);
            const outcome = outcomes[name] ?? 'notrun';
            used.add(outcome);
            const inner = innerMachines(s);
            if (inner.length > 0) {
                // The Map/Parallel state is a subgraph; edges to and from it attach to the subgraph itself.
                lines.push(`${indent}subgraph ${id}["${label(`${name} (${s.Type ?? 'state'})`)}"]`);
                inner.forEach((branch, i) => {
                    const branchScope = `${scope}/${name}#${i}`;
                    if (s.Branches && inner.length > 1) {
                        const bid = `${id}b${i}`;
                        lines.push(`${indent}  subgraph ${bid}["branch ${i + 1}"]`);
                        walk(branch, branchScope, indent + '    ');
                        lines.push(`${indent}  end`);
                    }
                    else
                        walk(branch, branchScope, indent + '  ');
                });
                lines.push(`${indent}end`);
                lines.push(`${indent}class ${id} ${outcome}`);
            }
            else {
                const shape = s.Type === 'Choice'
                    ? ['{', '}']
                    : s.Type === 'Succeed' || s.Type === 'Fail'
                        ? ['([', '])']
                        : ['[', ']'];
                lines.push(`${indent}${id}${shape[0]}"${label(name)}"${shape[1]}:::${outcome}`);
            }
            if (s.Next && states[s.Next])
                edges.push(`${id} --> ${idOf(scope, s.Next)}`);
            if (s.Default && states[s.Default])
                edges.push(`${id} --> ${idOf(scope, s.Default)}`);
            const choices = new Set((s.Choices ?? []).map(c => c.Next).filter((n) => !!n && !!states[n]));
            for (const next of choices)
                edges.push(`${id} -->|choice| ${idOf(scope, next)}`);
            const catches = new Set((s.Catch ?? []).map(c => c.Next).filter((n) => !!n && !!states[n]));
            for (const next of catches)
                edges.push(`${id} -.->|catch| ${idOf(scope, next)}`);
        }
    };
    lines.push('  start((start)):::notrun');
    used.add('notrun');
    walk(machine, '', '  ', 'start');
    lines.push(...edges.map(e => `  ${e}`));
    for (const c of used)
        lines.push(`  classDef ${c} ${CLASSES[c]}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/timeline.ts
/**
 * An execution's history (GetExecutionHistory events, oldest first) → one row per state: when it was first entered,
 * how long it ran, how many retries, and how it ended; plus the state that failed and why. Pure: the event shape is
 * declared here (structurally what @aws-sdk/client-sfn returns), so the report never imports the SDK.
 *
 * Attribution: each event names its state only on StateEntered/StateExited; every other event is attributed through
 * previousEventId to the state whose entry it follows. That stays right inside Map iterations and Parallel branches,
 * where states of different iterations interleave.
 */
const FAILURE = /(Failed|TimedOut)$/;
const ATTEMPT = /(TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/;
function failureDetails(e) {
    return (e.taskFailedEventDetails ??
        e.taskTimedOutEventDetails ??
        e.lambdaFunctionFailedEventDetails ??
        e.lambdaFunctionTimedOutEventDetails ??
        e.executionFailedEventDetails ??
        e.executionTimedOutEventDetails ??
        {});
}
function buildTimeline(events, executionStatus) {
    const stateOf = new Map();
    const work = new Map();
    let executionEnd;
    let executionError;
    let lastEntered;
    for (const e of events) {
        const type = e.type ?? '';
        const at = e.timestamp?.getTime();
        const entered = type.endsWith('StateEntered') ? e.stateEnteredEventDetails?.name : undefined;
        const exited = type.endsWith('StateExited') ? e.stateExitedEventDetails?.name : undefined;
        const name = entered ?? exited ?? (e.previousEventId !== undefined ? stateOf.get(e.previousEventId) : undefined);
        if (e.id !== undefined && name !== undefined && !exited)
            stateOf.set(e.id, name);
        if (type.startsWith('Execution')) {
            if (/^Execution(Succeeded|Failed|Aborted|TimedOut)$/.test(type))
                executionEnd = at;
            if (type === 'ExecutionFailed' || type === 'ExecutionTimedOut')
                executionError = failureDetails(e);
            if (type === 'ExecutionAborted')
                executionError = e.executionAbortedEventDetails ?? {};
            continue;
        }
        if (entered) {
            lastEntered = entered;
            let w = work.get(entered);
            if (!w) {
                w = {
                    row: {
                        name: entered,
                        start: e.timestamp ?? new Date(0),
                        entries: 0,
                        retries: 0,
                        outcome: 'running'
                    },
                    attempts: 0,
                    failures: 0
                };
                work.set(entered, w);
            }
            w.row.entries++;
            w.row.outcome = 'running';
            w.openFailure = undefined;
            continue;
        }
        const w = name !== undefined ? work.get(name) : undefined;
        if (!w)
            continue;
        if (exited) {
            w.lastExit = at;
            w.row.outcome = w.openFailure ? 'caught' : 'succeeded';
            if (w.openFailure)
                Object.assign(w.row, w.openFailure);
            w.openFailure = undefined;
        }
        else if (ATTEMPT.test(type)) {
            w.attempts++;
            // A new attempt after a failure within the same entry is a Retry.
            if (w.openFailure)
                w.row.retries++;
            w.openFailure = undefined;
        }
        else if (FAILURE.test(type)) {
            w.failures++;
            w.openFailure = failureDetails(e);
            w.lastFailure = e.id ?? w.lastFailure;
        }
    }
    const failed = executionStatus !== undefined && executionStatus !== 'SUCCEEDED' && executionStatus !== 'RUNNING';
    const all = [...work.values()];
    for (const w of all) {
        const end = w.lastExit ?? executionEnd;
        if (end !== undefined)
            w.row.durationMs = Math.max(0, end - w.row.start.getTime());
        if (w.row.outcome === 'running' && executionEnd !== undefined) {
            w.row.outcome = executionStatus === 'FAILED' || executionStatus === 'TIMED_OUT' ? 'failed' : 'stopped';
            if (w.openFailure)
                Object.assign(w.row, w.openFailure);
        }
    }
    const rows = all.map(w => w.row).sort((a, b) => a.start.getTime() - b.start.getTime());
    // Where it failed: the state of the latest task failure (a Catch may have routed it on to notify and Fail);
    // without one, the state entered last (a Fail state, or where it was stopped).
    const culprit = failed
        ? all
            .filter(w => w.lastFailure !== undefined && w.row.outcome !== 'succeeded')
            .sort((a, b) => b.lastFailure - a.lastFailure)[0]
        : undefined;
    const failedState = failed ? (culprit?.row.name ?? lastEntered) : undefined;
    const outcomes = {};
    for (const r of rows)
        outcomes[r.name] = r.outcome;
    return {
        rows,
        failedState,
        error: culprit?.row.error ?? executionError?.error,
        cause: culprit?.row.cause ?? executionError?.cause,
        outcomes
    };
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5408);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/aws/refreshing-credentials.ts
const DEFAULT_REFRESH_BEFORE_MS = 10 * 60_000;
/** After a failed refresh while the current credentials still work, wait this long before trying again. */
const RETRY_FAILED_REFRESH_MS = 60_000;
function refreshingCredentials(initial, refresh, o) {
    const before = o.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
    let current = initial;
    let pending;
    let retryAt = 0;
    const startRefresh = (expiresAt) => refresh()
        .then(next => {
        current = next;
        retryAt = 0;
        o.log?.(`refreshed AWS credentials${next.expiration ? ` (valid until ${next.expiration.toISOString()})` : ''}`);
        return next;
    })
        .catch((err) => {
        // Still valid: keep working with them and try again a little later; expired: nothing left to offer.
        if (o.now() < expiresAt) {
            retryAt = o.now() + RETRY_FAILED_REFRESH_MS;
            o.log?.(`could not refresh AWS credentials (${err instanceof Error ? err.message : String(err)}); the current ones stay valid until ${new Date(expiresAt).toISOString()}`);
            return current;
        }
        throw err;
    })
        .finally(() => {
        pending = undefined;
    });
    return () => {
        const expiresAt = current.expiration?.getTime();
        if (expiresAt === undefined)
            return Promise.resolve(current);
        const now = o.now();
        if (now < expiresAt - before || (now < retryAt && now < expiresAt))
            return Promise.resolve(current);
        pending ??= startRefresh(expiresAt);
        return pending;
    };
}

;// CONCATENATED MODULE: ./src/aws/retry.ts
/**
 * The one retry loop of the project: full-jitter exponential backoff with injected sleep and randomness, so tests
 * run instantly and deterministically. The AWS SDK clients keep their own (configurable) per-request retries; this loop
 * is for the calls we sequence ourselves (OIDC token, STS, polling steps).
 */

const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Full jitter (delay drawn uniformly below the exponential cap) spreads retrying runners apart. */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return Math.floor(random() * cap);
}
async function retry(fn, opts) {
    const { attempts, baseMs, maxMs } = opts;
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new RangeError(`retry: attempts must be an integer ≥ 1, got ${attempts}`);
    if (!(baseMs >= 0) || !(maxMs >= 0))
        throw new RangeError('retry: baseMs and maxMs must be ≥ 0');
    const sleep = opts.sleep ?? defaultSleep;
    const random = opts.random ?? Math.random;
    const isRetryable = opts.isRetryable ?? isTransientAwsError;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= attempts || !isRetryable(err))
                throw err;
            const delay = backoffDelay(attempt, baseMs, maxMs, random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay);
        }
    }
}
// Error names the SDK (and S3/STS query protocols) use for throttling and transient faults; the SDK's own classifier
// (@smithy/core retry/service-error-classification) has the same lists, checked 2026-11-22.
const TRANSIENT_NAMES = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'TransactionInProgressException',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
    'InternalError',
    'InternalFailure',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    // STS: the identity provider (token.actions.githubusercontent.com) did not answer STS in time.
    'IDPCommunicationError',
    'IDPCommunicationErrorException'
]);
// ENOTFOUND is left out on purpose (unlike the SDK): a mistyped endpoint host does not heal by waiting.
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN'
]);
// STS answers InvalidIdentityToken both for a bad token (permanent) and when it could not fetch the provider's
// signing keys ("Couldn't retrieve verification key from your identity provider"), which is a passing outage.
const TOKEN_FETCH_FAILURE = /couldn'?t retrieve verification key|could not (?:be )?(?:fetch|retriev)|unable to (?:fetch|retrieve)/i;
/** True for throttling, 5xx, timeouts and dropped connections; false for anything a retry cannot fix. */
function isTransientAwsError(err, depth = 0) {
    if (err === null || typeof err !== 'object')
        return false;
    if (err instanceof errors/* UserError */.yo)
        return false;
    const e = err;
    const name = typeof e.name === 'string' ? e.name : '';
    if (name === 'AbortError')
        return false;
    if (e.$retryable !== undefined)
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (typeof status === 'number' && (status === 429 || (status >= 500 && status <= 599)))
        return true;
    if (TRANSIENT_NAMES.has(name))
        return true;
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code))
        return true;
    if ((name === 'InvalidIdentityToken' || name === 'InvalidIdentityTokenException') &&
        typeof e.message === 'string') {
        return TOKEN_FETCH_FAILURE.test(e.message);
    }
    return e.cause !== undefined && depth < 5 && isTransientAwsError(e.cause, depth + 1);
}

;// CONCATENATED MODULE: ./src/aws/oidc-claims.ts
/** JWT → { sub, aud }; empty when the token is not a readable JWT. Pure. */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return {};
    try {
        const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const aud = Array.isArray(data.aud)
            ? data.aud.filter(a => typeof a === 'string').join(', ')
            : typeof data.aud === 'string'
                ? data.aud
                : undefined;
        return { sub: typeof data.sub === 'string' ? data.sub : undefined, aud };
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
/**
 * AWS credentials for a run, in this order:
 * - role-to-assume + a GitHub OIDC token available → STS AssumeRoleWithWebIdentity (no stored AWS keys at all);
 * - role-to-assume inside GitHub Actions but no OIDC token → stop and say how to get one;
 * - role-to-assume outside Actions (CLI, @github/local-action) → default chain credentials → STS AssumeRole;
 * - no role → the SDK default chain, resolved lazily by each client.
 * Every secret is handed to `mask` the moment it exists. STS calls carry a request timeout and are retried with full
 * jitter; STS errors are rewritten into the thing to fix.
 *
 * An assumed role's credentials come as a provider that re-assumes (with a fresh OIDC token in Actions) shortly before
 * they expire, so a wait longer than role-duration-seconds keeps working: see refreshing-credentials.ts.
 */






const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_ATTEMPTS = 4;
const BACKOFF = { baseMs: 1_000, maxMs: 10_000 };
const NO_OIDC_TOKEN_MESSAGE = 'role-to-assume is set but no OIDC token is available: add `permissions: id-token: write` to the job (fork pull requests never get one)';
function hasOidcRequestEnv(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
async function resolveCredentials(o) {
    if (!o.roleToAssume)
        return { source: 'default-chain' };
    const ctx = {
        roleArn: o.roleToAssume,
        sessionName: o.roleSessionName,
        duration: o.durationSeconds,
        audience: o.audience,
        timeoutMs: o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
        attempts: o.attempts ?? DEFAULT_ATTEMPTS,
        region: o.region,
        env: o.env,
        environment: o.environment
    };
    const retryOpts = { attempts: ctx.attempts, ...BACKOFF, sleep: o.sleep, random: o.random };
    const inActions = o.env.GITHUB_ACTIONS === 'true';
    const oidc = hasOidcRequestEnv(o.env);
    if (!oidc && inActions)
        throw new errors/* UserError */.yo(NO_OIDC_TOKEN_MESSAGE);
    const source = oidc ? 'oidc' : 'assume-role';
    const assume = () => oidc ? assumeWithOidc(ctx, o, retryOpts) : assumeWithCallerCredentials(ctx, o, retryOpts);
    const first = await assume();
    const credentials = refreshingCredentials(first.credentials, async () => (await assume()).credentials, {
        now: o.now ?? Date.now,
        refreshBeforeMs: o.refreshBeforeMs,
        log: o.log
    });
    return { source, credentials, identity: first.identity };
}
/** One STS client per session: a refresh hours later gets a fresh connection. */
async function withSts(ctx, o, fn) {
    const sts = (0,clients/* createStsClient */.uW)({
        region: o.region,
        endpointUrl: o.stsEndpoint,
        requestTimeoutMs: ctx.timeoutMs,
        maxAttempts: 1
    });
    try {
        return await fn(sts);
    }
    finally {
        sts.destroy();
    }
}
/** A fresh GitHub OIDC token → AssumeRoleWithWebIdentity. */
async function assumeWithOidc(ctx, o, retryOpts) {
    const token = await retry(async () => {
        const t = await o.getIDToken(ctx.audience);
        if (!t)
            throw new Error('the OIDC token endpoint returned an empty token');
        return t;
    }, 
    // Any failure to fetch the token is worth another try; a missing permission is caught before.
    { ...retryOpts, isRetryable: err => !(err instanceof errors/* UserError */.yo) }).catch((err) => {
        throw new errors/* UserError */.yo(`could not get a GitHub OIDC token for audience '${ctx.audience}': ${credentials_oneLine(err)}; check that the job has \`permissions: id-token: write\``, { cause: err });
    });
    o.mask(token);
    ctx.claims = tokenClaims(token);
    const out = await withSts(ctx, o, sts => callSts(ctx, retryOpts, 'AssumeRoleWithWebIdentity', () => sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
        RoleArn: ctx.roleArn,
        RoleSessionName: ctx.sessionName,
        DurationSeconds: ctx.duration,
        WebIdentityToken: token
    }))));
    return toIdentity(out.Credentials, out.AssumedRoleUser?.Arn, o.mask, ctx.roleArn);
}
/** The SDK default chain's credentials → AssumeRole (CLI, @github/local-action). */
async function assumeWithCallerCredentials(ctx, o, retryOpts) {
    const out = await withSts(ctx, o, sts => callSts(ctx, retryOpts, 'AssumeRole', () => sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: ctx.roleArn,
        RoleSessionName: ctx.sessionName,
        DurationSeconds: ctx.duration
    }))));
    return toIdentity(out.Credentials, out.AssumedRoleUser?.Arn, o.mask, ctx.roleArn);
}
async function callSts(ctx, retryOpts, action, send) {
    try {
        return await retry(send, { ...retryOpts, isRetryable: isTransientAwsError });
    }
    catch (err) {
        throw explainStsError(err, action, ctx);
    }
}
function toIdentity(c, arn, mask, roleArn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new errors/* UserError */.yo(`STS returned no credentials for ${roleArn}: retry the job`);
    // Mask before anything else touches them.
    mask(c.AccessKeyId);
    mask(c.SecretAccessKey);
    if (c.SessionToken)
        mask(c.SessionToken);
    const credentials = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {})
    };
    return { credentials, identity: { arn, expiration: c.Expiration } };
}
/**
 * The `sub` claims this job would present, derived from the environment (never from the token itself).
 * GitHub documents: `repo:OWNER/REPO:environment:NAME` for jobs with an environment, `repo:OWNER/REPO:pull_request`
 * for pull_request events, else `repo:OWNER/REPO:ref:REF`.
 */
function expectedSubjects(env, environment) {
    const repo = env.GITHUB_REPOSITORY;
    if (!repo)
        return [];
    const prefix = `repo:${repo}`;
    if (environment)
        return [`${prefix}:environment:${environment}`];
    if (env.GITHUB_EVENT_NAME === 'pull_request')
        return [`${prefix}:pull_request`];
    if (env.GITHUB_REF)
        return [`${prefix}:ref:${env.GITHUB_REF}`];
    return [];
}
function errName(err) {
    const n = err?.name;
    return typeof n === 'string' ? n : '';
}
function credentials_oneLine(err) {
    const m = err instanceof Error ? err.message : String(err);
    return m.replace(/\s+/g, ' ').trim();
}
/** STS errors → one line that says what to fix. Exported for tests and for the CLI's `doctor`-style checks. */
function explainStsError(err, action, ctx) {
    if (err instanceof errors/* UserError */.yo)
        return err;
    const name = errName(err).replace(/Exception$/, '');
    const msg = credentials_oneLine(err);
    const role = ctx.roleArn;
    const code = err?.code;
    if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
        return new errors/* UserError */.yo(`STS did not answer within ${ctx.timeoutMs} ms (${ctx.attempts} attempts) while assuming ${role}: check the runner's network access to STS in ${ctx.region}, or retry`, { cause: err });
    }
    if (action === 'AssumeRoleWithWebIdentity') {
        if (name === 'AccessDenied' || name === 'IDPRejectedClaim') {
            const subjects = expectedSubjects(ctx.env, ctx.environment);
            const owner = ctx.env.GITHUB_REPOSITORY_OWNER_ID;
            const repoId = ctx.env.GITHUB_REPOSITORY_ID;
            const presents = ctx.claims?.sub
                ? `this job's token presents sub '${ctx.claims.sub}'`
                : subjects.length
                    ? `this job presents sub '${subjects.join("' or '")}'`
                    : "see the sub claim format in GitHub's OIDC docs";
            const immutable = ` (repositories created or renamed since mid-2026 present the immutable form repo:OWNER@ID/REPO@ID:…` +
                (owner && repoId ? `, here owner id ${owner}, repository id ${repoId})` : ')');
            const envHint = ctx.environment
                ? ''
                : '; a job with `environment:` presents repo:OWNER/REPO:environment:NAME instead';
            return new errors/* UserError */.yo(`STS refused AssumeRoleWithWebIdentity for ${role}: the role's trust policy conditions on token.actions.githubusercontent.com:sub / :aud do not match this workflow; ${presents}${ctx.claims?.sub ? '' : immutable + envHint}; aud is '${ctx.claims?.aud ?? ctx.audience}'`, { cause: err });
        }
        if (name === 'InvalidIdentityToken') {
            return new errors/* UserError */.yo(`STS rejected the GitHub OIDC token for ${role}: the account needs an IAM OIDC identity provider for https://token.actions.githubusercontent.com whose audience list includes '${ctx.audience}' (or set audience to the one configured)`, { cause: err });
        }
        if (name === 'ExpiredToken') {
            return new errors/* UserError */.yo(`the GitHub OIDC token expired before STS accepted it (assuming ${role}): re-run the job; if it repeats, check the runner's clock`, { cause: err });
        }
        if (name === 'IDPCommunicationError') {
            return new errors/* UserError */.yo(`STS could not reach GitHub's OIDC provider to verify the token for ${role}: re-run the job later`, { cause: err });
        }
    }
    else {
        if (name === 'AccessDenied') {
            return new errors/* UserError */.yo(`STS refused AssumeRole for ${role}: the role's trust policy must allow your current identity (from the default credential chain) and that identity needs sts:AssumeRole on the role`, { cause: err });
        }
        if (name === 'ExpiredToken') {
            return new errors/* UserError */.yo(`the credentials from the default chain have expired: refresh them (e.g. aws sso login, or new AWS_SESSION_TOKEN) and retry`, { cause: err });
        }
        if (name === 'CredentialsProviderError') {
            return new errors/* UserError */.yo(`no AWS credentials to assume ${role} with: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run in GitHub Actions with \`permissions: id-token: write\``, { cause: err });
        }
    }
    if (name === 'RegionDisabled') {
        return new errors/* UserError */.yo(`STS is not activated in ${ctx.region} for this account: activate the region in IAM account settings or pick another aws-region`, { cause: err });
    }
    if (name === 'ValidationError' && /DurationSeconds/i.test(msg)) {
        return new errors/* UserError */.yo(`role-duration-seconds ${ctx.duration} exceeds what ${role} allows: lower it or raise the role's MaximumSessionDuration`, { cause: err });
    }
    return new errors/* UserError */.yo(`STS ${action} for ${role} failed: ${name || 'error'}: ${msg}`, { cause: err });
}

// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(5910);
// EXTERNAL MODULE: ./src/settings/requirements.ts
var requirements = __webpack_require__(2993);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/settings/validate.ts
var validate = __webpack_require__(4455);
;// CONCATENATED MODULE: ./src/settings/stack-outputs.ts
/**
 * The outputs of the cleanrooms-connect stack that settings read, and how they fill Settings. Explicit inputs
 * always win; every value taken from the stack is recorded in `provenance` for the job summary.
 *
 * PgpPublicKey holds the armored public key itself rather than the name of an SSM parameter: the key enters the
 * stack as a template parameter, and CloudFormation parameter values are limited to 4,096 bytes (documented quota).
 * An RSA-4096 certify key with an RSA-4096 encryption subkey and one user id armors to 3,143 bytes (measured with
 * gpg 2.2), Ed25519/Cv25519 to ~400 bytes, so one key fits. A key with more user ids, subkeys or third-party
 * signatures may not: then leave the output empty and pass `recipient` explicitly.
 */



const STACK_OUTPUTS = {
    DataBucketName: { description: 'S3 bucket of the landing zone (fills bucket).', input: 'bucket' },
    LandingPrefix: {
        description: "Key prefix of the landing zone, e.g. 'landing/' (fills prefix).",
        input: 'prefix'
    },
    KmsKeyArn: {
        description: 'ARN of the KMS key for SSE-KMS on uploaded objects (fills kms-key-id).',
        input: 'kms-key-id'
    },
    PgpPublicKey: {
        description: 'ASCII-armored OpenPGP public key the pipeline decrypts for (fills recipient). Empty when the key does not fit the 4,096-byte parameter limit: then pass recipient.',
        input: 'recipient'
    },
    StateMachineArn: {
        description: 'ARN of the pipeline state machine (fills state-machine-arn).',
        input: 'state-machine-arn'
    },
    TargetBucketName: { description: 'Bucket the pipeline writes Parquet output to (shown in the summary).' },
    GlueDatabaseName: {
        description: 'Glue database the crawler catalogs the output into (shown in the summary).'
    },
    NotificationTopicArn: {
        description: 'SNS topic of pipeline notifications; failures before the pipeline are published there too (notify).'
    },
    ConfiguredTableId: {
        description: 'Id of the Clean Rooms configured table over the output table, when the stack creates one (shown in the summary and as output configured-table-id).'
    },
    ConfiguredTableAssociationArn: {
        description: 'ARN of the configured table association to your collaboration membership, when the stack creates one (shown in the summary).'
    },
    CleanRoomsMembershipId: {
        description: 'The collaboration membership the configured table is associated to (shown in the summary).'
    }
};
/**
 * Fills every setting not given explicitly from the stack outputs. Returns a new Settings; throws one UserError if
 * an output the stack provides is malformed (the stack, not the workflow, needs fixing).
 */
function applyStackOutputs(s, outputs, stackName) {
    const next = { ...s, provenance: { ...s.provenance }, recipients: [...s.recipients] };
    const problems = [];
    const explicit = (input) => s.provenance[input] === 'input';
    const from = (output) => `stack ${stackName} (output ${output})`;
    const take = (output, check) => {
        const v = outputs[output]?.trim();
        if (!v)
            return undefined;
        const p = check?.(v);
        if (p) {
            problems.push(`stack ${stackName} output ${output}: ${p}`);
            return undefined;
        }
        return v;
    };
    if (!explicit('bucket')) {
        const v = take('DataBucketName', validate/* checkBucketName */.WR);
        if (v) {
            next.bucket = v;
            next.provenance.bucket = from('DataBucketName');
        }
    }
    if (!explicit('prefix')) {
        const v = take('LandingPrefix', p => (0,validate/* normalizePrefix */.iG)(p).problem);
        if (v) {
            next.prefix = (0,validate/* normalizePrefix */.iG)(v).value ?? s.prefix;
            next.provenance.prefix = from('LandingPrefix');
        }
    }
    if (!explicit('kms-key-id')) {
        const v = take('KmsKeyArn', validate/* checkKmsKeyId */.eN);
        if (v) {
            next.kmsKeyId = v;
            next.provenance['kms-key-id'] = from('KmsKeyArn');
        }
    }
    if (!explicit('recipient')) {
        const v = take('PgpPublicKey', p => {
            const r = (0,settings_settings/* parseRecipients */.q)(p);
            if (r.problem)
                return r.problem;
            return r.recipients.every(x => x.kind === 'armored') ? undefined : 'is not an armored public key block';
        });
        if (v) {
            next.recipients = (0,settings_settings/* parseRecipients */.q)(v).recipients;
            next.provenance.recipient = from('PgpPublicKey');
        }
    }
    if (!explicit('state-machine-arn')) {
        const v = take('StateMachineArn', validate/* checkStateMachineArn */._u);
        if (v) {
            next.stateMachineArn = v;
            next.provenance['state-machine-arn'] = from('StateMachineArn');
        }
    }
    const target = take('TargetBucketName', validate/* checkBucketName */.WR);
    if (target)
        next.targetBucket = target;
    const glue = take('GlueDatabaseName');
    if (glue)
        next.glueDatabase = glue;
    const topic = take('NotificationTopicArn', v => /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(v)
        ? undefined
        : 'is not an SNS topic ARN');
    if (topic)
        next.notificationTopicArn = topic;
    const configuredTableId = take('ConfiguredTableId', v => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v)
        ? undefined
        : 'is not a configured table id');
    if (configuredTableId) {
        next.cleanRooms = {
            configuredTableId,
            associationArn: take('ConfiguredTableAssociationArn', v => /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/.+\/configuredtableassociation\/.+$/.test(v)
                ? undefined
                : 'is not a configured table association ARN'),
            membershipId: take('CleanRoomsMembershipId')
        };
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(`${problems.join('; ')} (fix the stack outputs and redeploy, or set the input explicitly)`);
    return next;
}

;// CONCATENATED MODULE: ./src/jobs/aws-errors.ts
/**
 * Turns an AWS SDK failure into a one-line UserError that names the call, the resource and what to check, for the
 * person reading the log. Raw SDK errors say `UnknownError` (a 403 on a HEAD has no body to name it) or
 * `connect ECONNREFUSED 127.0.0.1:9` without the service; these say which call it was and where it went.
 * Errors that already explain themselves (UserError) pass through unchanged.
 */

const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE'
]);
/** The network error code, when the call never got an HTTP answer. */
function networkCode(e) {
    if (e.code && NETWORK_CODES.has(e.code))
        return e.code;
    if (e.name === 'TimeoutError')
        return 'timeout';
    const code = /\b(E[A-Z]{4,})\b/.exec(e.message ?? '')?.[1];
    return code && NETWORK_CODES.has(code) ? code : undefined;
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').trim();
}
/** The explanation for one failed call; the original error is kept as the cause. */
function explainAwsError(err, c) {
    if (err instanceof errors/* UserError */.yo)
        return err;
    if (err?.name === 'AbortError')
        return err;
    const e = (err ?? {});
    const head = `${c.service} ${c.call} on ${c.resource} failed`;
    const net = networkCode(e);
    if (net) {
        // Node's message carries the address ('connect ECONNREFUSED 127.0.0.1:9') when the fields did not survive the
        // SDK's wrapping of the error.
        const fromMessage = /\b(?:connect|getaddrinfo) E[A-Z_]+ (\S+)/.exec(e.message ?? '')?.[1];
        const address = e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : (e.hostname ?? fromMessage);
        const where = address ? ` (${address})` : '';
        return new errors/* UserError */.yo(`${head}: could not reach the ${c.service} endpoint${where}: ${net}: check the network, aws-region and any AWS_ENDPOINT_URL_* or endpoint-url setting`, { cause: err });
    }
    const status = e.$metadata?.httpStatusCode;
    const name = e.name && e.name !== 'Error' && e.name !== 'UnknownError' ? e.name : undefined;
    const detail = [
        status ? `HTTP ${status}` : undefined,
        name,
        e.message && e.message !== name ? firstLine(e.message) : undefined
    ]
        .filter(Boolean)
        .filter(part => part !== 'UnknownError' && part !== 'Unknown')
        .join(' ');
    if (status === 403 || /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(e.name ?? '')) {
        return new errors/* UserError */.yo(`${head}: access denied (${detail}): the role needs ${c.permission} on ${c.resource}; check the role's policy, any resource or key policy, and aws-region`, { cause: err });
    }
    if (status === 404 || /NotFound|NoSuch|DoesNotExist/.test(e.name ?? '')) {
        return new errors/* UserError */.yo(`${head}: not found (${detail}): check ${c.input ?? 'the name'} and aws-region`, {
            cause: err
        });
    }
    if (/ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId/.test(e.name ?? '')) {
        return new errors/* UserError */.yo(`${head}: the credentials were refused (${detail}): check role-to-assume or the AWS credentials in the environment`, { cause: err });
    }
    return new errors/* UserError */.yo(`${head}: ${detail || 'unknown error'}: check that the service is available in aws-region and retry`, { cause: err });
}
/** Runs one AWS call and explains its failure. */
async function awsCall(c, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw explainAwsError(err, c);
    }
}

;// CONCATENATED MODULE: ./src/jobs/connect.ts
/**
 * Settings → an AWS session: credentials (OIDC → STS, or the SDK chain), then stack-output discovery, then the
 * check that the command has everything it needs. The only place that decides which region and endpoint apply.
 */






/** Region used against a custom endpoint when none is configured: local S3 servers accept any. */
const LOCAL_ENDPOINT_REGION = 'us-east-1';
/** Fills the region from the endpoint case, so a local S3 server needs no AWS_REGION. Pure. */
function withDefaultRegion(s, env) {
    if (s.region || !(0,clients/* customS3Endpoint */.FS)({ s3EndpointUrl: s.endpointUrl, env }))
        return s;
    return {
        ...s,
        region: LOCAL_ENDPOINT_REGION,
        provenance: { ...s.provenance, 'aws-region': `default for a custom endpoint (${LOCAL_ENDPOINT_REGION})` }
    };
}
/**
 * Credentials for the access (OIDC → STS, or the SDK chain) and the options every client of the session is built
 * with. The main step (connectAws) and the post step both open their sessions here.
 */
async function openAwsSession(access, ctx) {
    const resolved = await resolveCredentials({
        region: access.region,
        roleToAssume: access.roleToAssume,
        audience: access.audience,
        roleSessionName: access.roleSessionName,
        durationSeconds: access.roleDurationSeconds,
        env: ctx.env,
        getIDToken: ctx.getIDToken,
        mask: ctx.mask,
        sleep: ctx.sleep,
        // Waits may outlast role-duration-seconds: the credentials refresh themselves before they expire.
        now: ctx.now,
        log: ctx.log
    });
    const clientOptions = {
        region: access.region,
        credentials: resolved.credentials,
        s3EndpointUrl: access.endpointUrl,
        env: ctx.env
    };
    return { clientOptions, resolved };
}
async function connectAws(input, ctx) {
    let settings = withDefaultRegion(input, ctx.env);
    const region = (0,requirements/* requireRegion */.CI)(settings);
    const { clientOptions, resolved } = await openAwsSession({ ...settings, region }, ctx);
    if (resolved.identity?.arn)
        ctx.log(`assumed ${resolved.identity.arn} (${resolved.source})`);
    if (settings.stackName) {
        const cfn = (0,clients/* createCloudFormationClient */.U_)(clientOptions);
        try {
            const stackName = settings.stackName;
            const outputs = await awsCall({
                service: 'CloudFormation',
                call: 'DescribeStacks',
                resource: `stack ${stackName}`,
                permission: 'cloudformation:DescribeStacks',
                input: 'stack-name'
            }, () => (0,stack_outputs/* readStackOutputs */.F)(cfn, stackName));
            settings = applyStackOutputs(settings, outputs, settings.stackName);
        }
        finally {
            cfn.destroy();
        }
    }
    return {
        settings: (0,requirements/* requireForAws */.AT)(settings),
        clientOptions,
        credentialSource: resolved.source,
        identityArn: resolved.identity?.arn
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
;// CONCATENATED MODULE: ./src/jobs/notify-failure.ts
/**
 * Failures before the pipeline (the upload, or starting the execution) published to the stack's notification topic,
 * so operators see every failure of a dataset in one place. Same subject and message attributes as the state
 * machine's NotifyFailure (infra/statemachine.asl.json): dataset, batch, status=FAILED, error, cause; the message is
 * the same JSON summary with the GitHub run instead of the execution. A failed publish never hides the failure.
 */




/** SNS rejects empty String attributes, and caps a message attribute value at the message size: keep causes short. */
const MAX_ATTRIBUTE = 1024;
function attribute(value) {
    const v = value.trim() || 'unknown';
    return {
        DataType: 'String',
        StringValue: v.length <= MAX_ATTRIBUTE ? v : `${v.slice(0, MAX_ATTRIBUTE - 1)}…`
    };
}
/** The Publish request: pure, so its shape is tested against the state machine's NotifyFailure. */
function failurePublish(o) {
    const error = o.failure.stage === 'upload' ? 'CleanroomsConnect.UploadFailed' : 'CleanroomsConnect.StartFailed';
    const batch = o.failure.batchId ?? 'unknown';
    return {
        TopicArn: o.topicArn,
        // SNS subjects: at most 100 printable ASCII characters.
        Subject: `cleanrooms-connect ${o.dataset}: batch FAILED`.replace(/[^\x20-\x7e]/g, '?').slice(0, 100),
        Message: JSON.stringify({
            status: 'FAILED',
            dataset: o.dataset,
            batchId: batch,
            error,
            cause: o.failure.message,
            ...(o.runUrl ? { run: o.runUrl } : {})
        }),
        MessageAttributes: {
            dataset: attribute(o.dataset),
            batch: attribute(batch),
            status: attribute('FAILED'),
            error: attribute(error),
            cause: attribute(o.failure.message)
        }
    };
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
async function publishPreFailure(session, failure, ctx) {
    const s = session.settings;
    if (!s.notify || !s.notificationTopicArn)
        return;
    const sns = (0,clients/* createSnsClient */.cO)({ ...session.clientOptions, maxAttempts: 3 });
    try {
        await sns.send(new client_sns_dist_cjs/* PublishCommand */.D5G(failurePublish({
            topicArn: s.notificationTopicArn,
            dataset: s.dataset,
            failure,
            runUrl: runUrl(ctx.env)
        })));
        ctx.log(`failure published to ${s.notificationTopicArn}`);
    }
    catch (err) {
        const explained = explainAwsError(err, {
            service: 'SNS',
            call: 'Publish',
            resource: s.notificationTopicArn,
            permission: 'sns:Publish (and kms:GenerateDataKey/kms:Decrypt on the topic key)'
        });
        ctx.warn(`could not publish the failure: ${(0,errors/* errorMessage */.gJ)(explained)}`);
    }
    finally {
        sns.destroy();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/history.ts
/**
 * What the report needs from Step Functions after an execution ended: its full event history (GetExecutionHistory,
 * paginated) and the definition it ran (DescribeStateMachineForExecution, which returns the version the execution
 * used, substitutions resolved). Best effort: the report is a nicety, the status already says how it ended.
 */

/** 1000 events a page (the API maximum); 25 pages cover a Map over hundreds of files and bound the wait. */
const PAGE_SIZE = 1000;
const MAX_PAGES = 25;
async function executionDetails(sfn, executionArn, signal) {
    const events = [];
    let nextToken;
    let pages = 0;
    do {
        const page = await sfn.send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({
            executionArn,
            maxResults: PAGE_SIZE,
            nextToken,
            includeExecutionData: false
        }), { abortSignal: signal });
        events.push(...(page.events ?? []));
        nextToken = page.nextToken;
        pages++;
    } while (nextToken && pages < MAX_PAGES);
    let definition;
    try {
        const d = await sfn.send(new dist_cjs/* DescribeStateMachineForExecutionCommand */.sYO({ executionArn }), {
            abortSignal: signal
        });
        definition = d.definition;
    }
    catch {
        definition = undefined; // the flowchart is left out; the timeline still shows every state
    }
    return { events, truncated: nextToken !== undefined, definition };
}

// EXTERNAL MODULE: ./src/transfer/batch.ts
var batch = __webpack_require__(9527);
// EXTERNAL MODULE: ./src/transfer/batch-store.ts
var batch_store = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/transfer/manifest.ts
var manifest = __webpack_require__(9978);
;// CONCATENATED MODULE: ./src/jobs/pipeline-job.ts
/**
 * Starts the pipeline for a complete batch and (unless wait is false) waits for it. `run` calls it after the upload;
 * `start` calls it for a batch uploaded earlier, after checking that the batch's manifest exists.
 */








/**
 * The pipeline input for an existing batch of `start`, after checking its manifest is there. readManifest tells a
 * missing manifest from one the role may not read, where AWS answers both with 403.
 */
async function existingBatchInput(session) {
    const s = session.settings;
    const manifestKey = (0,batch/* batchPrefix */.RJ)(s.prefix, s.dataset, s.batchId) + batch/* MANIFEST_NAME */.ir;
    const s3 = (0,clients/* createS3Client */.qo)(session.clientOptions);
    try {
        let found;
        try {
            found = await (0,batch_store/* readManifest */.WI)(s3, s.bucket, manifestKey);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            // There but not a manifest the uploader wrote: the batch is damaged, not the network, the role or the region.
            if (err instanceof manifest/* ManifestError */.Sh)
                throw new errors/* UserError */.yo(`${err.message}: upload the batch again under a new batch-id (command: upload)`, {
                    cause: err
                });
            throw explainAwsError(err, {
                service: 'S3',
                call: 'GetObject',
                resource: `s3://${s.bucket}/${manifestKey}`,
                permission: 's3:GetObject',
                input: 'bucket / stack-name'
            });
        }
        if (!found) {
            throw new errors/* UserError */.yo(`batch ${s.batchId} has no manifest at s3://${s.bucket}/${manifestKey}: it is incomplete or does not exist; upload it again (command: upload) or fix batch-id`);
        }
    }
    finally {
        s3.destroy();
    }
    return { bucket: s.bucket, manifestKey, dataset: s.dataset, batchId: s.batchId };
}
async function runPipelineJob(session, input, ctx) {
    const s = session.settings;
    const stateMachineArn = s.stateMachineArn;
    const sfn = (0,clients/* createSfnClient */.Pf)(session.clientOptions);
    try {
        const started = await awsCall({
            service: 'Step Functions',
            call: 'StartExecution',
            resource: stateMachineArn,
            permission: 'states:StartExecution',
            input: 'state-machine-arn / stack-name'
        }, () => startExecution(sfn, stateMachineArn, input));
        // Saved before waiting: if the runner kills the main step, the post step can still stop the execution.
        ctx.onExecution?.({ executionArn: started.executionArn, finished: false, stopOnCancel: s.stopOnCancel });
        ctx.log(`${started.reattached ? 're-attached to' : 'started'} execution ${started.executionArn} for batch ${input.batchId}`);
        if (!s.wait) {
            // Deliberately not waited for: nothing for the post step to stop, even if a cancel arrives now.
            ctx.onExecution?.({ executionArn: started.executionArn, finished: true, stopOnCancel: s.stopOnCancel });
            return {
                input,
                stateMachineArn,
                result: { executionArn: started.executionArn, status: 'RUNNING' },
                reattached: started.reattached,
                waited: false
            };
        }
        let lastStatus = '';
        const describe = {
            service: 'Step Functions',
            call: 'DescribeExecution',
            resource: started.executionArn,
            permission: 'states:DescribeExecution'
        };
        const result = await awsCall(describe, () => waitForExecution(sfn, started.executionArn, {
            timeoutMs: s.timeoutMinutes * 60_000,
            sleep: ctx.sleep,
            now: ctx.now,
            signal: ctx.signal,
            onPoll: (status, elapsedMs) => {
                if (status !== lastStatus || elapsedMs % 300_000 < 30_000) {
                    ctx.log(`execution ${status} after ${Math.round(elapsedMs / 1000)} s`);
                    lastStatus = status;
                }
            }
        }));
        if (result.cancelled) {
            return {
                input,
                stateMachineArn,
                result: await afterCancel(sfn, result, s.stopOnCancel, ctx),
                reattached: started.reattached,
                waited: true
            };
        }
        // Ended, or left running after timeout-minutes (documented): either way not the post step's to stop.
        ctx.onExecution?.({ executionArn: started.executionArn, finished: true, stopOnCancel: s.stopOnCancel });
        const details = result.timedOut ? undefined : await detailsFor(sfn, started.executionArn, ctx);
        return { input, stateMachineArn, result, reattached: started.reattached, waited: true, details };
    }
    finally {
        sfn.destroy();
    }
}
/**
 * The runner gives a cancelled step about 7.5 s between SIGINT and SIGTERM/kill: StopExecution gets 4 s (retries
 * included). When it fails, the execution stays unfinished in the saved state and the post step tries again.
 */
const STOP_DEADLINE_MS = 4_000;
async function afterCancel(sfn, result, stopOnCancel, ctx) {
    const executionArn = result.executionArn;
    if (!stopOnCancel) {
        ctx.log(`job cancelled while waiting: execution ${executionArn} keeps running (stop-on-cancel: false)`);
        ctx.onExecution?.({ executionArn, finished: true, stopOnCancel });
        return result;
    }
    try {
        await stopExecution(sfn, executionArn, 'the GitHub Actions job that started it was cancelled', STOP_DEADLINE_MS);
        ctx.log(`job cancelled while waiting: stopped execution ${executionArn}`);
        ctx.onExecution?.({ executionArn, finished: true, stopOnCancel });
        return { ...result, status: 'ABORTED', stopped: true };
    }
    catch (err) {
        ctx.warn(`job cancelled while waiting, and StopExecution on ${executionArn} failed (${explainAwsError(err, { service: 'Step Functions', call: 'StopExecution', resource: executionArn, permission: 'states:StopExecution' }).message}): the post step tries again`);
        return result;
    }
}
async function detailsFor(sfn, executionArn, ctx) {
    try {
        return await executionDetails(sfn, executionArn, ctx.signal);
    }
    catch (err) {
        const e = explainAwsError(err, {
            service: 'Step Functions',
            call: 'GetExecutionHistory',
            resource: executionArn,
            permission: 'states:GetExecutionHistory'
        });
        ctx.warn(`no timeline in the summary: ${e.message}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/jobs/upload-job.ts + 3 modules
var upload_job = __webpack_require__(9142);
;// CONCATENATED MODULE: ./src/jobs/run-job.ts
/**
 * One entry for every command: Settings → the job → a JobResult (outputs, summary, failure) that the action and the
 * CLI each present their own way. No presentation here beyond choosing which report to render.
 */











function executionReport(p, cleanRooms) {
    const timeline = p.details ? buildTimeline(p.details.events, p.result.status) : undefined;
    // The state the failure came from is drawn red even when a Catch routed it on (the table says 'caught').
    const outcomes = timeline?.failedState
        ? { ...timeline.outcomes, [timeline.failedState]: 'failed' }
        : timeline?.outcomes;
    const chart = outcomes && p.details?.definition ? renderStateChart(p.details.definition, outcomes) : undefined;
    return {
        timeline,
        chart,
        historyTruncated: p.details?.truncated,
        executionArn: p.result.executionArn,
        stateMachineArn: p.stateMachineArn,
        status: p.result.status,
        timedOut: p.result.timedOut,
        cancelled: p.result.cancelled,
        stopped: p.result.stopped,
        waited: p.waited,
        reattached: p.reattached,
        startDate: p.result.startDate,
        stopDate: p.result.stopDate,
        // The failed state's own error is more specific than the execution's (often a Fail state's summary).
        error: timeline?.error ?? p.result.error,
        cause: timeline?.cause ?? p.result.cause,
        failedState: timeline?.failedState ?? p.result.failedState,
        batchId: p.input.batchId,
        dataset: p.input.dataset,
        delivery: withCleanRooms(parseDelivery(p.result.output, p.input.bucket), cleanRooms)
    };
}
/** A published batch is behind the stack's configured table, if it has one; nothing was published otherwise. */
function withCleanRooms(d, cleanRooms) {
    return d && cleanRooms ? { ...d, cleanRooms } : d;
}
function pipelineResult(p, ctx, cleanRooms) {
    const r = executionReport(p, cleanRooms);
    ctx.log(renderExecutionLog(r));
    return {
        outputs: {
            'execution-arn': r.executionArn,
            status: r.status,
            ...(r.status === 'SUCCEEDED' && r.delivery ? deliveryOutputs(r.delivery) : {})
        },
        summary: renderExecutionSummary(r),
        failure: executionSucceeded(r) ? undefined : executionFailureMessage(r)
    };
}
/**
 * What a job has established so far: outputs and summary sections written as each becomes true, so a failure later
 * in the job (the pipeline start after a complete upload, say) still reports the batch a later step can use.
 */
class JobProgress {
    outputs = {};
    summary = '';
    set(outputs) {
        Object.assign(this.outputs, outputs);
    }
    addSummary(markdown) {
        if (markdown)
            this.summary += (this.summary ? '\n' : '') + markdown;
    }
}
/** The context a job runs with, its batch and execution events also recorded as outputs. */
function tracking(ctx, progress) {
    return {
        ...ctx,
        onBatch: e => {
            // Only a complete batch is reported: an upload that failed removed what it wrote.
            if (e.complete)
                progress.set({
                    'batch-uri': `s3://${e.bucket}/${e.prefix}`,
                    manifest: `s3://${e.bucket}/${e.prefix}${batch/* MANIFEST_NAME */.ir}`
                });
            ctx.onBatch?.(e);
        },
        onExecution: e => {
            progress.set({ 'execution-arn': e.executionArn });
            ctx.onExecution?.(e);
        }
    };
}
/**
 * Runs the command. A thrown error leaves what was known in `progress` (outputs and summary so far) for the caller
 * to report with it; a returned result carries everything itself.
 */
async function runJob(settings, ctx, progress = new JobProgress()) {
    // The recipe engine and formats load only for validate: uploads do not carry them in memory.
    const { command } = settings;
    if (command === 'validate')
        return (await Promise.all(/* import() */[__webpack_require__.e(506), __webpack_require__.e(437), __webpack_require__.e(815), __webpack_require__.e(666), __webpack_require__.e(189), __webpack_require__.e(950), __webpack_require__.e(649), __webpack_require__.e(973), __webpack_require__.e(479), __webpack_require__.e(504), __webpack_require__.e(63)]).then(__webpack_require__.bind(__webpack_require__, 8063))).runValidateJob({ ...settings, command }, ctx);
    const tracked = tracking(ctx, progress);
    const session = await connectAws({ ...settings, command }, tracked);
    try {
        return await runConnected(session, ctx, tracked, progress);
    }
    catch (err) {
        // A failure after the execution started is the pipeline's to report; a cancel is nobody's failure.
        if (!progress.outputs['execution-arn'] && !ctx.signal?.aborted) {
            const stage = session.settings.command === 'start' || progress.outputs.manifest ? 'start' : 'upload';
            const message = (0,errors/* errorMessage */.gJ)(err);
            await publishPreFailure(session, { stage, batchId: progress.outputs['batch-id'], message }, ctx);
        }
        throw err;
    }
}
async function runConnected(session, ctx, tracked, progress) {
    const s = session.settings;
    if (s.command === 'start') {
        const start = { ...session, settings: s };
        progress.set({ 'batch-id': s.batchId });
        const input = await existingBatchInput(start);
        const manifest = `s3://${input.bucket}/${input.manifestKey}`;
        progress.set({ 'batch-uri': manifest.slice(0, -batch/* MANIFEST_NAME */.ir.length), manifest });
        if (s.dryRun) {
            ctx.log(`dry run: would start ${s.stateMachineArn} for ${manifest}`);
            return {
                outputs: { ...progress.outputs, status: 'dry-run' },
                summary: renderStartDryRunSummary({ stateMachineArn: s.stateMachineArn, manifestUri: manifest })
            };
        }
        const p = pipelineResult(await runPipelineJob(start, input, tracked), ctx, s.cleanRooms);
        return { ...p, outputs: { ...progress.outputs, ...p.outputs } };
    }
    const upload = await (0,upload_job/* runUploadJob */.I)(session, tracked, planned => progress.set({ 'batch-id': planned.batchId }));
    if (upload.status === 'empty') {
        return {
            outputs: { files: '0', bytes: '0', status: 'empty' },
            summary: renderEmptySummary({
                dataset: upload.report.dataset,
                patterns: s.files,
                workingDirectory: s.workingDirectory
            })
        };
    }
    if (upload.status === 'dry-run') {
        ctx.log('dry run: nothing written');
        const outputs = { ...uploadOutputs(upload.report), status: 'dry-run' };
        // Nothing exists in S3 after a dry run: no batch-uri or manifest a later step could mistake for a batch.
        delete outputs['batch-uri'];
        delete outputs.manifest;
        return { outputs, summary: renderDryRunSummary(upload.report) };
    }
    const outputs = { ...uploadOutputs(upload.report), status: upload.status };
    progress.set(outputs);
    ctx.log(renderUploadLog(upload.report));
    const summary = renderUploadSummary(upload.report);
    progress.addSummary(summary);
    if (s.command === 'upload')
        return { outputs, summary };
    const input = {
        bucket: upload.report.bucket,
        manifestKey: upload.report.prefix + batch/* MANIFEST_NAME */.ir,
        dataset: upload.report.dataset,
        batchId: upload.report.batchId
    };
    const p = pipelineResult(await runPipelineJob({ ...session, settings: s }, input, tracked), ctx, s.cleanRooms);
    return { outputs: { ...outputs, ...p.outputs }, summary: summary + '\n' + p.summary, failure: p.failure };
}

// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
;// CONCATENATED MODULE: ./src/commands/job-commands.ts
/**
 * `cleanrooms-connect upload|run|start|check`: the action's commands from a shell. Flags are the action inputs with
 * the same names (declared once in settings/inputs.ts), so every input documented for the action works here too.
 */






/** CLI-only aliases, for the names people type first. */
const ALIASES = { region: 'aws-region' };
function flagsHelp(command) {
    const lines = [];
    for (const input of inputs/* INPUTS */.mc) {
        if (input.name === 'command' || !input.commands.includes(command))
            continue;
        const flag = input.kind === 'boolean' ? `--${input.name}` : `--${input.name} VALUE`;
        const negation = input.kind === 'boolean' && input.default === 'true' ? ` (--no-${input.name} to turn off)` : '';
        const def = input.default !== undefined ? ` [default: ${input.default}]` : '';
        lines.push(`  ${flag}${negation}${def}`, `      ${input.description}`);
    }
    lines.push('  --region VALUE', '      Same as --aws-region.');
    return lines.join('\n');
}
function jobCommand(name, cliName, summary, example) {
    return {
        name: cliName,
        help: [
            `Usage: cleanrooms-connect ${cliName} [flags]`,
            '',
            summary,
            'Flags are the action inputs of the same name; lists (--files, --recipient) may repeat.',
            'AWS credentials come from the SDK chain (env, profile); --endpoint-url or AWS_ENDPOINT_URL_S3 for any S3 server.',
            '',
            'Flags:',
            flagsHelp(name),
            '',
            'Example:',
            `  ${example}`
        ].join('\n'),
        async run(args, io) {
            const options = { ...(0,inputs/* cliOptions */.$D)(), region: { type: 'string' } };
            delete options.command;
            const parsed = parseFlagsStrict(cliName, args, options);
            const values = { ...parsed };
            for (const [alias, target] of Object.entries(ALIASES)) {
                if (values[alias] !== undefined) {
                    if (values[target] !== undefined)
                        throw new errors/* UsageError */.eb(`${cliName}: give --${alias} or --${target}, not both`);
                    values[target] = values[alias];
                }
            }
            const raw = { ...(0,inputs/* rawInputsFromCli */.eT)(values), command: name };
            const settings = (0,settings_settings/* parseSettings */.P$)(raw, io.env);
            const controller = new AbortController();
            const stop = () => controller.abort(new Error('interrupted'));
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
            try {
                const result = await runJob(settings, cliContext({ env: io.env, cwd: io.cwd, stderr: io.stderr, signal: controller.signal }));
                for (const [key, value] of Object.entries(result.outputs))
                    io.stdout(`${key}=${value}\n`);
                if (result.failure) {
                    io.stderr(`error: ${result.failure}\n`);
                    return 1;
                }
                return 0;
            }
            finally {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
            }
        }
    };
}
function parseFlagsStrict(command, args, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: false, strict: true }).values;
    }
    catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new errors/* UsageError */.eb(`${command}: ${message} (see 'cleanrooms-connect ${command} --help')`);
    }
}
const uploadCommand = jobCommand('upload', 'upload', 'Encrypt files with OpenPGP and upload them to S3 as one immutable batch (manifest written last).', "cleanrooms-connect upload --files 'exports/*.csv' --dataset customers --bucket my-landing --recipient key.asc");
const runCommand = jobCommand('run', 'run', 'Upload the batch, start the pipeline state machine and wait for it.', "cleanrooms-connect run --stack-name cleanrooms-prod --region us-east-1 --files 'exports/*.csv' --dataset customers");
const startCommand = jobCommand('start', 'start', 'Start the pipeline for a batch uploaded earlier (--batch-id) and wait for it.', 'cleanrooms-connect start --stack-name cleanrooms-prod --region us-east-1 --dataset customers --batch-id gh-123-1');
const checkCommand = jobCommand('validate', 'check', 'Check inputs, match files and load recipient keys without calling AWS (what the action does with command: validate).', "cleanrooms-connect check --files 'exports/*.csv' --dataset customers --recipient key.asc");


/***/ }),

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ expandFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Turns the `files` globs into the list of local files of one batch, relative to the working directory.
 * Names keep their directories (exports/eu/customers.csv) so two files with the same base name stay apart.
 */




async function expandFiles(patterns, cwd, opts) {
    // The input the patterns came from, for the errors: validate globs its recipes here too.
    const input = opts.input ?? 'files';
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);
    for (const p of patterns) {
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p) || p.split(/[\\/]/).includes('..')) {
            // Names become S3 keys; a file outside the working directory has no stable name.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${input}': '${p}' points outside working-directory '${base}': set working-directory instead`);
        }
    }
    const names = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(patterns, {
        cwd: base,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: true,
        expandDirectories: false
    });
    names.sort();
    if (names.length === 0 && opts.failOnEmpty) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${input}': no files matched ${patterns.map(p => `'${p}'`).join(', ')} in '${base}': check the globs${input === 'files' ? ', or set fail-on-empty: false' : ''}`);
    }
    // A symbolic link (to a file, or a directory on the way) may not lead out of the working directory: a workflow
    // that globs `*.csv` must not upload /etc/shadow because a checked-out `link.csv` points there.
    const realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(base);
    const files = [];
    for (const name of names) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, name);
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full);
        const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realBase, real);
        if (inside === '' || inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input '${input}': '${name}' is a symbolic link to '${real}', outside working-directory '${base}': copy the file into the working directory instead of linking it`);
        }
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        files.push({ path: real, name: name.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), size: s.size });
    }
    return files;
}


/***/ }),

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ planUpload),
  I: () => (/* binding */ runUploadJob)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5408);
// EXTERNAL MODULE: ./src/crypto/keys.ts
var keys = __webpack_require__(6485);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/transfer/batch.ts
var batch = __webpack_require__(9527);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/transfer/batch-store.ts
var batch_store = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/transfer/manifest.ts
var transfer_manifest = __webpack_require__(9978);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/crypto/encrypt.ts + 1 modules
var encrypt = __webpack_require__(6766);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/transfer/parallel-gzip.ts
/**
 * gzip on every core, pigz-style: the input is cut into blocks, each block becomes one gzip member on libuv's thread
 * pool, and the members are written in input order. Concatenated members are one valid gzip stream (RFC 1952 §2.2);
 * gunzip, zlib, Python, Java's GZIPInputStream and Hadoop's GzipCodec (what DataBrew's Spark reads with) all read
 * them. With 1 MiB blocks the output is within ~0.5% of single-stream gzip at the same level (measured on CSV).
 *
 * Single-stream zlib at level 6 runs at ~60 MiB/s on one core and was the bottleneck of the upload; this is the one
 * piece of the pipeline that parallelizes. Memory: at most `parallelism + 1` blocks in flight.
 */




const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
class ParallelGzip extends external_node_stream_.Transform {
    level;
    blockSize;
    parallelism;
    pending = [];
    pendingBytes = 0;
    inFlight = [];
    dispatched = 0;
    constructor(o) {
        super();
        this.level = o.level;
        this.blockSize = o.blockSize ?? 1 << 20;
        this.parallelism = Math.max(1, o.parallelism ?? Math.min(4, (0,external_node_os_.availableParallelism)()));
    }
    dispatch(block) {
        this.dispatched++;
        // zlib's default 16 KiB output chunk costs a round trip to the main thread per 16 KiB of output (~14 per block of
        // CSV), each waiting for a busy main thread before the pool thread may go on; half a block holds CSV's whole
        // member (~21% of the input), so a block takes one trip (incompressible data a few).
        const job = gzipAsync(block, { level: this.level, chunkSize: Math.max(64 << 10, block.length >> 1) });
        job.catch(() => { }); // observed when awaited in order; avoids an unhandled rejection meanwhile
        this.inFlight.push(job);
    }
    takeBlock(size) {
        const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
        const block = all.subarray(0, size);
        const rest = all.subarray(size);
        this.pending = rest.length > 0 ? [rest] : [];
        this.pendingBytes = rest.length;
        return block;
    }
    /** Writes finished members in order until fewer than `limit` blocks are in flight. */
    async drainTo(limit) {
        while (this.inFlight.length > limit) {
            const member = await this.inFlight.shift();
            this.push(member);
        }
    }
    _transform(chunk, _encoding, done) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        while (this.pendingBytes >= this.blockSize)
            this.dispatch(this.takeBlock(this.blockSize));
        this.drainTo(this.parallelism).then(() => done(), done);
    }
    _flush(done) {
        // An empty input still yields one (empty) member, like gzip does.
        if (this.pendingBytes > 0 || this.dispatched === 0)
            this.dispatch(this.takeBlock(this.pendingBytes));
        this.drainTo(0).then(() => done(), done);
    }
}

// EXTERNAL MODULE: ./src/transfer/put-stream.ts
var put_stream = __webpack_require__(3287);
;// CONCATENATED MODULE: ./src/transfer/upload-object.ts
/**
 * One file of a batch: its first read (sha256 and size), then its upload through sha256 → (gzip) → OpenPGP → S3
 * multipart upload, checked against the first read so a file changing during the upload fails instead of landing.
 */










const PROGRESS_INTERVAL_MS = 15_000;
/**
 * sha256 and size of a file, read into one reused buffer: no garbage per chunk, so this pass adds nothing to the
 * process's peak memory (a stream would leave ~60 MiB of dead chunks for the collector on a large file).
 */
async function hashFile(path, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    const handle = await (0,promises_.open)(path, 'r');
    let size = 0;
    try {
        for (;;) {
            signal?.throwIfAborted();
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return { sha256: hash.digest('hex'), size };
}
/** Counts bytes passing through. */
function counter(onBytes) {
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            onBytes(chunk.length);
            done(null, chunk);
        }
    });
}
function sse(o) {
    return o.kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: o.kmsKeyId } : {};
}
async function openChain(p, o, signal, now) {
    const log = o.log ?? (() => { });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let plainBytes = 0;
    let storedBytes = 0;
    let lastLog = now();
    let lastTenth = 0;
    // Progress for big files: every tenth of the file or every 15 s, whichever comes first.
    const tap = counter(n => {
        plainBytes += n;
        if (p.size < 64 << 20)
            return;
        const tenth = Math.floor((plainBytes * 10) / p.size);
        if (tenth > lastTenth || now() - lastLog >= PROGRESS_INTERVAL_MS) {
            log(`  ${p.file.name}: ${Math.min(100, tenth * 10)}% (${plainBytes} of ${p.size} bytes)`);
            lastTenth = tenth;
            lastLog = now();
        }
    });
    const plain = new external_node_stream_.PassThrough();
    const hashing = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
    const stages = [hashing, tap];
    if (o.compression === 'gzip')
        stages.push(new ParallelGzip({ level: o.compressionLevel }));
    // Reads of one gzip block (1 MiB): ParallelGzip then hands each read to zlib as it is, without a copy.
    const source = (0,external_node_fs_.createReadStream)(p.file.path, { highWaterMark: 1 << 20 });
    const feeding = (0,external_node_stream_promises_.pipeline)([source, ...stages, plain], {
        signal
    }).catch((err) => {
        plain.destroy(err);
        throw err;
    });
    const encrypted = await (0,encrypt/* encryptStream */.UO)(plain, o.recipients, { aead: o.aead });
    const body = encrypted.pipe(counter(n => (storedBytes += n)));
    encrypted.on('error', err => body.destroy(err));
    return {
        source,
        plain,
        body,
        feeding,
        digest: () => hash.digest('hex'),
        plainBytes: () => plainBytes,
        storedBytes: () => storedBytes
    };
}
async function uploadOne(p, o, signal, now) {
    const log = o.log ?? (() => { });
    const chain = await openChain(p, o, signal, now);
    const compression = o.compression;
    try {
        log(`  ${p.file.name}: uploading ${p.size} bytes → ${p.key}`);
        await (0,put_stream/* putStream */.W)({
            s3: o.s3,
            params: {
                Bucket: o.bucket,
                Key: p.key,
                ContentType: 'application/pgp-encrypted',
                ...sse(o),
                Metadata: {
                    'plaintext-sha256': p.sha256,
                    'plaintext-size': String(p.size),
                    'original-name': encodeURIComponent(p.file.name),
                    compression,
                    'batch-id': o.batchId
                }
            },
            body: chain.body,
            partSize: o.partSizeBytes,
            queueSize: o.concurrency,
            feeding: chain.feeding,
            upstream: [chain.plain, chain.source],
            signal,
            stopError: reason => new Error(`stopped: ${(0,batch_store/* errorText */.kc)(reason)}`)
        });
    }
    catch (err) {
        if (signal.aborted)
            throw new errors/* UserError */.yo(`upload of ${p.file.name} stopped: ${(0,batch_store/* errorText */.kc)(signal.reason ?? err)}`);
        throw new errors/* UserError */.yo((0,batch_store/* explainS3 */.Gf)(err, `upload of ${p.file.name} to s3://${o.bucket}/${p.key} failed`, o), {
            cause: err
        });
    }
    const sha = chain.digest();
    const plainBytes = chain.plainBytes();
    if (sha !== p.sha256 || plainBytes !== p.size) {
        throw new errors/* UserError */.yo(`${p.file.name} changed while it was uploaded (sha256 or size differs from the first read): make sure nothing writes the export during the upload, then re-run`);
    }
    log(`  ${p.file.name}: done, ${plainBytes} → ${chain.storedBytes()} bytes`);
    return {
        key: p.key,
        originalName: p.file.name,
        plaintextSize: plainBytes,
        plaintextSha256: sha,
        storedSize: chain.storedBytes(),
        compression
    };
}

;// CONCATENATED MODULE: ./src/transfer/upload.ts
/**
 * Uploads one batch: every file streamed through sha256 → (gzip) → OpenPGP → S3 multipart upload, bounded
 * concurrency, SSE-KMS, per-object metadata; then `_manifest.json` last. A batch either ends complete (manifest
 * present, every object verified) or not at all: any failure or abort removes what this call wrote and aborts every
 * multipart upload under the batch prefix before the error is thrown.
 *
 * Four phases: hash the files → check what the batch prefix holds → upload the objects → commit the manifest.
 */






/**
 * Files uploaded at once. Each file already keeps every core busy (parallel gzip) and `concurrency` parts in flight;
 * a second file hides per-file latency for many small files. Memory is bounded by FILES_IN_FLIGHT × (concurrency + 1)
 * × partSize (put-stream's pool) plus a few 1 MiB compression blocks.
 */
const FILES_IN_FLIGHT = 2;
/** Runs `fn` over items with at most `limit` at once; on the first failure starts no more and waits for the rest. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Phase 1. First read: the hashes decide whether this batch already exists, and catch a file changing under us later. */
async function hashFiles(o, prefix) {
    const keys = (0,batch/* storedKeys */.C3)(prefix, o.files.map(f => f.name), o.compression);
    const hashes = await mapLimit(o.files, FILES_IN_FLIGHT, f => hashFile(f.path, o.signal));
    return o.files.map((file, i) => ({
        file,
        key: keys[i],
        sha256: hashes[i].sha256,
        size: hashes[i].size
    }));
}
/**
 * Phase 2. What the prefix holds: a complete batch with the same files and settings is returned for reuse; one with
 * other files or settings is refused (batches are immutable); leftovers of an attempt that died before its manifest
 * (incomplete by definition) are removed, to be replaced entirely.
 */
async function checkExisting(o, prefix, planned) {
    const manifestKey = prefix + batch/* MANIFEST_NAME */.ir;
    let existing;
    try {
        existing = await (0,batch_store/* readManifest */.WI)(o.s3, o.bucket, manifestKey);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo((0,batch_store/* explainS3 */.Gf)(err, `reading s3://${o.bucket}/${manifestKey}`, o), { cause: err });
    }
    if (existing) {
        const files = planned.map(p => ({
            originalName: p.file.name,
            plaintextSha256: p.sha256,
            plaintextSize: p.size
        }));
        if (!(0,transfer_manifest/* sameContent */.Cm)(existing, files)) {
            throw new errors/* UserError */.yo(`batch s3://${o.bucket}/${prefix} already exists with different files; batches are immutable: use a new batch-id (or a new run attempt)`);
        }
        const differs = (0,transfer_manifest/* reuseMismatch */.x9)(existing, {
            recipients: o.recipientFingerprints,
            compression: o.compression,
            aead: o.aead
        });
        if (differs) {
            throw new errors/* UserError */.yo(`batch s3://${o.bucket}/${prefix} already exists with these files but a different ${differs}; batches are immutable: use a new batch-id (or a new run attempt), or re-run with the batch's settings to reuse it`);
        }
        return existing;
    }
    const leftovers = await (0,batch_store/* removeBatchObjects */.f9)(o.s3, o.bucket, prefix).catch((err) => {
        throw new errors/* UserError */.yo((0,batch_store/* explainS3 */.Gf)(err, `listing s3://${o.bucket}/${prefix}`, o), { cause: err });
    });
    if (leftovers.objects + leftovers.multipartUploads > 0) {
        o.log?.(`removed ${leftovers.objects} object(s) and ${leftovers.multipartUploads} multipart upload(s) left by an earlier incomplete attempt`);
    }
    return undefined;
}
/** Phase 3. Every file, FILES_IN_FLIGHT at once; the first failure stops the others at once. */
async function uploadObjects(o, planned, controller, now) {
    return mapLimit(planned, FILES_IN_FLIGHT, async (p) => {
        try {
            return await uploadOne(p, o, controller.signal, now);
        }
        catch (err) {
            controller.abort(err);
            throw err;
        }
    });
}
/** Another run committed the same batch first: its objects are not ours to remove. */
class BatchRacedError extends errors/* UserError */.yo {
}
/** Phase 4. The manifest, written last and only if no other run wrote one first (S3 conditional write). */
async function commitManifest(o, prefix, manifest) {
    const manifestKey = prefix + batch/* MANIFEST_NAME */.ir;
    try {
        await o.s3.send(new dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: o.bucket,
            Key: manifestKey,
            Body: (0,transfer_manifest/* serializeManifest */.MZ)(manifest),
            ContentType: 'application/json',
            IfNoneMatch: '*',
            ...sse(o)
        }));
    }
    catch (err) {
        if ((0,batch_store/* statusOf */.LE)(err) === 412) {
            throw new BatchRacedError(`another run completed batch s3://${o.bucket}/${prefix} at the same time: use a new batch-id`);
        }
        throw new errors/* UserError */.yo((0,batch_store/* explainS3 */.Gf)(err, `writing the manifest s3://${o.bucket}/${manifestKey}`, o), {
            cause: err
        });
    }
}
async function uploadBatch(o) {
    const now = o.now ?? Date.now;
    const started = now();
    const prefix = (0,batch/* batchPrefix */.RJ)(o.landingPrefix, o.dataset, o.batchId);
    const manifestKey = prefix + batch/* MANIFEST_NAME */.ir;
    if (o.recipients.length === 0)
        throw new errors/* UserError */.yo('no recipient key to encrypt to');
    const result = (manifest, reused) => ({
        prefix,
        manifestKey,
        reused,
        durationMs: now() - started,
        objects: manifest.objects,
        manifest
    });
    const planned = await hashFiles(o, prefix);
    const existing = await checkExisting(o, prefix, planned);
    // The caller reports the reuse (one line, with what S3 holds).
    if (existing)
        return result(existing, true);
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(o.signal?.reason ?? new Error('aborted'));
    if (o.signal?.aborted)
        onOuterAbort();
    o.signal?.addEventListener('abort', onOuterAbort, { once: true });
    try {
        const objects = await uploadObjects(o, planned, controller, now);
        const manifest = (0,transfer_manifest/* buildManifest */.u1)({
            dataset: o.dataset,
            batchId: o.batchId,
            createdAt: new Date(now()),
            compression: o.compression,
            aead: o.aead,
            recipients: o.recipientFingerprints,
            objects
        });
        if (controller.signal.aborted)
            throw new errors/* UserError */.yo(`upload stopped: ${(0,batch_store/* errorText */.kc)(controller.signal.reason)}`);
        await commitManifest(o, prefix, manifest);
        return result(manifest, false);
    }
    catch (err) {
        controller.abort(err);
        if (!(err instanceof BatchRacedError))
            await (0,batch_store/* removeFailedBatch */.cF)(o.s3, o.bucket, prefix, 'upload failed', o.log ?? (() => { }));
        throw err instanceof errors/* UserError */.yo
            ? err
            : new errors/* UserError */.yo((0,batch_store/* explainS3 */.Gf)(err, `upload to s3://${o.bucket}/${prefix} failed`, o), { cause: err });
    }
    finally {
        o.signal?.removeEventListener('abort', onOuterAbort);
    }
}

// EXTERNAL MODULE: ./src/jobs/expand-files.ts
var expand_files = __webpack_require__(744);
;// CONCATENATED MODULE: ./src/jobs/upload-job.ts
/**
 * The upload job: match files, load and check recipient keys, pick the batch id, then encrypt and upload the batch
 * (or, with dry-run, only say what would be uploaded). Used by `command: upload`, by `run` before it starts the
 * pipeline, and by the CLI.
 */








async function planUpload(s, ctx) {
    const workdir = external_node_path_default().resolve(ctx.cwd, s.workingDirectory);
    const files = await (0,expand_files/* expandFiles */.C)(s.files, workdir, { failOnEmpty: s.failOnEmpty });
    // Key files are relative to the workspace (the shell's directory for the CLI), not to working-directory.
    const recipients = await (0,keys/* loadRecipientKeys */.If)(s.recipients, {
        cwd: ctx.cwd,
        fingerprints: s.recipientFingerprints,
        now: new Date(ctx.now())
    });
    const batchId = s.batchId ?? (0,settings/* deriveBatchId */.LC)(ctx.env, new Date(ctx.now()), () => (0,external_node_crypto_.randomBytes)(6).toString('hex'));
    return { files, batchId, recipients };
}
function plannedReport(s, plan, bucket) {
    const prefix = (0,batch/* batchPrefix */.RJ)(s.prefix, s.dataset, plan.batchId);
    return {
        dataset: s.dataset,
        batchId: plan.batchId,
        bucket,
        prefix,
        manifestUri: `s3://${bucket}/${prefix}${batch/* MANIFEST_NAME */.ir}`,
        reused: false,
        durationMs: 0,
        compression: s.compression,
        recipients: plan.recipients.map(r => r.fingerprint),
        objects: [],
        provenance: s.provenance
    };
}
async function runUploadJob(session, ctx, 
/** Told the planned batch before anything is written (the action reports batch-id even if the upload fails). */
onPlanned) {
    const s = session.settings;
    const bucket = s.bucket;
    const plan = await planUpload(s, ctx);
    const report = plannedReport(s, plan, bucket);
    if (plan.files.length > 0)
        onPlanned?.(report);
    if (plan.files.length === 0) {
        ctx.warn(`no file matches ${s.files.join(', ')} in ${s.workingDirectory}; nothing uploaded (fail-on-empty: false)`);
        return { report, status: 'empty' };
    }
    ctx.log(`batch ${plan.batchId}: ${plan.files.length} file(s) → s3://${bucket}/${report.prefix} encrypted to ${report.recipients.join(', ')}`);
    if (s.dryRun) {
        for (const f of plan.files)
            ctx.log(`  would upload ${f.name} (${f.size} bytes)`);
        return {
            report: {
                ...report,
                objects: plan.files.map(f => ({
                    originalName: f.name,
                    key: '',
                    plaintextSize: f.size,
                    storedSize: 0,
                    plaintextSha256: ''
                }))
            },
            status: 'dry-run'
        };
    }
    const s3 = (0,clients/* createS3Client */.qo)(session.clientOptions);
    try {
        ctx.onBatch?.({ bucket, prefix: report.prefix, complete: false });
        const result = await uploadBatch({
            s3,
            bucket,
            landingPrefix: s.prefix,
            dataset: s.dataset,
            batchId: plan.batchId,
            files: plan.files,
            recipients: plan.recipients.map(r => r.key),
            recipientFingerprints: report.recipients,
            aead: s.aead,
            compression: s.compression,
            compressionLevel: s.compressionLevel,
            partSizeBytes: s.partSizeBytes,
            concurrency: s.concurrency,
            kmsKeyId: s.kmsKeyId,
            signal: ctx.signal,
            log: ctx.log,
            now: ctx.now
        });
        ctx.onBatch?.({ bucket, prefix: report.prefix, complete: true });
        return {
            report: {
                ...report,
                // What S3 holds (a reused batch matched these, but its manifest is the record).
                compression: result.manifest.compression,
                recipients: result.manifest.encryption.recipients,
                manifestUri: `s3://${bucket}/${result.manifestKey}`,
                reused: result.reused,
                durationMs: result.durationMs,
                objects: result.objects.map(o => ({
                    originalName: o.originalName,
                    key: o.key,
                    plaintextSize: o.plaintextSize,
                    storedSize: o.storedSize,
                    plaintextSha256: o.plaintextSha256
                }))
            },
            status: result.reused ? 'reused' : 'uploaded'
        };
    }
    finally {
        s3.destroy();
    }
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   CG: () => (/* binding */ ratio),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeHtml, SUMMARY_LIMIT_BYTES, capSummary */
/**
 * Number and text formatting for summaries and logs. Pure. File names and other user text go through
 * escapeMarkdown/escapeHtml: core.summary writes raw markdown and HTML, and GitHub renders what it can.
 */
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** 512 → '512 B', 1536 → '1.5 KiB', 3 * 2**30 → '3.0 GiB'. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return 'n/a';
    const sign = bytes < 0 ? '-' : '';
    let n = Math.abs(bytes);
    if (n < 1024)
        return `${sign}${Math.round(n)} B`;
    let unit = -1;
    // Step up while the rounded value would read 1024.0 or more.
    while (unit < UNITS.length - 1 && n >= 1023.95) {
        n /= 1024;
        unit++;
    }
    return `${sign}${n.toFixed(1)} ${UNITS[unit]}`;
}
/** 850 → '850 ms', 12_340 → '12.3 s', 245_000 → '4 min 05 s', 7_380_000 → '2 h 03 min'. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return 'n/a';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 59_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 3600) {
        const min = Math.floor(totalSeconds / 60);
        return `${min} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
    }
    const totalMinutes = Math.round(ms / 60_000);
    return `${Math.floor(totalMinutes / 60)} h ${String(totalMinutes % 60).padStart(2, '0')} min`;
}
/** Throughput as bytes per second in binary units: '98.2 MiB/s'; 'n/a' when no time elapsed. */
function formatRate(bytes, ms) {
    if (!(ms > 0) || !Number.isFinite(bytes))
        return 'n/a';
    return `${formatBytes((bytes * 1000) / ms)}/s`;
}
/** Stored size as a share of the original: ratio(31, 100) → '31.0%'; 'n/a' for an empty original. */
function ratio(stored, original) {
    if (!(original > 0) || !Number.isFinite(stored))
        return 'n/a';
    return `${((stored / original) * 100).toFixed(1)}%`;
}
/** For text placed in HTML, attributes included. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * For user text placed in markdown prose or a table cell: one line, HTML neutralized as entities, and markdown
 * punctuation backslash-escaped (| would split a table cell, [ ] ( ) make links, * _ ~ ` emphasis and code).
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&');
}
/**
 * User text as an inline code span. CommonMark treats backslashes inside code spans literally, so nothing is escaped:
 * the fence is one backtick longer than the longest run inside, and padded with spaces when the text starts or ends
 * with a backtick (spec 6.1). Line breaks become spaces; `<` and `&` are literal inside a code span.
 */
function codeSpan(text) {
    const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Cuts text to at most `max` characters, marking the cut with '…'. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** GitHub refuses a step summary above 1 MiB; keep a margin for what the runner adds. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 16 * 1024));
/**
 * Cuts a summary that would exceed the step-summary limit at a line boundary, outside any open code fence or
 * <details> block, and says so. Summaries are built far below the limit; this is the guard for the unexpected.
 */
function capSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const note = "\n\n_The summary was cut here: it would exceed GitHub's 1 MiB step-summary limit. The step log has the rest._\n";
    const budget = limitBytes - Buffer.byteLength(note, 'utf8') - 64;
    const kept = [];
    let bytes = 0;
    let fenceOpen = false;
    let detailsOpen = 0;
    for (const line of markdown.split('\n')) {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (bytes + size > budget)
            break;
        kept.push(line);
        bytes += size;
        if (/^\s*(```|~~~)/.test(line))
            fenceOpen = !fenceOpen;
        detailsOpen += (line.match(/<details\b/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    if (fenceOpen)
        kept.push('```');
    for (let i = 0; i < detailsOpen; i++)
        kept.push('', '</details>');
    return kept.join('\n') + note;
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ cliOptions),
/* harmony export */   Aq: () => (/* binding */ ACTION_COMMANDS),
/* harmony export */   bO: () => (/* binding */ INPUT),
/* harmony export */   eT: () => (/* binding */ rawInputsFromCli),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   sc: () => (/* binding */ DEFAULT_ROLE_SESSION_NAME)
/* harmony export */ });
/* unused harmony export readActionInputs */
/**
 * The single declaration of every input. action.yml declares exactly these (a test checks names, descriptions and
 * defaults), the action reads them through `readActionInputs`, and the CLI offers each as a flag of the same
 * kebab-case name through `cliOptions` / `rawInputsFromCli`. Values stay raw strings here; settings.ts types them.
 */
const ACTION_COMMANDS = ['run', 'upload', 'start', 'validate'];
/**
 * The session name when role-session-name is not given. Not an action.yml default: the post step and the CLI use it
 * too, and the input stays empty unless a workflow sets it.
 */
const DEFAULT_ROLE_SESSION_NAME = 'cleanrooms-connect';
const ALL = ACTION_COMMANDS;
const AWS = ['run', 'upload', 'start'];
const UPLOADING = ['run', 'upload', 'validate'];
const STARTING = ['run', 'start'];
const INPUTS = [
    {
        name: 'command',
        description: "What to do. 'run': encrypt and upload the batch, start the pipeline and wait for it. 'upload': encrypt and upload the batch only. 'start': start the pipeline for an existing batch (batch-id) and wait. 'validate': without AWS credentials (fork pull requests), check recipes against the catalog and the PII policy, run them on sample data, and check files and keys when files is given.",
        default: 'run',
        kind: 'string',
        commands: ALL
    },
    {
        name: 'stack-name',
        description: 'Name of the deployed cleanrooms-connect CloudFormation stack. Its outputs fill bucket, prefix, kms-key-id, recipient and state-machine-arn unless given explicitly (needs cloudformation:DescribeStacks).',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-to-assume',
        description: 'ARN of the IAM role to assume with the GitHub OIDC token (the job needs permissions: id-token: write). Without it the AWS SDK default credential chain is used.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'aws-region',
        description: 'AWS region of the stack and bucket, e.g. us-east-1. Default: the AWS_REGION or AWS_DEFAULT_REGION environment variable.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'audience',
        description: 'Audience of the OIDC token requested from GitHub; must match the role trust policy aud condition.',
        default: 'sts.amazonaws.com',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-session-name',
        description: `Session name for the assumed role (2-64 characters of letters, digits and +=,.@_-); shows in CloudTrail. Default: ${DEFAULT_ROLE_SESSION_NAME}.`,
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-duration-seconds',
        description: 'Lifetime of each assumed-role session in seconds (900-43200, at most the role maximum session duration: CiRoleMaxSessionSeconds for the stack CI role). The action re-assumes with a fresh OIDC token 10 minutes before a session ends, so a wait (timeout-minutes) may outlast it.',
        default: '3600',
        kind: 'integer',
        min: 900,
        max: 43200,
        commands: AWS
    },
    {
        name: 'endpoint-url',
        description: 'Custom S3-compatible endpoint (http or https URL), e.g. a local S3 server for tests. Path-style addressing is used with it. S3 only: Step Functions, CloudFormation, STS and SNS take theirs from AWS_ENDPOINT_URL_<SERVICE>.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'files',
        description: "Globs of the files of the batch, relative to working-directory, separated by newlines or commas (commas inside {a,b} braces belong to the glob). Required for run, upload and validate. Example: 'exports/**/*.csv'.",
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'working-directory',
        description: 'Directory the files globs are resolved in; object names keep the path relative to it.',
        default: '.',
        kind: 'string',
        commands: UPLOADING
    },
    {
        name: 'dataset',
        description: 'Name of the dataset (lowercase letters, digits, _ and -; at most 64): the batch lands under <prefix><dataset>/<batch-id>/ and the pipeline names its output after it. Required for every command.',
        kind: 'string',
        commands: ALL
    },
    {
        name: 'bucket',
        description: 'S3 bucket of the landing zone. Default: the stack output DataBucketName.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'prefix',
        description: "Key prefix of the landing zone in the bucket, ending in '/'. Default: the stack output LandingPrefix, else 'landing/'.",
        kind: 'string',
        commands: AWS
    },
    {
        name: 'kms-key-id',
        description: 'KMS key for SSE-KMS on the uploaded objects: key ARN or key id (no alias: the stack bucket policy matches the key, not an alias). Default: the stack output KmsKeyArn, else the bucket default encryption.',
        kind: 'string',
        commands: ['run', 'upload']
    },
    {
        name: 'recipient',
        description: 'OpenPGP public key(s) to encrypt to: either one or more ASCII-armored public key blocks (pasted, e.g. from a variable), or one or more paths to key files (armored or binary) relative to the workspace, one per line. Do not mix the two forms. Default: the stack output PgpPublicKey. Private keys are refused.',
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'recipient-fingerprint',
        description: 'Expected fingerprint(s) of the recipient keys (40 or 64 hex digits; spaces allowed), separated by commas or newlines. The step fails if the keys do not match exactly: pins the key taken from a stack or a file.',
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'aead',
        description: 'Encrypt with OpenPGP AEAD (SEIPDv2). Only newer peers read it (gpg 2.2 and rnp 0.16 do not), so the default is the integrity-protected SEIPDv1 packet.',
        default: 'false',
        kind: 'boolean',
        commands: UPLOADING
    },
    {
        name: 'compression',
        description: "Compress each file before encryption: 'gzip' (objects named .gz.pgp; DataBrew reads gzip) or 'none'.",
        default: 'gzip',
        kind: 'string',
        commands: UPLOADING
    },
    {
        name: 'compression-level',
        description: 'gzip level 1 (fastest) to 9 (smallest). 6 is the zlib default, a balance for CSV; the upload benchmark (bench/) measures the trade-off on your data.',
        default: '6',
        kind: 'integer',
        min: 1,
        max: 9,
        commands: UPLOADING
    },
    {
        name: 'part-size-mb',
        description: 'Multipart upload part size in MiB (5-5120). Each file holds part-size-mb x (concurrency + 1) of parts (those in flight and the one being filled), two files at a time; S3 allows at most 10000 parts per object (8 MiB parts: objects up to 78 GiB after compression).',
        default: '8',
        kind: 'integer',
        min: 5,
        max: 5120,
        commands: ['run', 'upload']
    },
    {
        name: 'concurrency',
        description: 'Parts uploaded in parallel per file (1-16). Compressed data rarely outruns two 8 MiB parts in flight; each more part costs part-size-mb of memory per file.',
        default: '2',
        kind: 'integer',
        min: 1,
        max: 16,
        commands: ['run', 'upload']
    },
    {
        name: 'batch-id',
        description: "Identifier of the batch (letters, digits, _ and -; at most 64). Default for run and upload: gh-<run id>-<run attempt> in Actions (local-<time>-<random> elsewhere), so re-running an attempt finds its batch. Required for 'start': the batch-id output of the upload step.",
        kind: 'string',
        commands: ALL
    },
    {
        name: 'state-machine-arn',
        description: 'ARN of the Step Functions state machine of the pipeline. Default: the stack output StateMachineArn.',
        kind: 'string',
        commands: STARTING
    },
    {
        name: 'wait',
        description: 'Wait for the pipeline execution to finish and fail the step if it does not succeed. With false the step ends once the execution has started.',
        default: 'true',
        kind: 'boolean',
        commands: STARTING
    },
    {
        name: 'stop-on-cancel',
        description: 'When the job is cancelled while waiting for the pipeline, stop the execution (StopExecution, within 5 seconds; the post step does it if the main step was killed). With false the execution keeps running.',
        default: 'true',
        kind: 'boolean',
        commands: STARTING
    },
    {
        name: 'timeout-minutes',
        description: 'How long to wait for the pipeline (1-7200 minutes). On timeout the step fails; the execution keeps running and its ARN is in the outputs. Credentials are refreshed while waiting (see role-duration-seconds); the job timeout still applies (at most 360 minutes on GitHub-hosted runners).',
        default: '60',
        kind: 'integer',
        min: 1,
        max: 7200,
        commands: STARTING
    },
    {
        name: 'fail-on-empty',
        description: 'Fail when the files globs match no file (the message names the globs). With false an empty match ends the step successfully without uploading.',
        default: 'true',
        kind: 'boolean',
        commands: UPLOADING
    },
    {
        name: 'notify',
        description: "Publish a failure before the pipeline runs (upload or start failed) to the stack's notification topic (stack output NotificationTopicArn), with the message attributes the pipeline's own failure notices carry. Needs stack-name; false turns it off.",
        default: 'true',
        kind: 'boolean',
        commands: AWS
    },
    {
        name: 'dry-run',
        description: 'Resolve settings, match files and load keys, then report what would be uploaded and started without writing to S3 or starting the pipeline.',
        default: 'false',
        kind: 'boolean',
        commands: AWS
    },
    {
        name: 'recipes',
        description: "Globs of DataBrew recipe files (JSON as DataBrew exports them) for command validate, relative to the workspace. Example: 'recipes/*.json'.",
        kind: 'list',
        commands: ['validate']
    },
    {
        name: 'policy',
        description: 'PII policy file (YAML) for command validate: which columns are PII and the hash contract; validation fails when a PII column leaves a recipe unhashed.',
        kind: 'string',
        commands: ['validate']
    },
    {
        name: 'sample-data',
        description: 'Sample file (.csv, .jsonl or .parquet) each recipe is run on by command validate, for the before/after preview and the output schema. Never real customer data: the summary masks policy columns, but the file lives in the repository.',
        kind: 'string',
        commands: ['validate']
    },
    {
        name: 'contract',
        description: "Collaboration contract (YAML, e.g. infra/cleanrooms.yml) for command validate: the Clean Rooms configured table and analysis rule. Checked with the Clean Rooms API's rules and against its recipe (allowed columns it outputs, join columns hashed under the policy's contract) and the PII policy (no PII as a dimension or list column); the summary shows each column's role and protection. On a pull request whose checkout has the base branch (fetch-depth: 0), a change partners would notice (a column removed or retyped, a stricter rule) fails unless the contract's revision is raised.",
        kind: 'string',
        commands: ['validate']
    }
];
function inputSpec(name) {
    return INPUTS.find(i => i.name === name);
}
/** Each input's declaration by name, with its literal types (default, min, max) kept for settings.ts. */
const INPUT = Object.fromEntries(INPUTS.map(i => [i.name, i]));
/** Reads every input through the caller's getter (core.getInput in the action; no @actions import here). */
function readActionInputs(getInput) {
    const raw = {};
    for (const input of INPUTS) {
        const value = getInput(input.name);
        raw[input.name] = value === '' ? undefined : value;
    }
    return raw;
}
/**
 * node:util parseArgs options for every input: booleans are bare flags, with `--no-NAME` for those that default to
 * true; lists may be repeated (`--files a --files b`). Pass the parsed values to `rawInputsFromCli`.
 */
function cliOptions() {
    const options = {};
    for (const input of INPUTS) {
        if (input.kind === 'boolean') {
            options[input.name] = { type: 'boolean' };
            if (input.default === 'true')
                options[`no-${input.name}`] = { type: 'boolean' };
        }
        else {
            options[input.name] = input.kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' };
        }
    }
    return options;
}
/** parseArgs values → RawInputs (repeated list flags joined by newlines; `--no-wait` → wait: 'false'). */
function rawInputsFromCli(values) {
    const raw = {};
    for (const input of INPUTS) {
        const value = values[input.name];
        const negated = values[`no-${input.name}`];
        if (negated === true)
            raw[input.name] = 'false';
        else if (Array.isArray(value))
            raw[input.name] = value.map(String).join('\n');
        else if (typeof value === 'boolean')
            raw[input.name] = String(value);
        else if (typeof value === 'string' && value !== '')
            raw[input.name] = value;
    }
    return raw;
}


/***/ }),

/***/ 2993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ requireForAws),
/* harmony export */   CI: () => (/* binding */ requireRegion),
/* harmony export */   Tl: () => (/* binding */ requireForValidate)
/* harmony export */ });
/* unused harmony export requireForCommand */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * What each command requires once stack outputs are applied, and the settings type it then gets: the fields the
 * command needs are not optional, so the jobs take them as given. Every missing input is named at once, with how to
 * supply it.
 */

/** How a missing value can be supplied, for the message of requireForCommand. */
const HOW = {
    files: "set input 'files' (globs, e.g. exports/*.csv)",
    dataset: "set input 'dataset' (e.g. customers)",
    'aws-region': "set input 'aws-region' or env AWS_REGION",
    bucket: "set input 'bucket' or 'stack-name' (its output DataBucketName)",
    recipient: "set input 'recipient' or 'stack-name' (its output PgpPublicKey)",
    'state-machine-arn': "set input 'state-machine-arn' or 'stack-name' (its output StateMachineArn)",
    'batch-id': "set input 'batch-id' to the batch to start (the batch-id output of the upload step)",
    recipes: "set input 'recipes' (globs of DataBrew recipe files) and/or 'files'"
};
function missing(s) {
    const needs = [];
    if (s.command === 'validate') {
        // Recipes, files, or both: files bring the upload checks (dataset, keys) with them.
        if (s.recipes.length === 0 && s.files.length === 0 && !s.contract)
            needs.push('recipes');
        if (s.files.length > 0 && !s.dataset)
            needs.push('dataset');
        return needs;
    }
    const uploads = s.command === 'run' || s.command === 'upload';
    if (uploads && s.files.length === 0)
        needs.push('files');
    if (!s.dataset)
        needs.push('dataset');
    if (!s.region)
        needs.push('aws-region');
    if (!s.bucket)
        needs.push('bucket');
    if (uploads && s.recipients.length === 0)
        needs.push('recipient');
    if ((s.command === 'run' || s.command === 'start') && !s.stateMachineArn)
        needs.push('state-machine-arn');
    if (s.command === 'start' && !s.batchId)
        needs.push('batch-id');
    return needs;
}
/** One UsageError naming every missing input and how to supply it. */
function missingInputs(command, needs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(needs
        .map(n => `input '${n}': required for command '${command}' (${HOW[n] ?? `set input '${n}'`})`)
        .join('; '));
}
/**
 * Checks what an AWS command needs, after stack outputs have been applied, and returns the settings typed for it;
 * throws one UsageError naming every missing input and how to supply it.
 */
function requireForAws(s) {
    const needs = missing(s);
    const { command, region, bucket, dataset, stateMachineArn, batchId } = s;
    if (needs.length === 0 && region && bucket && dataset) {
        const aws = { ...s, region, bucket, dataset };
        if (command === 'upload')
            return { ...aws, command };
        if (command === 'run' && stateMachineArn)
            return { ...aws, command, stateMachineArn };
        if (command === 'start' && stateMachineArn && batchId)
            return { ...aws, command, stateMachineArn, batchId };
    }
    throw missingInputs(command, needs);
}
/** Checks what validate needs: recipes, files or a contract, and a dataset with files. */
function requireForValidate(s) {
    const needs = missing(s);
    if (needs.length > 0)
        throw missingInputs(s.command, needs);
    return s;
}
/** requireForAws or requireForValidate, by the settings' command. */
function requireForCommand(s) {
    const { command } = s;
    return command === 'validate' ? requireForValidate({ ...s, command }) : requireForAws({ ...s, command });
}
/**
 * The region of an AWS command, needed before the stack outputs can be read (credentials and the CloudFormation
 * client need it). When it is missing, the error names every input missing so far, like requireForAws.
 */
function requireRegion(s) {
    if (s.region)
        return s.region;
    const needs = missing(s);
    throw missingInputs(s.command, needs.includes('aws-region') ? needs : ['aws-region']);
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ deriveBatchId),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   q: () => (/* binding */ parseRecipients)
/* harmony export */ });
/* unused harmony exports DEFAULT_PREFIX, splitList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4455);



const DEFAULT_PREFIX = 'landing/';
function problem(problems, name, text) {
    problems.push(`input '${name}': ${text}`);
}
function given(raw, name) {
    const v = raw[name];
    if (v === undefined)
        return undefined;
    const t = v.trim();
    return t === '' ? undefined : t;
}
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);
/** A boolean input, defaulting to its declared default. */
function bool(raw, name, problems) {
    const fallback = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO[name].default === 'true';
    const v = given(raw, name);
    if (v === undefined)
        return fallback;
    const lower = v.toLowerCase();
    if (TRUE.has(lower))
        return true;
    if (FALSE.has(lower))
        return false;
    problem(problems, name, `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a boolean (use true or false)`);
    return fallback;
}
/** An integer input within its declared range, defaulting to its declared default. */
function int(raw, name, problems) {
    const { min, max } = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO[name];
    const fallback = Number(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO[name].default);
    const v = given(raw, name);
    if (v === undefined)
        return fallback;
    if (!/^\d+$/.test(v)) {
        problem(problems, name, `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a whole number (use ${min}-${max})`);
        return fallback;
    }
    const n = Number(v);
    if (n < min || n > max) {
        problem(problems, name, `${n} is out of range (use ${min}-${max})`);
        return fallback;
    }
    return n;
}
function checked(raw, name, check, problems) {
    const v = given(raw, name);
    if (v === undefined)
        return undefined;
    const p = check(v);
    if (p) {
        problem(problems, name, p);
        return undefined;
    }
    return v;
}
/** Splits on newlines and on commas outside {…} braces, so `data/{a,b}.csv` stays one glob. */
function splitList(v) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const ch of v) {
        if (ch === '{')
            depth++;
        else if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
            items.push(current);
            current = '';
        }
        else
            current += ch;
    }
    items.push(current);
    return items.map(s => s.trim()).filter(s => s !== '');
}
const ARMOR_BLOCK = /-----BEGIN PGP ([A-Z ]+)-----[\s\S]*?-----END PGP \1-----/g;
/**
 * `recipient` is either one or more armored blocks (pasted text; anything outside the blocks but whitespace is an
 * error) or one or more paths, one per line. Commas are not separators: paths may contain them.
 */
function parseRecipients(v) {
    if (!v.includes('-----BEGIN PGP')) {
        const paths = v
            .split(/\r?\n/)
            .map(s => s.trim())
            .filter(s => s !== '');
        return { recipients: paths.map(path => ({ kind: 'path', path })) };
    }
    const recipients = [];
    for (const m of v.matchAll(ARMOR_BLOCK)) {
        if (m[1] !== 'PUBLIC KEY BLOCK') {
            const what = m[1] === 'PRIVATE KEY BLOCK' ? 'a PRIVATE key' : `a '${m[1]}' block`;
            return {
                recipients: [],
                problem: `holds ${what}, not a public key (export the public key: gpg --export --armor FINGERPRINT)`
            };
        }
        recipients.push({ kind: 'armored', armored: m[0] });
    }
    const rest = v.replace(ARMOR_BLOCK, '').trim();
    if (rest !== '' || recipients.length === 0) {
        return {
            recipients: [],
            problem: 'mixes armored key text with other text, or has an unterminated block (give only complete -----BEGIN/END PGP PUBLIC KEY BLOCK----- blocks, or only file paths one per line)'
        };
    }
    return { recipients };
}
/** aws-region, else env AWS_REGION, else env AWS_DEFAULT_REGION (the first one set, checked like the input). */
function readRegion(raw, env, problems, provenance) {
    const region = checked(raw, 'aws-region', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRegion */ .vK, problems);
    if (region === undefined && given(raw, 'aws-region') === undefined) {
        for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
            const v = env[variable]?.trim();
            if (!v)
                continue;
            const p = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRegion */ .vK)(v);
            if (p)
                problem(problems, 'aws-region', `env ${variable}: ${p}`);
            else {
                provenance['aws-region'] = `env ${variable}`;
                return v;
            }
            break;
        }
    }
    return region;
}
/** Types and validates every input; throws one UsageError listing all problems. */
function parseSettings(raw, env) {
    const problems = [];
    const provenance = {};
    for (const [name, value] of Object.entries(raw)) {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name) && value !== undefined && value.trim() !== '')
            provenance[name] = 'input';
    }
    const commandRaw = given(raw, 'command') ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.command.default;
    let command = 'run';
    if (_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_COMMANDS */ .Aq.includes(commandRaw))
        command = commandRaw;
    else
        problem(problems, 'command', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(commandRaw)}' is not a command (use ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_COMMANDS */ .Aq.join(', ')})`);
    const region = readRegion(raw, env, problems, provenance);
    const compressionRaw = given(raw, 'compression') ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.compression.default;
    let compression = 'gzip';
    if (compressionRaw.toLowerCase() === 'gzip' || compressionRaw.toLowerCase() === 'none')
        compression = compressionRaw.toLowerCase();
    else
        problem(problems, 'compression', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(compressionRaw)}' is not supported (use gzip or none)`);
    let prefix = DEFAULT_PREFIX;
    const prefixRaw = given(raw, 'prefix');
    if (prefixRaw !== undefined) {
        const p = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrefix */ .iG)(prefixRaw);
        if (p.problem)
            problem(problems, 'prefix', p.problem);
        else if (p.value)
            prefix = p.value;
    }
    let recipients = [];
    const recipientRaw = given(raw, 'recipient');
    if (recipientRaw !== undefined) {
        const r = parseRecipients(recipientRaw);
        if (r.problem)
            problem(problems, 'recipient', r.problem);
        recipients = r.recipients;
    }
    const recipientFingerprints = [];
    for (const item of splitList(given(raw, 'recipient-fingerprint') ?? '')) {
        const fpr = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeFingerprint */ .o3)(item);
        if (fpr)
            recipientFingerprints.push(fpr);
        else
            problem(problems, 'recipient-fingerprint', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(item)}' is not a key fingerprint (use the 40 or 64 hex digits from gpg --fingerprint)`);
    }
    const audience = given(raw, 'audience') ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.audience.default;
    const files = splitList(given(raw, 'files') ?? '');
    const settings = {
        command,
        stackName: checked(raw, 'stack-name', v => /^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(v) || /^arn:aws(-[a-z]+)*:cloudformation:/.test(v)
            ? undefined
            : `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a stack name (use up to 128 letters, digits and -, starting with a letter)`, problems),
        roleToAssume: checked(raw, 'role-to-assume', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoleArn */ .Cz, problems),
        region,
        audience,
        roleSessionName: checked(raw, 'role-session-name', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoleSessionName */ .IC, problems) ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ROLE_SESSION_NAME */ .sc,
        roleDurationSeconds: int(raw, 'role-duration-seconds', problems),
        endpointUrl: checked(raw, 'endpoint-url', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEndpointUrl */ .LE, problems),
        files,
        workingDirectory: given(raw, 'working-directory') ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO['working-directory'].default,
        dataset: checked(raw, 'dataset', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDataset */ .$F, problems),
        bucket: checked(raw, 'bucket', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBucketName */ .WR, problems),
        prefix,
        kmsKeyId: checked(raw, 'kms-key-id', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKmsKeyId */ .eN, problems),
        recipients,
        recipientFingerprints,
        aead: bool(raw, 'aead', problems),
        compression,
        compressionLevel: int(raw, 'compression-level', problems),
        partSizeBytes: int(raw, 'part-size-mb', problems) * 1024 * 1024,
        concurrency: int(raw, 'concurrency', problems),
        batchId: checked(raw, 'batch-id', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBatchId */ .s7, problems),
        stateMachineArn: checked(raw, 'state-machine-arn', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStateMachineArn */ ._u, problems),
        wait: bool(raw, 'wait', problems),
        stopOnCancel: bool(raw, 'stop-on-cancel', problems),
        timeoutMinutes: int(raw, 'timeout-minutes', problems),
        failOnEmpty: bool(raw, 'fail-on-empty', problems),
        notify: bool(raw, 'notify', problems),
        dryRun: bool(raw, 'dry-run', problems),
        recipes: splitList(given(raw, 'recipes') ?? ''),
        policy: given(raw, 'policy'),
        sampleData: given(raw, 'sample-data'),
        contract: given(raw, 'contract'),
        provenance
    };
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(problems.join('; '));
    return settings;
}
/**
 * The default batch id: `gh-<run id>-<run attempt>` in GitHub Actions, so a re-run of the same attempt finds its own
 * batch; elsewhere `local-<UTC time>-<random>`. Time and randomness are passed in.
 */
function deriveBatchId(env, now, random) {
    const run = env.GITHUB_RUN_ID?.trim();
    if (run && /^\d+$/.test(run)) {
        const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
        return `gh-${run}-${attempt && /^\d+$/.test(attempt) ? attempt : '1'}`;
    }
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const suffix = random()
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 12) || '0';
    return `local-${stamp}-${suffix}`;
}


/***/ })

};
