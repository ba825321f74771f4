export const id = 542;
export const ids = [542];
export const modules = {

/***/ 6542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultGlueHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "glue",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultGlueHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "glue",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1168.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://glue-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://glue-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://glue.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://glue.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class GlueServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.glue#GlueServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, GlueServiceException.prototype);
    }
}

class AccessDeniedException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class AlreadyExistsException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#AlreadyExistsException";
    name = "AlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class ConcurrentModificationException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ConcurrentModificationException";
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
class EntityNotFoundException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#EntityNotFoundException";
    name = "EntityNotFoundException";
    $fault = "client";
    Message;
    FromFederationSource;
    constructor(opts) {
        super({
            name: "EntityNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EntityNotFoundException.prototype);
        this.Message = opts.Message;
        this.FromFederationSource = opts.FromFederationSource;
    }
}
class InternalServiceException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#InternalServiceException";
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidInputException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#InvalidInputException";
    name = "InvalidInputException";
    $fault = "client";
    Message;
    FromFederationSource;
    constructor(opts) {
        super({
            name: "InvalidInputException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
        this.Message = opts.Message;
        this.FromFederationSource = opts.FromFederationSource;
    }
}
class ThrottlingException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ThrottlingException";
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
class GlueEncryptionException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#GlueEncryptionException";
    name = "GlueEncryptionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "GlueEncryptionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlueEncryptionException.prototype);
        this.Message = opts.Message;
    }
}
class OperationTimeoutException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#OperationTimeoutException";
    name = "OperationTimeoutException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationTimeoutException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationTimeoutException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNumberLimitExceededException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ResourceNumberLimitExceededException";
    name = "ResourceNumberLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNumberLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNumberLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotReadyException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ResourceNotReadyException";
    name = "ResourceNotReadyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotReadyException.prototype);
        this.Message = opts.Message;
    }
}
class FederationSourceException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#FederationSourceException";
    name = "FederationSourceException";
    $fault = "client";
    FederationSourceErrorCode;
    Message;
    constructor(opts) {
        super({
            name: "FederationSourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FederationSourceException.prototype);
        this.FederationSourceErrorCode = opts.FederationSourceErrorCode;
        this.Message = opts.Message;
    }
}
class FederationSourceRetryableException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#FederationSourceRetryableException";
    name = "FederationSourceRetryableException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "FederationSourceRetryableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FederationSourceRetryableException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidStateException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#InvalidStateException";
    name = "InvalidStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidStateException.prototype);
        this.Message = opts.Message;
    }
}
class IllegalSessionStateException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IllegalSessionStateException";
    name = "IllegalSessionStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IllegalSessionStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IllegalSessionStateException.prototype);
        this.Message = opts.Message;
    }
}
class FederatedResourceAlreadyExistsException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#FederatedResourceAlreadyExistsException";
    name = "FederatedResourceAlreadyExistsException";
    $fault = "client";
    Message;
    AssociatedGlueResource;
    constructor(opts) {
        super({
            name: "FederatedResourceAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FederatedResourceAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.AssociatedGlueResource = opts.AssociatedGlueResource;
    }
}
class ColumnStatisticsTaskRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskRunningException";
    name = "ColumnStatisticsTaskRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ColumnStatisticsTaskRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ColumnStatisticsTaskRunningException.prototype);
        this.Message = opts.Message;
    }
}
class IdempotentParameterMismatchException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IdempotentParameterMismatchException";
    name = "IdempotentParameterMismatchException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IdempotentParameterMismatchException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IdempotentParameterMismatchException.prototype);
        this.Message = opts.Message;
    }
}
class ValidationException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ValidationException";
    name = "ValidationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
    }
}
class ConflictException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ConflictException";
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class IntegrationConflictOperationFault extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IntegrationConflictOperationFault";
    name = "IntegrationConflictOperationFault";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IntegrationConflictOperationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationConflictOperationFault.prototype);
        this.Message = opts.Message;
    }
}
class IntegrationQuotaExceededFault extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IntegrationQuotaExceededFault";
    name = "IntegrationQuotaExceededFault";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IntegrationQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationQuotaExceededFault.prototype);
        this.Message = opts.Message;
    }
}
class InternalServerException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#InternalServerException";
    name = "InternalServerException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.Message = opts.Message;
    }
}
class KMSKeyNotAccessibleFault extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#KMSKeyNotAccessibleFault";
    name = "KMSKeyNotAccessibleFault";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "KMSKeyNotAccessibleFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSKeyNotAccessibleFault.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class OperationNotSupportedException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#OperationNotSupportedException";
    name = "OperationNotSupportedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotSupportedException.prototype);
        this.Message = opts.Message;
    }
}
class CrawlerRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#CrawlerRunningException";
    name = "CrawlerRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CrawlerRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CrawlerRunningException.prototype);
        this.Message = opts.Message;
    }
}
class SchedulerTransitioningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#SchedulerTransitioningException";
    name = "SchedulerTransitioningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SchedulerTransitioningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SchedulerTransitioningException.prototype);
        this.Message = opts.Message;
    }
}
class IntegrationNotFoundFault extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IntegrationNotFoundFault";
    name = "IntegrationNotFoundFault";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IntegrationNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationNotFoundFault.prototype);
        this.Message = opts.Message;
    }
}
class InvalidIntegrationStateFault extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#InvalidIntegrationStateFault";
    name = "InvalidIntegrationStateFault";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidIntegrationStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIntegrationStateFault.prototype);
        this.Message = opts.Message;
    }
}
class ConditionCheckFailureException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ConditionCheckFailureException";
    name = "ConditionCheckFailureException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConditionCheckFailureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConditionCheckFailureException.prototype);
        this.Message = opts.Message;
    }
}
class TargetResourceNotFound extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#TargetResourceNotFound";
    name = "TargetResourceNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TargetResourceNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TargetResourceNotFound.prototype);
        this.Message = opts.Message;
    }
}
class PermissionTypeMismatchException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#PermissionTypeMismatchException";
    name = "PermissionTypeMismatchException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PermissionTypeMismatchException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PermissionTypeMismatchException.prototype);
        this.Message = opts.Message;
    }
}
class ConcurrentRunsExceededException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ConcurrentRunsExceededException";
    name = "ConcurrentRunsExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentRunsExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentRunsExceededException.prototype);
        this.Message = opts.Message;
    }
}
class IllegalWorkflowStateException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IllegalWorkflowStateException";
    name = "IllegalWorkflowStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IllegalWorkflowStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IllegalWorkflowStateException.prototype);
        this.Message = opts.Message;
    }
}
class SessionBusyException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#SessionBusyException";
    name = "SessionBusyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SessionBusyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SessionBusyException.prototype);
        this.Message = opts.Message;
    }
}
class IllegalBlueprintStateException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#IllegalBlueprintStateException";
    name = "IllegalBlueprintStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IllegalBlueprintStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IllegalBlueprintStateException.prototype);
        this.Message = opts.Message;
    }
}
class NoScheduleException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#NoScheduleException";
    name = "NoScheduleException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NoScheduleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoScheduleException.prototype);
        this.Message = opts.Message;
    }
}
class SchedulerRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#SchedulerRunningException";
    name = "SchedulerRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SchedulerRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SchedulerRunningException.prototype);
        this.Message = opts.Message;
    }
}
class MaterializedViewRefreshTaskRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskRunningException";
    name = "MaterializedViewRefreshTaskRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaterializedViewRefreshTaskRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaterializedViewRefreshTaskRunningException.prototype);
        this.Message = opts.Message;
    }
}
class MLTransformNotReadyException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#MLTransformNotReadyException";
    name = "MLTransformNotReadyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MLTransformNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MLTransformNotReadyException.prototype);
        this.Message = opts.Message;
    }
}
class ColumnStatisticsTaskNotRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskNotRunningException";
    name = "ColumnStatisticsTaskNotRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ColumnStatisticsTaskNotRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ColumnStatisticsTaskNotRunningException.prototype);
        this.Message = opts.Message;
    }
}
class ColumnStatisticsTaskStoppingException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskStoppingException";
    name = "ColumnStatisticsTaskStoppingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ColumnStatisticsTaskStoppingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ColumnStatisticsTaskStoppingException.prototype);
        this.Message = opts.Message;
    }
}
class CrawlerNotRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#CrawlerNotRunningException";
    name = "CrawlerNotRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CrawlerNotRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CrawlerNotRunningException.prototype);
        this.Message = opts.Message;
    }
}
class CrawlerStoppingException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#CrawlerStoppingException";
    name = "CrawlerStoppingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CrawlerStoppingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CrawlerStoppingException.prototype);
        this.Message = opts.Message;
    }
}
class SchedulerNotRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#SchedulerNotRunningException";
    name = "SchedulerNotRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SchedulerNotRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SchedulerNotRunningException.prototype);
        this.Message = opts.Message;
    }
}
class MaterializedViewRefreshTaskNotRunningException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskNotRunningException";
    name = "MaterializedViewRefreshTaskNotRunningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaterializedViewRefreshTaskNotRunningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaterializedViewRefreshTaskNotRunningException.prototype);
        this.Message = opts.Message;
    }
}
class MaterializedViewRefreshTaskStoppingException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskStoppingException";
    name = "MaterializedViewRefreshTaskStoppingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaterializedViewRefreshTaskStoppingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaterializedViewRefreshTaskStoppingException.prototype);
        this.Message = opts.Message;
    }
}
class VersionMismatchException extends GlueServiceException {
    static shapeId = "com.amazonaws.glue#VersionMismatchException";
    name = "VersionMismatchException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "VersionMismatchException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, VersionMismatchException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Action";
const _AA = "ApplicationArn";
const _AAC = "AdditionalAuditContext";
const _AAF = "AndAllFilters";
const _AAd = "AddArguments";
const _AC = "AuthorizationCode";
const _ACI = "AuthenticationConfigurationInput";
const _ACP = "AuthorizationCodeProperties";
const _ACPt = "AthenaConnectionProperties";
const _ACR = "AllColumnsRequested";
const _ACS = "AthenaConnectorSource";
const _ACT = "AccuracyCostTradeoff";
const _ACU = "AuthorizationCodeUrl";
const _ACd = "AdditionalContext";
const _ACl = "AllocatedCapacity";
const _ACu = "AuditContext";
const _ACut = "AuthConfiguration";
const _ACuth = "AuthenticationConfiguration";
const _ACutho = "AuthorizedColumns";
const _AD = "AssetDescription";
const _ADE = "AccessDeniedException";
const _ADO = "AdditionalDeltaOptions";
const _ADQ = "AutoDataQuality";
const _ADS = "AdditionalDataSources";
const _AE = "AnnotationError";
const _AEB = "AvoidEmptyBatches";
const _AEC = "AdditionalEncryptionContext";
const _AEE = "AlreadyExistsException";
const _AEL = "AnnotationErrorList";
const _AF = "AggFunc";
const _AFE = "AssetFormEntry";
const _AFM = "AssetFormMap";
const _AFTEDA = "AllowFullTableExternalDataAccess";
const _AFt = "AttributeFilter";
const _AGR = "AssociatedGlueResource";
const _AGT = "AssociateGlossaryTerms";
const _AGTR = "AssociateGlossaryTermsRequest";
const _AGTRs = "AssociateGlossaryTermsResponse";
const _AHO = "AdditionalHudiOptions";
const _AI = "AssetIdentifier";
const _AIO = "AdditionalIcebergOptions";
const _AITBR = "AddIdleTimeBetweenReads";
const _AIc = "AccountId";
const _AIn = "AnalysisId";
const _AKKI = "AwsKmsKeyId";
const _AL = "AverageLength";
const _ALc = "ActionList";
const _ALd = "AdditionalLocations";
const _ALn = "AnnotationList";
const _ALr = "ArtifactLocation";
const _AM = "ApplyMapping";
const _AMg = "AggregatedMetrics";
const _AN = "AttachmentName";
const _ANs = "AssetName";
const _AO = "AggregateOperation";
const _AOFCE = "ApplyOverrideForComputeEnvironment";
const _AOd = "AdvancedOptions";
const _AOdd = "AdditionalOptions";
const _AOg = "AggregateOperations";
const _AP = "AthenaProperties";
const _APK = "AddPublicKeys";
const _APOM = "AdditionalPlanOptionsMap";
const _APu = "AuthenticationParameters";
const _APut = "AutoPushdown";
const _AR = "AnalyzerResults";
const _ARAO = "AmazonRedshiftAdvancedOption";
const _ARAOm = "AmazonRedshiftAdvancedOptions";
const _ARND = "AmazonRedshiftNodeData";
const _ARO = "AdditionalRunOptions";
const _ARP = "AdditionalRequestParameters";
const _ARS = "AmazonRedshiftSource";
const _ART = "AmazonRedshiftTarget";
const _ARTd = "AddRecordTimestamp";
const _AS = "AuthStrategy";
const _ASC = "AllowSingleColumn";
const _AT = "AccessToken";
const _ATET = "AuthTokenExpirationTime";
const _ATFM = "AssetTypeFormsMap";
const _ATFR = "AssetTypeFormReference";
const _ATG = "AttributesToGet";
const _ATI = "AssetTypeItem";
const _ATIL = "AssetTypeItemList";
const _ATIs = "AssetTypeId";
const _ATc = "AccessType";
const _ATn = "AnalyzedTime";
const _ATu = "AuthenticationType";
const _ATut = "AuthenticationTypes";
const _ATuth = "AuthToken";
const _AUM = "AutoUpgradeMetadata";
const _AUPRC = "AreaUnderPRCurve";
const _AV = "AllowedValue";
const _AVc = "ActualValue";
const _AVl = "AllowedValues";
const _AWSMCAR = "AWSManagedClientApplicationReference";
const _AZ = "AvailabilityZone";
const _Ac = "Actions";
const _Ag = "Aggregate";
const _Agg = "Aggs";
const _Al = "Alias";
const _An = "Annotations";
const _Ar = "Arguments";
const _Arg = "Args";
const _As = "Assign";
const _At = "Attachments";
const _Att = "Attempt";
const _Attr = "Attribute";
const _B = "Blueprints";
const _BAC = "BasicAuthenticationCredentials";
const _BAP = "BasicAuthenticationProperties";
const _BC = "BetweenConfiguration";
const _BCP = "BatchCreatePartition";
const _BCPR = "BatchCreatePartitionRequest";
const _BCPRa = "BatchCreatePartitionResponse";
const _BCSD = "BinaryColumnStatisticsData";
const _BCSDo = "BooleanColumnStatisticsData";
const _BCT = "BasicCatalogTarget";
const _BCu = "BucketColumns";
const _BD = "BlueprintDetails";
const _BDC = "BatchDeleteConnection";
const _BDCR = "BatchDeleteConnectionRequest";
const _BDCRa = "BatchDeleteConnectionResponse";
const _BDP = "BatchDeletePartition";
const _BDPR = "BatchDeletePartitionRequest";
const _BDPRa = "BatchDeletePartitionResponse";
const _BDPVL = "BatchDeletePartitionValueList";
const _BDT = "BatchDeleteTable";
const _BDTR = "BatchDeleteTableRequest";
const _BDTRa = "BatchDeleteTableResponse";
const _BDTV = "BatchDeleteTableVersion";
const _BDTVR = "BatchDeleteTableVersionRequest";
const _BDTVRa = "BatchDeleteTableVersionResponse";
const _BE = "BackfillError";
const _BEPL = "BackfillErroredPartitionsList";
const _BEa = "BackfillErrors";
const _BEi = "BinEdges";
const _BF = "BoundedFiles";
const _BGB = "BatchGetBlueprints";
const _BGBR = "BatchGetBlueprintsRequest";
const _BGBRa = "BatchGetBlueprintsResponse";
const _BGC = "BatchGetCrawlers";
const _BGCET = "BatchGetCustomEntityTypes";
const _BGCETR = "BatchGetCustomEntityTypesRequest";
const _BGCETRa = "BatchGetCustomEntityTypesResponse";
const _BGCR = "BatchGetCrawlersRequest";
const _BGCRa = "BatchGetCrawlersResponse";
const _BGDE = "BatchGetDevEndpoints";
const _BGDER = "BatchGetDevEndpointsRequest";
const _BGDERa = "BatchGetDevEndpointsResponse";
const _BGDQR = "BatchGetDataQualityResult";
const _BGDQRER = "BatchGetDataQualityRulesetEvaluationRun";
const _BGDQRERR = "BatchGetDataQualityRulesetEvaluationRunRequest";
const _BGDQRERRa = "BatchGetDataQualityRulesetEvaluationRunResponse";
const _BGDQRR = "BatchGetDataQualityResultRequest";
const _BGDQRRa = "BatchGetDataQualityResultResponse";
const _BGDQRV = "BatchGetDataQualityResultV2";
const _BGDQRVR = "BatchGetDataQualityResultV2Request";
const _BGDQRVRa = "BatchGetDataQualityResultV2Response";
const _BGIF = "BatchGetIterableForms";
const _BGIFR = "BatchGetIterableFormsRequest";
const _BGIFRa = "BatchGetIterableFormsResponse";
const _BGJ = "BatchGetJobs";
const _BGJR = "BatchGetJobsRequest";
const _BGJRa = "BatchGetJobsResponse";
const _BGP = "BatchGetPartition";
const _BGPR = "BatchGetPartitionRequest";
const _BGPRa = "BatchGetPartitionResponse";
const _BGPVL = "BatchGetPartitionValueList";
const _BGT = "BatchGetTriggers";
const _BGTO = "BatchGetTableOptimizer";
const _BGTOE = "BatchGetTableOptimizerEntry";
const _BGTOEa = "BatchGetTableOptimizerError";
const _BGTOEat = "BatchGetTableOptimizerEntries";
const _BGTOEatc = "BatchGetTableOptimizerErrors";
const _BGTOR = "BatchGetTableOptimizerRequest";
const _BGTORa = "BatchGetTableOptimizerResponse";
const _BGTR = "BatchGetTriggersRequest";
const _BGTRa = "BatchGetTriggersResponse";
const _BGW = "BatchGetWorkflows";
const _BGWR = "BatchGetWorkflowsRequest";
const _BGWRa = "BatchGetWorkflowsResponse";
const _BL = "BlueprintLocation";
const _BN = "BlueprintName";
const _BNr = "BranchName";
const _BPDQSA = "BatchPutDataQualityStatisticAnnotation";
const _BPDQSAR = "BatchPutDataQualityStatisticAnnotationRequest";
const _BPDQSARa = "BatchPutDataQualityStatisticAnnotationResponse";
const _BR = "BlueprintRun";
const _BRl = "BlueprintRuns";
const _BS = "BatchSize";
const _BSJR = "BatchStopJobRun";
const _BSJRE = "BatchStopJobRunError";
const _BSJREL = "BatchStopJobRunErrorList";
const _BSJRR = "BatchStopJobRunRequest";
const _BSJRRa = "BatchStopJobRunResponse";
const _BSJRSS = "BatchStopJobRunSuccessfulSubmission";
const _BSJRSSL = "BatchStopJobRunSuccessfulSubmissionList";
const _BSL = "BlueprintServiceLocation";
const _BSo = "BootstrapServers";
const _BSou = "BoundedSize";
const _BTO = "BatchTableOptimizer";
const _BTOa = "BatchTableOptimizers";
const _BUP = "BatchUpdatePartition";
const _BUPFE = "BatchUpdatePartitionFailureEntry";
const _BUPFL = "BatchUpdatePartitionFailureList";
const _BUPR = "BatchUpdatePartitionRequest";
const _BUPRE = "BatchUpdatePartitionRequestEntry";
const _BUPREL = "BatchUpdatePartitionRequestEntryList";
const _BUPRa = "BatchUpdatePartitionResponse";
const _BW = "BatchWindow";
const _Bl = "Blueprint";
const _Br = "Branch";
const _C = "Column";
const _CA = "CreatedAfter";
const _CAC = "CustomAuthenticationCredentials";
const _CACP = "ConnectorAuthorizationCodeProperties";
const _CACo = "ConnectorAuthenticationConfiguration";
const _CAP = "CustomAuthenticationProperties";
const _CAa = "CatalogArn";
const _CAr = "CreatedAt";
const _CB = "CreatedBefore";
const _CBR = "CreateBlueprintRequest";
const _CBRr = "CreateBlueprintResponse";
const _CBr = "CreatedBy";
const _CBre = "CreateBlueprint";
const _CC = "CrawlerConnection";
const _CCCR = "CreateCsvClassifierRequest";
const _CCE = "CompatibleComputeEnvironments";
const _CCET = "CreateCustomEntityType";
const _CCETR = "CreateCustomEntityTypeRequest";
const _CCETRr = "CreateCustomEntityTypeResponse";
const _CCFE = "ConditionCheckFailureException";
const _CCP = "ClientCredentialsProperties";
const _CCR = "CreateCatalogRequest";
const _CCRr = "CreateCatalogResponse";
const _CCRre = "CreateClassifierRequest";
const _CCRrea = "CreateClassifierResponse";
const _CCRreat = "CreateConnectionRequest";
const _CCRreate = "CreateConnectionResponse";
const _CCRreater = "CreateCrawlerRequest";
const _CCRreatera = "CreateCrawlerResponse";
const _CCS = "CreateConnectionStatus";
const _CCSTS = "CreateColumnStatisticsTaskSettings";
const _CCSTSR = "CreateColumnStatisticsTaskSettingsRequest";
const _CCSTSRr = "CreateColumnStatisticsTaskSettingsResponse";
const _CCo = "CompactionConfiguration";
const _CCr = "CreateCatalog";
const _CCre = "CreateClassifier";
const _CCrea = "CreateConnection";
const _CCreat = "CreateCrawler";
const _CCs = "CsvClassifier";
const _CCu = "CustomCode";
const _CCur = "CursorConfiguration";
const _CD = "CatalogDatabase";
const _CDC = "CustomDatatypeConfigured";
const _CDDP = "CreateDatabaseDefaultPermissions";
const _CDE = "CreateDevEndpoint";
const _CDER = "CreateDevEndpointRequest";
const _CDERr = "CreateDevEndpointResponse";
const _CDQEC = "CreateDataQualityEvaluationConfig";
const _CDQECR = "CreateDataQualityEvaluationConfigRequest";
const _CDQECRr = "CreateDataQualityEvaluationConfigResponse";
const _CDQR = "CreateDataQualityRuleset";
const _CDQRER = "CancelDataQualityRulesetEvaluationRun";
const _CDQRERR = "CancelDataQualityRulesetEvaluationRunRequest";
const _CDQRERRa = "CancelDataQualityRulesetEvaluationRunResponse";
const _CDQRR = "CreateDataQualityRulesetRequest";
const _CDQRRR = "CancelDataQualityRuleRecommendationRun";
const _CDQRRRR = "CancelDataQualityRuleRecommendationRunRequest";
const _CDQRRRRa = "CancelDataQualityRuleRecommendationRunResponse";
const _CDQRRr = "CreateDataQualityRulesetResponse";
const _CDR = "CreateDatabaseRequest";
const _CDRr = "CreateDatabaseResponse";
const _CDS = "CatalogDeltaSource";
const _CDSo = "ConnectorDataSource";
const _CDT = "ConnectorDataTarget";
const _CDr = "CrawlerDetails";
const _CDre = "CreateDatabase";
const _CDu = "CustomDatatypes";
const _CE = "ConflictException";
const _CEC = "ComputeEnvironmentConfiguration";
const _CECM = "ComputeEnvironmentConfigurationMap";
const _CECo = "ComputeEnvironmentConfigurations";
const _CEL = "ConditionExpressionList";
const _CEM = "CatalogEncryptionMode";
const _CESR = "CatalogEncryptionServiceRole";
const _CET = "CustomEntityTypes";
const _CETNF = "CustomEntityTypesNotFound";
const _CETr = "CrawlElapsedTime";
const _CETu = "CustomEntityType";
const _CEa = "CatalogEntry";
const _CEat = "CatalogEntries";
const _CEo = "ColumnError";
const _CEol = "ColumnErrors";
const _CEom = "ComputeEnvironment";
const _CEon = "ConditionExpression";
const _CEond = "ConditionExpressions";
const _CF = "CrawlsFilter";
const _CFL = "CrawlsFilterList";
const _CFe = "CellFilters";
const _CG = "CreateGlossary";
const _CGCN = "CodeGenConfigurationNode";
const _CGCNo = "CodeGenConfigurationNodes";
const _CGCR = "CreateGrokClassifierRequest";
const _CGE = "CodeGenEdge";
const _CGICC = "CreateGlueIdentityCenterConfiguration";
const _CGICCR = "CreateGlueIdentityCenterConfigurationRequest";
const _CGICCRr = "CreateGlueIdentityCenterConfigurationResponse";
const _CGN = "CodeGenNode";
const _CGNA = "CodeGenNodeArg";
const _CGNAo = "CodeGenNodeArgs";
const _CGR = "CreateGlossaryRequest";
const _CGRr = "CreateGlossaryResponse";
const _CGT = "CreateGlossaryTerm";
const _CGTR = "CreateGlossaryTermRequest";
const _CGTRr = "CreateGlossaryTermResponse";
const _CH = "CrawlerHistory";
const _CHL = "CrawlerHistoryList";
const _CHS = "CatalogHudiSource";
const _CHo = "ContainsHeader";
const _CI = "CatalogId";
const _CID = "CatalogID";
const _CIL = "ColumnImportanceList";
const _CIR = "CreateIntegrationRequest";
const _CIRP = "CreateIntegrationResourceProperty";
const _CIRPR = "CreateIntegrationResourcePropertyRequest";
const _CIRPRr = "CreateIntegrationResourcePropertyResponse";
const _CIRr = "CreateIntegrationResponse";
const _CIS = "CatalogIcebergSource";
const _CISa = "CatalogImportStatus";
const _CITI = "CreateIcebergTableInput";
const _CITP = "CreateIntegrationTableProperties";
const _CITPR = "CreateIntegrationTablePropertiesRequest";
const _CITPRr = "CreateIntegrationTablePropertiesResponse";
const _CIa = "CatalogInput";
const _CIl = "ClientId";
const _CIlu = "ClusterId";
const _CIo = "ColumnImportance";
const _CIol = "ColumnImportances";
const _CIom = "CommitId";
const _CIon = "ConnectionInput";
const _CIr = "CrawlId";
const _CIre = "CreateIntegration";
const _CIu = "CustomerId";
const _CJ = "CreateJob";
const _CJCR = "CreateJsonClassifierRequest";
const _CJR = "CreateJobRequest";
const _CJRr = "CreateJobResponse";
const _CKS = "CatalogKafkaSource";
const _CKSa = "CatalogKinesisSource";
const _CL = "ConnectionsList";
const _CLGP = "CustomLogGroupPrefix";
const _CLS = "CrawlerLineageSettings";
const _CLa = "CatalogList";
const _CLl = "ClassifierList";
const _CLo = "ConnectionList";
const _CLol = "ColumnList";
const _CLon = "ConditionList";
const _CLr = "CrawlerList";
const _CLra = "CrawlList";
const _CLu = "CustomLibraries";
const _CM = "CompactionMetrics";
const _CME = "ConcurrentModificationException";
const _CML = "CrawlerMetricsList";
const _CMLT = "CreateMLTransform";
const _CMLTR = "CreateMLTransformRequest";
const _CMLTRR = "CancelMLTaskRunRequest";
const _CMLTRRa = "CancelMLTaskRunResponse";
const _CMLTRa = "CancelMLTaskRun";
const _CMLTRr = "CreateMLTransformResponse";
const _CMo = "ConfusionMatrix";
const _CMon = "ConfigurationMap";
const _CMr = "CrawlerMetrics";
const _CMre = "CredentialMap";
const _CN = "CrawlerName";
const _CND = "CrawlerNodeDetails";
const _CNDT = "CreateNativeDeltaTable";
const _CNF = "CrawlersNotFound";
const _CNL = "ConnectionNameList";
const _CNLo = "ColumnNameList";
const _CNLr = "CrawlerNameList";
const _CNRE = "CrawlerNotRunningException";
const _CNl = "ClassName";
const _CNo = "ConnectionName";
const _CNol = "ColumnName";
const _CNolu = "ColumnNames";
const _CNon = "ConnectorName";
const _CNr = "CrawlerNames";
const _CO = "CreatedOn";
const _COAP = "ConnectorOAuth2Properties";
const _CONO = "ConnectionOptionNameOverrides";
const _COo = "CompletedOn";
const _COon = "ConnectionOptions";
const _COonf = "ConfigurationObject";
const _CP = "CatalogProperties";
const _CPC = "ConnectionPropertiesConfiguration";
const _CPE = "ConnectionPasswordEncryption";
const _CPI = "CreatePartitionIndex";
const _CPIR = "CreatePartitionIndexRequest";
const _CPIRr = "CreatePartitionIndexResponse";
const _CPL = "ConnectorPropertyList";
const _CPNO = "ConnectionPropertyNameOverrides";
const _CPO = "CatalogPropertiesOutput";
const _CPR = "CreatePartitionRequest";
const _CPRO = "ConnectionPropertiesRequiredOverrides";
const _CPRr = "CreatePartitionResponse";
const _CPo = "ConnectionProperties";
const _CPon = "ConnectorProperty";
const _CPont = "ContentPath";
const _CPr = "CreatePartition";
const _CPu = "CustomProperties";
const _CPus = "CustomPatterns";
const _CR = "ColumnsReferenced";
const _CRE = "CrawlerRunningException";
const _CREE = "ConcurrentRunsExceededException";
const _CREM = "CompositeRuleEvaluationMethod";
const _CRF = "ColumnRowFilter";
const _CRFL = "ColumnRowFilterList";
const _CRI = "CreateRegistryInput";
const _CRN = "CreatedRulesetName";
const _CRR = "CreateRegistryResponse";
const _CRS = "CatalogRedshiftSchema";
const _CRT = "CatalogRedshiftTable";
const _CRr = "CreateRegistry";
const _CS = "CatalogSource";
const _CSC = "CrawlerSecurityConfiguration";
const _CSCP = "CatalogSchemaChangePolicy";
const _CSCR = "CreateSecurityConfigurationRequest";
const _CSCRr = "CreateSecurityConfigurationResponse";
const _CSCr = "CreateSecurityConfiguration";
const _CSD = "ColumnStatisticsData";
const _CSE = "CrawlerStoppingException";
const _CSEo = "ColumnStatisticsError";
const _CSEol = "ColumnStatisticsErrors";
const _CSI = "CreateSchemaInput";
const _CSIu = "CurrentSchemaId";
const _CSL = "ColumnStatisticsList";
const _CSR = "CancelStatementRequest";
const _CSRa = "CancelStatementResponse";
const _CSRr = "CreateSchemaResponse";
const _CSRre = "CreateScriptRequest";
const _CSRrea = "CreateScriptResponse";
const _CSRreat = "CreateSessionRequest";
const _CSRreate = "CreateSessionResponse";
const _CSTNRE = "ColumnStatisticsTaskNotRunningException";
const _CSTR = "ColumnStatisticsTaskRun";
const _CSTRE = "ColumnStatisticsTaskRunningException";
const _CSTRI = "ColumnStatisticsTaskRunId";
const _CSTRIo = "ColumnStatisticsTaskRunIds";
const _CSTRL = "ColumnStatisticsTaskRunsList";
const _CSTRo = "ColumnStatisticsTaskRuns";
const _CSTS = "ColumnStatisticsTaskSettings";
const _CSTSE = "ColumnStatisticsTaskStoppingException";
const _CSV = "ConnectionSchemaVersion";
const _CSVV = "CheckSchemaVersionValidity";
const _CSVVI = "CheckSchemaVersionValidityInput";
const _CSVVR = "CheckSchemaVersionValidityResponse";
const _CSa = "CancelStatement";
const _CSl = "ClientSecret";
const _CSo = "ColumnStatistics";
const _CSon = "ContinuousSync";
const _CSonv = "ConversionSpec";
const _CSr = "CrawlState";
const _CSre = "CreateSchema";
const _CSrea = "CreateScript";
const _CSreat = "CreateSession";
const _CT = "CatalogTable";
const _CTA = "ConnectionTypeArn";
const _CTB = "ConnectionTypeBrief";
const _CTC = "CatalogTableConfig";
const _CTCO = "CatalogTableConfigOptions";
const _CTDP = "CreateTableDefaultPermissions";
const _CTL = "CatalogTargetList";
const _CTLo = "ConnectionTypeList";
const _CTO = "CreateTableOptimizer";
const _CTOR = "CreateTableOptimizerRequest";
const _CTORr = "CreateTableOptimizerResponse";
const _CTR = "CreateTableRequest";
const _CTRr = "CreateTableResponse";
const _CTRre = "CreateTriggerRequest";
const _CTRrea = "CreateTriggerResponse";
const _CTS = "CreatedTimeStamp";
const _CTV = "ConnectionTypeVariants";
const _CTVL = "ConnectionTypeVariantList";
const _CTVN = "ConnectionTypeVariantName";
const _CTVo = "ConnectionTypeVariant";
const _CTa = "CatalogTarget";
const _CTat = "CatalogTargets";
const _CTata = "CatalogType";
const _CTl = "ClientToken";
const _CTo = "ConnectionType";
const _CTol = "ColumnType";
const _CTom = "ComputationType";
const _CTomp = "CompressionType";
const _CTon = "ConnectionTable";
const _CTonn = "ConnectionTypes";
const _CTont = "ContentType";
const _CTr = "CreateTime";
const _CTra = "CrawlerTargets";
const _CTre = "CreationTime";
const _CTrea = "CreatedTimestamp";
const _CTreat = "CreatedTime";
const _CTreate = "CreateTable";
const _CTreater = "CreateTrigger";
const _CUDF = "CreateUserDefinedFunction";
const _CUDFR = "CreateUserDefinedFunctionRequest";
const _CUDFRr = "CreateUserDefinedFunctionResponse";
const _CUP = "CreateUsageProfile";
const _CUPR = "CreateUsageProfileRequest";
const _CUPRr = "CreateUsageProfileResponse";
const _CW = "ContextWords";
const _CWE = "CloudWatchEncryption";
const _CWEM = "CloudWatchEncryptionMode";
const _CWME = "CloudWatchMetricsEnabled";
const _CWR = "CreateWorkflowRequest";
const _CWRr = "CreateWorkflowResponse";
const _CWr = "CreateWorkflow";
const _CXMLCR = "CreateXMLClassifierRequest";
const _Ca = "Capabilities";
const _Cat = "Catalog";
const _Cate = "Categories";
const _Categ = "Category";
const _Ch = "Children";
const _Cl = "Classifier";
const _Cla = "Classifiers";
const _Clas = "Classification";
const _Co = "Connection";
const _Cod = "Code";
const _Col = "Columns";
const _Com = "Comment";
const _Comm = "Command";
const _Comp = "Compatibility";
const _Compa = "Compaction";
const _Compar = "Comparator";
const _Compr = "Compression";
const _Compre = "Compressed";
const _Con = "Content";
const _Cond = "Condition";
const _Condi = "Conditions";
const _Conf = "Configuration";
const _Conn = "Connections";
const _Cou = "Count";
const _Cr = "Crawlers";
const _Cra = "Crawl";
const _Craw = "Crawler";
const _Crawl = "Crawls";
const _D = "Description";
const _DA = "DefaultArguments";
const _DAR = "DeleteAssetRequest";
const _DARe = "DeleteAssetResponse";
const _DARel = "DeleteAttachmentRequest";
const _DARele = "DeleteAttachmentResponse";
const _DAT = "DeleteAssetType";
const _DATR = "DeleteAssetTypeRequest";
const _DATRe = "DeleteAssetTypeResponse";
const _DAe = "DeleteArguments";
const _DAel = "DeleteAsset";
const _DAele = "DeleteAttachment";
const _DB = "DeleteBehavior";
const _DBR = "DeleteBlueprintRequest";
const _DBRe = "DeleteBlueprintResponse";
const _DBe = "DeleteBlueprint";
const _DC = "DeleteCatalog";
const _DCES = "DataCatalogEncryptionSettings";
const _DCET = "DeleteCustomEntityType";
const _DCETR = "DeleteCustomEntityTypeRequest";
const _DCETRe = "DeleteCustomEntityTypeResponse";
const _DCR = "DeleteCatalogRequest";
const _DCRe = "DeleteCatalogResponse";
const _DCRel = "DeleteClassifierRequest";
const _DCRele = "DeleteClassifierResponse";
const _DCRelet = "DeleteConnectionRequest";
const _DCRelete = "DeleteConnectionResponse";
const _DCReleter = "DeleteCrawlerRequest";
const _DCReletera = "DeleteCrawlerResponse";
const _DCSD = "DateColumnStatisticsData";
const _DCSDe = "DecimalColumnStatisticsData";
const _DCSDo = "DoubleColumnStatisticsData";
const _DCSFP = "DeleteColumnStatisticsForPartition";
const _DCSFPR = "DeleteColumnStatisticsForPartitionRequest";
const _DCSFPRe = "DeleteColumnStatisticsForPartitionResponse";
const _DCSFT = "DeleteColumnStatisticsForTable";
const _DCSFTR = "DeleteColumnStatisticsForTableRequest";
const _DCSFTRe = "DeleteColumnStatisticsForTableResponse";
const _DCSTS = "DeleteColumnStatisticsTaskSettings";
const _DCSTSR = "DeleteColumnStatisticsTaskSettingsRequest";
const _DCSTSRe = "DeleteColumnStatisticsTaskSettingsResponse";
const _DCT = "DeleteConnectionType";
const _DCTR = "DeleteConnectionTypeRequest";
const _DCTRe = "DeleteConnectionTypeResponse";
const _DCTRes = "DescribeConnectionTypeRequest";
const _DCTResc = "DescribeConnectionTypeResponse";
const _DCTe = "DescribeConnectionType";
const _DCe = "DeleteClassifier";
const _DCel = "DeleteConnection";
const _DCele = "DeleteCrawler";
const _DD = "DropDuplicates";
const _DDB = "DynamoDB";
const _DDBCS = "DynamoDBCatalogSource";
const _DDBELTCAO = "DDBELTCatalogAdditionalOptions";
const _DDBELTCO = "DDBELTConnectionOptions";
const _DDBELTCS = "DynamoDBELTConnectorSource";
const _DDBT = "DynamoDBTargets";
const _DDBTL = "DynamoDBTargetList";
const _DDBTy = "DynamoDBTarget";
const _DDE = "DeleteDevEndpoint";
const _DDER = "DeleteDevEndpointRequest";
const _DDERe = "DeleteDevEndpointResponse";
const _DDQEC = "DeleteDataQualityEvaluationConfig";
const _DDQECR = "DeleteDataQualityEvaluationConfigRequest";
const _DDQECRe = "DeleteDataQualityEvaluationConfigResponse";
const _DDQR = "DeleteDataQualityRuleset";
const _DDQRR = "DeleteDataQualityRulesetRequest";
const _DDQRRe = "DeleteDataQualityRulesetResponse";
const _DDR = "DeleteDatabaseRequest";
const _DDRe = "DeleteDatabaseResponse";
const _DDe = "DeleteDatabase";
const _DDi = "DistributionData";
const _DE = "DevEndpoints";
const _DECL = "DevEndpointCustomLibraries";
const _DEL = "DevEndpointList";
const _DEN = "DevEndpointNames";
const _DENF = "DevEndpointsNotFound";
const _DEQA = "DlqEventQueueArn";
const _DER = "DescribeEntityRequest";
const _DERe = "DescribeEntityResponse";
const _DEa = "DagEdges";
const _DEe = "DevEndpoint";
const _DEes = "DescribeEntity";
const _DEy = "DynamodbExport";
const _DF = "DataFormat";
const _DFT = "DeleteFormType";
const _DFTR = "DeleteFormTypeRequest";
const _DFTRe = "DeleteFormTypeResponse";
const _DFa = "DataFilter";
const _DFr = "DropFields";
const _DG = "DeleteGlossary";
const _DGICC = "DeleteGlueIdentityCenterConfiguration";
const _DGICCR = "DeleteGlueIdentityCenterConfigurationRequest";
const _DGICCRe = "DeleteGlueIdentityCenterConfigurationResponse";
const _DGR = "DeleteGlossaryRequest";
const _DGRe = "DeleteGlossaryResponse";
const _DGT = "DeleteGlossaryTerm";
const _DGTR = "DeleteGlossaryTermRequest";
const _DGTRe = "DeleteGlossaryTermResponse";
const _DGTRi = "DisassociateGlossaryTermsRequest";
const _DGTRis = "DisassociateGlossaryTermsResponse";
const _DGTi = "DisassociateGlossaryTerms";
const _DH = "DpuHours";
const _DI = "DatabaseInput";
const _DIA = "DatapointInclusionAnnotation";
const _DII = "DescribeInboundIntegrations";
const _DIIR = "DescribeInboundIntegrationsRequest";
const _DIIRe = "DescribeInboundIntegrationsResponse";
const _DIR = "DeleteIntegrationRequest";
const _DIRP = "DeleteIntegrationResourceProperty";
const _DIRPR = "DeleteIntegrationResourcePropertyRequest";
const _DIRPRe = "DeleteIntegrationResourcePropertyResponse";
const _DIRe = "DeleteIntegrationResponse";
const _DIRes = "DescribeIntegrationsRequest";
const _DIResc = "DescribeIntegrationsResponse";
const _DITP = "DeleteIntegrationTableProperties";
const _DITPR = "DeleteIntegrationTablePropertiesRequest";
const _DITPRe = "DeleteIntegrationTablePropertiesResponse";
const _DIa = "DatabaseIdentifier";
const _DIe = "DestinationId";
const _DIel = "DeleteIntegration";
const _DIes = "DescribeIntegrations";
const _DJ = "DeleteJob";
const _DJDBCS = "DirectJDBCSource";
const _DJN = "DependentJobName";
const _DJR = "DeleteJobRequest";
const _DJRe = "DeleteJobResponse";
const _DKS = "DirectKinesisSource";
const _DKSi = "DirectKafkaSource";
const _DL = "DatabaseList";
const _DLA = "DataLakeAccess";
const _DLAP = "DataLakeAccessProperties";
const _DLAPO = "DataLakeAccessPropertiesOutput";
const _DLP = "DataLakePrincipal";
const _DLPI = "DataLakePrincipalIdentifier";
const _DMLT = "DeleteMLTransform";
const _DMLTR = "DeleteMLTransformRequest";
const _DMLTRe = "DeleteMLTransformResponse";
const _DN = "DatabaseName";
const _DNF = "DropNullFields";
const _DNa = "DagNodes";
const _DNe = "DecimalNumber";
const _DNi = "DisplayName";
const _DOS = "DataOperationScopes";
const _DP = "DetectionParameters";
const _DPI = "DeletePartitionIndex";
const _DPIR = "DeletePartitionIndexRequest";
const _DPIRe = "DeletePartitionIndexResponse";
const _DPK = "DeletePublicKeys";
const _DPO = "DataPreviewOptions";
const _DPR = "DeletePartitionRequest";
const _DPRe = "DeletePartitionResponse";
const _DPUH = "DPUHour";
const _DPUS = "DPUSeconds";
const _DPe = "DeletePartition";
const _DQAM = "DataQualityAggregatedMetrics";
const _DQAR = "DataQualityAnalyzerResult";
const _DQARa = "DataQualityAnalyzerResults";
const _DQCV = "DataQualityConfigurationV2";
const _DQE = "DataQualityEncryption";
const _DQEC = "DataQualityEvaluationConfig";
const _DQECARO = "DataQualityEvaluationConfigAdditionalRunOptions";
const _DQECDS = "DataQualityEvaluationConfigDataSource";
const _DQECGT = "DataQualityEvaluationConfigGlueTables";
const _DQECL = "DataQualityEvaluationConfigList";
const _DQECLD = "DataQualityEvaluationConfigListDetails";
const _DQECLDS = "DataQualityEvaluationConfigListDataSource";
const _DQECLGT = "DataQualityEvaluationConfigListGlueTables";
const _DQECa = "DataQualityEvaluationConfigs";
const _DQEM = "DataQualityEncryptionMode";
const _DQERARO = "DataQualityEvaluationRunAdditionalRunOptions";
const _DQGT = "DataQualityGlueTable";
const _DQMV = "DataQualityMetricValues";
const _DQO = "DataQualityObservation";
const _DQOD = "DataQualityObservationDescription";
const _DQOa = "DataQualityObservations";
const _DQR = "DataQualityResult";
const _DQRD = "DataQualityResultDescription";
const _DQRDL = "DataQualityResultDescriptionList";
const _DQRER = "DataQualityRulesetEvaluationRun";
const _DQRERD = "DataQualityRulesetEvaluationRunDescription";
const _DQRERF = "DataQualityRulesetEvaluationRunFilter";
const _DQRERL = "DataQualityRulesetEvaluationRunList";
const _DQRERLa = "DataQualityRulesetEvaluationRunsList";
const _DQRFC = "DataQualityResultFilterCriteria";
const _DQRFCa = "DataQualityRulesetFilterCriteria";
const _DQRL = "DataQualityResultsList";
const _DQRLD = "DataQualityRulesetListDetails";
const _DQRLa = "DataQualityRulesetList";
const _DQRPO = "DQResultsPublishingOptions";
const _DQRR = "DataQualityRuleResults";
const _DQRRD = "DataQualityRuleResultDescription";
const _DQRRO = "DataQualityRuleResultsOptions";
const _DQRRRARO = "DataQualityRuleRecommendationRunAdditionalRunOptions";
const _DQRRRD = "DataQualityRuleRecommendationRunDescription";
const _DQRRRF = "DataQualityRuleRecommendationRunFilter";
const _DQRRRL = "DataQualityRuleRecommendationRunList";
const _DQRRa = "DataQualityRuleResult";
const _DQRVD = "DataQualityResultsV2Description";
const _DQRVDL = "DataQualityResultsV2DescriptionList";
const _DQRVFC = "DataQualityResultsV2FilterCriteria";
const _DQRVI = "DataQualityResultV2Item";
const _DQRVL = "DataQualityResultV2List";
const _DQSC = "DataQualitySecurityConfiguration";
const _DQSJOFO = "DQStopJobOnFailureOptions";
const _DQT = "DataQualityTelemetry";
const _DQTT = "DataQualityTargetTable";
const _DR = "DistributionResults";
const _DRI = "DeleteRegistryInput";
const _DRLSP = "DefaultRLSPolicy";
const _DRO = "DistributionResultsOptions";
const _DRP = "DefaultRunProperties";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRPe = "DeleteResourcePolicy";
const _DRR = "DeleteRegistryResponse";
const _DRe = "DeleteRegistry";
const _DS = "DetectSchema";
const _DSAV = "DataStoreApiVersion";
const _DSB = "DynamodbS3Bucket";
const _DSBO = "DynamodbS3BucketOwner";
const _DSC = "DeleteSecurityConfiguration";
const _DSCP = "DirectSchemaChangePolicy";
const _DSCR = "DeleteSecurityConfigurationRequest";
const _DSCRe = "DeleteSecurityConfigurationResponse";
const _DSI = "DeleteSchemaInput";
const _DSIe = "DefaultSpecId";
const _DSIes = "DescribeShardInterval";
const _DSM = "DataSourceMap";
const _DSOI = "DefaultSortOrderId";
const _DSP = "DynamodbS3Prefix";
const _DSR = "DeleteSchemaResponse";
const _DSRA = "DynamodbStsRoleArn";
const _DSRe = "DeleteSessionRequest";
const _DSRel = "DeleteSessionResponse";
const _DSV = "DeleteSchemaVersions";
const _DSVI = "DeleteSchemaVersionsInput";
const _DSVR = "DeleteSchemaVersionsResponse";
const _DSa = "DataSource";
const _DSe = "DetectionSensitivity";
const _DSel = "DeleteSchema";
const _DSele = "DeleteSession";
const _DT = "DynamicTransform";
const _DTA = "DynamodbTableArn";
const _DTF = "DateTimeFormat";
const _DTL = "DeltaTargetList";
const _DTM = "DataTypeMapping";
const _DTO = "DeleteTableOptimizer";
const _DTOR = "DeleteTableOptimizerRequest";
const _DTORe = "DeleteTableOptimizerResponse";
const _DTR = "DataTransferRole";
const _DTRe = "DeleteTableRequest";
const _DTRel = "DeleteTableResponse";
const _DTRele = "DeleteTriggerRequest";
const _DTRelet = "DeleteTriggerResponse";
const _DTV = "DeleteTableVersion";
const _DTVR = "DeleteTableVersionRequest";
const _DTVRe = "DeleteTableVersionResponse";
const _DTa = "DataType";
const _DTe = "DeltaTargets";
const _DTel = "DeltaTarget";
const _DTele = "DeleteTable";
const _DTelet = "DeleteTrigger";
const _DTelt = "DeltaTables";
const _DUDDBJ = "DynamodbUnnestDDBJson";
const _DUDF = "DeleteUserDefinedFunction";
const _DUDFR = "DeleteUserDefinedFunctionRequest";
const _DUDFRe = "DeleteUserDefinedFunctionResponse";
const _DUP = "DeleteUsageProfile";
const _DUPR = "DeleteUsageProfileRequest";
const _DUPRe = "DeleteUsageProfileResponse";
const _DV = "DefaultValue";
const _DVT = "DisableValueTrimming";
const _DVi = "DistributionValue";
const _DVia = "DialectVersion";
const _DVo = "DoubleValue";
const _DW = "DeleteWorkflow";
const _DWR = "DeleteWorkflowRequest";
const _DWRe = "DeleteWorkflowResponse";
const _Da = "Data";
const _Dat = "Database";
const _Data = "Datatype";
const _Date = "Date";
const _De = "Delimiter";
const _Def = "Definer";
const _Des = "Descriptors";
const _Det = "Details";
const _Di = "Dimensions";
const _Dia = "Dialect";
const _Dif = "Diff";
const _Dir = "Direction";
const _Do = "Doc";
const _Dr = "Dropped";
const _E = "Errors";
const _EA = "EndAt";
const _EAM = "EnableAdditionalMetadata";
const _EAR = "EncryptionAtRest";
const _EAr = "ErroredActions";
const _EAx = "ExecutionAttempt";
const _EBA = "EventBusArn";
const _EBC = "EventBatchingCondition";
const _EBI = "EncryptedById";
const _EBN = "ErrorByName";
const _EC = "EvaluationContext";
const _ECLM = "EmitConsumerLagMetrics";
const _ECM = "EntityConfigurationMap";
const _ECO = "ExecutionCompletedOn";
const _ECS = "ExcludeColumnSchema";
const _ECn = "EncryptionConfiguration";
const _ECnt = "EntityConfiguration";
const _ECnti = "EntityConfigurations";
const _ECr = "ErrorCode";
const _ECx = "ExecutionClass";
const _ECxe = "ExecutionCount";
const _ED = "ErrorDetail";
const _EDM = "EvaluatedDistributionsMap";
const _EDQ = "EvaluateDataQuality";
const _EDQMF = "EvaluateDataQualityMultiFrame";
const _EDr = "ErrorDetails";
const _EDv = "EvaluatedDistributions";
const _EEC = "ExportEncryptionConfiguration";
const _EH = "EnableHybrid";
const _EJSP = "ExtraJarsS3Path";
const _EK = "EncryptionKey";
const _EKM = "EncryptedKeyMetadata";
const _EL = "EvaluationLevel";
const _ELTRP = "ExportLabelsTaskRunProperties";
const _ELd = "EdgeList";
const _ELn = "EntityList";
const _EM = "ErrorMessage";
const _EMM = "EvaluatedMetricsMap";
const _EMv = "EvaluationMessage";
const _EMva = "EvaluatedMetrics";
const _EMval = "EvaluationMetrics";
const _EN = "EndpointName";
const _ENFE = "EntityNotFoundException";
const _ENn = "EntityName";
const _ENr = "ErrorName";
const _EO = "EndingOffsets";
const _EP = "ExecutionProperty";
const _EPL = "EnforceProvidedLabels";
const _EPLSP = "ExtraPythonLibsS3Path";
const _EPr = "ErrorPath";
const _EPx = "ExtractedParameter";
const _EQA = "EventQueueArn";
const _ER = "EvaluatedRule";
const _ERM = "EvaluationRunMode";
const _ERSP = "ExecutionRoleSessionPolicy";
const _ES = "ErrorString";
const _ESO = "ExecutionStartedOn";
const _ESP = "EnableSamplePath";
const _ESx = "ExportSetting";
const _ET = "EndTime";
const _ETTD = "EntityTypesToDetect";
const _ETx = "ExecutionTime";
const _ETxe = "ExecutionTimestamp";
const _EU = "EndpointUrl";
const _EUC = "EnableUpdateCatalog";
const _EV = "ExpectedValue";
const _EVr = "ErrorValue";
const _Ed = "Edge";
const _Edg = "Edges";
const _En = "Entries";
const _Eng = "Engine";
const _Ent = "Entity";
const _Enti = "Entities";
const _Er = "Error";
const _Es = "Escaper";
const _Ex = "Expression";
const _Exc = "Exclusions";
const _F = "Failures";
const _FA = "FailedActions";
const _FC = "FederatedCatalog";
const _FCARN = "FanoutConsumerARN";
const _FCi = "FilterConfiguration";
const _FCil = "FilterClause";
const _FCile = "FileCount";
const _FD = "FederatedDatabase";
const _FDM = "FieldDefinitionMap";
const _FDT = "FieldDataType";
const _FDi = "FieldDefinition";
const _FE = "FlagsEnabled";
const _FEi = "FilterExpression";
const _FEil = "FilterExpressions";
const _FFS = "FromFederationSource";
const _FI = "FunctionInput";
const _FIA = "FailedInclusionAnnotations";
const _FIi = "FieldId";
const _FL = "FieldsList";
const _FM = "FilterMode";
const _FMM = "FindMatchesMetrics";
const _FMP = "FindMatchesParameters";
const _FMTRP = "FindMatchesTaskRunProperties";
const _FMV = "FillMissingValues";
const _FN = "FieldName";
const _FNu = "FunctionName";
const _FO = "FilterOperator";
const _FOi = "FilterOverrides";
const _FP = "FilledPath";
const _FPi = "FilterPredicate";
const _FPr = "FromPath";
const _FR = "FailureReason";
const _FRAEE = "FederatedResourceAlreadyExistsException";
const _FRu = "FullRefresh";
const _FS = "FunctionSpec";
const _FSC = "FilterStringConfiguration";
const _FSE = "FederationSourceException";
const _FSEC = "FederationSourceErrorCode";
const _FSRE = "FederationSourceRetryableException";
const _FSVN = "FirstSchemaVersionNumber";
const _FT = "FederatedTable";
const _FTI = "FormTypeId";
const _FTIL = "FormTypeItemList";
const _FTIo = "FormTypeIdentifier";
const _FTIor = "FormTypeItem";
const _FTi = "FieldType";
const _FTr = "FromType";
const _FTu = "FunctionType";
const _FV = "FieldValue";
const _FVi = "FilterValue";
const _FVil = "FilterValues";
const _FVo = "FormatVersion";
const _F_ = "F1";
const _Fi = "Filter";
const _Fie = "Fields";
const _Fiel = "Field";
const _Fil = "Filters";
const _Fo = "Format";
const _Fol = "Folder";
const _For = "Forms";
const _Forc = "Force";
const _Fr = "From";
const _G = "Groups";
const _GA = "GetAsset";
const _GAI = "GetAssetInput";
const _GAO = "GetAssetOutput";
const _GAT = "GetAssetType";
const _GATR = "GetAssetTypeRequest";
const _GATRe = "GetAssetTypeResponse";
const _GB = "GetBlueprint";
const _GBR = "GetBlueprintRequest";
const _GBRR = "GetBlueprintRunRequest";
const _GBRRe = "GetBlueprintRunResponse";
const _GBRRet = "GetBlueprintRunsRequest";
const _GBRRetl = "GetBlueprintRunsResponse";
const _GBRe = "GetBlueprintResponse";
const _GBRet = "GetBlueprintRun";
const _GBRetl = "GetBlueprintRuns";
const _GC = "GrokClassifier";
const _GCET = "GetCustomEntityType";
const _GCETR = "GetCustomEntityTypeRequest";
const _GCETRe = "GetCustomEntityTypeResponse";
const _GCF = "GetConnectionsFilter";
const _GCIS = "GetCatalogImportStatus";
const _GCISR = "GetCatalogImportStatusRequest";
const _GCISRe = "GetCatalogImportStatusResponse";
const _GCM = "GetCrawlerMetrics";
const _GCMR = "GetCrawlerMetricsRequest";
const _GCMRe = "GetCrawlerMetricsResponse";
const _GCR = "GetCatalogRequest";
const _GCRe = "GetCatalogResponse";
const _GCRet = "GetCatalogsRequest";
const _GCReta = "GetCatalogsResponse";
const _GCRetl = "GetClassifierRequest";
const _GCRetla = "GetClassifierResponse";
const _GCRetlas = "GetClassifiersRequest";
const _GCRetlass = "GetClassifiersResponse";
const _GCReto = "GetConnectionRequest";
const _GCReton = "GetConnectionResponse";
const _GCRetonn = "GetConnectionsRequest";
const _GCRetonne = "GetConnectionsResponse";
const _GCRetr = "GetCrawlerRequest";
const _GCRetra = "GetCrawlerResponse";
const _GCRetraw = "GetCrawlersRequest";
const _GCRetrawl = "GetCrawlersResponse";
const _GCS = "GovernedCatalogSource";
const _GCSFP = "GetColumnStatisticsForPartition";
const _GCSFPR = "GetColumnStatisticsForPartitionRequest";
const _GCSFPRe = "GetColumnStatisticsForPartitionResponse";
const _GCSFT = "GetColumnStatisticsForTable";
const _GCSFTR = "GetColumnStatisticsForTableRequest";
const _GCSFTRe = "GetColumnStatisticsForTableResponse";
const _GCSTR = "GetColumnStatisticsTaskRun";
const _GCSTRR = "GetColumnStatisticsTaskRunRequest";
const _GCSTRRe = "GetColumnStatisticsTaskRunResponse";
const _GCSTRRet = "GetColumnStatisticsTaskRunsRequest";
const _GCSTRReto = "GetColumnStatisticsTaskRunsResponse";
const _GCSTRe = "GetColumnStatisticsTaskRuns";
const _GCSTS = "GetColumnStatisticsTaskSettings";
const _GCSTSR = "GetColumnStatisticsTaskSettingsRequest";
const _GCSTSRe = "GetColumnStatisticsTaskSettingsResponse";
const _GCT = "GovernedCatalogTarget";
const _GCe = "GetCatalog";
const _GCet = "GetCatalogs";
const _GCetl = "GetClassifier";
const _GCetla = "GetClassifiers";
const _GCeto = "GetConnection";
const _GCeton = "GetConnections";
const _GCetr = "GetCrawler";
const _GCetra = "GetCrawlers";
const _GD = "GetDatabase";
const _GDCEC = "GetDataCatalogExportConfiguration";
const _GDCECI = "GetDataCatalogExportConfigurationInput";
const _GDCECO = "GetDataCatalogExportConfigurationOutput";
const _GDCES = "GetDataCatalogEncryptionSettings";
const _GDCESR = "GetDataCatalogEncryptionSettingsRequest";
const _GDCESRe = "GetDataCatalogEncryptionSettingsResponse";
const _GDE = "GetDevEndpoint";
const _GDER = "GetDevEndpointRequest";
const _GDERe = "GetDevEndpointResponse";
const _GDERet = "GetDevEndpointsRequest";
const _GDERete = "GetDevEndpointsResponse";
const _GDEe = "GetDevEndpoints";
const _GDG = "GetDataflowGraph";
const _GDGR = "GetDataflowGraphRequest";
const _GDGRe = "GetDataflowGraphResponse";
const _GDQEC = "GetDataQualityEvaluationConfig";
const _GDQECR = "GetDataQualityEvaluationConfigRequest";
const _GDQECRe = "GetDataQualityEvaluationConfigResponse";
const _GDQM = "GetDataQualityModel";
const _GDQMR = "GetDataQualityModelRequest";
const _GDQMRR = "GetDataQualityModelResultRequest";
const _GDQMRRe = "GetDataQualityModelResultResponse";
const _GDQMRe = "GetDataQualityModelResponse";
const _GDQMRet = "GetDataQualityModelResult";
const _GDQR = "GetDataQualityResult";
const _GDQRER = "GetDataQualityRulesetEvaluationRun";
const _GDQRERR = "GetDataQualityRulesetEvaluationRunRequest";
const _GDQRERRe = "GetDataQualityRulesetEvaluationRunResponse";
const _GDQRR = "GetDataQualityResultRequest";
const _GDQRRR = "GetDataQualityRuleRecommendationRun";
const _GDQRRRR = "GetDataQualityRuleRecommendationRunRequest";
const _GDQRRRRe = "GetDataQualityRuleRecommendationRunResponse";
const _GDQRRe = "GetDataQualityResultResponse";
const _GDQRRet = "GetDataQualityRulesetRequest";
const _GDQRReta = "GetDataQualityRulesetResponse";
const _GDQRV = "GetDataQualityResultV2";
const _GDQRVR = "GetDataQualityResultV2Request";
const _GDQRVRe = "GetDataQualityResultV2Response";
const _GDQRe = "GetDataQualityRuleset";
const _GDR = "GetDatabaseRequest";
const _GDRe = "GetDatabaseResponse";
const _GDRet = "GetDatabasesRequest";
const _GDReta = "GetDatabasesResponse";
const _GDU = "GetDashboardUrl";
const _GDUR = "GetDashboardUrlRequest";
const _GDURe = "GetDashboardUrlResponse";
const _GDe = "GetDatabases";
const _GEE = "GlueEncryptionException";
const _GER = "GetEntityRecords";
const _GERR = "GetEntityRecordsRequest";
const _GERRe = "GetEntityRecordsResponse";
const _GF = "GroupFilters";
const _GFL = "GroupFiltersList";
const _GFT = "GetFormType";
const _GFTR = "GetFormTypeRequest";
const _GFTRe = "GetFormTypeResponse";
const _GFr = "GroupFiles";
const _GG = "GetGlossary";
const _GGICC = "GetGlueIdentityCenterConfiguration";
const _GGICCR = "GetGlueIdentityCenterConfigurationRequest";
const _GGICCRe = "GetGlueIdentityCenterConfigurationResponse";
const _GGR = "GetGlossaryRequest";
const _GGRe = "GetGlossaryResponse";
const _GGT = "GetGlossaryTerm";
const _GGTR = "GetGlossaryTermRequest";
const _GGTRe = "GetGlossaryTermResponse";
const _GI = "GlossaryIdentifier";
const _GIL = "GlossaryItemList";
const _GIRP = "GetIntegrationResourceProperty";
const _GIRPR = "GetIntegrationResourcePropertyRequest";
const _GIRPRe = "GetIntegrationResourcePropertyResponse";
const _GITP = "GetIntegrationTableProperties";
const _GITPR = "GetIntegrationTablePropertiesRequest";
const _GITPRe = "GetIntegrationTablePropertiesResponse";
const _GIl = "GlossaryId";
const _GIlo = "GlossaryItem";
const _GJ = "GetJob";
const _GJB = "GetJobBookmark";
const _GJBR = "GetJobBookmarkRequest";
const _GJBRe = "GetJobBookmarkResponse";
const _GJR = "GetJobRequest";
const _GJRR = "GetJobRunRequest";
const _GJRRe = "GetJobRunResponse";
const _GJRRet = "GetJobRunsRequest";
const _GJRReto = "GetJobRunsResponse";
const _GJRe = "GetJobResponse";
const _GJRet = "GetJobsRequest";
const _GJReto = "GetJobsResponse";
const _GJRetob = "GetJobRun";
const _GJRetobu = "GetJobRuns";
const _GJUA = "GetJobUpgradeAnalysis";
const _GJUAR = "GetJobUpgradeAnalysisRequest";
const _GJUARe = "GetJobUpgradeAnalysisResponse";
const _GJe = "GetJobs";
const _GM = "GovernanceMode";
const _GMLT = "GetMLTransform";
const _GMLTR = "GetMLTransformRequest";
const _GMLTRR = "GetMLTaskRunRequest";
const _GMLTRRe = "GetMLTaskRunResponse";
const _GMLTRRet = "GetMLTaskRunsRequest";
const _GMLTRReta = "GetMLTaskRunsResponse";
const _GMLTRe = "GetMLTransformResponse";
const _GMLTRet = "GetMLTransformsRequest";
const _GMLTReta = "GetMLTaskRun";
const _GMLTRetas = "GetMLTaskRuns";
const _GMLTRetr = "GetMLTransformsResponse";
const _GMLTe = "GetMLTransforms";
const _GMR = "GetMappingRequest";
const _GMRe = "GetMappingResponse";
const _GMVRTR = "GetMaterializedViewRefreshTaskRun";
const _GMVRTRR = "GetMaterializedViewRefreshTaskRunRequest";
const _GMVRTRRe = "GetMaterializedViewRefreshTaskRunResponse";
const _GMe = "GetMapping";
const _GN = "GroupName";
const _GP = "GrokPattern";
const _GPI = "GetPartitionIndexes";
const _GPIR = "GetPartitionIndexesRequest";
const _GPIRe = "GetPartitionIndexesResponse";
const _GPR = "GetPartitionRequest";
const _GPRe = "GetPartitionResponse";
const _GPRet = "GetPartitionsRequest";
const _GPReta = "GetPartitionsResponse";
const _GPRetl = "GetPlanRequest";
const _GPRetla = "GetPlanResponse";
const _GPe = "GetPartition";
const _GPet = "GetPartitions";
const _GPetl = "GetPlan";
const _GPl = "GluePolicy";
const _GR = "GetRegistry";
const _GRI = "GetRegistryInput";
const _GRP = "GetResourcePolicies";
const _GRPR = "GetResourcePoliciesRequest";
const _GRPRL = "GetResourcePoliciesResponseList";
const _GRPRe = "GetResourcePoliciesResponse";
const _GRPRet = "GetResourcePolicyRequest";
const _GRPRete = "GetResourcePolicyResponse";
const _GRPe = "GetResourcePolicy";
const _GRR = "GetRegistryResponse";
const _GS = "GlueSchema";
const _GSBD = "GetSchemaByDefinition";
const _GSBDI = "GetSchemaByDefinitionInput";
const _GSBDR = "GetSchemaByDefinitionResponse";
const _GSC = "GlobalSourceConfiguration";
const _GSCR = "GetSecurityConfigurationRequest";
const _GSCRe = "GetSecurityConfigurationResponse";
const _GSCRet = "GetSecurityConfigurationsRequest";
const _GSCRete = "GetSecurityConfigurationsResponse";
const _GSCe = "GetSecurityConfiguration";
const _GSCet = "GetSecurityConfigurations";
const _GSE = "GetSessionEndpoint";
const _GSER = "GetSessionEndpointRequest";
const _GSERe = "GetSessionEndpointResponse";
const _GSI = "GetSchemaInput";
const _GSLFJR = "GetSystemLogsForJobRun";
const _GSLFJRR = "GetSystemLogsForJobRunRequest";
const _GSLFJRRe = "GetSystemLogsForJobRunResponse";
const _GSLFS = "GetSystemLogsForSession";
const _GSLFSR = "GetSystemLogsForSessionRequest";
const _GSLFSRe = "GetSystemLogsForSessionResponse";
const _GSPL = "GlueStudioPathList";
const _GSR = "GetSchemaResponse";
const _GSRe = "GetSessionRequest";
const _GSRet = "GetSessionResponse";
const _GSRett = "GetStatementRequest";
const _GSRetta = "GetStatementResponse";
const _GSSC = "GlueStudioSchemaColumn";
const _GSSCL = "GlueStudioSchemaColumnList";
const _GST = "GlueStudioType";
const _GSV = "GetSchemaVersion";
const _GSVD = "GetSchemaVersionsDiff";
const _GSVDI = "GetSchemaVersionsDiffInput";
const _GSVDR = "GetSchemaVersionsDiffResponse";
const _GSVI = "GetSchemaVersionInput";
const _GSVR = "GetSchemaVersionResponse";
const _GSe = "GetSchema";
const _GSet = "GetSession";
const _GSett = "GetStatement";
const _GSl = "GlueSchemas";
const _GSr = "GroupSize";
const _GT = "GlossaryTerms";
const _GTI = "GlossaryTermIdentifiers";
const _GTIL = "GlossaryTermItemList";
const _GTIl = "GlossaryTermItem";
const _GTO = "GetTableOptimizer";
const _GTOR = "GetTableOptimizerRequest";
const _GTORe = "GetTableOptimizerResponse";
const _GTR = "GetTableRequest";
const _GTRe = "GetTableResponse";
const _GTRet = "GetTablesRequest";
const _GTReta = "GetTablesResponse";
const _GTRetag = "GetTagsRequest";
const _GTRetags = "GetTagsResponse";
const _GTRetr = "GetTriggerRequest";
const _GTRetri = "GetTriggerResponse";
const _GTRetrig = "GetTriggersRequest";
const _GTRetrigg = "GetTriggersResponse";
const _GTV = "GetTableVersion";
const _GTVL = "GetTableVersionsList";
const _GTVR = "GetTableVersionRequest";
const _GTVRe = "GetTableVersionResponse";
const _GTVRet = "GetTableVersionsRequest";
const _GTVReta = "GetTableVersionsResponse";
const _GTVe = "GetTableVersions";
const _GTe = "GetTable";
const _GTet = "GetTables";
const _GTeta = "GetTags";
const _GTetr = "GetTrigger";
const _GTetri = "GetTriggers";
const _GTl = "GlueTables";
const _GTlu = "GlueTable";
const _GUDF = "GetUserDefinedFunction";
const _GUDFR = "GetUserDefinedFunctionRequest";
const _GUDFRe = "GetUserDefinedFunctionResponse";
const _GUDFRet = "GetUserDefinedFunctionsRequest";
const _GUDFRets = "GetUserDefinedFunctionsResponse";
const _GUDFe = "GetUserDefinedFunctions";
const _GUP = "GetUsageProfile";
const _GUPM = "GetUnfilteredPartitionMetadata";
const _GUPMR = "GetUnfilteredPartitionMetadataRequest";
const _GUPMRe = "GetUnfilteredPartitionMetadataResponse";
const _GUPMRet = "GetUnfilteredPartitionsMetadataRequest";
const _GUPMRetn = "GetUnfilteredPartitionsMetadataResponse";
const _GUPMe = "GetUnfilteredPartitionsMetadata";
const _GUPR = "GetUsageProfileRequest";
const _GUPRe = "GetUsageProfileResponse";
const _GUTM = "GetUnfilteredTableMetadata";
const _GUTMR = "GetUnfilteredTableMetadataRequest";
const _GUTMRe = "GetUnfilteredTableMetadataResponse";
const _GV = "GlueVersion";
const _GVI = "GlueVersionId";
const _GW = "GetWorkflow";
const _GWR = "GetWorkflowRequest";
const _GWRP = "GetWorkflowRunProperties";
const _GWRPR = "GetWorkflowRunPropertiesRequest";
const _GWRPRe = "GetWorkflowRunPropertiesResponse";
const _GWRR = "GetWorkflowRunRequest";
const _GWRRe = "GetWorkflowRunResponse";
const _GWRRet = "GetWorkflowRunsRequest";
const _GWRReto = "GetWorkflowRunsResponse";
const _GWRe = "GetWorkflowResponse";
const _GWRet = "GetWorkflowRun";
const _GWReto = "GetWorkflowRuns";
const _Gr = "Graph";
const _H = "Header";
const _HBK = "HighBoundKey";
const _HD = "HasDatabases";
const _HK = "HeaderKey";
const _HP = "HidePassword";
const _HRV = "HostRuntimeVersion";
const _HT = "HudiTargets";
const _HTL = "HudiTargetList";
const _HTu = "HudiTarget";
const _I = "Inputs";
const _IA = "InclusionAnnotations";
const _IAL = "InclusionAnnotationList";
const _IAn = "InstanceArn";
const _IAnc = "InclusionAnnotation";
const _IAnt = "IntegrationArn";
const _IB = "IncludeBlueprint";
const _IBSE = "IllegalBlueprintStateException";
const _IBm = "ImportedBy";
const _IC = "ImportCompleted";
const _ICC = "IcebergCompactionConfiguration";
const _ICM = "IcebergCompactionMetrics";
const _ICOF = "IntegrationConflictOperationFault";
const _ICTG = "ImportCatalogToGlue";
const _ICTGR = "ImportCatalogToGlueRequest";
const _ICTGRm = "ImportCatalogToGlueResponse";
const _ICn = "IntegrationConfig";
const _ICs = "IsCreateable";
const _ID = "InitialDefault";
const _IDOC = "IsDefaultOnCreate";
const _IE = "IsEnabled";
const _IEK = "IcebergEncryptedKey";
const _IEL = "IntegrationErrorList";
const _IELt = "ItemErrorList";
const _IEn = "IntegrationError";
const _IEs = "IsEmpty";
const _IEt = "ItemError";
const _IF = "IsFilterable";
const _IFE = "IterableFormEntry";
const _IFI = "IdentifierFieldIds";
const _IFIL = "IterableFormItemList";
const _IFIt = "IterableFormItem";
const _IFL = "IntegrationFilterList";
const _IFLI = "IterableFormListItem";
const _IFLIL = "IterableFormListItemList";
const _IFM = "IterableFormMap";
const _IFN = "IterableFormName";
const _IFn = "IntegrationFilter";
const _IFnp = "InputFormat";
const _IFt = "IterableForms";
const _IG = "IncludeGraph";
const _IH = "IncludeHeaders";
const _II = "ItemIdentifier";
const _IIE = "InvalidInputException";
const _IIL = "InboundIntegrationsList";
const _IISF = "InvalidIntegrationStateFault";
const _IIc = "IcebergInput";
const _IIn = "IntegrationIdentifier";
const _IInb = "InboundIntegrations";
const _IInbo = "InboundIntegration";
const _IIt = "ItemIdentifiers";
const _IIte = "ItemId";
const _IL = "IntegrationsList";
const _ILTRP = "ImportLabelsTaskRunProperties";
const _IM = "IcebergMetrics";
const _IMDV = "IsMultiDialectView";
const _IMV = "IsMaterializedView";
const _IMs = "IsManaged";
const _IN = "IntegrationName";
const _INFF = "IntegrationNotFoundFault";
const _INO = "IsNegOne";
const _INS = "IsNullString";
const _INn = "IndexName";
const _INs = "IsNullable";
const _INt = "ItemName";
const _IO = "IsOrderable";
const _IOFDC = "IcebergOrphanFileDeletionConfiguration";
const _IOFDM = "IcebergOrphanFileDeletionMetrics";
const _IOP = "IcebergOptimizationProperties";
const _IOPO = "IcebergOptimizationPropertiesOutput";
const _IOs = "IsOptional";
const _IP = "IsPartitionable";
const _IPE = "IsParentEntity";
const _IPF = "IcebergPartitionField";
const _IPK = "IsPrimaryKey";
const _IPME = "IdempotentParameterMismatchException";
const _IPS = "IncludeParameterSpec";
const _IPSFL = "IcebergPartitionSpecFieldList";
const _IPSL = "IcebergPartitionSpecList";
const _IPSLn = "IntegrationPartitionSpecList";
const _IPSc = "IcebergPartitionSpec";
const _IPm = "ImputedPath";
const _IPn = "IntegrationPartition";
const _IPs = "IsProtected";
const _IQ = "IsQueryable";
const _IQEF = "IntegrationQuotaExceededFault";
const _IR = "IamRole";
const _IRC = "IcebergRetentionConfiguration";
const _IRM = "IcebergRetentionMetrics";
const _IRP = "IntegrationResourceProperty";
const _IRPF = "IntegrationResourcePropertyFilter";
const _IRPFL = "IntegrationResourcePropertyFilterList";
const _IRPL = "IntegrationResourcePropertyList";
const _IRT = "InputRecordTables";
const _IRWLF = "IsRegisteredWithLakeFormation";
const _IRn = "IncludeRoot";
const _IRs = "IsRetrievable";
const _IS = "ImportStatus";
const _ISD = "IncludeStatusDetails";
const _ISE = "InternalServerException";
const _ISEn = "InternalServiceException";
const _ISEnv = "InvalidStateException";
const _ISF = "IcebergSortField";
const _ISFL = "IcebergStructFieldList";
const _ISFc = "IcebergStructField";
const _ISL = "IcebergSchemaList";
const _ISO = "IcebergSortOrder";
const _ISOFL = "IcebergSortOrderFieldList";
const _ISOL = "IcebergSortOrderList";
const _ISP = "InputS3Path";
const _ISSE = "IllegalSessionStateException";
const _ISc = "IcebergSchema";
const _ISn = "IndexStatus";
const _ISs = "IsStale";
const _IT = "ImportTime";
const _ITBRIM = "IdleTimeBetweenReadsInMs";
const _ITL = "IcebergTargetList";
const _ITLn = "IntegrationTagsList";
const _ITM = "IcebergTableMetadata";
const _ITP = "IntegrationTableProperties";
const _ITPF = "IntegrationTablePropertiesFilter";
const _ITPFL = "IntegrationTablePropertiesFilterList";
const _ITPL = "IntegrationTablePropertiesList";
const _ITU = "IcebergTableUpdate";
const _ITUL = "IcebergTableUpdateList";
const _ITc = "IcebergTargets";
const _ITce = "IcebergTarget";
const _ITd = "IdleTimeout";
const _ITn = "IntegrationType";
const _IU = "IsUpdateable";
const _IUs = "IsUpsertable";
const _IWSE = "IllegalWorkflowStateException";
const _Id = "Id";
const _Ide = "Identifier";
const _Ids = "Ids";
const _Im = "Importance";
const _In = "Integrations";
const _Ind = "Index";
const _Int = "Integration";
const _It = "Items";
const _J = "Jobs";
const _JB = "JobBookmark";
const _JBE = "JobBookmarksEncryption";
const _JBEM = "JobBookmarksEncryptionMode";
const _JBEo = "JobBookmarkEntry";
const _JBK = "JobBookmarkKeys";
const _JBKSO = "JobBookmarkKeysSortOrder";
const _JC = "JsonClassifier";
const _JCo = "JobCommand";
const _JCob = "JobConfiguration";
const _JCoi = "JoinColumn";
const _JCoin = "JoinColumns";
const _JD = "JobDetails";
const _JDBCCO = "JDBCConnectorOptions";
const _JDBCCS = "JDBCConnectorSource";
const _JDBCCT = "JDBCConnectorTarget";
const _JDIH = "JobDurationInHour";
const _JI = "JobId";
const _JL = "JobList";
const _JM = "JobMode";
const _JN = "JobName";
const _JND = "JobNodeDetails";
const _JNF = "JobsNotFound";
const _JNo = "JobNames";
const _JP = "JsonPath";
const _JR = "JobRun";
const _JRI = "JobRunId";
const _JRIo = "JobRunIds";
const _JRL = "JobRunList";
const _JRQE = "JobRunQueuingEnabled";
const _JRS = "JobRunState";
const _JRo = "JobRuns";
const _JT = "JwtToken";
const _JTL = "JdbcTargetList";
const _JTd = "JdbcTargets";
const _JTdb = "JdbcTarget";
const _JTo = "JoinType";
const _JU = "JobUpdate";
const _JWTBP = "JWTBearerProperties";
const _Jd = "Jdbc";
const _Jo = "Join";
const _Job = "Job";
const _K = "Key";
const _KA = "KmsArn";
const _KI = "KeyId";
const _KK = "KmsKey";
const _KKA = "KmsKeyArn";
const _KKI = "KmsKeyId";
const _KMSKNAF = "KMSKeyNotAccessibleFault";
const _KO = "KeyOverride";
const _KSE = "KeySchemaElement";
const _KSEL = "KeySchemaElementList";
const _KSSO = "KafkaStreamingSourceOptions";
const _KSSOi = "KinesisStreamingSourceOptions";
const _Ke = "Keys";
const _L = "Level";
const _LAD = "LastActiveDefinition";
const _LAT = "LastAccessTime";
const _LATR = "ListAssetTypesRequest";
const _LATRi = "ListAssetTypesResponse";
const _LATa = "LastAnalyzedTime";
const _LATi = "ListAssetTypes";
const _LB = "LowerBound";
const _LBK = "LowBoundKey";
const _LBR = "ListBlueprintsRequest";
const _LBRi = "ListBlueprintsResponse";
const _LBi = "ListBlueprints";
const _LC = "LineageConfiguration";
const _LCET = "ListCustomEntityTypes";
const _LCETR = "ListCustomEntityTypesRequest";
const _LCETRi = "ListCustomEntityTypesResponse";
const _LCI = "LastColumnId";
const _LCIa = "LastCrawlInfo";
const _LCIas = "LastCommitId";
const _LCR = "ListCrawlersRequest";
const _LCRi = "ListCrawlersResponse";
const _LCRis = "ListCrawlsRequest";
const _LCRist = "ListCrawlsResponse";
const _LCSD = "LongColumnStatisticsData";
const _LCSTR = "ListColumnStatisticsTaskRuns";
const _LCSTRR = "ListColumnStatisticsTaskRunsRequest";
const _LCSTRRi = "ListColumnStatisticsTaskRunsResponse";
const _LCT = "ListConnectionTypes";
const _LCTR = "ListConnectionTypesRequest";
const _LCTRi = "ListConnectionTypesResponse";
const _LCVT = "LastConnectionValidationTime";
const _LCa = "LastCrawl";
const _LCab = "LabelCount";
const _LCi = "ListCrawlers";
const _LCis = "ListCrawls";
const _LD = "LongDescription";
const _LDE = "ListDevEndpoints";
const _LDER = "ListDevEndpointsRequest";
const _LDERi = "ListDevEndpointsResponse";
const _LDQEC = "ListDataQualityEvaluationConfigs";
const _LDQECR = "ListDataQualityEvaluationConfigsRequest";
const _LDQECRi = "ListDataQualityEvaluationConfigsResponse";
const _LDQR = "ListDataQualityResults";
const _LDQRER = "ListDataQualityRulesetEvaluationRuns";
const _LDQRERR = "ListDataQualityRulesetEvaluationRunsRequest";
const _LDQRERRi = "ListDataQualityRulesetEvaluationRunsResponse";
const _LDQRR = "ListDataQualityResultsRequest";
const _LDQRRR = "ListDataQualityRuleRecommendationRuns";
const _LDQRRRR = "ListDataQualityRuleRecommendationRunsRequest";
const _LDQRRRRi = "ListDataQualityRuleRecommendationRunsResponse";
const _LDQRRi = "ListDataQualityResultsResponse";
const _LDQRRis = "ListDataQualityRulesetsRequest";
const _LDQRRist = "ListDataQualityRulesetsResponse";
const _LDQRV = "ListDataQualityResultsV2";
const _LDQRVR = "ListDataQualityResultsV2Request";
const _LDQRVRi = "ListDataQualityResultsV2Response";
const _LDQRi = "ListDataQualityRulesets";
const _LDQS = "ListDataQualityStatistics";
const _LDQSA = "ListDataQualityStatisticAnnotations";
const _LDQSAR = "ListDataQualityStatisticAnnotationsRequest";
const _LDQSARi = "ListDataQualityStatisticAnnotationsResponse";
const _LDQSR = "ListDataQualityStatisticsRequest";
const _LDQSRi = "ListDataQualityStatisticsResponse";
const _LE = "ListEntities";
const _LEA = "LastExecutionAttempt";
const _LER = "ListEntitiesRequest";
const _LERi = "ListEntitiesResponse";
const _LFC = "LakeFormationConfiguration";
const _LFT = "ListFormTypes";
const _LFTR = "ListFormTypesRequest";
const _LFTRi = "ListFormTypesResponse";
const _LG = "LogGroup";
const _LGN = "LogGroupName";
const _LGR = "ListGlossariesRequest";
const _LGRi = "ListGlossariesResponse";
const _LGT = "ListGlossaryTerms";
const _LGTR = "ListGlossaryTermsRequest";
const _LGTRi = "ListGlossaryTermsResponse";
const _LGi = "ListGlossaries";
const _LIF = "ListIterableForms";
const _LIFR = "ListIterableFormsRequest";
const _LIFRi = "ListIterableFormsResponse";
const _LIRP = "ListIntegrationResourceProperties";
const _LIRPR = "ListIntegrationResourcePropertiesRequest";
const _LIRPRi = "ListIntegrationResourcePropertiesResponse";
const _LITP = "ListIntegrationTableProperties";
const _LITPR = "ListIntegrationTablePropertiesRequest";
const _LITPRi = "ListIntegrationTablePropertiesResponse";
const _LJ = "ListJobs";
const _LJR = "ListJobsRequest";
const _LJRi = "ListJobsResponse";
const _LL = "LowerLimit";
const _LM = "LastModified";
const _LMA = "LastModifiedAfter";
const _LMB = "LastModifiedBefore";
const _LMLT = "ListMLTransforms";
const _LMLTR = "ListMLTransformsRequest";
const _LMLTRi = "ListMLTransformsResponse";
const _LMO = "LastModifiedOn";
const _LMT = "LastModifiedTimestamp";
const _LMVRTR = "ListMaterializedViewRefreshTaskRuns";
const _LMVRTRR = "ListMaterializedViewRefreshTaskRunsRequest";
const _LMVRTRRi = "ListMaterializedViewRefreshTaskRunsResponse";
const _LN = "LineNumber";
const _LO = "LogicalOperator";
const _LP = "LimitParameter";
const _LPI = "LastPartitionId";
const _LPL = "LimitedPathList";
const _LR = "LastRun";
const _LRI = "ListRegistriesInput";
const _LRR = "ListRegistriesResponse";
const _LRS = "LastRuntimeSeconds";
const _LRT = "LastRefreshType";
const _LRi = "ListRegistries";
const _LS = "LogStream";
const _LSGTRP = "LabelingSetGenerationTaskRunProperties";
const _LSI = "ListSchemasInput";
const _LSR = "ListSchemasResponse";
const _LSRi = "ListSessionsRequest";
const _LSRis = "ListSessionsResponse";
const _LSRist = "ListStatementsRequest";
const _LSRistt = "ListStatementsResponse";
const _LSV = "LatestSchemaVersion";
const _LSVI = "ListSchemaVersionsInput";
const _LSVR = "ListSchemaVersionsResponse";
const _LSVi = "ListSchemaVersions";
const _LSi = "ListSchemas";
const _LSis = "ListSessions";
const _LSist = "ListStatements";
const _LT = "ListType";
const _LTOR = "ListTableOptimizerRuns";
const _LTORR = "ListTableOptimizerRunsRequest";
const _LTORRi = "ListTableOptimizerRunsResponse";
const _LTR = "ListTriggersRequest";
const _LTRi = "ListTriggersResponse";
const _LTi = "ListTriggers";
const _LU = "LastUpdated";
const _LUB = "LastUpdatedBy";
const _LUP = "ListUsageProfiles";
const _LUPR = "ListUsageProfilesRequest";
const _LUPRi = "ListUsageProfilesResponse";
const _LUS = "LastUpdateStatus";
const _LUT = "LastUpdatedTime";
const _LUo = "LogoUrl";
const _LUoc = "LocationUri";
const _LUog = "LogUri";
const _LV = "LibraryVersion";
const _LVa = "LatestVersion";
const _LVo = "LongValue";
const _LW = "ListWorkflows";
const _LWR = "ListWorkflowsRequest";
const _LWRi = "ListWorkflowsResponse";
const _La = "Language";
const _Lab = "Labels";
const _Labe = "Label";
const _Li = "Limit";
const _Lo = "Location";
const _Log = "Logical";
const _M = "Message";
const _MA = "MergeAction";
const _MB = "MissingBlueprints";
const _MBO = "MetricBasedObservation";
const _MBa = "MaxBand";
const _MC = "MergeClause";
const _MCR = "MaxConcurrentRuns";
const _MCa = "MatchCriteria";
const _MCax = "MaxCapacity";
const _MDBT = "MongoDBTargets";
const _MDBTL = "MongoDBTargetList";
const _MDBTo = "MongoDBTarget";
const _ME = "MappingEntry";
const _MF = "MapFilter";
const _MFIB = "MaxFilesInBand";
const _MFRPS = "MaxFetchRecordsPerShard";
const _MFTIM = "MaxFetchTimeInMs";
const _MI = "MetadataInfo";
const _MIM = "MetadataInfoMap";
const _MIR = "ModifyIntegrationRequest";
const _MIRo = "ModifyIntegrationResponse";
const _MIo = "ModifyIntegration";
const _MK = "MetadataKey";
const _MKV = "MetadataKeyValue";
const _MKVP = "MetadataKeyValuePair";
const _ML = "MaximumLength";
const _MLT = "MLTransform";
const _MLTNRE = "MLTransformNotReadyException";
const _MLUDE = "MLUserDataEncryption";
const _MLa = "MappingList";
const _MLe = "MetadataList";
const _MN = "MetricName";
const _MO = "MetadataOperation";
const _MOPT = "MaxOffsetsPerTrigger";
const _MP = "MessagePrefix";
const _MPa = "MatchPattern";
const _MPi = "MinPartitions";
const _MR = "MaxRetries";
const _MRIM = "MaxRetryIntervalMs";
const _MRN = "ManagedRulesetName";
const _MRPR = "MaxRecordPerRead";
const _MRS = "MedianRuntimeSeconds";
const _MRTW = "MaxRowsToWrite";
const _MRa = "MaxRecords";
const _MRax = "MaxResults";
const _MSQLCS = "MySQLCatalogSource";
const _MSQLCT = "MySQLCatalogTarget";
const _MSQLSCS = "MicrosoftSQLServerCatalogSource";
const _MSQLSCT = "MicrosoftSQLServerCatalogTarget";
const _MTD = "MaximumTraversalDepth";
const _MUDE = "MlUserDataEncryption";
const _MUDEM = "MlUserDataEncryptionMode";
const _MV = "MinValue";
const _MVRTNRE = "MaterializedViewRefreshTaskNotRunningException";
const _MVRTR = "MaterializedViewRefreshTaskRun";
const _MVRTRE = "MaterializedViewRefreshTaskRunningException";
const _MVRTRI = "MaterializedViewRefreshTaskRunId";
const _MVRTRL = "MaterializedViewRefreshTaskRunsList";
const _MVRTRa = "MaterializedViewRefreshTaskRuns";
const _MVRTSE = "MaterializedViewRefreshTaskStoppingException";
const _MVa = "MaxValue";
const _MVas = "MaskValue";
const _MVax = "MaximumValue";
const _MVe = "MetadataValue";
const _MVet = "MetricValues";
const _MVi = "MinimumValue";
const _MW = "MissingWorkflows";
const _MWM = "MergeWhenMatched";
const _MWN = "ManagedWorkgroupName";
const _MWNM = "MergeWhenNotMatched";
const _MWS = "ManagedWorkgroupStatus";
const _MWa = "MaintenanceWindow";
const _Ma = "Mapping";
const _Map = "Mappings";
const _Mar = "Marker";
const _Me = "Merge";
const _Mo = "Model";
const _Mu = "Multiline";
const _N = "Name";
const _NCBL = "NullCheckBoxList";
const _NDA = "NotifyDelayAfter";
const _NDT = "NativeDataType";
const _NFN = "NumFalseNegatives";
const _NFP = "NumFalsePositives";
const _NI = "NodeIds";
const _NL = "NodeList";
const _NLCTE = "NumLeftCharsToExclude";
const _NO = "NullOrder";
const _NOA = "NonOverridableArguments";
const _NOB = "NumberOfBuckets";
const _NOBC = "NumberOfBytesCompacted";
const _NOD = "NumberOfDpus";
const _NODFD = "NumberOfDataFilesDeleted";
const _NODV = "NumberOfDistinctValues";
const _NOF = "NumberOfFalses";
const _NOFC = "NumberOfFilesCompacted";
const _NOMFD = "NumberOfManifestFilesDeleted";
const _NOMLD = "NumberOfManifestListsDeleted";
const _NON = "NumberOfNulls";
const _NONu = "NumberOfNodes";
const _NOOFD = "NumberOfOrphanFilesDeleted";
const _NOT = "NumberOfTrues";
const _NOW = "NumberOfWorkers";
const _NP = "NotificationProperty";
const _NPe = "NextPage";
const _NPu = "NumPartitions";
const _NR = "NumRetries";
const _NRCTE = "NumRightCharsToExclude";
const _NRe = "NewRules";
const _NRu = "NumberRows";
const _NSE = "NoScheduleException";
const _NSV = "NextSchemaVersion";
const _NT = "NodeType";
const _NTL = "NullTextList";
const _NTN = "NumTrueNegatives";
const _NTP = "NumTruePositives";
const _NTPu = "NumberTargetPartitions";
const _NTe = "NextToken";
const _NVF = "NullValueField";
const _NVFu = "NullValueFields";
const _Na = "Names";
const _Ne = "Negated";
const _No = "Node";
const _Nod = "Nodes";
const _O = "Observations";
const _OAC = "OAuth2Credentials";
const _OACA = "OAuth2ClientApplication";
const _OAF = "OrAnyFilters";
const _OAGT = "OAuth2GrantType";
const _OAP = "OAuth2Properties";
const _OAPI = "OAuth2PropertiesInput";
const _OB = "OrderBy";
const _OC = "OffsetConfiguration";
const _OCN = "OutputColumnName";
const _OCRPWD = "OverwriteChildResourcePermissionsWithDefault";
const _OE = "ObservationsEnabled";
const _OF = "OutputFormat";
const _OFD = "OrphanFileDeletion";
const _OFDC = "OrphanFileDeletionConfiguration";
const _OFDM = "OrphanFileDeletionMetrics";
const _OI = "OrderId";
const _OL = "OptionList";
const _OLr = "OrderList";
const _OM = "ObservationMode";
const _OMVL = "OtherMetadataValueList";
const _OMVLI = "OtherMetadataValueListItem";
const _OMp = "OperatorMappings";
const _ON = "OwnerName";
const _ONSE = "OperationNotSupportedException";
const _OP = "OffsetParameter";
const _OPp = "OptimizePerformance";
const _OR = "ObservationResults";
const _ORO = "ObservationResultsOptions";
const _OS = "OutputSchemas";
const _OSP = "OutputS3Path";
const _OSQLCS = "OracleSQLCatalogSource";
const _OSQLCT = "OracleSQLCatalogTarget";
const _OSb = "ObservationScope";
const _OT = "OwnerType";
const _OTE = "OperationTimeoutException";
const _OTFI = "OpenTableFormatInput";
const _Op = "Operation";
const _Ope = "Operator";
const _Opt = "Option";
const _Or = "Order";
const _Ou = "Output";
const _Ow = "Owner";
const _P = "Password";
const _PA = "PreAction";
const _PAR = "PutAssetRequest";
const _PARu = "PutAssetResponse";
const _PARut = "PutAttachmentRequest";
const _PARutt = "PutAttachmentResponse";
const _PAT = "PutAssetType";
const _PATR = "PutAssetTypeRequest";
const _PATRu = "PutAssetTypeResponse";
const _PAo = "PostAction";
const _PAr = "PrivateAddress";
const _PAu = "PublishedAfter";
const _PAub = "PublicAddress";
const _PAut = "PutAsset";
const _PAutt = "PutAttachment";
const _PB = "PublishedBefore";
const _PBr = "ProcessedBytes";
const _PC = "PartitionColumn";
const _PCI = "ParentCatalogId";
const _PCP = "PythonConnectionProperties";
const _PCPR = "PhysicalConnectionPropertiesRequired";
const _PCR = "PhysicalConnectionRequirements";
const _PCa = "PaginationConfiguration";
const _PCar = "PartitionCount";
const _PCr = "ProfileConfiguration";
const _PDCEC = "PutDataCatalogExportConfiguration";
const _PDCECI = "PutDataCatalogExportConfigurationInput";
const _PDCECO = "PutDataCatalogExportConfigurationOutput";
const _PDCES = "PutDataCatalogEncryptionSettings";
const _PDCESR = "PutDataCatalogEncryptionSettingsRequest";
const _PDCESRu = "PutDataCatalogEncryptionSettingsResponse";
const _PDQPA = "PutDataQualityProfileAnnotation";
const _PDQPAR = "PutDataQualityProfileAnnotationRequest";
const _PDQPARu = "PutDataQualityProfileAnnotationResponse";
const _PDQRV = "PublishDataQualityResultV2";
const _PDQRVR = "PublishDataQualityResultV2Request";
const _PDQRVRu = "PublishDataQualityResultV2Response";
const _PE = "PitrEnabled";
const _PEC = "PolicyExistsCondition";
const _PEN = "ParentEntityName";
const _PEa = "PartitionError";
const _PEar = "PartitionErrors";
const _PF = "ParentField";
const _PFT = "PutFormType";
const _PFTR = "PutFormTypeRequest";
const _PFTRu = "PutFormTypeResponse";
const _PH = "PolicyHash";
const _PHC = "PolicyHashCondition";
const _PI = "ProfileId";
const _PID = "PartitionIndexDescriptor";
const _PIDL = "PartitionIndexDescriptorList";
const _PIID = "PIIDetection";
const _PIJ = "PolicyInJson";
const _PIL = "PartitionInputList";
const _PILa = "PartitionIndexList";
const _PIa = "PartitionInput";
const _PIar = "PartitionIndex";
const _PIart = "PartitionIndexes";
const _PIr = "PredecessorsIncluded";
const _PK = "PartitionKeys";
const _PKCN = "PrimaryKeyColumnName";
const _PKr = "PrimaryKeys";
const _PKri = "PrimaryKey";
const _PKu = "PublicKey";
const _PKub = "PublicKeys";
const _PL = "PropertyLocation";
const _PLa = "PartitionList";
const _PLr = "PredecessorList";
const _PM = "PropertiesMap";
const _PN = "ProfileName";
const _PO = "PublishingOptions";
const _PP = "PartitionPredicate";
const _PPL = "PrincipalPermissionsList";
const _PPQ = "PreProcessingQuery";
const _PPr = "PrincipalPermissions";
const _PPro = "PropertyPredicate";
const _PPy = "PythonProperties";
const _PR = "ProfilingResults";
const _PRA = "ParentResourceArn";
const _PRI = "PreviousRunId";
const _PRO = "ProfilingResultsOptions";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PRT = "PrecisionRecallTradeoff";
const _PRa = "PauseRuns";
const _PRr = "PredecessorRuns";
const _PS = "ParameterSpec";
const _PSQLCS = "PostgreSQLCatalogSource";
const _PSQLCT = "PostgreSQLCatalogTarget";
const _PSVM = "PutSchemaVersionMetadata";
const _PSVMI = "PutSchemaVersionMetadataInput";
const _PSVMR = "PutSchemaVersionMetadataResponse";
const _PSa = "PartitionSpec";
const _PSar = "PartitionSpecs";
const _PSy = "PythonScript";
const _PT = "PropertyType";
const _PTD = "PartitionsToDelete";
const _PTG = "PartitionsToGet";
const _PTM = "PollTimeoutMs";
const _PTME = "PermissionTypeMismatchException";
const _PTi = "PiiType";
const _PTo = "PollingTime";
const _PTr = "PropertyTypes";
const _PV = "PartitionValues";
const _PVL = "PartitionValueList";
const _PVr = "PredictedValue";
const _PVy = "PythonVersion";
const _PWRP = "PutWorkflowRunProperties";
const _PWRPR = "PutWorkflowRunPropertiesRequest";
const _PWRPRu = "PutWorkflowRunPropertiesResponse";
const _Pa = "Partitions";
const _Par = "Parameters";
const _Para = "Param";
const _Part = "Partition";
const _Pat = "Paths";
const _Path = "Path";
const _Patt = "Pattern";
const _Pe = "Permissions";
const _Pr = "Prompt";
const _Pre = "Predicate";
const _Prec = "Precision";
const _Pred = "Predecessor";
const _Pri = "Principal";
const _Pro = "Properties";
const _Prob = "Prob";
const _Prof = "Profiles";
const _Prog = "Progress";
const _Prop = "Property";
const _Prov = "Provider";
const _Q = "Query";
const _QAI = "QueryAuthorizationId";
const _QAOT = "QueryAsOfTime";
const _QC = "QuoteCharacter";
const _QCu = "QuoteChar";
const _QI = "QueryId";
const _QPN = "QueryParameterName";
const _QS = "QuoteSymbol";
const _QSC = "QuerySessionContext";
const _QST = "QueryStartTime";
const _QSV = "QuoteStringValues";
const _QSVM = "QuerySchemaVersionMetadata";
const _QSVMI = "QuerySchemaVersionMetadataInput";
const _QSVMR = "QuerySchemaVersionMetadataResponse";
const _R = "Record";
const _RA = "RoleArn";
const _RAL = "ReplaceAllLabels";
const _RAe = "ResourceArn";
const _RAec = "RecipeAction";
const _RAeci = "RecipeArn";
const _RAeco = "RecordedAfter";
const _RAeg = "RegistryArn";
const _RAu = "RunningActions";
const _RB = "RecrawlBehavior";
const _RBe = "RequestedBy";
const _RBec = "RecordedBefore";
const _RC = "RequestedColumns";
const _RCPE = "ReturnConnectionPasswordEncrypted";
const _RCS = "RelationalCatalogSource";
const _RCT = "RegisterConnectionType";
const _RCTR = "RegisterConnectionTypeRequest";
const _RCTRe = "RegisterConnectionTypeResponse";
const _RCe = "RestConfiguration";
const _RCed = "RedactChar";
const _RCeq = "RequestedChange";
const _RCes = "ResponseConfiguration";
const _RCet = "RetentionConfiguration";
const _RCu = "RuleCount";
const _RCun = "RunConfiguration";
const _RD = "ReferencedDatasets";
const _RDF = "ResponseDateFormat";
const _RDN = "RedshiftDatabaseName";
const _REM = "RollbackErrorMessage";
const _REMe = "ResponseExtractionMapping";
const _RERI = "RulesetEvaluationRunId";
const _RF = "RenameField";
const _RFE = "RowFilterExpression";
const _RFo = "RowFilter";
const _RI = "ResultIds";
const _RIM = "RetryIntervalMs";
const _RIe = "RegistryId";
const _RIef = "RefreshInterval";
const _RIes = "ResultId";
const _RIeso = "ResourceId";
const _RIu = "RunIds";
const _RIun = "RunId";
const _RIund = "RunIdentifier";
const _RJB = "ResetJobBookmark";
const _RJBR = "ResetJobBookmarkRequest";
const _RJBRe = "ResetJobBookmarkResponse";
const _RLD = "RegistryListDefinition";
const _RLI = "RegistryListItem";
const _RLR = "RowLevelResults";
const _RLRO = "RowLevelResultsOptions";
const _RLSP = "RLSProperties";
const _RM = "RequestMethod";
const _RMM = "RuleMetricsMap";
const _RMe = "RecommendationMode";
const _RMet = "RetentionMetrics";
const _RMu = "RuleMetrics";
const _RMun = "RunMetrics";
const _RN = "RulesetName";
const _RNF = "ResultsNotFound";
const _RNFE = "ResourceNotFoundException";
const _RNFu = "RunsNotFound";
const _RNLEE = "ResourceNumberLimitExceededException";
const _RNRE = "ResourceNotReadyException";
const _RNe = "RegistryName";
const _RNep = "RepositoryName";
const _RNu = "RulesetNames";
const _RO = "RequestOrigin";
const _ROe = "RecordedOn";
const _ROep = "RepositoryOwner";
const _RP = "RecrawlPolicy";
const _RPA = "ResourcePropertyArn";
const _RPE = "ResultsPublishingEnabled";
const _RPL = "RecordPollingLimit";
const _RPO = "ResultPublishedOn";
const _RPe = "ResultPath";
const _RPeq = "RequestPath";
const _RPequ = "RequestParameters";
const _RPu = "RunProperties";
const _RR = "RuleResults";
const _RRA = "RootResourceArn";
const _RRI = "RecommendationRunId";
const _RRe = "RecommendedRuleset";
const _RRec = "RecipeReference";
const _RS = "RedshiftSource";
const _RSN = "RoleSessionName";
const _RSP = "ResultsS3Prefix";
const _RSR = "RunStatementRequest";
const _RSRu = "RunStatementResponse";
const _RST = "ResourceShareType";
const _RSV = "RegisterSchemaVersion";
const _RSVI = "RegisterSchemaVersionInput";
const _RSVM = "RemoveSchemaVersionMetadata";
const _RSVMI = "RemoveSchemaVersionMetadataInput";
const _RSVMR = "RemoveSchemaVersionMetadataResponse";
const _RSVR = "RegisterSchemaVersionResponse";
const _RSe = "RegexString";
const _RSec = "RecipeSteps";
const _RSeci = "RecipeStep";
const _RSef = "RefreshSeconds";
const _RSu = "RunStatement";
const _RT = "RefreshToken";
const _RTD = "RedshiftTmpDir";
const _RTe = "RedshiftTarget";
const _RTed = "RedactText";
const _RTef = "RefreshType";
const _RTeq = "RequestTime";
const _RTes = "ResourceType";
const _RTesu = "ResultType";
const _RTo = "RowTag";
const _RU = "RedirectUri";
const _RUF = "RecordUpdateField";
const _RUL = "ResourceUriList";
const _RUe = "ResourceUri";
const _RUes = "ResourceUris";
const _RV = "RecipeVersion";
const _RWR = "ResumeWorkflowRun";
const _RWRR = "ResumeWorkflowRunRequest";
const _RWRRe = "ResumeWorkflowRunResponse";
const _Re = "Results";
const _Rec = "Recipe";
const _Reca = "Recall";
const _Reco = "Records";
const _Recu = "Recursive";
const _Recur = "Recurse";
const _Reg = "Region";
const _Regi = "Registries";
const _Rep = "Replace";
const _Repo = "Repository";
const _Repr = "Representations";
const _Req = "Required";
const _Res = "Result";
const _Ret = "Retention";
const _Ro = "Route";
const _Rol = "Role";
const _Ru = "Runs";
const _Rul = "Ruleset";
const _Rule = "Rulesets";
const _Run = "Run";
const _Runt = "Runtime";
const _S = "Schema";
const _SA = "SecretArn";
const _SAF = "SearchAttributeFilter";
const _SAI = "SearchAssetsInput";
const _SAKKI = "SseAwsKmsKeyId";
const _SAO = "SearchAssetsOutput";
const _SASD = "StoredAsSubDirectories";
const _SAT = "SupportedAuthenticationTypes";
const _SAc = "SchemaArn";
const _SAca = "ScanAll";
const _SAe = "SearchAssets";
const _SAk = "SkipArchive";
const _SAo = "SourceArn";
const _SAq = "SqlAliases";
const _SAql = "SqlAlias";
const _SAs = "SseAlgorithm";
const _SAt = "StartAt";
const _SAta = "StartedAfter";
const _SAtat = "StatisticAnnotation";
const _SAto = "StoppedActions";
const _SAtr = "StreamArn";
const _SAu = "SucceededActions";
const _SB = "StartedBefore";
const _SBE = "SessionBusyException";
const _SBR = "StartBlueprintRun";
const _SBRR = "StartBlueprintRunRequest";
const _SBRRt = "StartBlueprintRunResponse";
const _SC = "SecurityConfiguration";
const _SCD = "SourceControlDetails";
const _SCDS = "S3CatalogDeltaSource";
const _SCE = "SupportedComputeEnvironments";
const _SCHS = "S3CatalogHudiSource";
const _SCIS = "S3CatalogIcebergSource";
const _SCL = "SecurityConfigurationList";
const _SCN = "SkewedColumnNames";
const _SCP = "SchemaChangePolicy";
const _SCPp = "SparkConnectionProperties";
const _SCR = "StartCrawlerRequest";
const _SCRt = "StartCrawlerResponse";
const _SCRto = "StopCrawlerRequest";
const _SCRtop = "StopCrawlerResponse";
const _SCS = "SparkConnectorSource";
const _SCSD = "StringColumnStatisticsData";
const _SCSR = "StartCrawlerScheduleRequest";
const _SCSRt = "StartCrawlerScheduleResponse";
const _SCSRto = "StopCrawlerScheduleRequest";
const _SCSRtop = "StopCrawlerScheduleResponse";
const _SCSTR = "StartColumnStatisticsTaskRun";
const _SCSTRR = "StartColumnStatisticsTaskRunRequest";
const _SCSTRRt = "StartColumnStatisticsTaskRunResponse";
const _SCSTRRto = "StopColumnStatisticsTaskRunRequest";
const _SCSTRRtop = "StopColumnStatisticsTaskRunResponse";
const _SCSTRS = "StartColumnStatisticsTaskRunSchedule";
const _SCSTRSR = "StartColumnStatisticsTaskRunScheduleRequest";
const _SCSTRSRt = "StartColumnStatisticsTaskRunScheduleResponse";
const _SCSTRSRto = "StopColumnStatisticsTaskRunScheduleRequest";
const _SCSTRSRtop = "StopColumnStatisticsTaskRunScheduleResponse";
const _SCSTRSt = "StopColumnStatisticsTaskRunSchedule";
const _SCSTRt = "StopColumnStatisticsTaskRun";
const _SCSa = "S3CatalogSource";
const _SCSs = "S3CsvSource";
const _SCSt = "StartCrawlerSchedule";
const _SCSto = "StopCrawlerSchedule";
const _SCT = "SparkConnectorTarget";
const _SCTa = "S3CatalogTarget";
const _SCV = "SkewedColumnValues";
const _SCVLM = "SkewedColumnValueLocationMaps";
const _SC_ = "SPARK_CONNECT";
const _SCc = "SchemaCheckpoint";
const _SCca = "ScalaCode";
const _SCch = "SchemaColumn";
const _SCe = "SelectedColumns";
const _SCec = "SecurityConfigurations";
const _SCes = "SessionConfiguration";
const _SCess = "SessionCommand";
const _SCo = "SourceConfiguration";
const _SCor = "SortCriteria";
const _SCort = "SortCriterion";
const _SCorto = "SortColumns";
const _SCp = "SparkConnect";
const _SCt = "StartCrawler";
const _SCto = "StopCrawler";
const _SD = "SchemaDefinition";
const _SDCT = "S3DeltaCatalogTarget";
const _SDDT = "S3DeltaDirectTarget";
const _SDI = "SerDeInfo";
const _SDO = "SupportedDataOperations";
const _SDPO = "StreamingDataPreviewOptions";
const _SDQRER = "StartDataQualityRulesetEvaluationRun";
const _SDQRERR = "StartDataQualityRulesetEvaluationRunRequest";
const _SDQRERRt = "StartDataQualityRulesetEvaluationRunResponse";
const _SDQRRR = "StartDataQualityRuleRecommendationRun";
const _SDQRRRR = "StartDataQualityRuleRecommendationRunRequest";
const _SDQRRRRt = "StartDataQualityRuleRecommendationRunResponse";
const _SDS = "S3DeltaSource";
const _SDSAO = "S3DirectSourceAdditionalOptions";
const _SDT = "S3DirectTarget";
const _SDTc = "SchemaDiffType";
const _SDh = "ShortDescription";
const _SDo = "SortDirection";
const _SDt = "StatisticsData";
const _SDta = "StateDetail";
const _SDtat = "StatusDetails";
const _SDto = "StorageDescriptor";
const _SDu = "SupportedDialect";
const _SE = "StillEstimating";
const _SEBC = "StartingEventBatchCondition";
const _SEL = "S3EncryptionList";
const _SELTR = "StartExportLabelsTaskRun";
const _SELTRR = "StartExportLabelsTaskRunRequest";
const _SELTRRt = "StartExportLabelsTaskRunResponse";
const _SEM = "S3EncryptionMode";
const _SES = "S3ExcelSource";
const _SEc = "ScheduleExpression";
const _SEe = "SessionEndpoint";
const _SEn = "S3Encryption";
const _SF = "SelectFields";
const _SFC = "SelectFromCollection";
const _SFCL = "SearchFilterClauseList";
const _SFCe = "SearchFilterClause";
const _SFO = "SupportedFilterOperators";
const _SFV = "SearchFilterValue";
const _SFa = "SampleFraction";
const _SFe = "SelectedFields";
const _SFk = "SkipFirst";
const _SFki = "SkipFooter";
const _SFp = "SplitFields";
const _SGI = "SecurityGroupIds";
const _SGIL = "SecurityGroupIdList";
const _SGPT = "S3GlueParquetTarget";
const _SHCT = "S3HudiCatalogTarget";
const _SHDT = "S3HudiDirectTarget";
const _SHDTy = "S3HyperDirectTarget";
const _SHS = "S3HudiSource";
const _SI = "StatisticId";
const _SICT = "S3IcebergCatalogTarget";
const _SIDT = "S3IcebergDirectTarget";
const _SILTR = "StartImportLabelsTaskRun";
const _SILTRR = "StartImportLabelsTaskRunRequest";
const _SILTRRt = "StartImportLabelsTaskRunResponse";
const _SIc = "SchemaId";
const _SIe = "SessionId";
const _SIer = "SerdeInfo";
const _SIk = "SkewedInfo";
const _SIo = "SourceId";
const _SIp = "SpecId";
const _SIu = "SubnetId";
const _SJOFO = "StopJobOnFailureOptions";
const _SJOFT = "StopJobOnFailureTiming";
const _SJR = "StartJobRun";
const _SJRR = "StartJobRunRequest";
const _SJRRt = "StartJobRunResponse";
const _SJS = "S3JsonSource";
const _SJUA = "StartJobUpgradeAnalysis";
const _SJUAR = "StartJobUpgradeAnalysisRequest";
const _SJUARt = "StartJobUpgradeAnalysisResponse";
const _SJUARto = "StopJobUpgradeAnalysisRequest";
const _SJUARtop = "StopJobUpgradeAnalysisResponse";
const _SJUAt = "StopJobUpgradeAnalysis";
const _SL = "S3Location";
const _SLD = "SchemaListDefinition";
const _SLI = "SchemaListItem";
const _SLU = "SystemLogsUrl";
const _SLc = "ScriptLocation";
const _SLe = "SerializationLibrary";
const _SLes = "SessionList";
const _SLt = "StatementList";
const _SM = "StatusMessage";
const _SMF = "SearchMapFilter";
const _SMFV = "SearchMapFilterValue";
const _SMLETR = "StartMLEvaluationTaskRun";
const _SMLETRR = "StartMLEvaluationTaskRunRequest";
const _SMLETRRt = "StartMLEvaluationTaskRunResponse";
const _SMLLSGTR = "StartMLLabelingSetGenerationTaskRun";
const _SMLLSGTRR = "StartMLLabelingSetGenerationTaskRunRequest";
const _SMLLSGTRRt = "StartMLLabelingSetGenerationTaskRunResponse";
const _SMR = "StatisticModelResult";
const _SMRt = "StatisticModelResults";
const _SMVRTR = "StartMaterializedViewRefreshTaskRun";
const _SMVRTRR = "StartMaterializedViewRefreshTaskRunRequest";
const _SMVRTRRt = "StartMaterializedViewRefreshTaskRunResponse";
const _SMVRTRRto = "StopMaterializedViewRefreshTaskRunRequest";
const _SMVRTRRtop = "StopMaterializedViewRefreshTaskRunResponse";
const _SMVRTRt = "StopMaterializedViewRefreshTaskRun";
const _SN = "SchemaName";
const _SND = "SnowflakeNodeData";
const _SNRE = "SchedulerNotRunningException";
const _SNe = "SegmentNumber";
const _SNt = "StreamName";
const _SNta = "StatisticName";
const _SO = "StartedOn";
const _SOC = "StartOnCreation";
const _SOD = "StatementOutputData";
const _SOS = "SubObjectStatistics";
const _SOSL = "SubObjectsStatisticsList";
const _SOSu = "SubObjectsStatistics";
const _SOVI = "SubObjectVersionIds";
const _SOo = "SortOrders";
const _SOor = "SortOrder";
const _SOt = "StreamingOptions";
const _SOta = "StartingOffsets";
const _SOtat = "StatementOutput";
const _SOu = "SubObjects";
const _SP = "SparkProperties";
const _SPI = "SparkPipelineInfo";
const _SPM = "StatisticPropertiesMap";
const _SPP = "SourceProcessingProperties";
const _SPPe = "SearchPropertyPredicates";
const _SPS = "S3ParquetSource";
const _SPT = "SupportedPermissionTypes";
const _SPa = "SamplePath";
const _SPe = "SecurityProtocol";
const _SPo = "SourceProperties";
const _SPou = "SourcePath";
const _SPt = "StartingPosition";
const _SPta = "StatisticProperties";
const _SPu = "SubscribePattern";
const _SQ = "SampleQuery";
const _SQq = "SqlQuery";
const _SQt = "StripQuotes";
const _SR = "StatusReason";
const _SRE = "SchedulerRunningException";
const _SRI = "SearchResultItem";
const _SRIL = "SearchResultItemList";
const _SRO = "StatisticRecordedOn";
const _SRc = "SchemaReference";
const _SS = "SensitiveString";
const _SSAO = "S3SourceAdditionalOptions";
const _SSL = "StatisticSummaryList";
const _SSQL = "SparkSQL";
const _SSR = "StopSessionRequest";
const _SSRt = "StopSessionResponse";
const _SSVN = "SecondSchemaVersionNumber";
const _SSa = "SampleSize";
const _SSc = "SchemaStatus";
const _SSe = "SettingSource";
const _SSea = "SearchSort";
const _SSn = "SnowflakeSource";
const _SSt = "StatisticSummary";
const _SSto = "StopSession";
const _SSu = "SuccessfulSubmissions";
const _ST = "SourceType";
const _STBA = "S3TableBucketArn";
const _STC = "SourceTableConfig";
const _STE = "SchedulerTransitioningException";
const _STL = "S3TargetList";
const _STR = "SearchTablesRequest";
const _STRe = "SearchTablesResponse";
const _STRt = "StartTriggerRequest";
const _STRta = "StartTriggerResponse";
const _STRto = "StopTriggerRequest";
const _STRtop = "StopTriggerResponse";
const _STa = "S3Targets";
const _STar = "S3Target";
const _STc = "ScheduleType";
const _STe = "SessionType";
const _STea = "SearchText";
const _STear = "SearchTables";
const _STn = "SnowflakeTarget";
const _STo = "SourceTable";
const _STt = "StagingTable";
const _STta = "StartTime";
const _STtar = "StartingTimestamp";
const _STtart = "StartTrigger";
const _STto = "StopTrigger";
const _SU = "SensitiveUrl";
const _SV = "SourceVersion";
const _SVE = "SchemaVersionErrors";
const _SVEI = "SchemaVersionErrorItem";
const _SVEL = "SchemaVersionErrorList";
const _SVI = "SchemaVersionId";
const _SVL = "SchemaVersionList";
const _SVLI = "SchemaVersionListItem";
const _SVN = "SchemaVersionNumber";
const _SVS = "SchemaVersionStatus";
const _SVp = "SparkVersion";
const _SVt = "StringValue";
const _SVu = "SupportedValues";
const _SWR = "StartWorkflowRun";
const _SWRR = "StartWorkflowRunRequest";
const _SWRRt = "StartWorkflowRunResponse";
const _SWRRto = "StopWorkflowRunRequest";
const _SWRRtop = "StopWorkflowRunResponse";
const _SWRt = "StopWorkflowRun";
const _S_ = "S3";
const _Sc = "Scope";
const _Sca = "Scale";
const _Sch = "Schedule";
const _Sche = "Schemas";
const _Sco = "Scopes";
const _Scor = "Score";
const _Se = "Serde";
const _Seg = "Segment";
const _Sep = "Separator";
const _Ses = "Session";
const _Sess = "Sessions";
const _Si = "Sinks";
const _So = "Source";
const _Sor = "Sort";
const _Sp = "Spigot";
const _St = "Status";
const _Sta = "State";
const _Stat = "Statement";
const _State = "Statements";
const _Stati = "Statistics";
const _Su = "Succeeded";
const _Sum = "Summary";
const _T = "Timeout";
const _TA = "TargetArn";
const _TAi = "TimeoutActions";
const _TAo = "TotalActions";
const _TC = "TargetColumn";
const _TCI = "TestConnectionInput";
const _TCP = "TransformConfigParameter";
const _TCPL = "TransformConfigParameterList";
const _TCR = "TestConnectionRequest";
const _TCRe = "TestConnectionResponse";
const _TCa = "TablesCreated";
const _TCe = "TestConnection";
const _TD = "TempDir";
const _TDIAMR = "TmpDirIAMRole";
const _TDa = "TablesDeleted";
const _TDar = "TargetDatabase";
const _TDr = "TriggerDetails";
const _TE = "ThrottlingException";
const _TEa = "TableError";
const _TEab = "TableErrors";
const _TEr = "TransformEncryption";
const _TF = "TimestampFilter";
const _TFB = "TotalFileBytes";
const _TFC = "TransformFilterCriteria";
const _TFh = "ThresholdFraction";
const _TI = "TransactionId";
const _TIA = "TimestampedInclusionAnnotation";
const _TIa = "TableInput";
const _TIab = "TableIdentifier";
const _TIr = "TransformId";
const _TIra = "TransformIds";
const _TK = "ToKey";
const _TL = "TableList";
const _TLS = "TimeLeftSeconds";
const _TLa = "TableLocation";
const _TLr = "TransformList";
const _TLri = "TriggerList";
const _TN = "TableName";
const _TND = "TriggerNodeDetails";
const _TNF = "TriggersNotFound";
const _TNP = "TableNamePattern";
const _TNa = "TargetNamespace";
const _TNo = "TopicName";
const _TNr = "TriggerNames";
const _TNra = "TransformName";
const _TNri = "TriggerName";
const _TO = "TableOptimizers";
const _TOC = "TableOptimizerConfiguration";
const _TOR = "TableOptimizerRuns";
const _TORa = "TableOptimizerRun";
const _TOVC = "TableOptimizerVpcConfiguration";
const _TOa = "TableOptimizer";
const _TP = "TablePrefix";
const _TPP = "TargetProcessingProperties";
const _TPa = "TargetParameter";
const _TPar = "TargetPath";
const _TPe = "TextPlain";
const _TPr = "TransformParameters";
const _TR = "TaskRuns";
const _TRC = "TargetRedshiftCatalog";
const _TRF = "TotalRowsFailed";
const _TRFC = "TaskRunFilterCriteria";
const _TRFo = "TotalRulesFailed";
const _TRI = "TaskRunId";
const _TRL = "TaskRunList";
const _TRNF = "TargetResourceNotFound";
const _TRP = "TotalRowsProcessed";
const _TRPa = "TaskRunProperties";
const _TRPo = "TotalRowsPassed";
const _TRPot = "TotalRulesProcessed";
const _TRPota = "TotalRulesPassed";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TRSC = "TaskRunSortCriteria";
const _TRSCN = "TaskRunSecurityConfigurationName";
const _TRT = "TaskRunType";
const _TRa = "TaskRun";
const _TRag = "TagResource";
const _TS = "TableSchema";
const _TSC = "TransformSortCriteria";
const _TSa = "TableStatus";
const _TSo = "TotalSegments";
const _TSr = "TransformSchema";
const _TT = "TargetTable";
const _TTA = "TagsToAdd";
const _TTC = "TargetTableConfig";
const _TTD = "TablesToDelete";
const _TTN = "TargetTableName";
const _TTR = "TagsToRemove";
const _TTa = "TargetType";
const _TTab = "TableType";
const _TTas = "TaskType";
const _TTo = "ToType";
const _TTr = "TransformType";
const _TU = "TokenUrl";
const _TUP = "TokenUrlParameters";
const _TUPM = "TokenUrlParametersMap";
const _TUa = "TablesUpdated";
const _TUab = "TableUuid";
const _TUr = "TriggerUpdate";
const _TV = "TargetVersion";
const _TVE = "TableVersionError";
const _TVEa = "TableVersionErrors";
const _TVa = "TableVersion";
const _TVab = "TableVersions";
const _Ta = "Table";
const _Tab = "Tables";
const _Tag = "Tags";
const _Tag_ = "Tag";
const _Tar = "Target";
const _Targ = "Targets";
const _Te = "Template";
const _Tel = "Telemetry";
const _To = "Topk";
const _Tr = "Triggers";
const _Tra = "Transforms";
const _Trac = "Traceback";
const _Tran = "Transform";
const _Tri = "Trigger";
const _Ty = "Type";
const _U = "Upsert";
const _UA = "UpdatedAt";
const _UAR = "UpdateAssetRequest";
const _UARp = "UpdateAssetResponse";
const _UAp = "UpdateAsset";
const _UB = "UpdateBehavior";
const _UBR = "UpdateBlueprintRequest";
const _UBRp = "UpdateBlueprintResponse";
const _UBSE = "UserBackgroundSessionsEnabled";
const _UBp = "UpperBound";
const _UBpd = "UpdatedBy";
const _UBpda = "UpdateBlueprint";
const _UC = "UpdateCatalog";
const _UCCR = "UpdateCsvClassifierRequest";
const _UCR = "UpdateCatalogRequest";
const _UCRp = "UpdateCatalogResponse";
const _UCRpd = "UpdateClassifierRequest";
const _UCRpda = "UpdateClassifierResponse";
const _UCRpdat = "UpdateConnectionRequest";
const _UCRpdate = "UpdateConnectionResponse";
const _UCRpdater = "UpdateCrawlerRequest";
const _UCRpdatera = "UpdateCrawlerResponse";
const _UCS = "UpdateCrawlerSchedule";
const _UCSFP = "UpdateColumnStatisticsForPartition";
const _UCSFPR = "UpdateColumnStatisticsForPartitionRequest";
const _UCSFPRp = "UpdateColumnStatisticsForPartitionResponse";
const _UCSFT = "UpdateColumnStatisticsForTable";
const _UCSFTR = "UpdateColumnStatisticsForTableRequest";
const _UCSFTRp = "UpdateColumnStatisticsForTableResponse";
const _UCSL = "UpdateColumnStatisticsList";
const _UCSR = "UpdateCrawlerScheduleRequest";
const _UCSRp = "UpdateCrawlerScheduleResponse";
const _UCSTS = "UpdateColumnStatisticsTaskSettings";
const _UCSTSR = "UpdateColumnStatisticsTaskSettingsRequest";
const _UCSTSRp = "UpdateColumnStatisticsTaskSettingsResponse";
const _UCp = "UpdateClassifier";
const _UCpd = "UpdateConnection";
const _UCpda = "UpdateCrawler";
const _UD = "UpdateDatabase";
const _UDE = "UpdateDevEndpoint";
const _UDER = "UpdateDevEndpointRequest";
const _UDERp = "UpdateDevEndpointResponse";
const _UDF = "UserDefinedFunction";
const _UDFI = "UserDefinedFunctionInput";
const _UDFL = "UserDefinedFunctionList";
const _UDFs = "UserDefinedFunctions";
const _UDQEC = "UpdateDataQualityEvaluationConfig";
const _UDQECR = "UpdateDataQualityEvaluationConfigRequest";
const _UDQECRp = "UpdateDataQualityEvaluationConfigResponse";
const _UDQR = "UpdateDataQualityRuleset";
const _UDQRR = "UpdateDataQualityRulesetRequest";
const _UDQRRp = "UpdateDataQualityRulesetResponse";
const _UDR = "UpdateDatabaseRequest";
const _UDRp = "UpdateDatabaseResponse";
const _UEL = "UpdateEtlLibraries";
const _UG = "UpdateGlossary";
const _UGCR = "UpdateGrokClassifierRequest";
const _UGICC = "UpdateGlueIdentityCenterConfiguration";
const _UGICCR = "UpdateGlueIdentityCenterConfigurationRequest";
const _UGICCRp = "UpdateGlueIdentityCenterConfigurationResponse";
const _UGR = "UpdateGlossaryRequest";
const _UGRp = "UpdateGlossaryResponse";
const _UGT = "UpdateGlossaryTerm";
const _UGTR = "UpdateGlossaryTermRequest";
const _UGTRp = "UpdateGlossaryTermResponse";
const _UI = "UniqueId";
const _UII = "UpdateIcebergInput";
const _UIRP = "UpdateIntegrationResourceProperty";
const _UIRPR = "UpdateIntegrationResourcePropertyRequest";
const _UIRPRp = "UpdateIntegrationResourcePropertyResponse";
const _UITI = "UpdateIcebergTableInput";
const _UITP = "UpdateIntegrationTableProperties";
const _UITPR = "UpdateIntegrationTablePropertiesRequest";
const _UITPRp = "UpdateIntegrationTablePropertiesResponse";
const _UJ = "UpdateJob";
const _UJCR = "UpdateJsonClassifierRequest";
const _UJFSC = "UpdateJobFromSourceControl";
const _UJFSCR = "UpdateJobFromSourceControlRequest";
const _UJFSCRp = "UpdateJobFromSourceControlResponse";
const _UJR = "UpdateJobRequest";
const _UJRp = "UpdateJobResponse";
const _UK = "UnprocessedKeys";
const _UKp = "UpsertKeys";
const _UL = "UpperLimit";
const _ULFC = "UseLakeFormationCredentials";
const _UMCACI = "UserManagedClientApplicationClientId";
const _UMCACS = "UserManagedClientApplicationClientSecret";
const _UMLT = "UpdateMLTransform";
const _UMLTR = "UpdateMLTransformRequest";
const _UMLTRp = "UpdateMLTransformResponse";
const _UOTFI = "UpdateOpenTableFormatInput";
const _UP = "UnfilteredPartitions";
const _UPD = "UsageProfileDefinition";
const _UPDL = "UsageProfileDefinitionList";
const _UPL = "UnfilteredPartitionList";
const _UPR = "UpdatePartitionRequest";
const _UPRp = "UpdatePartitionResponse";
const _UPn = "UnfilteredPartition";
const _UPp = "UpdatePartition";
const _UR = "UntagResource";
const _URI = "UpdateRegistryInput";
const _URO = "UpsertRedshiftOptions";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URRp = "UpdateRegistryResponse";
const _URTO = "UpsertRedshiftTargetOptions";
const _URp = "UpdateRegistry";
const _US = "UnnestSpec";
const _USCFJ = "UpdateSourceControlFromJob";
const _USCFJR = "UpdateSourceControlFromJobRequest";
const _USCFJRp = "UpdateSourceControlFromJobResponse";
const _USI = "UpdateSchemaInput";
const _USR = "UpdateSchemaResponse";
const _USp = "UpdateSchema";
const _UT = "UpdateTime";
const _UTO = "UpdateTableOptimizer";
const _UTOR = "UpdateTableOptimizerRequest";
const _UTORp = "UpdateTableOptimizerResponse";
const _UTR = "UpdateTableRequest";
const _UTRp = "UpdateTableResponse";
const _UTRpd = "UpdateTriggerRequest";
const _UTRpda = "UpdateTriggerResponse";
const _UTn = "UnionType";
const _UTp = "UpdatedTime";
const _UTpd = "UpdateTable";
const _UTpda = "UpdateTrigger";
const _UUDF = "UpdateUserDefinedFunction";
const _UUDFR = "UpdateUserDefinedFunctionRequest";
const _UUDFRp = "UpdateUserDefinedFunctionResponse";
const _UUP = "UpdateUsageProfile";
const _UUPR = "UpdateUsageProfileRequest";
const _UUPRp = "UpdateUsageProfileResponse";
const _UV = "UnscaledValue";
const _UW = "UpdateWorkflow";
const _UWR = "UpdateWorkflowRequest";
const _UWRp = "UpdateWorkflowResponse";
const _UXMLCR = "UpdateXMLClassifierRequest";
const _Un = "Union";
const _Up = "Updates";
const _Ur = "Url";
const _Uri = "Uri";
const _Us = "Username";
const _V = "Value";
const _VC = "ValidateCredentials";
const _VCa = "ValidationConnection";
const _VD = "ViewDefinition";
const _VDI = "ViewDefinitionInput";
const _VE = "ValidationException";
const _VEC = "ValidationEndpointConfiguration";
const _VET = "ViewExpandedText";
const _VFCE = "ValidateForComputeEnvironments";
const _VH = "VcpuHours";
const _VI = "VersionIds";
const _VIe = "VersionId";
const _VIp = "VpcId";
const _VM = "ValidationMessage";
const _VME = "VersionMismatchException";
const _VN = "VersionNumber";
const _VOT = "ViewOriginalText";
const _VR = "ValidationRule";
const _VRI = "ViewRepresentationInput";
const _VRIL = "ViewRepresentationInputList";
const _VRL = "ViewRepresentationList";
const _VRi = "ViewRepresentation";
const _VUA = "ViewUpdateAction";
const _VV = "ViewValidations";
const _VVI = "ViewVersionId";
const _VVL = "ViewValidationList";
const _VVT = "ViewVersionToken";
const _VVTi = "ViewValidationText";
const _VVi = "ViewValidation";
const _Va = "Valid";
const _Val = "Values";
const _Ve = "Vendor";
const _Ver = "Version";
const _Vers = "Versions";
const _W = "Workflows";
const _WA = "WaitingActions";
const _WD = "WriteDefault";
const _WDQRRE = "WriteDataQualityRuleResultsEnabled";
const _WDRE = "WriteDistributionResultsEnabled";
const _WG = "WorkflowGraph";
const _WH = "WithHeader";
const _WHr = "WriteHeader";
const _WM = "WriteManifest";
const _WN = "WorkflowName";
const _WO = "WriteOrder";
const _WORE = "WriteObservationResultsEnabled";
const _WPRE = "WriteProfilingResultsEnabled";
const _WR = "WorkflowRun";
const _WRI = "WorkflowRunId";
const _WRP = "WorkflowRunProperties";
const _WRS = "WorkflowRunStatistics";
const _WRo = "WorkflowRuns";
const _WS = "WindowSize";
const _WT = "WorkerType";
const _Wo = "Workflow";
const _XMLC = "XMLClassifier";
const _YEA = "YarnEndpointAddress";
const _ZRSIP = "ZeppelinRemoteSparkInterpreterPort";
const _aI = "analysisId";
const _aT = "analysisType";
const _aUES = "autoUpgradeEvaluationSummary";
const _aUESu = "autoUpgradeEligibilitySummary";
const _c = "client";
const _cC = "compactionConfiguration";
const _cEF = "cleanExpiredFiles";
const _cI = "catalogId";
const _cM = "compactionMetrics";
const _cS = "configurationSource";
const _cSo = "compactionStrategy";
const _co = "configuration";
const _dFT = "deleteFileThreshold";
const _dN = "databaseName";
const _e = "error";
const _eM = "errorMessage";
const _eT = "eventType";
const _eTn = "endTimestamp";
const _en = "enabled";
const _gCN = "glueConnectionName";
const _gI = "glossaryIdentifier";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _iC = "icebergConfiguration";
const _iFN = "iterableFormName";
const _iI = "itemIdentifier";
const _jN = "jobName";
const _jNs = "jsonName";
const _k = "key";
const _l = "location";
const _lR = "lastRun";
const _m = "metrics";
const _mIF = "minInputFiles";
const _mR = "maxResults";
const _nOSTR = "numberOfSnapshotsToRetain";
const _nT = "nextToken";
const _oFDC = "orphanFileDeletionConfiguration";
const _oFDM = "orphanFileDeletionMetrics";
const _oFRPID = "orphanFileRetentionPeriodInDays";
const _rA = "roleArn";
const _rC = "retentionConfiguration";
const _rM = "retentionMetrics";
const _rRIH = "runRateInHours";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.glue";
const _sA = "scanAll";
const _sR = "scanRate";
const _sRPID = "snapshotRetentionPeriodInDays";
const _sT = "startTimestamp";
const _sV = "sourceVersion";
const _se = "server";
const _st = "status";
const _str = "strategy";
const _t = "type";
const _tN = "tableName";
const _tO = "tableOptimizer";
const _tV = "targetVersion";
const _uC = "upgradeConsent";
const _v = "value";
const _vC = "vpcConfiguration";
const n0 = "com.amazonaws.glue";
const _s_registry = new TypeRegistry(_s);
var GlueServiceException$ = [-3, _s, "GlueServiceException", 0, [], []];
_s_registry.registerError(GlueServiceException$, GlueServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AlreadyExistsException$ = [-3, n0, _AEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var ColumnStatisticsTaskNotRunningException$ = [-3, n0, _CSTNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ColumnStatisticsTaskNotRunningException$, ColumnStatisticsTaskNotRunningException);
var ColumnStatisticsTaskRunningException$ = [-3, n0, _CSTRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ColumnStatisticsTaskRunningException$, ColumnStatisticsTaskRunningException);
var ColumnStatisticsTaskStoppingException$ = [-3, n0, _CSTSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ColumnStatisticsTaskStoppingException$, ColumnStatisticsTaskStoppingException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConcurrentRunsExceededException$ = [-3, n0, _CREE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentRunsExceededException$, ConcurrentRunsExceededException);
var ConditionCheckFailureException$ = [-3, n0, _CCFE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConditionCheckFailureException$, ConditionCheckFailureException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var CrawlerNotRunningException$ = [-3, n0, _CNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(CrawlerNotRunningException$, CrawlerNotRunningException);
var CrawlerRunningException$ = [-3, n0, _CRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(CrawlerRunningException$, CrawlerRunningException);
var CrawlerStoppingException$ = [-3, n0, _CSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(CrawlerStoppingException$, CrawlerStoppingException);
var EntityNotFoundException$ = [-3, n0, _ENFE,
    { [_e]: _c },
    [_M, _FFS],
    [0, 2]
];
n0_registry.registerError(EntityNotFoundException$, EntityNotFoundException);
var FederatedResourceAlreadyExistsException$ = [-3, n0, _FRAEE,
    { [_e]: _c },
    [_M, _AGR],
    [0, 0]
];
n0_registry.registerError(FederatedResourceAlreadyExistsException$, FederatedResourceAlreadyExistsException);
var FederationSourceException$ = [-3, n0, _FSE,
    { [_e]: _c },
    [_FSEC, _M],
    [0, 0]
];
n0_registry.registerError(FederationSourceException$, FederationSourceException);
var FederationSourceRetryableException$ = [-3, n0, _FSRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(FederationSourceRetryableException$, FederationSourceRetryableException);
var GlueEncryptionException$ = [-3, n0, _GEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(GlueEncryptionException$, GlueEncryptionException);
var IdempotentParameterMismatchException$ = [-3, n0, _IPME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(IdempotentParameterMismatchException$, IdempotentParameterMismatchException);
var IllegalBlueprintStateException$ = [-3, n0, _IBSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(IllegalBlueprintStateException$, IllegalBlueprintStateException);
var IllegalSessionStateException$ = [-3, n0, _ISSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(IllegalSessionStateException$, IllegalSessionStateException);
var IllegalWorkflowStateException$ = [-3, n0, _IWSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(IllegalWorkflowStateException$, IllegalWorkflowStateException);
var IntegrationConflictOperationFault$ = [-3, n0, _ICOF,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
var IntegrationNotFoundFault$ = [-3, n0, _INFF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
var IntegrationQuotaExceededFault$ = [-3, n0, _IQEF,
    { [_e]: _c, [_hE]: 402 },
    [_M],
    [0]
];
n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InternalServiceException$ = [-3, n0, _ISEn,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var InvalidInputException$ = [-3, n0, _IIE,
    { [_e]: _c },
    [_M, _FFS],
    [0, 2]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidIntegrationStateFault$ = [-3, n0, _IISF,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
var InvalidStateException$ = [-3, n0, _ISEnv,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidStateException$, InvalidStateException);
var KMSKeyNotAccessibleFault$ = [-3, n0, _KMSKNAF,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
var MaterializedViewRefreshTaskNotRunningException$ = [-3, n0, _MVRTNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(MaterializedViewRefreshTaskNotRunningException$, MaterializedViewRefreshTaskNotRunningException);
var MaterializedViewRefreshTaskRunningException$ = [-3, n0, _MVRTRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(MaterializedViewRefreshTaskRunningException$, MaterializedViewRefreshTaskRunningException);
var MaterializedViewRefreshTaskStoppingException$ = [-3, n0, _MVRTSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(MaterializedViewRefreshTaskStoppingException$, MaterializedViewRefreshTaskStoppingException);
var MLTransformNotReadyException$ = [-3, n0, _MLTNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(MLTransformNotReadyException$, MLTransformNotReadyException);
var NoScheduleException$ = [-3, n0, _NSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(NoScheduleException$, NoScheduleException);
var OperationNotSupportedException$ = [-3, n0, _ONSE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(OperationNotSupportedException$, OperationNotSupportedException);
var OperationTimeoutException$ = [-3, n0, _OTE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(OperationTimeoutException$, OperationTimeoutException);
var PermissionTypeMismatchException$ = [-3, n0, _PTME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PermissionTypeMismatchException$, PermissionTypeMismatchException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [-3, n0, _RNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var ResourceNumberLimitExceededException$ = [-3, n0, _RNLEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNumberLimitExceededException$, ResourceNumberLimitExceededException);
var SchedulerNotRunningException$ = [-3, n0, _SNRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(SchedulerNotRunningException$, SchedulerNotRunningException);
var SchedulerRunningException$ = [-3, n0, _SRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(SchedulerRunningException$, SchedulerRunningException);
var SchedulerTransitioningException$ = [-3, n0, _STE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(SchedulerTransitioningException$, SchedulerTransitioningException);
var SessionBusyException$ = [-3, n0, _SBE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(SessionBusyException$, SessionBusyException);
var TargetResourceNotFound$ = [-3, n0, _TRNF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TargetResourceNotFound$, TargetResourceNotFound);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var VersionMismatchException$ = [-3, n0, _VME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(VersionMismatchException$, VersionMismatchException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccessToken = [0, n0, _AT, 8, 0];
var AuthorizationCode = [0, n0, _AC, 8, 0];
var DataQualityObservationDescription = [0, n0, _DQOD, 8, 0];
var DataQualityRuleResultDescription = [0, n0, _DQRRD, 8, 0];
var JwtToken = [0, n0, _JT, 8, 0];
var Password = [0, n0, _P, 8, 0];
var _Record = [0, n0, _R, 8, 15];
var RefreshToken = [0, n0, _RT, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var SensitiveUrl = [0, n0, _SU, 8, 0];
var UserManagedClientApplicationClientSecret = [0, n0, _UMCACS, 8, 0];
var Action$ = [3, n0, _A,
    0,
    [_JN, _Ar, _T, _SC, _NP, _CN],
    [0, 128 | 0, 1, 0, () => NotificationProperty$, 0]
];
var Aggregate$ = [3, n0, _Ag,
    0,
    [_N, _I, _G, _Agg],
    [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0], () => AggregateOperations], 4
];
var AggregateOperation$ = [3, n0, _AO,
    0,
    [_C, _AF],
    [64 | 0, 0], 2
];
var AllowedValue$ = [3, n0, _AV,
    0,
    [_V, _D],
    [0, 0], 1
];
var AmazonRedshiftAdvancedOption$ = [3, n0, _ARAO,
    0,
    [_K, _V],
    [0, 0]
];
var AmazonRedshiftNodeData$ = [3, n0, _ARND,
    0,
    [_ATc, _ST, _Co, _S, _Ta, _CD, _CT, _CRS, _CRT, _TD, _IR, _AOd, _SQ, _PA, _PAo, _A, _TP, _U, _MA, _MWM, _MWNM, _MC, _CC, _TS, _STt, _SCe],
    [0, 0, () => Option$, () => Option$, () => Option$, () => Option$, () => Option$, 0, 0, 0, () => Option$, () => AmazonRedshiftAdvancedOptions, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, () => OptionList, 0, () => OptionList]
];
var AmazonRedshiftSource$ = [3, n0, _ARS,
    0,
    [_N, _Da],
    [0, () => AmazonRedshiftNodeData$]
];
var AmazonRedshiftTarget$ = [3, n0, _ART,
    0,
    [_N, _Da, _I],
    [0, () => AmazonRedshiftNodeData$, 64 | 0]
];
var AnnotationError$ = [3, n0, _AE,
    0,
    [_PI, _SI, _FR],
    [0, 0, 0]
];
var ApplyMapping$ = [3, n0, _AM,
    0,
    [_N, _I, _Ma],
    [0, 64 | 0, () => Mappings], 3
];
var AssetFormEntry$ = [3, n0, _AFE,
    0,
    [_FTI, _Con],
    [0, 0]
];
var AssetTypeFormReference$ = [3, n0, _ATFR,
    0,
    [_FTIo],
    [0], 1
];
var AssetTypeItem$ = [3, n0, _ATI,
    0,
    [_Id, _N],
    [0, 0]
];
var AssociateGlossaryTermsRequest$ = [3, n0, _AGTR,
    0,
    [_AI, _GTI, _IFN, _II, _CTl],
    [[0, 1], 64 | 0, 0, 0, [0, 4]], 2
];
var AssociateGlossaryTermsResponse$ = [3, n0, _AGTRs,
    0,
    [_AI, _IFN, _II, _GT],
    [0, 0, 0, 64 | 0]
];
var AthenaConnectorSource$ = [3, n0, _ACS,
    0,
    [_N, _CNo, _CNon, _CTo, _SN, _CTon, _OS],
    [0, 0, 0, 0, 0, 0, () => GlueSchemas], 5
];
var AuditContext$ = [3, n0, _ACu,
    0,
    [_AAC, _RC, _ACR],
    [0, 64 | 0, 2]
];
var AuthConfiguration$ = [3, n0, _ACut,
    0,
    [_ATu, _SA, _OAP, _BAP, _CAP],
    [() => Property$, () => Property$, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap], 1
];
var AuthenticationConfiguration$ = [3, n0, _ACuth,
    0,
    [_ATu, _SA, _KKA, _OAP],
    [0, 0, 0, () => OAuth2Properties$]
];
var AuthenticationConfigurationInput$ = [3, n0, _ACI,
    0,
    [_ATu, _OAP, _SA, _KKA, _BAC, _CAC],
    [0, [() => OAuth2PropertiesInput$, 0], 0, 0, [() => BasicAuthenticationCredentials$, 0], [() => CredentialMap, 0]]
];
var AuthorizationCodeProperties$ = [3, n0, _ACP,
    0,
    [_AC, _RU],
    [[() => AuthorizationCode, 0], 0]
];
var AutoDataQuality$ = [3, n0, _ADQ,
    0,
    [_IE, _EC],
    [2, 0]
];
var AutoUpgradeMetadata$ = [3, n0, _AUM,
    0,
    [_TV, _SV, _St, _AIn],
    [0, 0, 0, 0]
];
var BackfillError$ = [3, n0, _BE,
    0,
    [_Cod, _Pa],
    [0, () => BackfillErroredPartitionsList]
];
var BasicAuthenticationCredentials$ = [3, n0, _BAC,
    0,
    [_Us, _P],
    [0, [() => Password, 0]]
];
var BasicAuthenticationProperties$ = [3, n0, _BAP,
    0,
    [_Us, _P],
    [() => ConnectorProperty$, () => ConnectorProperty$]
];
var BasicCatalogTarget$ = [3, n0, _BCT,
    0,
    [_N, _I, _Dat, _Ta, _PK],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0]], 4
];
var BatchCreatePartitionRequest$ = [3, n0, _BCPR,
    0,
    [_DN, _TN, _PIL, _CI],
    [0, 0, () => PartitionInputList, 0], 3
];
var BatchCreatePartitionResponse$ = [3, n0, _BCPRa,
    0,
    [_E],
    [() => PartitionErrors]
];
var BatchDeleteConnectionRequest$ = [3, n0, _BDCR,
    0,
    [_CNL, _CI],
    [64 | 0, 0], 1
];
var BatchDeleteConnectionResponse$ = [3, n0, _BDCRa,
    0,
    [_Su, _E],
    [64 | 0, () => ErrorByName]
];
var BatchDeletePartitionRequest$ = [3, n0, _BDPR,
    0,
    [_DN, _TN, _PTD, _CI],
    [0, 0, () => BatchDeletePartitionValueList, 0], 3
];
var BatchDeletePartitionResponse$ = [3, n0, _BDPRa,
    0,
    [_E],
    [() => PartitionErrors]
];
var BatchDeleteTableRequest$ = [3, n0, _BDTR,
    0,
    [_DN, _TTD, _CI, _TI],
    [0, 64 | 0, 0, 0], 2
];
var BatchDeleteTableResponse$ = [3, n0, _BDTRa,
    0,
    [_E],
    [() => TableErrors]
];
var BatchDeleteTableVersionRequest$ = [3, n0, _BDTVR,
    0,
    [_DN, _TN, _VI, _CI],
    [0, 0, 64 | 0, 0], 3
];
var BatchDeleteTableVersionResponse$ = [3, n0, _BDTVRa,
    0,
    [_E],
    [() => TableVersionErrors]
];
var BatchGetBlueprintsRequest$ = [3, n0, _BGBR,
    0,
    [_Na, _IB, _IPS],
    [64 | 0, 2, 2], 1
];
var BatchGetBlueprintsResponse$ = [3, n0, _BGBRa,
    0,
    [_B, _MB],
    [() => Blueprints, 64 | 0]
];
var BatchGetCrawlersRequest$ = [3, n0, _BGCR,
    0,
    [_CNr],
    [64 | 0], 1
];
var BatchGetCrawlersResponse$ = [3, n0, _BGCRa,
    0,
    [_Cr, _CNF],
    [() => CrawlerList, 64 | 0]
];
var BatchGetCustomEntityTypesRequest$ = [3, n0, _BGCETR,
    0,
    [_Na],
    [64 | 0], 1
];
var BatchGetCustomEntityTypesResponse$ = [3, n0, _BGCETRa,
    0,
    [_CET, _CETNF],
    [() => CustomEntityTypes, 64 | 0]
];
var BatchGetDataQualityResultRequest$ = [3, n0, _BGDQRR,
    0,
    [_RI],
    [64 | 0], 1
];
var BatchGetDataQualityResultResponse$ = [3, n0, _BGDQRRa,
    0,
    [_Re, _RNF],
    [[() => DataQualityResultsList, 0], 64 | 0], 1
];
var BatchGetDataQualityResultV2Request$ = [3, n0, _BGDQRVR,
    0,
    [_RI],
    [64 | 0], 1
];
var BatchGetDataQualityResultV2Response$ = [3, n0, _BGDQRVRa,
    0,
    [_Re, _RNF],
    [[() => DataQualityResultV2List, 0], 64 | 0], 1
];
var BatchGetDataQualityRulesetEvaluationRunRequest$ = [3, n0, _BGDQRERR,
    0,
    [_RIu],
    [64 | 0], 1
];
var BatchGetDataQualityRulesetEvaluationRunResponse$ = [3, n0, _BGDQRERRa,
    0,
    [_Ru, _RNFu],
    [() => DataQualityRulesetEvaluationRunsList, 64 | 0]
];
var BatchGetDevEndpointsRequest$ = [3, n0, _BGDER,
    0,
    [_DEN],
    [64 | 0], 1
];
var BatchGetDevEndpointsResponse$ = [3, n0, _BGDERa,
    0,
    [_DE, _DENF],
    [() => DevEndpointList, 64 | 0]
];
var BatchGetIterableFormsRequest$ = [3, n0, _BGIFR,
    0,
    [_AI, _IFN, _IIt],
    [[0, 1], [0, 1], 64 | 0], 3
];
var BatchGetIterableFormsResponse$ = [3, n0, _BGIFRa,
    0,
    [_It, _E],
    [() => IterableFormItemList, () => ItemErrorList]
];
var BatchGetJobsRequest$ = [3, n0, _BGJR,
    0,
    [_JNo],
    [64 | 0], 1
];
var BatchGetJobsResponse$ = [3, n0, _BGJRa,
    0,
    [_J, _JNF],
    [[() => JobList, 0], 64 | 0]
];
var BatchGetPartitionRequest$ = [3, n0, _BGPR,
    0,
    [_DN, _TN, _PTG, _CI, _ACu, _QSC],
    [0, 0, () => BatchGetPartitionValueList, 0, () => AuditContext$, () => QuerySessionContext$], 3
];
var BatchGetPartitionResponse$ = [3, n0, _BGPRa,
    0,
    [_Pa, _UK],
    [() => PartitionList, () => BatchGetPartitionValueList]
];
var BatchGetTableOptimizerEntry$ = [3, n0, _BGTOE,
    0,
    [_cI, _dN, _tN, _t],
    [0, 0, 0, 0]
];
var BatchGetTableOptimizerError$ = [3, n0, _BGTOEa,
    0,
    [_e, _cI, _dN, _tN, _t],
    [() => ErrorDetail$, 0, 0, 0, 0]
];
var BatchGetTableOptimizerRequest$ = [3, n0, _BGTOR,
    0,
    [_En],
    [() => BatchGetTableOptimizerEntries], 1
];
var BatchGetTableOptimizerResponse$ = [3, n0, _BGTORa,
    0,
    [_TO, _F],
    [() => BatchTableOptimizers, () => BatchGetTableOptimizerErrors]
];
var BatchGetTriggersRequest$ = [3, n0, _BGTR,
    0,
    [_TNr],
    [64 | 0], 1
];
var BatchGetTriggersResponse$ = [3, n0, _BGTRa,
    0,
    [_Tr, _TNF],
    [() => TriggerList, 64 | 0]
];
var BatchGetWorkflowsRequest$ = [3, n0, _BGWR,
    0,
    [_Na, _IG],
    [64 | 0, 2], 1
];
var BatchGetWorkflowsResponse$ = [3, n0, _BGWRa,
    0,
    [_W, _MW],
    [() => Workflows, 64 | 0]
];
var BatchPutDataQualityStatisticAnnotationRequest$ = [3, n0, _BPDQSAR,
    0,
    [_IA, _CTl],
    [() => InclusionAnnotationList, 0], 1
];
var BatchPutDataQualityStatisticAnnotationResponse$ = [3, n0, _BPDQSARa,
    0,
    [_FIA],
    [() => AnnotationErrorList]
];
var BatchStopJobRunError$ = [3, n0, _BSJRE,
    0,
    [_JN, _JRI, _ED],
    [0, 0, () => ErrorDetail$]
];
var BatchStopJobRunRequest$ = [3, n0, _BSJRR,
    0,
    [_JN, _JRIo],
    [0, 64 | 0], 2
];
var BatchStopJobRunResponse$ = [3, n0, _BSJRRa,
    0,
    [_SSu, _E],
    [() => BatchStopJobRunSuccessfulSubmissionList, () => BatchStopJobRunErrorList]
];
var BatchStopJobRunSuccessfulSubmission$ = [3, n0, _BSJRSS,
    0,
    [_JN, _JRI],
    [0, 0]
];
var BatchTableOptimizer$ = [3, n0, _BTO,
    0,
    [_cI, _dN, _tN, _tO],
    [0, 0, 0, () => TableOptimizer$]
];
var BatchUpdatePartitionFailureEntry$ = [3, n0, _BUPFE,
    0,
    [_PVL, _ED],
    [64 | 0, () => ErrorDetail$]
];
var BatchUpdatePartitionRequest$ = [3, n0, _BUPR,
    0,
    [_DN, _TN, _En, _CI],
    [0, 0, () => BatchUpdatePartitionRequestEntryList, 0], 3
];
var BatchUpdatePartitionRequestEntry$ = [3, n0, _BUPRE,
    0,
    [_PVL, _PIa],
    [64 | 0, () => PartitionInput$], 2
];
var BatchUpdatePartitionResponse$ = [3, n0, _BUPRa,
    0,
    [_E],
    [() => BatchUpdatePartitionFailureList]
];
var BetweenConfiguration$ = [3, n0, _BC,
    0,
    [_LBK, _HBK, _Te],
    [0, 0, 0]
];
var BinaryColumnStatisticsData$ = [3, n0, _BCSD,
    0,
    [_ML, _AL, _NON],
    [1, 1, 1], 3
];
var Blueprint$ = [3, n0, _Bl,
    0,
    [_N, _D, _CO, _LMO, _PS, _BL, _BSL, _St, _EM, _LAD],
    [0, 0, 4, 4, 0, 0, 0, 0, 0, () => LastActiveDefinition$]
];
var BlueprintDetails$ = [3, n0, _BD,
    0,
    [_BN, _RIun],
    [0, 0]
];
var BlueprintRun$ = [3, n0, _BR,
    0,
    [_BN, _RIun, _WN, _Sta, _SO, _COo, _EM, _REM, _Par, _RA],
    [0, 0, 0, 0, 4, 4, 0, 0, 0, 0]
];
var BooleanColumnStatisticsData$ = [3, n0, _BCSDo,
    0,
    [_NOT, _NOF, _NON],
    [1, 1, 1], 3
];
var CancelDataQualityRuleRecommendationRunRequest$ = [3, n0, _CDQRRRR,
    0,
    [_RIun],
    [0], 1
];
var CancelDataQualityRuleRecommendationRunResponse$ = [3, n0, _CDQRRRRa,
    0,
    [],
    []
];
var CancelDataQualityRulesetEvaluationRunRequest$ = [3, n0, _CDQRERR,
    0,
    [_RIun],
    [0], 1
];
var CancelDataQualityRulesetEvaluationRunResponse$ = [3, n0, _CDQRERRa,
    0,
    [],
    []
];
var CancelMLTaskRunRequest$ = [3, n0, _CMLTRR,
    0,
    [_TIr, _TRI],
    [0, 0], 2
];
var CancelMLTaskRunResponse$ = [3, n0, _CMLTRRa,
    0,
    [_TIr, _TRI, _St],
    [0, 0, 0]
];
var CancelStatementRequest$ = [3, n0, _CSR,
    0,
    [_SIe, _Id, _RO],
    [0, 1, 0], 2
];
var CancelStatementResponse$ = [3, n0, _CSRa,
    0,
    [],
    []
];
var Capabilities$ = [3, n0, _Ca,
    0,
    [_SAT, _SDO, _SCE],
    [64 | 0, 64 | 0, 64 | 0], 3
];
var Catalog$ = [3, n0, _Cat,
    0,
    [_N, _CI, _RAe, _D, _Par, _CTr, _UT, _TRC, _FC, _CP, _CTDP, _CDDP, _AFTEDA],
    [0, 0, 0, 0, 128 | 0, 4, 4, () => TargetRedshiftCatalog$, () => FederatedCatalog$, () => CatalogPropertiesOutput$, () => PrincipalPermissionsList, () => PrincipalPermissionsList, 0], 1
];
var CatalogDeltaSource$ = [3, n0, _CDS,
    0,
    [_N, _Dat, _Ta, _ADO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var CatalogEntry$ = [3, n0, _CEa,
    0,
    [_DN, _TN],
    [0, 0], 2
];
var CatalogHudiSource$ = [3, n0, _CHS,
    0,
    [_N, _Dat, _Ta, _AHO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var CatalogIcebergSource$ = [3, n0, _CIS,
    0,
    [_N, _Dat, _Ta, _AIO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var CatalogImportStatus$ = [3, n0, _CISa,
    0,
    [_IC, _IT, _IBm],
    [2, 4, 0]
];
var CatalogInput$ = [3, n0, _CIa,
    0,
    [_D, _FC, _Par, _TRC, _CP, _CTDP, _CDDP, _AFTEDA, _OCRPWD],
    [0, () => FederatedCatalog$, 128 | 0, () => TargetRedshiftCatalog$, () => CatalogProperties$, () => PrincipalPermissionsList, () => PrincipalPermissionsList, 0, 0]
];
var CatalogKafkaSource$ = [3, n0, _CKS,
    0,
    [_N, _Ta, _Dat, _WS, _DS, _SOt, _DPO],
    [0, 0, 0, 1, 2, () => KafkaStreamingSourceOptions$, () => StreamingDataPreviewOptions$], 3
];
var CatalogKinesisSource$ = [3, n0, _CKSa,
    0,
    [_N, _Ta, _Dat, _WS, _DS, _SOt, _DPO],
    [0, 0, 0, 1, 2, () => KinesisStreamingSourceOptions$, () => StreamingDataPreviewOptions$], 3
];
var CatalogProperties$ = [3, n0, _CP,
    0,
    [_DLAP, _IOP, _CPu],
    [() => DataLakeAccessProperties$, () => IcebergOptimizationProperties$, 128 | 0]
];
var CatalogPropertiesOutput$ = [3, n0, _CPO,
    0,
    [_DLAP, _IOP, _CPu],
    [() => DataLakeAccessPropertiesOutput$, () => IcebergOptimizationPropertiesOutput$, 128 | 0]
];
var CatalogSchemaChangePolicy$ = [3, n0, _CSCP,
    0,
    [_EUC, _UB],
    [2, 0]
];
var CatalogSource$ = [3, n0, _CS,
    0,
    [_N, _Dat, _Ta, _PP, _OS],
    [0, 0, 0, 0, () => GlueSchemas], 3
];
var CatalogTableConfigOptions$ = [3, n0, _CTCO,
    0,
    [_DN, _TN, _SL, _CI],
    [0, 0, 0, 0]
];
var CatalogTarget$ = [3, n0, _CTa,
    0,
    [_DN, _Tab, _CNo, _EQA, _DEQA],
    [0, 64 | 0, 0, 0, 0], 2
];
var CheckSchemaVersionValidityInput$ = [3, n0, _CSVVI,
    0,
    [_DF, _SD],
    [0, 0], 2
];
var CheckSchemaVersionValidityResponse$ = [3, n0, _CSVVR,
    0,
    [_Va, _Er],
    [2, 0]
];
var Classifier$ = [3, n0, _Cl,
    0,
    [_GC, _XMLC, _JC, _CCs],
    [() => GrokClassifier$, () => XMLClassifier$, () => JsonClassifier$, () => CsvClassifier$]
];
var ClientCredentialsProperties$ = [3, n0, _CCP,
    0,
    [_TU, _RM, _CTont, _CIl, _CSl, _Sc, _TUP],
    [() => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorPropertyList]
];
var CloudWatchEncryption$ = [3, n0, _CWE,
    0,
    [_CWEM, _KKA],
    [0, 0]
];
var CodeGenConfigurationNode$ = [3, n0, _CGCN,
    0,
    [_ACS, _JDBCCS, _SCS, _CS, _RS, _SCSa, _SCSs, _SJS, _SPS, _RCS, _DDBCS, _JDBCCT, _SCT, _CTa, _RTe, _SCTa, _SGPT, _SDT, _AM, _SF, _DFr, _RF, _Sp, _Jo, _SFp, _SFC, _FMV, _Fi, _CCu, _SSQL, _DKS, _DKSi, _CKSa, _CKS, _DNF, _Me, _Un, _PIID, _Ag, _DD, _GCT, _GCS, _MSQLSCS, _MSQLCS, _OSQLCS, _PSQLCS, _MSQLSCT, _MSQLCT, _OSQLCT, _PSQLCT, _Ro, _DT, _EDQ, _SCHS, _CHS, _SHS, _SHCT, _SHDT, _DJDBCS, _SCDS, _CDS, _SDS, _SDCT, _SDDT, _ARS, _ART, _EDQMF, _Rec, _SSn, _STn, _CDSo, _CDT, _SCIS, _CIS, _SICT, _SIDT, _SES, _SHDTy, _DDBELTCS],
    [() => AthenaConnectorSource$, () => JDBCConnectorSource$, () => SparkConnectorSource$, () => CatalogSource$, () => RedshiftSource$, () => S3CatalogSource$, () => S3CsvSource$, () => S3JsonSource$, () => S3ParquetSource$, () => RelationalCatalogSource$, () => DynamoDBCatalogSource$, () => JDBCConnectorTarget$, () => SparkConnectorTarget$, () => BasicCatalogTarget$, () => RedshiftTarget$, () => S3CatalogTarget$, () => S3GlueParquetTarget$, () => S3DirectTarget$, () => ApplyMapping$, () => SelectFields$, () => DropFields$, () => RenameField$, () => Spigot$, () => Join$, () => SplitFields$, () => SelectFromCollection$, () => FillMissingValues$, () => Filter$, () => CustomCode$, () => SparkSQL$, () => DirectKinesisSource$, () => DirectKafkaSource$, () => CatalogKinesisSource$, () => CatalogKafkaSource$, () => DropNullFields$, () => Merge$, () => Union$, () => PIIDetection$, () => Aggregate$, () => DropDuplicates$, () => GovernedCatalogTarget$, () => GovernedCatalogSource$, () => MicrosoftSQLServerCatalogSource$, () => MySQLCatalogSource$, () => OracleSQLCatalogSource$, () => PostgreSQLCatalogSource$, () => MicrosoftSQLServerCatalogTarget$, () => MySQLCatalogTarget$, () => OracleSQLCatalogTarget$, () => PostgreSQLCatalogTarget$, () => Route$, () => DynamicTransform$, () => EvaluateDataQuality$, () => S3CatalogHudiSource$, () => CatalogHudiSource$, () => S3HudiSource$, () => S3HudiCatalogTarget$, () => S3HudiDirectTarget$, () => DirectJDBCSource$, () => S3CatalogDeltaSource$, () => CatalogDeltaSource$, () => S3DeltaSource$, () => S3DeltaCatalogTarget$, () => S3DeltaDirectTarget$, () => AmazonRedshiftSource$, () => AmazonRedshiftTarget$, () => EvaluateDataQualityMultiFrame$, () => Recipe$, () => SnowflakeSource$, () => SnowflakeTarget$, () => ConnectorDataSource$, () => ConnectorDataTarget$, () => S3CatalogIcebergSource$, () => CatalogIcebergSource$, () => S3IcebergCatalogTarget$, () => S3IcebergDirectTarget$, () => S3ExcelSource$, () => S3HyperDirectTarget$, () => DynamoDBELTConnectorSource$]
];
var CodeGenEdge$ = [3, n0, _CGE,
    0,
    [_So, _Tar, _TPa],
    [0, 0, 0], 2
];
var CodeGenNode$ = [3, n0, _CGN,
    0,
    [_Id, _NT, _Arg, _LN],
    [0, 0, () => CodeGenNodeArgs, 1], 3
];
var CodeGenNodeArg$ = [3, n0, _CGNA,
    0,
    [_N, _V, _Para],
    [0, 0, 2], 2
];
var Column$ = [3, n0, _C,
    0,
    [_N, _Ty, _Com, _Par],
    [0, 0, 0, 128 | 0], 1
];
var ColumnError$ = [3, n0, _CEo,
    0,
    [_CNol, _Er],
    [0, () => ErrorDetail$]
];
var ColumnImportance$ = [3, n0, _CIo,
    0,
    [_CNol, _Im],
    [0, 1]
];
var ColumnRowFilter$ = [3, n0, _CRF,
    0,
    [_CNol, _RFE],
    [0, 0]
];
var ColumnStatistics$ = [3, n0, _CSo,
    0,
    [_CNol, _CTol, _ATn, _SDt],
    [0, 0, 4, () => ColumnStatisticsData$], 4
];
var ColumnStatisticsData$ = [3, n0, _CSD,
    0,
    [_Ty, _BCSDo, _DCSD, _DCSDe, _DCSDo, _LCSD, _SCSD, _BCSD],
    [0, () => BooleanColumnStatisticsData$, () => DateColumnStatisticsData$, () => DecimalColumnStatisticsData$, () => DoubleColumnStatisticsData$, () => LongColumnStatisticsData$, () => StringColumnStatisticsData$, () => BinaryColumnStatisticsData$], 1
];
var ColumnStatisticsError$ = [3, n0, _CSEo,
    0,
    [_CSo, _Er],
    [() => ColumnStatistics$, () => ErrorDetail$]
];
var ColumnStatisticsTaskRun$ = [3, n0, _CSTR,
    0,
    [_CIu, _CSTRI, _DN, _TN, _CNLo, _CID, _Rol, _SSa, _SC, _NOW, _WT, _CTom, _St, _CTre, _LU, _STta, _ET, _EM, _DPUS],
    [0, 0, 0, 0, 64 | 0, 0, 0, 1, 0, 1, 0, 0, 0, 4, 4, 4, 4, 0, 1]
];
var ColumnStatisticsTaskSettings$ = [3, n0, _CSTS,
    0,
    [_DN, _TN, _Sch, _CNLo, _CID, _Rol, _SSa, _SC, _STc, _SSe, _LEA],
    [0, 0, () => Schedule$, 64 | 0, 0, 0, 1, 0, 0, 0, () => ExecutionAttempt$]
];
var CompactionConfiguration$ = [3, n0, _CCo,
    0,
    [_iC],
    [() => IcebergCompactionConfiguration$]
];
var CompactionMetrics$ = [3, n0, _CM,
    0,
    [_IM],
    [() => IcebergCompactionMetrics$]
];
var ComputeEnvironmentConfiguration$ = [3, n0, _CEC,
    0,
    [_N, _D, _CEom, _SAT, _COon, _CPNO, _CONO, _CPRO, _PCPR],
    [0, 0, 0, 64 | 0, () => PropertiesMap, 128 | 0, 128 | 0, 64 | 0, 2], 8
];
var Condition$ = [3, n0, _Cond,
    0,
    [_LO, _JN, _Sta, _CN, _CSr],
    [0, 0, 0, 0, 0]
];
var ConditionExpression$ = [3, n0, _CEon,
    0,
    [_Cond, _TC, _V],
    [0, 0, 0], 2
];
var ConfigurationObject$ = [3, n0, _COonf,
    0,
    [_DV, _AVl, _MV, _MVa],
    [0, 64 | 0, 0, 0]
];
var ConfusionMatrix$ = [3, n0, _CMo,
    0,
    [_NTP, _NFP, _NTN, _NFN],
    [1, 1, 1, 1]
];
var Connection$ = [3, n0, _Co,
    0,
    [_N, _D, _CTo, _MCa, _CPo, _SP, _AP, _PPy, _PCR, _CTre, _LUT, _LUB, _St, _SR, _LCVT, _ACuth, _CSV, _CCE],
    [0, 0, 0, 64 | 0, 128 | 0, 128 | 0, 128 | 0, 128 | 0, () => PhysicalConnectionRequirements$, 4, 4, 0, 0, 0, 4, () => AuthenticationConfiguration$, 1, 64 | 0]
];
var ConnectionInput$ = [3, n0, _CIon,
    0,
    [_N, _CTo, _CPo, _D, _MCa, _SP, _AP, _PPy, _PCR, _ACuth, _VC, _VFCE],
    [0, 0, 128 | 0, 0, 64 | 0, 128 | 0, 128 | 0, 128 | 0, () => PhysicalConnectionRequirements$, [() => AuthenticationConfigurationInput$, 0], 2, 64 | 0], 3
];
var ConnectionPasswordEncryption$ = [3, n0, _CPE,
    0,
    [_RCPE, _AKKI],
    [2, 0], 1
];
var ConnectionPropertiesConfiguration$ = [3, n0, _CPC,
    0,
    [_Ur, _ARP],
    [() => ConnectorProperty$, () => ConnectorPropertyList]
];
var ConnectionsList$ = [3, n0, _CL,
    0,
    [_Conn],
    [64 | 0]
];
var ConnectionTypeBrief$ = [3, n0, _CTB,
    0,
    [_CTo, _DNi, _Ve, _D, _Cate, _Ca, _LUo, _CTV],
    [0, 0, 0, 0, 64 | 0, () => Capabilities$, 0, () => ConnectionTypeVariantList]
];
var ConnectionTypeVariant$ = [3, n0, _CTVo,
    0,
    [_CTVN, _DNi, _D, _LUo],
    [0, 0, 0, 0]
];
var ConnectorAuthenticationConfiguration$ = [3, n0, _CACo,
    0,
    [_ATut, _OAP, _BAP, _CAP],
    [64 | 0, () => ConnectorOAuth2Properties$, () => BasicAuthenticationProperties$, () => CustomAuthenticationProperties$], 1
];
var ConnectorAuthorizationCodeProperties$ = [3, n0, _CACP,
    0,
    [_ACU, _AC, _RU, _TU, _RM, _CTont, _CIl, _CSl, _Sc, _Pr, _TUP],
    [() => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorPropertyList]
];
var ConnectorDataSource$ = [3, n0, _CDSo,
    0,
    [_N, _CTo, _Da, _OS],
    [0, 0, 128 | 0, () => GlueSchemas], 3
];
var ConnectorDataTarget$ = [3, n0, _CDT,
    0,
    [_N, _CTo, _Da, _I],
    [0, 0, 128 | 0, 64 | 0], 3
];
var ConnectorOAuth2Properties$ = [3, n0, _COAP,
    0,
    [_OAGT, _CCP, _JWTBP, _ACP],
    [0, () => ClientCredentialsProperties$, () => JWTBearerProperties$, () => ConnectorAuthorizationCodeProperties$], 1
];
var ConnectorProperty$ = [3, n0, _CPon,
    0,
    [_N, _Req, _PT, _KO, _DV, _AVl, _PL, _Fo],
    [0, 2, 0, 0, 0, 64 | 0, 0, 0], 3
];
var Crawl$ = [3, n0, _Cra,
    0,
    [_Sta, _SO, _COo, _EM, _LG, _LS],
    [0, 4, 4, 0, 0, 0]
];
var Crawler$ = [3, n0, _Craw,
    0,
    [_N, _Rol, _Targ, _DN, _D, _Cla, _RP, _SCP, _LC, _Sta, _TP, _Sch, _CETr, _CTre, _LU, _LCa, _Ver, _Conf, _CSC, _LFC, _CI],
    [0, 0, () => CrawlerTargets$, 0, 0, 64 | 0, () => RecrawlPolicy$, () => SchemaChangePolicy$, () => LineageConfiguration$, 0, 0, () => Schedule$, 1, 4, 4, () => LastCrawlInfo$, 1, 0, 0, () => LakeFormationConfiguration$, 0]
];
var CrawlerHistory$ = [3, n0, _CH,
    0,
    [_CIr, _Sta, _STta, _ET, _Sum, _EM, _LG, _LS, _MP, _DPUH],
    [0, 0, 4, 4, 0, 0, 0, 0, 0, 1]
];
var CrawlerMetrics$ = [3, n0, _CMr,
    0,
    [_CN, _TLS, _SE, _LRS, _MRS, _TCa, _TUa, _TDa],
    [0, 1, 2, 1, 1, 1, 1, 1]
];
var CrawlerNodeDetails$ = [3, n0, _CND,
    0,
    [_Crawl],
    [() => CrawlList]
];
var CrawlerTargets$ = [3, n0, _CTra,
    0,
    [_STa, _JTd, _MDBT, _DDBT, _CTat, _DTe, _ITc, _HT],
    [() => S3TargetList, () => JdbcTargetList, () => MongoDBTargetList, () => DynamoDBTargetList, () => CatalogTargetList, () => DeltaTargetList, () => IcebergTargetList, () => HudiTargetList]
];
var CrawlsFilter$ = [3, n0, _CF,
    0,
    [_FN, _FO, _FV],
    [0, 0, 0]
];
var CreateBlueprintRequest$ = [3, n0, _CBR,
    0,
    [_N, _BL, _D, _Tag],
    [0, 0, 0, 128 | 0], 2
];
var CreateBlueprintResponse$ = [3, n0, _CBRr,
    0,
    [_N],
    [0]
];
var CreateCatalogRequest$ = [3, n0, _CCR,
    0,
    [_N, _CIa, _Tag],
    [0, () => CatalogInput$, 128 | 0], 2
];
var CreateCatalogResponse$ = [3, n0, _CCRr,
    0,
    [],
    []
];
var CreateClassifierRequest$ = [3, n0, _CCRre,
    0,
    [_GC, _XMLC, _JC, _CCs],
    [() => CreateGrokClassifierRequest$, () => CreateXMLClassifierRequest$, () => CreateJsonClassifierRequest$, () => CreateCsvClassifierRequest$]
];
var CreateClassifierResponse$ = [3, n0, _CCRrea,
    0,
    [],
    []
];
var CreateColumnStatisticsTaskSettingsRequest$ = [3, n0, _CCSTSR,
    0,
    [_DN, _TN, _Rol, _Sch, _CNLo, _SSa, _CID, _SC, _Tag],
    [0, 0, 0, 0, 64 | 0, 1, 0, 0, 128 | 0], 3
];
var CreateColumnStatisticsTaskSettingsResponse$ = [3, n0, _CCSTSRr,
    0,
    [],
    []
];
var CreateConnectionRequest$ = [3, n0, _CCRreat,
    0,
    [_CIon, _CI, _Tag],
    [[() => ConnectionInput$, 0], 0, 128 | 0], 1
];
var CreateConnectionResponse$ = [3, n0, _CCRreate,
    0,
    [_CCS],
    [0]
];
var CreateCrawlerRequest$ = [3, n0, _CCRreater,
    0,
    [_N, _Rol, _Targ, _DN, _D, _Sch, _Cla, _TP, _SCP, _RP, _LC, _LFC, _Conf, _CSC, _Tag, _CI],
    [0, 0, () => CrawlerTargets$, 0, 0, 0, 64 | 0, 0, () => SchemaChangePolicy$, () => RecrawlPolicy$, () => LineageConfiguration$, () => LakeFormationConfiguration$, 0, 0, 128 | 0, 0], 3
];
var CreateCrawlerResponse$ = [3, n0, _CCRreatera,
    0,
    [],
    []
];
var CreateCsvClassifierRequest$ = [3, n0, _CCCR,
    0,
    [_N, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
    [0, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0], 1
];
var CreateCustomEntityTypeRequest$ = [3, n0, _CCETR,
    0,
    [_N, _RSe, _CW, _Tag],
    [0, 0, 64 | 0, 128 | 0], 2
];
var CreateCustomEntityTypeResponse$ = [3, n0, _CCETRr,
    0,
    [_N],
    [0]
];
var CreateDatabaseRequest$ = [3, n0, _CDR,
    0,
    [_DI, _CI, _Tag],
    [() => DatabaseInput$, 0, 128 | 0], 1
];
var CreateDatabaseResponse$ = [3, n0, _CDRr,
    0,
    [],
    []
];
var CreateDataQualityEvaluationConfigRequest$ = [3, n0, _CDQECR,
    0,
    [_N, _L, _DSa, _Rol, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _NOW, _T, _ARO, _ADS, _Tag, _CTl],
    [0, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 0, 64 | 0, 0, 4, 4, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap, 128 | 0, [0, 4]], 4
];
var CreateDataQualityEvaluationConfigResponse$ = [3, n0, _CDQECRr,
    0,
    [_N, _ERM],
    [0, 0]
];
var CreateDataQualityRulesetRequest$ = [3, n0, _CDQRR,
    0,
    [_N, _Rul, _D, _Tag, _TT, _DQSC, _CTl],
    [0, 0, 0, 128 | 0, () => DataQualityTargetTable$, 0, 0], 2
];
var CreateDataQualityRulesetResponse$ = [3, n0, _CDQRRr,
    0,
    [_N],
    [0]
];
var CreateDevEndpointRequest$ = [3, n0, _CDER,
    0,
    [_EN, _RA, _SGI, _SIu, _PKu, _PKub, _NONu, _WT, _GV, _NOW, _EPLSP, _EJSP, _SC, _Tag, _Ar],
    [0, 0, 64 | 0, 0, 0, 64 | 0, 1, 0, 0, 1, 0, 0, 0, 128 | 0, 128 | 0], 2
];
var CreateDevEndpointResponse$ = [3, n0, _CDERr,
    0,
    [_EN, _St, _SGI, _SIu, _RA, _YEA, _ZRSIP, _NONu, _WT, _GV, _NOW, _AZ, _VIp, _EPLSP, _EJSP, _FR, _SC, _CTrea, _Ar],
    [0, 0, 64 | 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 4, 128 | 0]
];
var CreateGlossaryRequest$ = [3, n0, _CGR,
    0,
    [_N, _D, _CTl],
    [0, 0, [0, 4]], 1
];
var CreateGlossaryResponse$ = [3, n0, _CGRr,
    0,
    [_Id, _N, _D],
    [0, 0, 0]
];
var CreateGlossaryTermRequest$ = [3, n0, _CGTR,
    0,
    [_GI, _N, _SDh, _LD, _CTl],
    [0, 0, 0, 0, [0, 4]], 2
];
var CreateGlossaryTermResponse$ = [3, n0, _CGTRr,
    0,
    [_Id, _GIl, _N, _SDh, _LD],
    [0, 0, 0, 0, 0]
];
var CreateGlueIdentityCenterConfigurationRequest$ = [3, n0, _CGICCR,
    0,
    [_IAn, _Sco, _UBSE],
    [0, 64 | 0, 2], 1
];
var CreateGlueIdentityCenterConfigurationResponse$ = [3, n0, _CGICCRr,
    0,
    [_AA],
    [0]
];
var CreateGrokClassifierRequest$ = [3, n0, _CGCR,
    0,
    [_Clas, _N, _GP, _CPus],
    [0, 0, 0, 0], 3
];
var CreateIcebergTableInput$ = [3, n0, _CITI,
    0,
    [_Lo, _S, _PSa, _WO, _Pro],
    [0, () => IcebergSchema$, () => IcebergPartitionSpec$, () => IcebergSortOrder$, 128 | 0], 2
];
var CreateIntegrationRequest$ = [3, n0, _CIR,
    0,
    [_IN, _SAo, _TA, _D, _DFa, _KKI, _AEC, _Tag, _ICn],
    [0, 0, 0, 0, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationConfig$], 3
];
var CreateIntegrationResourcePropertyRequest$ = [3, n0, _CIRPR,
    0,
    [_RAe, _SPP, _TPP, _Tag],
    [0, () => SourceProcessingProperties$, () => TargetProcessingProperties$, () => IntegrationTagsList], 1
];
var CreateIntegrationResourcePropertyResponse$ = [3, n0, _CIRPRr,
    0,
    [_RAe, _RPA, _SPP, _TPP],
    [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$], 1
];
var CreateIntegrationResponse$ = [3, n0, _CIRr,
    0,
    [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa, _ICn],
    [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0, () => IntegrationConfig$], 6
];
var CreateIntegrationTablePropertiesRequest$ = [3, n0, _CITPR,
    0,
    [_RAe, _TN, _STC, _TTC],
    [0, 0, () => SourceTableConfig$, () => TargetTableConfig$], 2
];
var CreateIntegrationTablePropertiesResponse$ = [3, n0, _CITPRr,
    0,
    [],
    []
];
var CreateJobRequest$ = [3, n0, _CJR,
    0,
    [_N, _Rol, _Comm, _JM, _JRQE, _D, _LUog, _EP, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _SC, _Tag, _NP, _GV, _NOW, _WT, _CGCNo, _ECx, _SCD, _MWa],
    [0, 0, () => JobCommand$, 0, 2, 0, 0, () => ExecutionProperty$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 128 | 0, () => NotificationProperty$, 0, 1, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0], 3
];
var CreateJobResponse$ = [3, n0, _CJRr,
    0,
    [_N],
    [0]
];
var CreateJsonClassifierRequest$ = [3, n0, _CJCR,
    0,
    [_N, _JP],
    [0, 0], 2
];
var CreateMLTransformRequest$ = [3, n0, _CMLTR,
    0,
    [_N, _IRT, _Par, _Rol, _D, _GV, _MCax, _WT, _NOW, _T, _MR, _Tag, _TEr],
    [0, () => GlueTables, () => TransformParameters$, 0, 0, 0, 1, 0, 1, 1, 1, 128 | 0, () => TransformEncryption$], 4
];
var CreateMLTransformResponse$ = [3, n0, _CMLTRr,
    0,
    [_TIr],
    [0]
];
var CreatePartitionIndexRequest$ = [3, n0, _CPIR,
    0,
    [_DN, _TN, _PIar, _CI],
    [0, 0, () => PartitionIndex$, 0], 3
];
var CreatePartitionIndexResponse$ = [3, n0, _CPIRr,
    0,
    [],
    []
];
var CreatePartitionRequest$ = [3, n0, _CPR,
    0,
    [_DN, _TN, _PIa, _CI],
    [0, 0, () => PartitionInput$, 0], 3
];
var CreatePartitionResponse$ = [3, n0, _CPRr,
    0,
    [],
    []
];
var CreateRegistryInput$ = [3, n0, _CRI,
    0,
    [_RNe, _D, _Tag],
    [0, 0, 128 | 0], 1
];
var CreateRegistryResponse$ = [3, n0, _CRR,
    0,
    [_RAeg, _RNe, _D, _Tag],
    [0, 0, 0, 128 | 0]
];
var CreateSchemaInput$ = [3, n0, _CSI,
    0,
    [_SN, _DF, _RIe, _Comp, _D, _Tag, _SD],
    [0, 0, () => RegistryId$, 0, 0, 128 | 0, 0], 2
];
var CreateSchemaResponse$ = [3, n0, _CSRr,
    0,
    [_RNe, _RAeg, _SN, _SAc, _D, _DF, _Comp, _SCc, _LSV, _NSV, _SSc, _Tag, _SVI, _SVS],
    [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 128 | 0, 0, 0]
];
var CreateScriptRequest$ = [3, n0, _CSRre,
    0,
    [_DNa, _DEa, _La],
    [() => DagNodes, () => DagEdges, 0]
];
var CreateScriptResponse$ = [3, n0, _CSRrea,
    0,
    [_PSy, _SCca],
    [0, 0]
];
var CreateSecurityConfigurationRequest$ = [3, n0, _CSCR,
    0,
    [_N, _ECn],
    [0, () => EncryptionConfiguration$], 2
];
var CreateSecurityConfigurationResponse$ = [3, n0, _CSCRr,
    0,
    [_N, _CTrea],
    [0, 4]
];
var CreateSessionRequest$ = [3, n0, _CSRreat,
    0,
    [_Id, _Rol, _Comm, _D, _T, _ITd, _DA, _Conn, _MCax, _NOW, _WT, _SC, _GV, _Tag, _RO, _STe],
    [0, 0, () => SessionCommand$, 0, 1, 1, 128 | 0, () => ConnectionsList$, 1, 1, 0, 0, 0, 128 | 0, 0, 0], 3
];
var CreateSessionResponse$ = [3, n0, _CSRreate,
    0,
    [_Ses],
    [() => Session$]
];
var CreateTableOptimizerRequest$ = [3, n0, _CTOR,
    0,
    [_CI, _DN, _TN, _Ty, _TOC],
    [0, 0, 0, 0, () => TableOptimizerConfiguration$], 5
];
var CreateTableOptimizerResponse$ = [3, n0, _CTORr,
    0,
    [],
    []
];
var CreateTableRequest$ = [3, n0, _CTR,
    0,
    [_DN, _CI, _N, _TIa, _PIart, _TI, _OTFI],
    [0, 0, 0, () => TableInput$, () => PartitionIndexList, 0, () => OpenTableFormatInput$], 1
];
var CreateTableResponse$ = [3, n0, _CTRr,
    0,
    [],
    []
];
var CreateTriggerRequest$ = [3, n0, _CTRre,
    0,
    [_N, _Ty, _Ac, _WN, _Sch, _Pre, _D, _SOC, _Tag, _EBC],
    [0, 0, () => ActionList, 0, 0, () => Predicate$, 0, 2, 128 | 0, () => EventBatchingCondition$], 3
];
var CreateTriggerResponse$ = [3, n0, _CTRrea,
    0,
    [_N],
    [0]
];
var CreateUsageProfileRequest$ = [3, n0, _CUPR,
    0,
    [_N, _Conf, _D, _Tag],
    [0, () => ProfileConfiguration$, 0, 128 | 0], 2
];
var CreateUsageProfileResponse$ = [3, n0, _CUPRr,
    0,
    [_N],
    [0]
];
var CreateUserDefinedFunctionRequest$ = [3, n0, _CUDFR,
    0,
    [_DN, _FI, _CI],
    [0, () => UserDefinedFunctionInput$, 0], 2
];
var CreateUserDefinedFunctionResponse$ = [3, n0, _CUDFRr,
    0,
    [],
    []
];
var CreateWorkflowRequest$ = [3, n0, _CWR,
    0,
    [_N, _D, _DRP, _Tag, _MCR],
    [0, 0, 128 | 0, 128 | 0, 1], 1
];
var CreateWorkflowResponse$ = [3, n0, _CWRr,
    0,
    [_N],
    [0]
];
var CreateXMLClassifierRequest$ = [3, n0, _CXMLCR,
    0,
    [_Clas, _N, _RTo],
    [0, 0, 0], 2
];
var CsvClassifier$ = [3, n0, _CCs,
    0,
    [_N, _CTre, _LU, _Ver, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
    [0, 4, 4, 1, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0], 1
];
var CursorConfiguration$ = [3, n0, _CCur,
    0,
    [_NPe, _LP],
    [() => ExtractedParameter$, () => ExtractedParameter$], 1
];
var CustomAuthenticationProperties$ = [3, n0, _CAP,
    0,
    [_APu],
    [() => ConnectorPropertyList], 1
];
var CustomCode$ = [3, n0, _CCu,
    0,
    [_N, _I, _Cod, _CNl, _OS],
    [0, 64 | 0, 0, 0, () => GlueSchemas], 4
];
var CustomEntityType$ = [3, n0, _CETu,
    0,
    [_N, _RSe, _CW],
    [0, 0, 64 | 0], 2
];
var Database$ = [3, n0, _Dat,
    0,
    [_N, _D, _LUoc, _Par, _CTr, _CTDP, _TDar, _CI, _FD],
    [0, 0, 0, 128 | 0, 4, () => PrincipalPermissionsList, () => DatabaseIdentifier$, 0, () => FederatedDatabase$], 1
];
var DatabaseIdentifier$ = [3, n0, _DIa,
    0,
    [_CI, _DN, _Reg],
    [0, 0, 0]
];
var DatabaseInput$ = [3, n0, _DI,
    0,
    [_N, _D, _LUoc, _Par, _CTDP, _TDar, _FD],
    [0, 0, 0, 128 | 0, () => PrincipalPermissionsList, () => DatabaseIdentifier$, () => FederatedDatabase$], 1
];
var DataCatalogEncryptionSettings$ = [3, n0, _DCES,
    0,
    [_EAR, _CPE],
    [() => EncryptionAtRest$, () => ConnectionPasswordEncryption$]
];
var DataLakeAccessProperties$ = [3, n0, _DLAP,
    0,
    [_DLA, _DTR, _KK, _CTata],
    [2, 0, 0, 0]
];
var DataLakeAccessPropertiesOutput$ = [3, n0, _DLAPO,
    0,
    [_DLA, _DTR, _KK, _MWN, _MWS, _RDN, _SM, _CTata],
    [2, 0, 0, 0, 0, 0, 0, 0]
];
var DataLakePrincipal$ = [3, n0, _DLP,
    0,
    [_DLPI],
    [0]
];
var DatapointInclusionAnnotation$ = [3, n0, _DIA,
    0,
    [_PI, _SI, _IAnc],
    [0, 0, 0]
];
var DataQualityAggregatedMetrics$ = [3, n0, _DQAM,
    0,
    [_TRP, _TRPo, _TRF, _TRPot, _TRPota, _TRFo],
    [1, 1, 1, 1, 1, 1]
];
var DataQualityAnalyzerResult$ = [3, n0, _DQAR,
    0,
    [_N, _D, _EMv, _EMva, _EDv],
    [0, [() => DataQualityRuleResultDescription, 0], [() => DataQualityRuleResultDescription, 0], [() => EvaluatedMetricsMap, 0], [() => EvaluatedDistributionsMap, 0]]
];
var DataQualityConfigurationV2$ = [3, n0, _DQCV,
    0,
    [_OE, _OM],
    [0, 0]
];
var DataQualityEncryption$ = [3, n0, _DQE,
    0,
    [_DQEM, _KKA],
    [0, 0]
];
var DataQualityEvaluationConfigAdditionalRunOptions$ = [3, n0, _DQECARO,
    0,
    [_CWME, _RSP, _CREM, _RLR, _PR, _OSb, _OM, _DQRR, _OR, _CLGP],
    [2, 0, 0, () => RowLevelResultsOptions$, () => ProfilingResultsOptions$, 0, 0, () => DataQualityRuleResultsOptions$, () => ObservationResultsOptions$, 0]
];
var DataQualityEvaluationConfigDataSource$ = [3, n0, _DQECDS,
    0,
    [_GTl],
    [() => DataQualityEvaluationConfigGlueTables$]
];
var DataQualityEvaluationConfigGlueTables$ = [3, n0, _DQECGT,
    0,
    [_CI, _DN, _TNP, _PPQ, _CNo, _AOdd],
    [0, 0, 0, 0, 0, 128 | 0], 1
];
var DataQualityEvaluationConfigListDataSource$ = [3, n0, _DQECLDS,
    0,
    [_GTl],
    [() => DataQualityEvaluationConfigListGlueTables$]
];
var DataQualityEvaluationConfigListDetails$ = [3, n0, _DQECLD,
    0,
    [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _PRa],
    [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigListDataSource$, 0, 0, 2]
];
var DataQualityEvaluationConfigListGlueTables$ = [3, n0, _DQECLGT,
    0,
    [_CI, _DN, _TNP],
    [0, 0, 0], 1
];
var DataQualityEvaluationRunAdditionalRunOptions$ = [3, n0, _DQERARO,
    0,
    [_CWME, _RSP, _CREM, _CLGP, _RLR, _PR, _OSb, _OM, _DQRR, _OR],
    [2, 0, 0, 0, () => RowLevelResultsOptions$, () => ProfilingResultsOptions$, 0, 0, () => DataQualityRuleResultsOptions$, () => ObservationResultsOptions$]
];
var DataQualityGlueTable$ = [3, n0, _DQGT,
    0,
    [_DN, _TN, _CI, _CNo, _AOdd, _PPQ],
    [0, 0, 0, 0, 128 | 0, 0], 2
];
var DataQualityMetricValues$ = [3, n0, _DQMV,
    0,
    [_AVc, _EV, _LL, _UL],
    [1, 1, 1, 1]
];
var DataQualityObservation$ = [3, n0, _DQO,
    0,
    [_D, _MBO],
    [[() => DataQualityObservationDescription, 0], () => MetricBasedObservation$]
];
var DataQualityResult$ = [3, n0, _DQR,
    0,
    [_RIes, _ERM, _DQEC, _PI, _Scor, _DSa, _RN, _EC, _SO, _COo, _JN, _JRI, _RERI, _RR, _AR, _O, _AMg],
    [0, 0, 0, 0, 1, () => DataSource$, 0, 0, 4, 4, 0, 0, 0, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$]
];
var DataQualityResultDescription$ = [3, n0, _DQRD,
    0,
    [_RIes, _ERM, _DQEC, _DSa, _JN, _JRI, _SO],
    [0, 0, 0, () => DataSource$, 0, 0, 4]
];
var DataQualityResultFilterCriteria$ = [3, n0, _DQRFC,
    0,
    [_DSa, _JN, _JRI, _SAta, _SB, _ERM, _DQEC],
    [() => DataSource$, 0, 0, 4, 4, 0, 0]
];
var DataQualityResultsV2Description$ = [3, n0, _DQRVD,
    0,
    [_RIes, _ERM, _DQEC, _DSa, _RPO, _Di, _EC, _Des],
    [0, 0, 0, () => DataSource$, 4, 128 | 0, 0, 128 | 0]
];
var DataQualityResultsV2FilterCriteria$ = [3, n0, _DQRVFC,
    0,
    [_DSa, _PAu, _PB, _Di, _EC, _ERM, _DQEC],
    [() => DataSource$, 4, 4, 128 | 0, 0, 0, 0]
];
var DataQualityResultV2Item$ = [3, n0, _DQRVI,
    0,
    [_RIes, _ERM, _DQEC, _DSa, _Di, _Tag, _ESO, _ECO, _RPO, _Scor, _RR, _AR, _O, _EC, _Des, _AMg, _RN],
    [0, 0, 0, () => DataSource$, 128 | 0, 128 | 0, 4, 4, 4, 1, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], 0, 128 | 0, () => DataQualityAggregatedMetrics$, 0], 1
];
var DataQualityRuleRecommendationRunAdditionalRunOptions$ = [3, n0, _DQRRRARO,
    0,
    [_CLGP],
    [0]
];
var DataQualityRuleRecommendationRunDescription$ = [3, n0, _DQRRRD,
    0,
    [_RIun, _St, _SO, _DSa, _CRN, _RMe],
    [0, 0, 4, () => DataSource$, 0, 0]
];
var DataQualityRuleRecommendationRunFilter$ = [3, n0, _DQRRRF,
    0,
    [_DSa, _SB, _SAta],
    [() => DataSource$, 4, 4], 1
];
var DataQualityRuleResult$ = [3, n0, _DQRRa,
    0,
    [_N, _D, _EMv, _Res, _EMva, _ER, _RMu, _Lab],
    [0, [() => DataQualityRuleResultDescription, 0], [() => DataQualityRuleResultDescription, 0], 0, [() => EvaluatedMetricsMap, 0], [() => DataQualityRuleResultDescription, 0], [() => RuleMetricsMap, 0], 128 | 0]
];
var DataQualityRuleResultsOptions$ = [3, n0, _DQRRO,
    0,
    [_WDQRRE, _CTC],
    [2, () => CatalogTableConfigOptions$]
];
var DataQualityRulesetEvaluationRun$ = [3, n0, _DQRER,
    0,
    [_RIun, _DSa, _Rol, _NOW, _T, _ARO, _St, _ES, _SO, _LMO, _COo, _ETx, _RNu, _RI, _ADS],
    [0, () => DataSource$, 0, 1, 1, () => DataQualityEvaluationRunAdditionalRunOptions$, 0, 0, 4, 4, 4, 1, 64 | 0, 64 | 0, () => DataSourceMap]
];
var DataQualityRulesetEvaluationRunDescription$ = [3, n0, _DQRERD,
    0,
    [_RIun, _St, _SO, _DSa],
    [0, 0, 4, () => DataSource$]
];
var DataQualityRulesetEvaluationRunFilter$ = [3, n0, _DQRERF,
    0,
    [_DSa, _SB, _SAta, _RN],
    [() => DataSource$, 4, 4, 0], 1
];
var DataQualityRulesetFilterCriteria$ = [3, n0, _DQRFCa,
    0,
    [_N, _D, _CB, _CA, _LMB, _LMA, _TT],
    [0, 0, 4, 4, 4, 4, () => DataQualityTargetTable$]
];
var DataQualityRulesetListDetails$ = [3, n0, _DQRLD,
    0,
    [_N, _D, _CO, _LMO, _TT, _RRI, _RCu],
    [0, 0, 4, 4, () => DataQualityTargetTable$, 0, 1]
];
var DataQualityTargetTable$ = [3, n0, _DQTT,
    0,
    [_TN, _DN, _CI],
    [0, 0, 0], 2
];
var DataQualityTelemetry$ = [3, n0, _DQT,
    0,
    [_VH, _FE, _LV, _SVp, _HRV, _Eng],
    [1, 128 | 0, 0, 0, 0, 0]
];
var DataSource$ = [3, n0, _DSa,
    0,
    [_GTlu, _DQGT],
    [() => GlueTable$, () => DataQualityGlueTable$]
];
var Datatype$ = [3, n0, _Data,
    0,
    [_Id, _Labe],
    [0, 0], 2
];
var DateColumnStatisticsData$ = [3, n0, _DCSD,
    0,
    [_NON, _NODV, _MVi, _MVax],
    [1, 1, 4, 4], 2
];
var DDBELTCatalogAdditionalOptions$ = [3, n0, _DDBELTCAO,
    0,
    [_DEy, _DUDDBJ],
    [0, 2]
];
var DDBELTConnectionOptions$ = [3, n0, _DDBELTCO,
    0,
    [_DTA, _DEy, _DUDDBJ, _DSB, _DSP, _DSBO, _DSRA],
    [0, 0, 2, 0, 0, 0, 0], 1
];
var DecimalColumnStatisticsData$ = [3, n0, _DCSDe,
    0,
    [_NON, _NODV, _MVi, _MVax],
    [1, 1, () => DecimalNumber$, () => DecimalNumber$], 2
];
var DecimalNumber$ = [3, n0, _DNe,
    0,
    [_UV, _Sca],
    [21, 1], 2
];
var DeleteAssetRequest$ = [3, n0, _DAR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var DeleteAssetResponse$ = [3, n0, _DARe,
    0,
    [],
    []
];
var DeleteAssetTypeRequest$ = [3, n0, _DATR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var DeleteAssetTypeResponse$ = [3, n0, _DATRe,
    0,
    [],
    []
];
var DeleteAttachmentRequest$ = [3, n0, _DARel,
    0,
    [_AI, _AN, _IFN, _II],
    [[0, 1], [0, 1], [0, { [_hQ]: _iFN }], [0, { [_hQ]: _iI }]], 2
];
var DeleteAttachmentResponse$ = [3, n0, _DARele,
    0,
    [_AI, _IFN, _II],
    [0, 0, 0]
];
var DeleteBlueprintRequest$ = [3, n0, _DBR,
    0,
    [_N],
    [0], 1
];
var DeleteBlueprintResponse$ = [3, n0, _DBRe,
    0,
    [_N],
    [0]
];
var DeleteCatalogRequest$ = [3, n0, _DCR,
    0,
    [_CI],
    [0], 1
];
var DeleteCatalogResponse$ = [3, n0, _DCRe,
    0,
    [],
    []
];
var DeleteClassifierRequest$ = [3, n0, _DCRel,
    0,
    [_N],
    [0], 1
];
var DeleteClassifierResponse$ = [3, n0, _DCRele,
    0,
    [],
    []
];
var DeleteColumnStatisticsForPartitionRequest$ = [3, n0, _DCSFPR,
    0,
    [_DN, _TN, _PV, _CNol, _CI],
    [0, 0, 64 | 0, 0, 0], 4
];
var DeleteColumnStatisticsForPartitionResponse$ = [3, n0, _DCSFPRe,
    0,
    [],
    []
];
var DeleteColumnStatisticsForTableRequest$ = [3, n0, _DCSFTR,
    0,
    [_DN, _TN, _CNol, _CI],
    [0, 0, 0, 0], 3
];
var DeleteColumnStatisticsForTableResponse$ = [3, n0, _DCSFTRe,
    0,
    [],
    []
];
var DeleteColumnStatisticsTaskSettingsRequest$ = [3, n0, _DCSTSR,
    0,
    [_DN, _TN, _CID],
    [0, 0, 0], 2
];
var DeleteColumnStatisticsTaskSettingsResponse$ = [3, n0, _DCSTSRe,
    0,
    [],
    []
];
var DeleteConnectionRequest$ = [3, n0, _DCRelet,
    0,
    [_CNo, _CI],
    [0, 0], 1
];
var DeleteConnectionResponse$ = [3, n0, _DCRelete,
    0,
    [],
    []
];
var DeleteConnectionTypeRequest$ = [3, n0, _DCTR,
    0,
    [_CTo],
    [0], 1
];
var DeleteConnectionTypeResponse$ = [3, n0, _DCTRe,
    0,
    [],
    []
];
var DeleteCrawlerRequest$ = [3, n0, _DCReleter,
    0,
    [_N],
    [0], 1
];
var DeleteCrawlerResponse$ = [3, n0, _DCReletera,
    0,
    [],
    []
];
var DeleteCustomEntityTypeRequest$ = [3, n0, _DCETR,
    0,
    [_N],
    [0], 1
];
var DeleteCustomEntityTypeResponse$ = [3, n0, _DCETRe,
    0,
    [_N],
    [0]
];
var DeleteDatabaseRequest$ = [3, n0, _DDR,
    0,
    [_N, _CI],
    [0, 0], 1
];
var DeleteDatabaseResponse$ = [3, n0, _DDRe,
    0,
    [],
    []
];
var DeleteDataQualityEvaluationConfigRequest$ = [3, n0, _DDQECR,
    0,
    [_N],
    [0], 1
];
var DeleteDataQualityEvaluationConfigResponse$ = [3, n0, _DDQECRe,
    0,
    [],
    []
];
var DeleteDataQualityRulesetRequest$ = [3, n0, _DDQRR,
    0,
    [_N],
    [0], 1
];
var DeleteDataQualityRulesetResponse$ = [3, n0, _DDQRRe,
    0,
    [],
    []
];
var DeleteDevEndpointRequest$ = [3, n0, _DDER,
    0,
    [_EN],
    [0], 1
];
var DeleteDevEndpointResponse$ = [3, n0, _DDERe,
    0,
    [],
    []
];
var DeleteFormTypeRequest$ = [3, n0, _DFTR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var DeleteFormTypeResponse$ = [3, n0, _DFTRe,
    0,
    [],
    []
];
var DeleteGlossaryRequest$ = [3, n0, _DGR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var DeleteGlossaryResponse$ = [3, n0, _DGRe,
    0,
    [],
    []
];
var DeleteGlossaryTermRequest$ = [3, n0, _DGTR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var DeleteGlossaryTermResponse$ = [3, n0, _DGTRe,
    0,
    [],
    []
];
var DeleteGlueIdentityCenterConfigurationRequest$ = [3, n0, _DGICCR,
    0,
    [],
    []
];
var DeleteGlueIdentityCenterConfigurationResponse$ = [3, n0, _DGICCRe,
    0,
    [],
    []
];
var DeleteIntegrationRequest$ = [3, n0, _DIR,
    0,
    [_IIn],
    [0], 1
];
var DeleteIntegrationResourcePropertyRequest$ = [3, n0, _DIRPR,
    0,
    [_RAe],
    [0], 1
];
var DeleteIntegrationResourcePropertyResponse$ = [3, n0, _DIRPRe,
    0,
    [],
    []
];
var DeleteIntegrationResponse$ = [3, n0, _DIRe,
    0,
    [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa],
    [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0], 6
];
var DeleteIntegrationTablePropertiesRequest$ = [3, n0, _DITPR,
    0,
    [_RAe, _TN],
    [0, 0], 2
];
var DeleteIntegrationTablePropertiesResponse$ = [3, n0, _DITPRe,
    0,
    [],
    []
];
var DeleteJobRequest$ = [3, n0, _DJR,
    0,
    [_JN],
    [0], 1
];
var DeleteJobResponse$ = [3, n0, _DJRe,
    0,
    [_JN],
    [0]
];
var DeleteMLTransformRequest$ = [3, n0, _DMLTR,
    0,
    [_TIr],
    [0], 1
];
var DeleteMLTransformResponse$ = [3, n0, _DMLTRe,
    0,
    [_TIr],
    [0]
];
var DeletePartitionIndexRequest$ = [3, n0, _DPIR,
    0,
    [_DN, _TN, _INn, _CI],
    [0, 0, 0, 0], 3
];
var DeletePartitionIndexResponse$ = [3, n0, _DPIRe,
    0,
    [],
    []
];
var DeletePartitionRequest$ = [3, n0, _DPR,
    0,
    [_DN, _TN, _PV, _CI],
    [0, 0, 64 | 0, 0], 3
];
var DeletePartitionResponse$ = [3, n0, _DPRe,
    0,
    [],
    []
];
var DeleteRegistryInput$ = [3, n0, _DRI,
    0,
    [_RIe],
    [() => RegistryId$], 1
];
var DeleteRegistryResponse$ = [3, n0, _DRR,
    0,
    [_RNe, _RAeg, _St],
    [0, 0, 0]
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_PHC, _RAe],
    [0, 0]
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeleteSchemaInput$ = [3, n0, _DSI,
    0,
    [_SIc],
    [() => SchemaId$], 1
];
var DeleteSchemaResponse$ = [3, n0, _DSR,
    0,
    [_SAc, _SN, _St],
    [0, 0, 0]
];
var DeleteSchemaVersionsInput$ = [3, n0, _DSVI,
    0,
    [_SIc, _Vers],
    [() => SchemaId$, 0], 2
];
var DeleteSchemaVersionsResponse$ = [3, n0, _DSVR,
    0,
    [_SVE],
    [() => SchemaVersionErrorList]
];
var DeleteSecurityConfigurationRequest$ = [3, n0, _DSCR,
    0,
    [_N],
    [0], 1
];
var DeleteSecurityConfigurationResponse$ = [3, n0, _DSCRe,
    0,
    [],
    []
];
var DeleteSessionRequest$ = [3, n0, _DSRe,
    0,
    [_Id, _RO],
    [0, 0], 1
];
var DeleteSessionResponse$ = [3, n0, _DSRel,
    0,
    [_Id],
    [0]
];
var DeleteTableOptimizerRequest$ = [3, n0, _DTOR,
    0,
    [_CI, _DN, _TN, _Ty],
    [0, 0, 0, 0], 4
];
var DeleteTableOptimizerResponse$ = [3, n0, _DTORe,
    0,
    [],
    []
];
var DeleteTableRequest$ = [3, n0, _DTRe,
    0,
    [_DN, _N, _CI, _TI],
    [0, 0, 0, 0], 2
];
var DeleteTableResponse$ = [3, n0, _DTRel,
    0,
    [],
    []
];
var DeleteTableVersionRequest$ = [3, n0, _DTVR,
    0,
    [_DN, _TN, _VIe, _CI],
    [0, 0, 0, 0], 3
];
var DeleteTableVersionResponse$ = [3, n0, _DTVRe,
    0,
    [],
    []
];
var DeleteTriggerRequest$ = [3, n0, _DTRele,
    0,
    [_N],
    [0], 1
];
var DeleteTriggerResponse$ = [3, n0, _DTRelet,
    0,
    [_N],
    [0]
];
var DeleteUsageProfileRequest$ = [3, n0, _DUPR,
    0,
    [_N],
    [0], 1
];
var DeleteUsageProfileResponse$ = [3, n0, _DUPRe,
    0,
    [],
    []
];
var DeleteUserDefinedFunctionRequest$ = [3, n0, _DUDFR,
    0,
    [_DN, _FNu, _CI],
    [0, 0, 0], 2
];
var DeleteUserDefinedFunctionResponse$ = [3, n0, _DUDFRe,
    0,
    [],
    []
];
var DeleteWorkflowRequest$ = [3, n0, _DWR,
    0,
    [_N],
    [0], 1
];
var DeleteWorkflowResponse$ = [3, n0, _DWRe,
    0,
    [_N],
    [0]
];
var DeltaTarget$ = [3, n0, _DTel,
    0,
    [_DTelt, _CNo, _WM, _CNDT],
    [64 | 0, 0, 2, 2]
];
var DescribeConnectionTypeRequest$ = [3, n0, _DCTRes,
    0,
    [_CTo],
    [0], 1
];
var DescribeConnectionTypeResponse$ = [3, n0, _DCTResc,
    0,
    [_CTo, _D, _Ca, _CPo, _COon, _ACuth, _CECo, _PCR, _ACPt, _PCP, _SCPp, _RCe],
    [0, 0, () => Capabilities$, () => PropertiesMap, () => PropertiesMap, () => AuthConfiguration$, () => ComputeEnvironmentConfigurationMap, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap, () => RestConfiguration$]
];
var DescribeEntityRequest$ = [3, n0, _DER,
    0,
    [_CNo, _ENn, _CI, _NTe, _DSAV],
    [0, 0, 0, 0, 0], 2
];
var DescribeEntityResponse$ = [3, n0, _DERe,
    0,
    [_Fie, _NTe],
    [() => FieldsList, 0]
];
var DescribeInboundIntegrationsRequest$ = [3, n0, _DIIR,
    0,
    [_IAnt, _Mar, _MRa, _TA],
    [0, 0, 1, 0]
];
var DescribeInboundIntegrationsResponse$ = [3, n0, _DIIRe,
    0,
    [_IInb, _Mar],
    [() => InboundIntegrationsList, 0]
];
var DescribeIntegrationsRequest$ = [3, n0, _DIRes,
    0,
    [_IIn, _Mar, _MRa, _Fil],
    [0, 0, 1, () => IntegrationFilterList]
];
var DescribeIntegrationsResponse$ = [3, n0, _DIResc,
    0,
    [_In, _Mar],
    [() => IntegrationsList, 0]
];
var DevEndpoint$ = [3, n0, _DEe,
    0,
    [_EN, _RA, _SGI, _SIu, _YEA, _PAr, _ZRSIP, _PAub, _St, _WT, _GV, _NOW, _NONu, _AZ, _VIp, _EPLSP, _EJSP, _FR, _LUS, _CTrea, _LMT, _PKu, _PKub, _SC, _Ar],
    [0, 0, 64 | 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 4, 4, 0, 64 | 0, 0, 128 | 0]
];
var DevEndpointCustomLibraries$ = [3, n0, _DECL,
    0,
    [_EPLSP, _EJSP],
    [0, 0]
];
var DirectJDBCSource$ = [3, n0, _DJDBCS,
    0,
    [_N, _Dat, _Ta, _CNo, _CTo, _RTD, _OS],
    [0, 0, 0, 0, 0, 0, () => GlueSchemas], 5
];
var DirectKafkaSource$ = [3, n0, _DKSi,
    0,
    [_N, _SOt, _WS, _DS, _DPO],
    [0, () => KafkaStreamingSourceOptions$, 1, 2, () => StreamingDataPreviewOptions$], 1
];
var DirectKinesisSource$ = [3, n0, _DKS,
    0,
    [_N, _WS, _DS, _SOt, _DPO],
    [0, 1, 2, () => KinesisStreamingSourceOptions$, () => StreamingDataPreviewOptions$], 1
];
var DirectSchemaChangePolicy$ = [3, n0, _DSCP,
    0,
    [_EUC, _UB, _Ta, _Dat],
    [2, 0, 0, 0]
];
var DisassociateGlossaryTermsRequest$ = [3, n0, _DGTRi,
    0,
    [_AI, _GTI, _IFN, _II, _CTl],
    [[0, 1], 64 | 0, 0, 0, [0, 4]], 2
];
var DisassociateGlossaryTermsResponse$ = [3, n0, _DGTRis,
    0,
    [_AI, _IFN, _II, _GT],
    [0, 0, 0, 64 | 0]
];
var DistributionData$ = [3, n0, _DDi,
    0,
    [_BEi, _Cou, _DTa],
    [64 | 0, 64 | 1, 0]
];
var DistributionResultsOptions$ = [3, n0, _DRO,
    0,
    [_WDRE, _CTC],
    [2, () => CatalogTableConfigOptions$]
];
var DoubleColumnStatisticsData$ = [3, n0, _DCSDo,
    0,
    [_NON, _NODV, _MVi, _MVax],
    [1, 1, 1, 1], 2
];
var DQResultsPublishingOptions$ = [3, n0, _DQRPO,
    0,
    [_EC, _RSP, _CWME, _RPE],
    [0, 0, 2, 2]
];
var DQStopJobOnFailureOptions$ = [3, n0, _DQSJOFO,
    0,
    [_SJOFT],
    [0]
];
var DropDuplicates$ = [3, n0, _DD,
    0,
    [_N, _I, _Col],
    [0, 64 | 0, [1, n0, _LPL, 0, 64 | 0]], 2
];
var DropFields$ = [3, n0, _DFr,
    0,
    [_N, _I, _Pat],
    [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]], 3
];
var DropNullFields$ = [3, n0, _DNF,
    0,
    [_N, _I, _NCBL, _NTL],
    [0, 64 | 0, () => NullCheckBoxList$, () => NullValueFields], 2
];
var DynamicTransform$ = [3, n0, _DT,
    0,
    [_N, _TNra, _I, _FNu, _Path, _Par, _Ver, _OS],
    [0, 0, 64 | 0, 0, 0, () => TransformConfigParameterList, 0, () => GlueSchemas], 5
];
var DynamoDBCatalogSource$ = [3, n0, _DDBCS,
    0,
    [_N, _Dat, _Ta, _PE, _AOdd],
    [0, 0, 0, 2, () => DDBELTCatalogAdditionalOptions$], 3
];
var DynamoDBELTConnectorSource$ = [3, n0, _DDBELTCS,
    0,
    [_N, _COon, _OS],
    [0, () => DDBELTConnectionOptions$, () => GlueSchemas], 1
];
var DynamoDBTarget$ = [3, n0, _DDBTy,
    0,
    [_Path, _sA, _sR],
    [0, 2, 1]
];
var Edge$ = [3, n0, _Ed,
    0,
    [_SIo, _DIe],
    [0, 0]
];
var EncryptionAtRest$ = [3, n0, _EAR,
    0,
    [_CEM, _SAKKI, _CESR],
    [0, 0, 0], 1
];
var EncryptionConfiguration$ = [3, n0, _ECn,
    0,
    [_SEn, _CWE, _JBE, _DQE],
    [() => S3EncryptionList, () => CloudWatchEncryption$, () => JobBookmarksEncryption$, () => DataQualityEncryption$]
];
var Entity$ = [3, n0, _Ent,
    0,
    [_ENn, _Labe, _IPE, _D, _Categ, _CPu],
    [0, 0, 2, 0, 0, 128 | 0]
];
var EntityConfiguration$ = [3, n0, _ECnt,
    0,
    [_SCo, _S],
    [() => SourceConfiguration$, () => FieldDefinitionMap]
];
var ErrorDetail$ = [3, n0, _ED,
    0,
    [_ECr, _EM],
    [0, 0]
];
var ErrorDetails$ = [3, n0, _EDr,
    0,
    [_ECr, _EM],
    [0, 0]
];
var EvaluateDataQuality$ = [3, n0, _EDQ,
    0,
    [_N, _I, _Rul, _Ou, _PO, _SJOFO],
    [0, 64 | 0, 0, 0, () => DQResultsPublishingOptions$, () => DQStopJobOnFailureOptions$], 3
];
var EvaluateDataQualityMultiFrame$ = [3, n0, _EDQMF,
    0,
    [_N, _I, _Rul, _ADS, _PO, _AOdd, _SJOFO],
    [0, 64 | 0, 0, 128 | 0, () => DQResultsPublishingOptions$, 128 | 0, () => DQStopJobOnFailureOptions$], 3
];
var EvaluationMetrics$ = [3, n0, _EMval,
    0,
    [_TTr, _FMM],
    [0, () => FindMatchesMetrics$], 1
];
var EventBatchingCondition$ = [3, n0, _EBC,
    0,
    [_BS, _BW],
    [1, 1], 1
];
var ExecutionAttempt$ = [3, n0, _EAx,
    0,
    [_St, _CSTRI, _ETxe, _EM],
    [0, 0, 4, 0]
];
var ExecutionProperty$ = [3, n0, _EP,
    0,
    [_MCR],
    [1]
];
var ExportEncryptionConfiguration$ = [3, n0, _EEC,
    0,
    [_SAs, _KKA],
    [0, 0]
];
var ExportLabelsTaskRunProperties$ = [3, n0, _ELTRP,
    0,
    [_OSP],
    [0]
];
var ExtractedParameter$ = [3, n0, _EPx,
    0,
    [_K, _DV, _PL, _V],
    [0, 0, 0, () => ResponseExtractionMapping$]
];
var FederatedCatalog$ = [3, n0, _FC,
    0,
    [_Ide, _CNo, _CTo],
    [0, 0, 0]
];
var FederatedDatabase$ = [3, n0, _FD,
    0,
    [_Ide, _CNo, _CTo],
    [0, 0, 0]
];
var FederatedTable$ = [3, n0, _FT,
    0,
    [_Ide, _DIa, _CNo, _CTo],
    [0, 0, 0, 0]
];
var Field$ = [3, n0, _Fiel,
    0,
    [_FN, _Labe, _D, _FTi, _IPK, _INs, _IRs, _IF, _IP, _ICs, _IU, _IUs, _IDOC, _SVu, _SFO, _PF, _NDT, _CPu],
    [0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 64 | 0, 64 | 0, 0, 0, 128 | 0]
];
var FieldDefinition$ = [3, n0, _FDi,
    0,
    [_N, _FDT, _RDF, _IP, _INs, _IQ, _IO, _FOi],
    [0, 0, 0, 2, 2, 2, 2, () => FilterOverrides$], 2
];
var FillMissingValues$ = [3, n0, _FMV,
    0,
    [_N, _I, _IPm, _FP],
    [0, 64 | 0, 0, 0], 3
];
var Filter$ = [3, n0, _Fi,
    0,
    [_N, _I, _LO, _Fil],
    [0, 64 | 0, 0, () => FilterExpressions], 4
];
var FilterConfiguration$ = [3, n0, _FCi,
    0,
    [_FM, _OMp, _DTF, _SQt, _BC, _FSC],
    [0, 128 | 0, 0, 2, () => BetweenConfiguration$, () => FilterStringConfiguration$], 1
];
var FilterExpression$ = [3, n0, _FEi,
    0,
    [_Op, _Val, _Ne],
    [0, () => FilterValues, 2], 2
];
var FilterOverrides$ = [3, n0, _FOi,
    0,
    [_FN, _OMp, _BC, _DTF],
    [0, 128 | 0, () => BetweenConfiguration$, 0]
];
var FilterStringConfiguration$ = [3, n0, _FSC,
    0,
    [_QPN, _QSV, _QC],
    [0, 2, 0], 1
];
var FilterValue$ = [3, n0, _FVi,
    0,
    [_Ty, _V],
    [0, 64 | 0], 2
];
var FindMatchesMetrics$ = [3, n0, _FMM,
    0,
    [_AUPRC, _Prec, _Reca, _F_, _CMo, _CIol],
    [1, 1, 1, 1, () => ConfusionMatrix$, () => ColumnImportanceList]
];
var FindMatchesParameters$ = [3, n0, _FMP,
    0,
    [_PKCN, _PRT, _ACT, _EPL],
    [0, 1, 1, 2]
];
var FindMatchesTaskRunProperties$ = [3, n0, _FMTRP,
    0,
    [_JI, _JN, _JRI],
    [0, 0, 0]
];
var FormTypeItem$ = [3, n0, _FTIor,
    0,
    [_Id, _N],
    [0, 0]
];
var GetAssetInput$ = [3, n0, _GAI,
    0,
    [_Ide],
    [[0, 1]], 1
];
var GetAssetOutput$ = [3, n0, _GAO,
    0,
    [_Id, _ATIs, _N, _D, _CAr, _UA, _GT, _For, _At, _IFt],
    [0, 0, 0, 0, 4, 4, 64 | 0, () => AssetFormMap, () => AssetFormMap, () => IterableFormMap], 2
];
var GetAssetTypeRequest$ = [3, n0, _GATR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var GetAssetTypeResponse$ = [3, n0, _GATRe,
    0,
    [_Id, _N, _For],
    [0, 0, () => AssetTypeFormsMap]
];
var GetBlueprintRequest$ = [3, n0, _GBR,
    0,
    [_N, _IB, _IPS],
    [0, 2, 2], 1
];
var GetBlueprintResponse$ = [3, n0, _GBRe,
    0,
    [_Bl],
    [() => Blueprint$]
];
var GetBlueprintRunRequest$ = [3, n0, _GBRR,
    0,
    [_BN, _RIun],
    [0, 0], 2
];
var GetBlueprintRunResponse$ = [3, n0, _GBRRe,
    0,
    [_BR],
    [() => BlueprintRun$]
];
var GetBlueprintRunsRequest$ = [3, n0, _GBRRet,
    0,
    [_BN, _NTe, _MRax],
    [0, 0, 1], 1
];
var GetBlueprintRunsResponse$ = [3, n0, _GBRRetl,
    0,
    [_BRl, _NTe],
    [() => BlueprintRuns, 0]
];
var GetCatalogImportStatusRequest$ = [3, n0, _GCISR,
    0,
    [_CI],
    [0]
];
var GetCatalogImportStatusResponse$ = [3, n0, _GCISRe,
    0,
    [_IS],
    [() => CatalogImportStatus$]
];
var GetCatalogRequest$ = [3, n0, _GCR,
    0,
    [_CI],
    [0], 1
];
var GetCatalogResponse$ = [3, n0, _GCRe,
    0,
    [_Cat],
    [() => Catalog$]
];
var GetCatalogsRequest$ = [3, n0, _GCRet,
    0,
    [_PCI, _NTe, _MRax, _Recu, _IRn, _HD],
    [0, 0, 1, 2, 2, 2]
];
var GetCatalogsResponse$ = [3, n0, _GCReta,
    0,
    [_CLa, _NTe],
    [() => CatalogList, 0], 1
];
var GetClassifierRequest$ = [3, n0, _GCRetl,
    0,
    [_N],
    [0], 1
];
var GetClassifierResponse$ = [3, n0, _GCRetla,
    0,
    [_Cl],
    [() => Classifier$]
];
var GetClassifiersRequest$ = [3, n0, _GCRetlas,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var GetClassifiersResponse$ = [3, n0, _GCRetlass,
    0,
    [_Cla, _NTe],
    [() => ClassifierList, 0]
];
var GetColumnStatisticsForPartitionRequest$ = [3, n0, _GCSFPR,
    0,
    [_DN, _TN, _PV, _CNolu, _CI],
    [0, 0, 64 | 0, 64 | 0, 0], 4
];
var GetColumnStatisticsForPartitionResponse$ = [3, n0, _GCSFPRe,
    0,
    [_CSL, _E],
    [() => ColumnStatisticsList, () => ColumnErrors]
];
var GetColumnStatisticsForTableRequest$ = [3, n0, _GCSFTR,
    0,
    [_DN, _TN, _CNolu, _CI],
    [0, 0, 64 | 0, 0], 3
];
var GetColumnStatisticsForTableResponse$ = [3, n0, _GCSFTRe,
    0,
    [_CSL, _E],
    [() => ColumnStatisticsList, () => ColumnErrors]
];
var GetColumnStatisticsTaskRunRequest$ = [3, n0, _GCSTRR,
    0,
    [_CSTRI],
    [0], 1
];
var GetColumnStatisticsTaskRunResponse$ = [3, n0, _GCSTRRe,
    0,
    [_CSTR],
    [() => ColumnStatisticsTaskRun$]
];
var GetColumnStatisticsTaskRunsRequest$ = [3, n0, _GCSTRRet,
    0,
    [_DN, _TN, _MRax, _NTe, _CID],
    [0, 0, 1, 0, 0], 2
];
var GetColumnStatisticsTaskRunsResponse$ = [3, n0, _GCSTRReto,
    0,
    [_CSTRo, _NTe],
    [() => ColumnStatisticsTaskRunsList, 0]
];
var GetColumnStatisticsTaskSettingsRequest$ = [3, n0, _GCSTSR,
    0,
    [_DN, _TN, _CID],
    [0, 0, 0], 2
];
var GetColumnStatisticsTaskSettingsResponse$ = [3, n0, _GCSTSRe,
    0,
    [_CSTS],
    [() => ColumnStatisticsTaskSettings$]
];
var GetConnectionRequest$ = [3, n0, _GCReto,
    0,
    [_N, _CI, _HP, _AOFCE],
    [0, 0, 2, 0], 1
];
var GetConnectionResponse$ = [3, n0, _GCReton,
    0,
    [_Co],
    [() => Connection$]
];
var GetConnectionsFilter$ = [3, n0, _GCF,
    0,
    [_MCa, _CTo, _CSV],
    [64 | 0, 0, 1]
];
var GetConnectionsRequest$ = [3, n0, _GCRetonn,
    0,
    [_CI, _Fi, _HP, _NTe, _MRax],
    [0, () => GetConnectionsFilter$, 2, 0, 1]
];
var GetConnectionsResponse$ = [3, n0, _GCRetonne,
    0,
    [_CLo, _NTe],
    [() => ConnectionList, 0]
];
var GetCrawlerMetricsRequest$ = [3, n0, _GCMR,
    0,
    [_CNLr, _MRax, _NTe],
    [64 | 0, 1, 0]
];
var GetCrawlerMetricsResponse$ = [3, n0, _GCMRe,
    0,
    [_CML, _NTe],
    [() => CrawlerMetricsList, 0]
];
var GetCrawlerRequest$ = [3, n0, _GCRetr,
    0,
    [_N],
    [0], 1
];
var GetCrawlerResponse$ = [3, n0, _GCRetra,
    0,
    [_Craw],
    [() => Crawler$]
];
var GetCrawlersRequest$ = [3, n0, _GCRetraw,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var GetCrawlersResponse$ = [3, n0, _GCRetrawl,
    0,
    [_Cr, _NTe],
    [() => CrawlerList, 0]
];
var GetCustomEntityTypeRequest$ = [3, n0, _GCETR,
    0,
    [_N],
    [0], 1
];
var GetCustomEntityTypeResponse$ = [3, n0, _GCETRe,
    0,
    [_N, _RSe, _CW],
    [0, 0, 64 | 0]
];
var GetDashboardUrlRequest$ = [3, n0, _GDUR,
    0,
    [_RIeso, _RTes, _RO],
    [0, 0, 0], 2
];
var GetDashboardUrlResponse$ = [3, n0, _GDURe,
    0,
    [_Ur],
    [[() => SensitiveUrl, 0]], 1
];
var GetDatabaseRequest$ = [3, n0, _GDR,
    0,
    [_N, _CI],
    [0, 0], 1
];
var GetDatabaseResponse$ = [3, n0, _GDRe,
    0,
    [_Dat],
    [() => Database$]
];
var GetDatabasesRequest$ = [3, n0, _GDRet,
    0,
    [_CI, _NTe, _MRax, _RST, _ATG],
    [0, 0, 1, 0, 64 | 0]
];
var GetDatabasesResponse$ = [3, n0, _GDReta,
    0,
    [_DL, _NTe],
    [() => DatabaseList, 0], 1
];
var GetDataCatalogEncryptionSettingsRequest$ = [3, n0, _GDCESR,
    0,
    [_CI],
    [0]
];
var GetDataCatalogEncryptionSettingsResponse$ = [3, n0, _GDCESRe,
    0,
    [_DCES],
    [() => DataCatalogEncryptionSettings$]
];
var GetDataCatalogExportConfigurationInput$ = [3, n0, _GDCECI,
    0,
    [],
    []
];
var GetDataCatalogExportConfigurationOutput$ = [3, n0, _GDCECO,
    0,
    [_ESx, _St, _ECn, _STBA, _CAr, _UA],
    [0, 0, () => ExportEncryptionConfiguration$, 0, 4, 4]
];
var GetDataflowGraphRequest$ = [3, n0, _GDGR,
    0,
    [_PSy],
    [0]
];
var GetDataflowGraphResponse$ = [3, n0, _GDGRe,
    0,
    [_DNa, _DEa],
    [() => DagNodes, () => DagEdges]
];
var GetDataQualityEvaluationConfigRequest$ = [3, n0, _GDQECR,
    0,
    [_N],
    [0], 1
];
var GetDataQualityEvaluationConfigResponse$ = [3, n0, _GDQECRe,
    0,
    [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
    [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap]
];
var GetDataQualityModelRequest$ = [3, n0, _GDQMR,
    0,
    [_PI, _SI],
    [0, 0], 1
];
var GetDataQualityModelResponse$ = [3, n0, _GDQMRe,
    0,
    [_St, _SO, _COo, _FR],
    [0, 4, 4, 0]
];
var GetDataQualityModelResultRequest$ = [3, n0, _GDQMRR,
    0,
    [_SI, _PI],
    [0, 0], 2
];
var GetDataQualityModelResultResponse$ = [3, n0, _GDQMRRe,
    0,
    [_COo, _Mo],
    [4, () => StatisticModelResults]
];
var GetDataQualityResultRequest$ = [3, n0, _GDQRR,
    0,
    [_RIes],
    [0], 1
];
var GetDataQualityResultResponse$ = [3, n0, _GDQRRe,
    0,
    [_RIes, _ERM, _DQEC, _PI, _Scor, _DSa, _RN, _EC, _SO, _COo, _JN, _JRI, _RERI, _RR, _AR, _O, _AMg],
    [0, 0, 0, 0, 1, () => DataSource$, 0, 0, 4, 4, 0, 0, 0, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$]
];
var GetDataQualityResultV2Request$ = [3, n0, _GDQRVR,
    0,
    [_RIes],
    [0], 1
];
var GetDataQualityResultV2Response$ = [3, n0, _GDQRVRe,
    0,
    [_RIes, _ERM, _DQEC, _DSa, _PI, _Di, _Tag, _ESO, _ECO, _RPO, _Scor, _RR, _AR, _O, _EC, _Des, _AMg, _RN],
    [0, 0, 0, () => DataSource$, 0, 128 | 0, 128 | 0, 4, 4, 4, 1, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], 0, 128 | 0, () => DataQualityAggregatedMetrics$, 0]
];
var GetDataQualityRuleRecommendationRunRequest$ = [3, n0, _GDQRRRR,
    0,
    [_RIun],
    [0], 1
];
var GetDataQualityRuleRecommendationRunResponse$ = [3, n0, _GDQRRRRe,
    0,
    [_RIun, _DSa, _Rol, _NOW, _T, _St, _ES, _SO, _LMO, _COo, _ETx, _RRe, _CRN, _DQSC, _ARO, _RMe],
    [0, () => DataSource$, 0, 1, 1, 0, 0, 4, 4, 4, 1, 0, 0, 0, () => DataQualityRuleRecommendationRunAdditionalRunOptions$, 0]
];
var GetDataQualityRulesetEvaluationRunRequest$ = [3, n0, _GDQRERR,
    0,
    [_RIun],
    [0], 1
];
var GetDataQualityRulesetEvaluationRunResponse$ = [3, n0, _GDQRERRe,
    0,
    [_RIun, _DSa, _Rol, _NOW, _T, _ARO, _St, _ES, _SO, _LMO, _COo, _ETx, _RNu, _RI, _ADS],
    [0, () => DataSource$, 0, 1, 1, () => DataQualityEvaluationRunAdditionalRunOptions$, 0, 0, 4, 4, 4, 1, 64 | 0, 64 | 0, () => DataSourceMap]
];
var GetDataQualityRulesetRequest$ = [3, n0, _GDQRRet,
    0,
    [_N],
    [0], 1
];
var GetDataQualityRulesetResponse$ = [3, n0, _GDQRReta,
    0,
    [_N, _D, _Rul, _TT, _CO, _LMO, _RRI, _DQSC],
    [0, 0, 0, () => DataQualityTargetTable$, 4, 4, 0, 0]
];
var GetDevEndpointRequest$ = [3, n0, _GDER,
    0,
    [_EN],
    [0], 1
];
var GetDevEndpointResponse$ = [3, n0, _GDERe,
    0,
    [_DEe],
    [() => DevEndpoint$]
];
var GetDevEndpointsRequest$ = [3, n0, _GDERet,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var GetDevEndpointsResponse$ = [3, n0, _GDERete,
    0,
    [_DE, _NTe],
    [() => DevEndpointList, 0]
];
var GetEntityRecordsRequest$ = [3, n0, _GERR,
    0,
    [_ENn, _Li, _CNo, _CI, _NTe, _DSAV, _COon, _FPi, _OB, _SFe],
    [0, 1, 0, 0, 0, 0, 128 | 0, 0, 0, 64 | 0], 2
];
var GetEntityRecordsResponse$ = [3, n0, _GERRe,
    0,
    [_Reco, _NTe],
    [[() => Records, 0], 0]
];
var GetFormTypeRequest$ = [3, n0, _GFTR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var GetFormTypeResponse$ = [3, n0, _GFTRe,
    0,
    [_Id, _N, _S],
    [0, 0, 0]
];
var GetGlossaryRequest$ = [3, n0, _GGR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var GetGlossaryResponse$ = [3, n0, _GGRe,
    0,
    [_Id, _N, _D],
    [0, 0, 0]
];
var GetGlossaryTermRequest$ = [3, n0, _GGTR,
    0,
    [_Ide],
    [[0, 1]], 1
];
var GetGlossaryTermResponse$ = [3, n0, _GGTRe,
    0,
    [_Id, _GIl, _N, _SDh, _LD],
    [0, 0, 0, 0, 0]
];
var GetGlueIdentityCenterConfigurationRequest$ = [3, n0, _GGICCR,
    0,
    [],
    []
];
var GetGlueIdentityCenterConfigurationResponse$ = [3, n0, _GGICCRe,
    0,
    [_AA, _IAn, _Sco, _UBSE],
    [0, 0, 64 | 0, 2]
];
var GetIntegrationResourcePropertyRequest$ = [3, n0, _GIRPR,
    0,
    [_RAe],
    [0], 1
];
var GetIntegrationResourcePropertyResponse$ = [3, n0, _GIRPRe,
    0,
    [_RAe, _RPA, _SPP, _TPP],
    [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$]
];
var GetIntegrationTablePropertiesRequest$ = [3, n0, _GITPR,
    0,
    [_RAe, _TN],
    [0, 0], 2
];
var GetIntegrationTablePropertiesResponse$ = [3, n0, _GITPRe,
    0,
    [_RAe, _TN, _STC, _TTC],
    [0, 0, () => SourceTableConfig$, () => TargetTableConfig$]
];
var GetJobBookmarkRequest$ = [3, n0, _GJBR,
    0,
    [_JN, _RIun],
    [0, 0], 1
];
var GetJobBookmarkResponse$ = [3, n0, _GJBRe,
    0,
    [_JBEo],
    [() => JobBookmarkEntry$]
];
var GetJobRequest$ = [3, n0, _GJR,
    0,
    [_JN],
    [0], 1
];
var GetJobResponse$ = [3, n0, _GJRe,
    0,
    [_Job],
    [[() => Job$, 0]]
];
var GetJobRunRequest$ = [3, n0, _GJRR,
    0,
    [_JN, _RIun, _PIr],
    [0, 0, 2], 2
];
var GetJobRunResponse$ = [3, n0, _GJRRe,
    0,
    [_JR],
    [() => JobRun$]
];
var GetJobRunsRequest$ = [3, n0, _GJRRet,
    0,
    [_JN, _NTe, _MRax],
    [0, 0, 1], 1
];
var GetJobRunsResponse$ = [3, n0, _GJRReto,
    0,
    [_JRo, _NTe],
    [() => JobRunList, 0]
];
var GetJobsRequest$ = [3, n0, _GJRet,
    0,
    [_NTe, _MRax],
    [0, 1]
];
var GetJobsResponse$ = [3, n0, _GJReto,
    0,
    [_J, _NTe],
    [[() => JobList, 0], 0]
];
var GetJobUpgradeAnalysisRequest$ = [3, n0, _GJUAR,
    0,
    [_aI, _jN],
    [0, 0], 2
];
var GetJobUpgradeAnalysisResponse$ = [3, n0, _GJUARe,
    0,
    [_jN, _aI, _st, _tV, _sV, _aT, _aUES, _eM, _aUESu],
    [0, 0, 0, 0, 0, 0, 0, 0, 0], 4
];
var GetMappingRequest$ = [3, n0, _GMR,
    0,
    [_So, _Si, _Lo],
    [() => CatalogEntry$, () => CatalogEntries, () => Location$], 1
];
var GetMappingResponse$ = [3, n0, _GMRe,
    0,
    [_Ma],
    [() => MappingList], 1
];
var GetMaterializedViewRefreshTaskRunRequest$ = [3, n0, _GMVRTRR,
    0,
    [_CI, _MVRTRI],
    [0, 0], 2
];
var GetMaterializedViewRefreshTaskRunResponse$ = [3, n0, _GMVRTRRe,
    0,
    [_MVRTR],
    [() => MaterializedViewRefreshTaskRun$]
];
var GetMLTaskRunRequest$ = [3, n0, _GMLTRR,
    0,
    [_TIr, _TRI],
    [0, 0], 2
];
var GetMLTaskRunResponse$ = [3, n0, _GMLTRRe,
    0,
    [_TIr, _TRI, _St, _LGN, _Pro, _ES, _SO, _LMO, _COo, _ETx],
    [0, 0, 0, 0, () => TaskRunProperties$, 0, 4, 4, 4, 1]
];
var GetMLTaskRunsRequest$ = [3, n0, _GMLTRRet,
    0,
    [_TIr, _NTe, _MRax, _Fi, _Sor],
    [0, 0, 1, () => TaskRunFilterCriteria$, () => TaskRunSortCriteria$], 1
];
var GetMLTaskRunsResponse$ = [3, n0, _GMLTRReta,
    0,
    [_TR, _NTe],
    [() => TaskRunList, 0]
];
var GetMLTransformRequest$ = [3, n0, _GMLTR,
    0,
    [_TIr],
    [0], 1
];
var GetMLTransformResponse$ = [3, n0, _GMLTRe,
    0,
    [_TIr, _N, _D, _St, _CO, _LMO, _IRT, _Par, _EMval, _LCab, _S, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR, _TEr],
    [0, 0, 0, 0, 4, 4, () => GlueTables, () => TransformParameters$, () => EvaluationMetrics$, 1, () => TransformSchema, 0, 0, 1, 0, 1, 1, 1, () => TransformEncryption$]
];
var GetMLTransformsRequest$ = [3, n0, _GMLTRet,
    0,
    [_NTe, _MRax, _Fi, _Sor],
    [0, 1, () => TransformFilterCriteria$, () => TransformSortCriteria$]
];
var GetMLTransformsResponse$ = [3, n0, _GMLTRetr,
    0,
    [_Tra, _NTe],
    [() => TransformList, 0], 1
];
var GetPartitionIndexesRequest$ = [3, n0, _GPIR,
    0,
    [_DN, _TN, _CI, _NTe],
    [0, 0, 0, 0], 2
];
var GetPartitionIndexesResponse$ = [3, n0, _GPIRe,
    0,
    [_PIDL, _NTe],
    [() => PartitionIndexDescriptorList, 0]
];
var GetPartitionRequest$ = [3, n0, _GPR,
    0,
    [_DN, _TN, _PV, _CI, _ACu],
    [0, 0, 64 | 0, 0, () => AuditContext$], 3
];
var GetPartitionResponse$ = [3, n0, _GPRe,
    0,
    [_Part],
    [() => Partition$]
];
var GetPartitionsRequest$ = [3, n0, _GPRet,
    0,
    [_DN, _TN, _CI, _Ex, _NTe, _Seg, _MRax, _ECS, _TI, _QAOT, _ACu],
    [0, 0, 0, 0, 0, () => Segment$, 1, 2, 0, 4, () => AuditContext$], 2
];
var GetPartitionsResponse$ = [3, n0, _GPReta,
    0,
    [_Pa, _NTe],
    [() => PartitionList, 0]
];
var GetPlanRequest$ = [3, n0, _GPRetl,
    0,
    [_Ma, _So, _Si, _Lo, _La, _APOM],
    [() => MappingList, () => CatalogEntry$, () => CatalogEntries, () => Location$, 0, 128 | 0], 2
];
var GetPlanResponse$ = [3, n0, _GPRetla,
    0,
    [_PSy, _SCca],
    [0, 0]
];
var GetRegistryInput$ = [3, n0, _GRI,
    0,
    [_RIe],
    [() => RegistryId$], 1
];
var GetRegistryResponse$ = [3, n0, _GRR,
    0,
    [_RNe, _RAeg, _D, _St, _CTreat, _UTp],
    [0, 0, 0, 0, 0, 0]
];
var GetResourcePoliciesRequest$ = [3, n0, _GRPR,
    0,
    [_NTe, _MRax],
    [0, 1]
];
var GetResourcePoliciesResponse$ = [3, n0, _GRPRe,
    0,
    [_GRPRL, _NTe],
    [() => GetResourcePoliciesResponseList, 0]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPRet,
    0,
    [_RAe],
    [0]
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRete,
    0,
    [_PIJ, _PH, _CTr, _UT],
    [0, 0, 4, 4]
];
var GetSchemaByDefinitionInput$ = [3, n0, _GSBDI,
    0,
    [_SIc, _SD],
    [() => SchemaId$, 0], 2
];
var GetSchemaByDefinitionResponse$ = [3, n0, _GSBDR,
    0,
    [_SVI, _SAc, _DF, _St, _CTreat],
    [0, 0, 0, 0, 0]
];
var GetSchemaInput$ = [3, n0, _GSI,
    0,
    [_SIc],
    [() => SchemaId$], 1
];
var GetSchemaResponse$ = [3, n0, _GSR,
    0,
    [_RNe, _RAeg, _SN, _SAc, _D, _DF, _Comp, _SCc, _LSV, _NSV, _SSc, _CTreat, _UTp],
    [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]
];
var GetSchemaVersionInput$ = [3, n0, _GSVI,
    0,
    [_SIc, _SVI, _SVN],
    [() => SchemaId$, 0, () => SchemaVersionNumber$]
];
var GetSchemaVersionResponse$ = [3, n0, _GSVR,
    0,
    [_SVI, _SD, _DF, _SAc, _VN, _St, _CTreat],
    [0, 0, 0, 0, 1, 0, 0]
];
var GetSchemaVersionsDiffInput$ = [3, n0, _GSVDI,
    0,
    [_SIc, _FSVN, _SSVN, _SDTc],
    [() => SchemaId$, () => SchemaVersionNumber$, () => SchemaVersionNumber$, 0], 4
];
var GetSchemaVersionsDiffResponse$ = [3, n0, _GSVDR,
    0,
    [_Dif],
    [0]
];
var GetSecurityConfigurationRequest$ = [3, n0, _GSCR,
    0,
    [_N],
    [0], 1
];
var GetSecurityConfigurationResponse$ = [3, n0, _GSCRe,
    0,
    [_SC],
    [() => SecurityConfiguration$]
];
var GetSecurityConfigurationsRequest$ = [3, n0, _GSCRet,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var GetSecurityConfigurationsResponse$ = [3, n0, _GSCRete,
    0,
    [_SCec, _NTe],
    [() => SecurityConfigurationList, 0]
];
var GetSessionEndpointRequest$ = [3, n0, _GSER,
    0,
    [_SIe],
    [0], 1
];
var GetSessionEndpointResponse$ = [3, n0, _GSERe,
    0,
    [_SCp],
    [[() => SessionEndpoint$, { [_jNs]: _SC_ }]], 1
];
var GetSessionRequest$ = [3, n0, _GSRe,
    0,
    [_Id, _RO],
    [0, 0], 1
];
var GetSessionResponse$ = [3, n0, _GSRet,
    0,
    [_Ses],
    [() => Session$]
];
var GetStatementRequest$ = [3, n0, _GSRett,
    0,
    [_SIe, _Id, _RO],
    [0, 1, 0], 2
];
var GetStatementResponse$ = [3, n0, _GSRetta,
    0,
    [_Stat],
    [() => Statement$]
];
var GetSystemLogsForJobRunRequest$ = [3, n0, _GSLFJRR,
    0,
    [_JN, _RIun],
    [0, 0], 2
];
var GetSystemLogsForJobRunResponse$ = [3, n0, _GSLFJRRe,
    0,
    [_SLU],
    [0]
];
var GetSystemLogsForSessionRequest$ = [3, n0, _GSLFSR,
    0,
    [_Id],
    [0], 1
];
var GetSystemLogsForSessionResponse$ = [3, n0, _GSLFSRe,
    0,
    [_SLU],
    [0]
];
var GetTableOptimizerRequest$ = [3, n0, _GTOR,
    0,
    [_CI, _DN, _TN, _Ty],
    [0, 0, 0, 0], 4
];
var GetTableOptimizerResponse$ = [3, n0, _GTORe,
    0,
    [_CI, _DN, _TN, _TOa],
    [0, 0, 0, () => TableOptimizer$]
];
var GetTableRequest$ = [3, n0, _GTR,
    0,
    [_DN, _N, _CI, _TI, _QAOT, _ACu, _ISD, _ATG],
    [0, 0, 0, 0, 4, () => AuditContext$, 2, 64 | 0], 2
];
var GetTableResponse$ = [3, n0, _GTRe,
    0,
    [_Ta],
    [() => Table$]
];
var GetTablesRequest$ = [3, n0, _GTRet,
    0,
    [_DN, _CI, _Ex, _NTe, _MRax, _TI, _QAOT, _ACu, _RST, _ISD, _ATG],
    [0, 0, 0, 0, 1, 0, 4, () => AuditContext$, 0, 2, 64 | 0], 1
];
var GetTablesResponse$ = [3, n0, _GTReta,
    0,
    [_TL, _NTe],
    [() => TableList, 0]
];
var GetTableVersionRequest$ = [3, n0, _GTVR,
    0,
    [_DN, _TN, _CI, _VIe, _ACu],
    [0, 0, 0, 0, () => AuditContext$], 2
];
var GetTableVersionResponse$ = [3, n0, _GTVRe,
    0,
    [_TVa],
    [() => TableVersion$]
];
var GetTableVersionsRequest$ = [3, n0, _GTVRet,
    0,
    [_DN, _TN, _CI, _NTe, _MRax, _ACu],
    [0, 0, 0, 0, 1, () => AuditContext$], 2
];
var GetTableVersionsResponse$ = [3, n0, _GTVReta,
    0,
    [_TVab, _NTe],
    [() => GetTableVersionsList, 0]
];
var GetTagsRequest$ = [3, n0, _GTRetag,
    0,
    [_RAe],
    [0], 1
];
var GetTagsResponse$ = [3, n0, _GTRetags,
    0,
    [_Tag],
    [128 | 0]
];
var GetTriggerRequest$ = [3, n0, _GTRetr,
    0,
    [_N],
    [0], 1
];
var GetTriggerResponse$ = [3, n0, _GTRetri,
    0,
    [_Tri],
    [() => Trigger$]
];
var GetTriggersRequest$ = [3, n0, _GTRetrig,
    0,
    [_NTe, _DJN, _MRax],
    [0, 0, 1]
];
var GetTriggersResponse$ = [3, n0, _GTRetrigg,
    0,
    [_Tr, _NTe],
    [() => TriggerList, 0]
];
var GetUnfilteredPartitionMetadataRequest$ = [3, n0, _GUPMR,
    0,
    [_CI, _DN, _TN, _PV, _SPT, _Reg, _ACu, _QSC],
    [0, 0, 0, 64 | 0, 64 | 0, 0, () => AuditContext$, () => QuerySessionContext$], 5
];
var GetUnfilteredPartitionMetadataResponse$ = [3, n0, _GUPMRe,
    0,
    [_Part, _ACutho, _IRWLF],
    [() => Partition$, 64 | 0, 2]
];
var GetUnfilteredPartitionsMetadataRequest$ = [3, n0, _GUPMRet,
    0,
    [_CI, _DN, _TN, _SPT, _Reg, _Ex, _ACu, _NTe, _Seg, _MRax, _QSC],
    [0, 0, 0, 64 | 0, 0, 0, () => AuditContext$, 0, () => Segment$, 1, () => QuerySessionContext$], 4
];
var GetUnfilteredPartitionsMetadataResponse$ = [3, n0, _GUPMRetn,
    0,
    [_UP, _NTe],
    [() => UnfilteredPartitionList, 0]
];
var GetUnfilteredTableMetadataRequest$ = [3, n0, _GUTMR,
    0,
    [_CI, _DN, _N, _SPT, _Reg, _ACu, _PRA, _RRA, _SDu, _Pe, _QSC],
    [0, 0, 0, 64 | 0, 0, () => AuditContext$, 0, 0, () => SupportedDialect$, 64 | 0, () => QuerySessionContext$], 4
];
var GetUnfilteredTableMetadataResponse$ = [3, n0, _GUTMRe,
    0,
    [_Ta, _ACutho, _IRWLF, _CFe, _QAI, _IMDV, _IMV, _RAe, _IPs, _Pe, _RFo],
    [() => Table$, 64 | 0, 2, () => ColumnRowFilterList, 0, 2, 2, 0, 2, 64 | 0, 0]
];
var GetUsageProfileRequest$ = [3, n0, _GUPR,
    0,
    [_N],
    [0], 1
];
var GetUsageProfileResponse$ = [3, n0, _GUPRe,
    0,
    [_N, _D, _Conf, _CO, _LMO],
    [0, 0, () => ProfileConfiguration$, 4, 4]
];
var GetUserDefinedFunctionRequest$ = [3, n0, _GUDFR,
    0,
    [_DN, _FNu, _CI],
    [0, 0, 0], 2
];
var GetUserDefinedFunctionResponse$ = [3, n0, _GUDFRe,
    0,
    [_UDF],
    [() => UserDefinedFunction$]
];
var GetUserDefinedFunctionsRequest$ = [3, n0, _GUDFRet,
    0,
    [_Patt, _CI, _DN, _FTu, _NTe, _MRax],
    [0, 0, 0, 0, 0, 1], 1
];
var GetUserDefinedFunctionsResponse$ = [3, n0, _GUDFRets,
    0,
    [_UDFs, _NTe],
    [() => UserDefinedFunctionList, 0]
];
var GetWorkflowRequest$ = [3, n0, _GWR,
    0,
    [_N, _IG],
    [0, 2], 1
];
var GetWorkflowResponse$ = [3, n0, _GWRe,
    0,
    [_Wo],
    [() => Workflow$]
];
var GetWorkflowRunPropertiesRequest$ = [3, n0, _GWRPR,
    0,
    [_N, _RIun],
    [0, 0], 2
];
var GetWorkflowRunPropertiesResponse$ = [3, n0, _GWRPRe,
    0,
    [_RPu],
    [128 | 0]
];
var GetWorkflowRunRequest$ = [3, n0, _GWRR,
    0,
    [_N, _RIun, _IG],
    [0, 0, 2], 2
];
var GetWorkflowRunResponse$ = [3, n0, _GWRRe,
    0,
    [_Run],
    [() => WorkflowRun$]
];
var GetWorkflowRunsRequest$ = [3, n0, _GWRRet,
    0,
    [_N, _IG, _NTe, _MRax],
    [0, 2, 0, 1], 1
];
var GetWorkflowRunsResponse$ = [3, n0, _GWRReto,
    0,
    [_Ru, _NTe],
    [() => WorkflowRuns, 0]
];
var GlossaryItem$ = [3, n0, _GIlo,
    0,
    [_Id, _N, _D],
    [0, 0, 0]
];
var GlossaryTermItem$ = [3, n0, _GTIl,
    0,
    [_Id, _N, _SDh],
    [0, 0, 0]
];
var GluePolicy$ = [3, n0, _GPl,
    0,
    [_PIJ, _PH, _CTr, _UT],
    [0, 0, 4, 4]
];
var GlueSchema$ = [3, n0, _GS,
    0,
    [_Col],
    [() => GlueStudioSchemaColumnList]
];
var GlueStudioSchemaColumn$ = [3, n0, _GSSC,
    0,
    [_N, _Ty, _GST],
    [0, 0, 0], 1
];
var GlueTable$ = [3, n0, _GTlu,
    0,
    [_DN, _TN, _CI, _CNo, _AOdd],
    [0, 0, 0, 0, 128 | 0], 2
];
var GovernedCatalogSource$ = [3, n0, _GCS,
    0,
    [_N, _Dat, _Ta, _PP, _AOdd],
    [0, 0, 0, 0, () => S3SourceAdditionalOptions$], 3
];
var GovernedCatalogTarget$ = [3, n0, _GCT,
    0,
    [_N, _I, _Ta, _Dat, _PK, _SCP],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$], 4
];
var GrokClassifier$ = [3, n0, _GC,
    0,
    [_N, _Clas, _GP, _CTre, _LU, _Ver, _CPus],
    [0, 0, 0, 4, 4, 1, 0], 3
];
var GroupFilters$ = [3, n0, _GF,
    0,
    [_GN, _Fil, _LO],
    [0, () => FilterExpressions, 0], 3
];
var HudiTarget$ = [3, n0, _HTu,
    0,
    [_Pat, _CNo, _Exc, _MTD],
    [64 | 0, 0, 64 | 0, 1]
];
var IcebergCompactionConfiguration$ = [3, n0, _ICC,
    0,
    [_str, _mIF, _dFT],
    [0, 1, 1]
];
var IcebergCompactionMetrics$ = [3, n0, _ICM,
    0,
    [_NOBC, _NOFC, _DH, _NOD, _JDIH],
    [1, 1, 1, 1, 1]
];
var IcebergEncryptedKey$ = [3, n0, _IEK,
    0,
    [_KI, _EKM, _EBI, _Pro],
    [0, 0, 0, 128 | 0], 2
];
var IcebergInput$ = [3, n0, _IIc,
    0,
    [_MO, _Ver, _CITI],
    [0, 0, () => CreateIcebergTableInput$], 1
];
var IcebergOptimizationProperties$ = [3, n0, _IOP,
    0,
    [_RA, _Compa, _Ret, _OFD],
    [0, 128 | 0, 128 | 0, 128 | 0]
];
var IcebergOptimizationPropertiesOutput$ = [3, n0, _IOPO,
    0,
    [_RA, _Compa, _Ret, _OFD, _LUT],
    [0, 128 | 0, 128 | 0, 128 | 0, 4]
];
var IcebergOrphanFileDeletionConfiguration$ = [3, n0, _IOFDC,
    0,
    [_oFRPID, _l, _rRIH],
    [1, 0, 1]
];
var IcebergOrphanFileDeletionMetrics$ = [3, n0, _IOFDM,
    0,
    [_NOOFD, _DH, _NOD, _JDIH],
    [1, 1, 1, 1]
];
var IcebergPartitionField$ = [3, n0, _IPF,
    0,
    [_SIo, _Tran, _N, _FIi],
    [1, 0, 0, 1], 3
];
var IcebergPartitionSpec$ = [3, n0, _IPSc,
    0,
    [_Fie, _SIp],
    [() => IcebergPartitionSpecFieldList, 1], 1
];
var IcebergRetentionConfiguration$ = [3, n0, _IRC,
    0,
    [_sRPID, _nOSTR, _cEF, _rRIH],
    [1, 1, 2, 1]
];
var IcebergRetentionMetrics$ = [3, n0, _IRM,
    0,
    [_NODFD, _NOMFD, _NOMLD, _DH, _NOD, _JDIH],
    [1, 1, 1, 1, 1, 1]
];
var IcebergSchema$ = [3, n0, _ISc,
    0,
    [_Fie, _SIc, _IFI, _Ty],
    [() => IcebergStructFieldList, 1, 64 | 1, 0], 1
];
var IcebergSortField$ = [3, n0, _ISF,
    0,
    [_SIo, _Tran, _Dir, _NO],
    [1, 0, 0, 0], 4
];
var IcebergSortOrder$ = [3, n0, _ISO,
    0,
    [_OI, _Fie],
    [1, () => IcebergSortOrderFieldList], 2
];
var IcebergStructField$ = [3, n0, _ISFc,
    0,
    [_Id, _N, _Ty, _Req, _Do, _ID, _WD],
    [1, 0, 15, 2, 0, 15, 15], 4
];
var IcebergTableMetadata$ = [3, n0, _ITM,
    0,
    [_FVo, _TUab, _Lo, _Pro, _Sche, _CSIu, _LCI, _PSar, _DSIe, _LPI, _SOo, _DSOI],
    [0, 0, 0, 128 | 0, () => IcebergSchemaList, 1, 1, () => IcebergPartitionSpecList, 1, 1, () => IcebergSortOrderList, 1]
];
var IcebergTableUpdate$ = [3, n0, _ITU,
    0,
    [_S, _Lo, _PSa, _SOor, _Pro, _A, _EK, _KI],
    [() => IcebergSchema$, 0, () => IcebergPartitionSpec$, () => IcebergSortOrder$, 128 | 0, 0, () => IcebergEncryptedKey$, 0], 2
];
var IcebergTarget$ = [3, n0, _ITce,
    0,
    [_Pat, _CNo, _Exc, _MTD],
    [64 | 0, 0, 64 | 0, 1]
];
var ImportCatalogToGlueRequest$ = [3, n0, _ICTGR,
    0,
    [_CI],
    [0]
];
var ImportCatalogToGlueResponse$ = [3, n0, _ICTGRm,
    0,
    [],
    []
];
var ImportLabelsTaskRunProperties$ = [3, n0, _ILTRP,
    0,
    [_ISP, _Rep],
    [0, 2]
];
var InboundIntegration$ = [3, n0, _IInbo,
    0,
    [_SAo, _TA, _IAnt, _St, _CTr, _ICn, _E],
    [0, 0, 0, 0, 4, () => IntegrationConfig$, () => IntegrationErrorList], 5
];
var Integration$ = [3, n0, _Int,
    0,
    [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _ICn, _E, _DFa],
    [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationConfig$, () => IntegrationErrorList, 0], 6
];
var IntegrationConfig$ = [3, n0, _ICn,
    0,
    [_RIef, _SPo, _CSon, _TNa],
    [0, 128 | 0, 2, 0]
];
var IntegrationError$ = [3, n0, _IEn,
    0,
    [_ECr, _EM],
    [0, 0]
];
var IntegrationFilter$ = [3, n0, _IFn,
    0,
    [_N, _Val],
    [0, 64 | 0]
];
var IntegrationPartition$ = [3, n0, _IPn,
    0,
    [_FN, _FS, _CSonv],
    [0, 0, 0]
];
var IntegrationResourceProperty$ = [3, n0, _IRP,
    0,
    [_RAe, _RPA, _SPP, _TPP],
    [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$], 1
];
var IntegrationResourcePropertyFilter$ = [3, n0, _IRPF,
    0,
    [_N, _Val],
    [0, 64 | 0]
];
var IntegrationTableProperties$ = [3, n0, _ITP,
    0,
    [_RAe, _TN, _STC, _TTC],
    [0, 0, () => SourceTableConfig$, () => TargetTableConfig$], 2
];
var IntegrationTablePropertiesFilter$ = [3, n0, _ITPF,
    0,
    [_N, _Val],
    [0, 64 | 0]
];
var ItemError$ = [3, n0, _IEt,
    0,
    [_II, _Cod, _M],
    [0, 0, 0]
];
var IterableFormEntry$ = [3, n0, _IFE,
    0,
    [_FTI],
    [0]
];
var IterableFormItem$ = [3, n0, _IFIt,
    0,
    [_IIte, _INt, _GT, _For, _At],
    [0, 0, 64 | 0, () => AssetFormMap, () => AssetFormMap]
];
var IterableFormListItem$ = [3, n0, _IFLI,
    0,
    [_IIte, _INt, _D, _GT],
    [0, 0, 0, 64 | 0]
];
var JDBCConnectorOptions$ = [3, n0, _JDBCCO,
    0,
    [_FPi, _PC, _LB, _UBp, _NPu, _JBK, _JBKSO, _DTM],
    [0, 0, 1, 1, 1, 64 | 0, 0, 128 | 0]
];
var JDBCConnectorSource$ = [3, n0, _JDBCCS,
    0,
    [_N, _CNo, _CNon, _CTo, _AOdd, _CTon, _Q, _OS],
    [0, 0, 0, 0, () => JDBCConnectorOptions$, 0, 0, () => GlueSchemas], 4
];
var JDBCConnectorTarget$ = [3, n0, _JDBCCT,
    0,
    [_N, _I, _CNo, _CTon, _CNon, _CTo, _AOdd, _OS],
    [0, 64 | 0, 0, 0, 0, 0, 128 | 0, () => GlueSchemas], 6
];
var JdbcTarget$ = [3, n0, _JTdb,
    0,
    [_CNo, _Path, _Exc, _EAM],
    [0, 0, 64 | 0, 64 | 0]
];
var Job$ = [3, n0, _Job,
    0,
    [_N, _JM, _JRQE, _D, _LUog, _Rol, _CO, _LMO, _EP, _Comm, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _WT, _NOW, _SC, _NP, _GV, _CGCNo, _ECx, _SCD, _MWa, _PN, _AUM],
    [0, 0, 2, 0, 0, 0, 4, 4, () => ExecutionProperty$, () => JobCommand$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 1, 0, () => NotificationProperty$, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0, 0, () => AutoUpgradeMetadata$]
];
var JobBookmarkEntry$ = [3, n0, _JBEo,
    0,
    [_JN, _Ver, _Run, _Att, _PRI, _RIun, _JB],
    [0, 1, 1, 1, 0, 0, 0]
];
var JobBookmarksEncryption$ = [3, n0, _JBE,
    0,
    [_JBEM, _KKA],
    [0, 0]
];
var JobCommand$ = [3, n0, _JCo,
    0,
    [_N, _SLc, _PVy, _Runt],
    [0, 0, 0, 0]
];
var JobNodeDetails$ = [3, n0, _JND,
    0,
    [_JRo],
    [() => JobRunList]
];
var JobRun$ = [3, n0, _JR,
    0,
    [_Id, _Att, _PRI, _TNri, _JN, _JM, _JRQE, _SO, _LMO, _COo, _JRS, _Ar, _EM, _PRr, _ACl, _ETx, _T, _MCax, _WT, _NOW, _SC, _LGN, _NP, _GV, _DPUS, _ECx, _MWa, _PN, _SDta, _ERSP],
    [0, 1, 0, 0, 0, 0, 2, 4, 4, 4, 0, 128 | 0, 0, () => PredecessorList, 1, 1, 1, 1, 0, 1, 0, 0, () => NotificationProperty$, 0, 1, 0, 0, 0, 0, 0]
];
var JobUpdate$ = [3, n0, _JU,
    0,
    [_JM, _JRQE, _D, _LUog, _Rol, _EP, _Comm, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _WT, _NOW, _SC, _NP, _GV, _CGCNo, _ECx, _SCD, _MWa],
    [0, 2, 0, 0, 0, () => ExecutionProperty$, () => JobCommand$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 1, 0, () => NotificationProperty$, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0]
];
var Join$ = [3, n0, _Jo,
    0,
    [_N, _I, _JTo, _Col],
    [0, 64 | 0, 0, () => JoinColumns], 4
];
var JoinColumn$ = [3, n0, _JCoi,
    0,
    [_Fr, _Ke],
    [0, [1, n0, _GSPL, 0, 64 | 0]], 2
];
var JsonClassifier$ = [3, n0, _JC,
    0,
    [_N, _JP, _CTre, _LU, _Ver],
    [0, 0, 4, 4, 1], 2
];
var JWTBearerProperties$ = [3, n0, _JWTBP,
    0,
    [_TU, _RM, _CTont, _JT, _TUP],
    [() => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorPropertyList]
];
var KafkaStreamingSourceOptions$ = [3, n0, _KSSO,
    0,
    [_BSo, _SPe, _CNo, _TNo, _As, _SPu, _Clas, _De, _SOta, _EO, _PTM, _NR, _RIM, _MOPT, _MPi, _IH, _ARTd, _ECLM, _STtar],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 0, 0, 5]
];
var KeySchemaElement$ = [3, n0, _KSE,
    0,
    [_N, _Ty],
    [0, 0], 2
];
var KinesisStreamingSourceOptions$ = [3, n0, _KSSOi,
    0,
    [_EU, _SNt, _Clas, _De, _SPt, _MFTIM, _MFRPS, _MRPR, _AITBR, _ITBRIM, _DSIes, _NR, _RIM, _MRIM, _AEB, _SAtr, _RA, _RSN, _ARTd, _ECLM, _STtar, _FCARN],
    [0, 0, 0, 0, 0, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 5, 0]
];
var LabelingSetGenerationTaskRunProperties$ = [3, n0, _LSGTRP,
    0,
    [_OSP],
    [0]
];
var LakeFormationConfiguration$ = [3, n0, _LFC,
    0,
    [_ULFC, _AIc],
    [2, 0]
];
var LastActiveDefinition$ = [3, n0, _LAD,
    0,
    [_D, _LMO, _PS, _BL, _BSL],
    [0, 4, 0, 0, 0]
];
var LastCrawlInfo$ = [3, n0, _LCIa,
    0,
    [_St, _EM, _LG, _LS, _MP, _STta],
    [0, 0, 0, 0, 0, 4]
];
var LineageConfiguration$ = [3, n0, _LC,
    0,
    [_CLS],
    [0]
];
var ListAssetTypesRequest$ = [3, n0, _LATR,
    0,
    [_MRax, _NTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListAssetTypesResponse$ = [3, n0, _LATRi,
    0,
    [_It, _NTe],
    [() => AssetTypeItemList, 0]
];
var ListBlueprintsRequest$ = [3, n0, _LBR,
    0,
    [_NTe, _MRax, _Tag],
    [0, 1, 128 | 0]
];
var ListBlueprintsResponse$ = [3, n0, _LBRi,
    0,
    [_B, _NTe],
    [64 | 0, 0]
];
var ListColumnStatisticsTaskRunsRequest$ = [3, n0, _LCSTRR,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var ListColumnStatisticsTaskRunsResponse$ = [3, n0, _LCSTRRi,
    0,
    [_CSTRIo, _NTe],
    [64 | 0, 0]
];
var ListConnectionTypesRequest$ = [3, n0, _LCTR,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var ListConnectionTypesResponse$ = [3, n0, _LCTRi,
    0,
    [_CTonn, _NTe],
    [() => ConnectionTypeList, 0]
];
var ListCrawlersRequest$ = [3, n0, _LCR,
    0,
    [_MRax, _NTe, _Tag],
    [1, 0, 128 | 0]
];
var ListCrawlersResponse$ = [3, n0, _LCRi,
    0,
    [_CNr, _NTe],
    [64 | 0, 0]
];
var ListCrawlsRequest$ = [3, n0, _LCRis,
    0,
    [_CN, _MRax, _Fil, _NTe],
    [0, 1, () => CrawlsFilterList, 0], 1
];
var ListCrawlsResponse$ = [3, n0, _LCRist,
    0,
    [_Crawl, _NTe],
    [() => CrawlerHistoryList, 0]
];
var ListCustomEntityTypesRequest$ = [3, n0, _LCETR,
    0,
    [_NTe, _MRax, _Tag],
    [0, 1, 128 | 0]
];
var ListCustomEntityTypesResponse$ = [3, n0, _LCETRi,
    0,
    [_CET, _NTe],
    [() => CustomEntityTypes, 0]
];
var ListDataQualityEvaluationConfigsRequest$ = [3, n0, _LDQECR,
    0,
    [_L, _MRax, _NTe],
    [0, 1, 0]
];
var ListDataQualityEvaluationConfigsResponse$ = [3, n0, _LDQECRi,
    0,
    [_DQECa, _NTe],
    [() => DataQualityEvaluationConfigList, 0]
];
var ListDataQualityResultsRequest$ = [3, n0, _LDQRR,
    0,
    [_Fi, _NTe, _MRax],
    [() => DataQualityResultFilterCriteria$, 0, 1]
];
var ListDataQualityResultsResponse$ = [3, n0, _LDQRRi,
    0,
    [_Re, _NTe],
    [() => DataQualityResultDescriptionList, 0], 1
];
var ListDataQualityResultsV2Request$ = [3, n0, _LDQRVR,
    0,
    [_Fi, _NTe, _MRax],
    [() => DataQualityResultsV2FilterCriteria$, 0, 1]
];
var ListDataQualityResultsV2Response$ = [3, n0, _LDQRVRi,
    0,
    [_Re, _NTe],
    [() => DataQualityResultsV2DescriptionList, 0], 1
];
var ListDataQualityRuleRecommendationRunsRequest$ = [3, n0, _LDQRRRR,
    0,
    [_Fi, _NTe, _MRax, _Tag],
    [() => DataQualityRuleRecommendationRunFilter$, 0, 1, 128 | 0]
];
var ListDataQualityRuleRecommendationRunsResponse$ = [3, n0, _LDQRRRRi,
    0,
    [_Ru, _NTe],
    [() => DataQualityRuleRecommendationRunList, 0]
];
var ListDataQualityRulesetEvaluationRunsRequest$ = [3, n0, _LDQRERR,
    0,
    [_Fi, _NTe, _MRax],
    [() => DataQualityRulesetEvaluationRunFilter$, 0, 1]
];
var ListDataQualityRulesetEvaluationRunsResponse$ = [3, n0, _LDQRERRi,
    0,
    [_Ru, _NTe],
    [() => DataQualityRulesetEvaluationRunList, 0]
];
var ListDataQualityRulesetsRequest$ = [3, n0, _LDQRRis,
    0,
    [_NTe, _MRax, _Fi, _Tag],
    [0, 1, () => DataQualityRulesetFilterCriteria$, 128 | 0]
];
var ListDataQualityRulesetsResponse$ = [3, n0, _LDQRRist,
    0,
    [_Rule, _NTe],
    [() => DataQualityRulesetList, 0]
];
var ListDataQualityStatisticAnnotationsRequest$ = [3, n0, _LDQSAR,
    0,
    [_SI, _PI, _TF, _MRax, _NTe],
    [0, 0, () => TimestampFilter$, 1, 0]
];
var ListDataQualityStatisticAnnotationsResponse$ = [3, n0, _LDQSARi,
    0,
    [_An, _NTe],
    [() => AnnotationList, 0]
];
var ListDataQualityStatisticsRequest$ = [3, n0, _LDQSR,
    0,
    [_SI, _PI, _TF, _MRax, _NTe],
    [0, 0, () => TimestampFilter$, 1, 0]
];
var ListDataQualityStatisticsResponse$ = [3, n0, _LDQSRi,
    0,
    [_Stati, _NTe],
    [[() => StatisticSummaryList, 0], 0]
];
var ListDevEndpointsRequest$ = [3, n0, _LDER,
    0,
    [_NTe, _MRax, _Tag],
    [0, 1, 128 | 0]
];
var ListDevEndpointsResponse$ = [3, n0, _LDERi,
    0,
    [_DEN, _NTe],
    [64 | 0, 0]
];
var ListEntitiesRequest$ = [3, n0, _LER,
    0,
    [_CNo, _CI, _PEN, _NTe, _DSAV],
    [0, 0, 0, 0, 0]
];
var ListEntitiesResponse$ = [3, n0, _LERi,
    0,
    [_Enti, _NTe],
    [() => EntityList, 0]
];
var ListFormTypesRequest$ = [3, n0, _LFTR,
    0,
    [_MRax, _NTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListFormTypesResponse$ = [3, n0, _LFTRi,
    0,
    [_It, _NTe],
    [() => FormTypeItemList, 0], 1
];
var ListGlossariesRequest$ = [3, n0, _LGR,
    0,
    [_MRax, _NTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListGlossariesResponse$ = [3, n0, _LGRi,
    0,
    [_It, _NTe],
    [() => GlossaryItemList, 0]
];
var ListGlossaryTermsRequest$ = [3, n0, _LGTR,
    0,
    [_GI, _MRax, _NTe],
    [[0, { [_hQ]: _gI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListGlossaryTermsResponse$ = [3, n0, _LGTRi,
    0,
    [_It, _NTe],
    [() => GlossaryTermItemList, 0]
];
var ListIntegrationResourcePropertiesRequest$ = [3, n0, _LIRPR,
    0,
    [_Mar, _Fil, _MRa],
    [0, () => IntegrationResourcePropertyFilterList, 1]
];
var ListIntegrationResourcePropertiesResponse$ = [3, n0, _LIRPRi,
    0,
    [_IRPL, _Mar],
    [() => IntegrationResourcePropertyList, 0]
];
var ListIntegrationTablePropertiesRequest$ = [3, n0, _LITPR,
    0,
    [_Mar, _Fil, _MRa],
    [0, () => IntegrationTablePropertiesFilterList, 1]
];
var ListIntegrationTablePropertiesResponse$ = [3, n0, _LITPRi,
    0,
    [_ITPL, _Mar],
    [() => IntegrationTablePropertiesList, 0]
];
var ListIterableFormsRequest$ = [3, n0, _LIFR,
    0,
    [_AI, _IFN, _MRax, _NTe],
    [[0, 1], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 2
];
var ListIterableFormsResponse$ = [3, n0, _LIFRi,
    0,
    [_It, _NTe],
    [() => IterableFormListItemList, 0]
];
var ListJobsRequest$ = [3, n0, _LJR,
    0,
    [_NTe, _MRax, _Tag],
    [0, 1, 128 | 0]
];
var ListJobsResponse$ = [3, n0, _LJRi,
    0,
    [_JNo, _NTe],
    [64 | 0, 0]
];
var ListMaterializedViewRefreshTaskRunsRequest$ = [3, n0, _LMVRTRR,
    0,
    [_CI, _DN, _TN, _MRax, _NTe],
    [0, 0, 0, 1, 0], 1
];
var ListMaterializedViewRefreshTaskRunsResponse$ = [3, n0, _LMVRTRRi,
    0,
    [_MVRTRa, _NTe],
    [() => MaterializedViewRefreshTaskRunsList, 0]
];
var ListMLTransformsRequest$ = [3, n0, _LMLTR,
    0,
    [_NTe, _MRax, _Fi, _Sor, _Tag],
    [0, 1, () => TransformFilterCriteria$, () => TransformSortCriteria$, 128 | 0]
];
var ListMLTransformsResponse$ = [3, n0, _LMLTRi,
    0,
    [_TIra, _NTe],
    [64 | 0, 0], 1
];
var ListRegistriesInput$ = [3, n0, _LRI,
    0,
    [_MRax, _NTe],
    [1, 0]
];
var ListRegistriesResponse$ = [3, n0, _LRR,
    0,
    [_Regi, _NTe],
    [() => RegistryListDefinition, 0]
];
var ListSchemasInput$ = [3, n0, _LSI,
    0,
    [_RIe, _MRax, _NTe],
    [() => RegistryId$, 1, 0]
];
var ListSchemasResponse$ = [3, n0, _LSR,
    0,
    [_Sche, _NTe],
    [() => SchemaListDefinition, 0]
];
var ListSchemaVersionsInput$ = [3, n0, _LSVI,
    0,
    [_SIc, _MRax, _NTe],
    [() => SchemaId$, 1, 0], 1
];
var ListSchemaVersionsResponse$ = [3, n0, _LSVR,
    0,
    [_Sche, _NTe],
    [() => SchemaVersionList, 0]
];
var ListSessionsRequest$ = [3, n0, _LSRi,
    0,
    [_NTe, _MRax, _Tag, _RO],
    [0, 1, 128 | 0, 0]
];
var ListSessionsResponse$ = [3, n0, _LSRis,
    0,
    [_Ids, _Sess, _NTe],
    [64 | 0, () => SessionList, 0]
];
var ListStatementsRequest$ = [3, n0, _LSRist,
    0,
    [_SIe, _RO, _NTe],
    [0, 0, 0], 1
];
var ListStatementsResponse$ = [3, n0, _LSRistt,
    0,
    [_State, _NTe],
    [() => StatementList, 0]
];
var ListTableOptimizerRunsRequest$ = [3, n0, _LTORR,
    0,
    [_CI, _DN, _TN, _Ty, _MRax, _NTe],
    [0, 0, 0, 0, 1, 0], 4
];
var ListTableOptimizerRunsResponse$ = [3, n0, _LTORRi,
    0,
    [_CI, _DN, _TN, _NTe, _TOR],
    [0, 0, 0, 0, () => TableOptimizerRuns]
];
var ListTriggersRequest$ = [3, n0, _LTR,
    0,
    [_NTe, _DJN, _MRax, _Tag],
    [0, 0, 1, 128 | 0]
];
var ListTriggersResponse$ = [3, n0, _LTRi,
    0,
    [_TNr, _NTe],
    [64 | 0, 0]
];
var ListUsageProfilesRequest$ = [3, n0, _LUPR,
    0,
    [_NTe, _MRax],
    [0, 1]
];
var ListUsageProfilesResponse$ = [3, n0, _LUPRi,
    0,
    [_Prof, _NTe],
    [() => UsageProfileDefinitionList, 0]
];
var ListWorkflowsRequest$ = [3, n0, _LWR,
    0,
    [_NTe, _MRax],
    [0, 1]
];
var ListWorkflowsResponse$ = [3, n0, _LWRi,
    0,
    [_W, _NTe],
    [64 | 0, 0]
];
var Location$ = [3, n0, _Lo,
    0,
    [_Jd, _S_, _DDB],
    [() => CodeGenNodeArgs, () => CodeGenNodeArgs, () => CodeGenNodeArgs]
];
var LongColumnStatisticsData$ = [3, n0, _LCSD,
    0,
    [_NON, _NODV, _MVi, _MVax],
    [1, 1, 1, 1], 2
];
var Mapping$ = [3, n0, _Ma,
    0,
    [_TK, _FPr, _FTr, _TTo, _Dr, _Ch],
    [0, 64 | 0, 0, 0, 2, () => Mappings]
];
var MappingEntry$ = [3, n0, _ME,
    0,
    [_STo, _SPou, _ST, _TT, _TPar, _TTa],
    [0, 0, 0, 0, 0, 0]
];
var MaterializedViewRefreshTaskRun$ = [3, n0, _MVRTR,
    0,
    [_CIu, _MVRTRI, _DN, _TN, _CI, _Rol, _St, _CTre, _LU, _STta, _ET, _EM, _DPUS, _RTef, _PBr],
    [0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 0, 1, 0, 1]
];
var Merge$ = [3, n0, _Me,
    0,
    [_N, _I, _So, _PKr],
    [0, 64 | 0, 0, [1, n0, _GSPL, 0, 64 | 0]], 4
];
var MetadataInfo$ = [3, n0, _MI,
    0,
    [_MVe, _CTreat, _OMVL],
    [0, 0, () => OtherMetadataValueList]
];
var MetadataKeyValuePair$ = [3, n0, _MKVP,
    0,
    [_MK, _MVe],
    [0, 0]
];
var MetricBasedObservation$ = [3, n0, _MBO,
    0,
    [_MN, _SI, _MVet, _NRe],
    [0, 0, () => DataQualityMetricValues$, 64 | 0]
];
var MicrosoftSQLServerCatalogSource$ = [3, n0, _MSQLSCS,
    0,
    [_N, _Dat, _Ta],
    [0, 0, 0], 3
];
var MicrosoftSQLServerCatalogTarget$ = [3, n0, _MSQLSCT,
    0,
    [_N, _I, _Dat, _Ta],
    [0, 64 | 0, 0, 0], 4
];
var MLTransform$ = [3, n0, _MLT,
    0,
    [_TIr, _N, _D, _St, _CO, _LMO, _IRT, _Par, _EMval, _LCab, _S, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR, _TEr],
    [0, 0, 0, 0, 4, 4, () => GlueTables, () => TransformParameters$, () => EvaluationMetrics$, 1, () => TransformSchema, 0, 0, 1, 0, 1, 1, 1, () => TransformEncryption$]
];
var MLUserDataEncryption$ = [3, n0, _MLUDE,
    0,
    [_MUDEM, _KKI],
    [0, 0], 1
];
var ModifyIntegrationRequest$ = [3, n0, _MIR,
    0,
    [_IIn, _D, _DFa, _ICn, _IN],
    [0, 0, 0, () => IntegrationConfig$, 0], 1
];
var ModifyIntegrationResponse$ = [3, n0, _MIRo,
    0,
    [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa, _ICn],
    [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0, () => IntegrationConfig$], 6
];
var MongoDBTarget$ = [3, n0, _MDBTo,
    0,
    [_CNo, _Path, _SAca],
    [0, 0, 2]
];
var MySQLCatalogSource$ = [3, n0, _MSQLCS,
    0,
    [_N, _Dat, _Ta],
    [0, 0, 0], 3
];
var MySQLCatalogTarget$ = [3, n0, _MSQLCT,
    0,
    [_N, _I, _Dat, _Ta],
    [0, 64 | 0, 0, 0], 4
];
var Node$ = [3, n0, _No,
    0,
    [_Ty, _N, _UI, _TDr, _JD, _CDr],
    [0, 0, 0, () => TriggerNodeDetails$, () => JobNodeDetails$, () => CrawlerNodeDetails$]
];
var NotificationProperty$ = [3, n0, _NP,
    0,
    [_NDA],
    [1]
];
var NullCheckBoxList$ = [3, n0, _NCBL,
    0,
    [_IEs, _INS, _INO],
    [2, 2, 2]
];
var NullValueField$ = [3, n0, _NVF,
    0,
    [_V, _Data],
    [0, () => Datatype$], 2
];
var OAuth2ClientApplication$ = [3, n0, _OACA,
    0,
    [_UMCACI, _AWSMCAR],
    [0, 0]
];
var OAuth2Credentials$ = [3, n0, _OAC,
    0,
    [_UMCACS, _AT, _RT, _JT],
    [[() => UserManagedClientApplicationClientSecret, 0], [() => AccessToken, 0], [() => RefreshToken, 0], [() => JwtToken, 0]]
];
var OAuth2Properties$ = [3, n0, _OAP,
    0,
    [_OAGT, _OACA, _TU, _TUPM],
    [0, () => OAuth2ClientApplication$, 0, 128 | 0]
];
var OAuth2PropertiesInput$ = [3, n0, _OAPI,
    0,
    [_OAGT, _OACA, _TU, _TUPM, _ACP, _OAC],
    [0, () => OAuth2ClientApplication$, 0, 128 | 0, [() => AuthorizationCodeProperties$, 0], [() => OAuth2Credentials$, 0]]
];
var ObservationResultsOptions$ = [3, n0, _ORO,
    0,
    [_WORE, _CTC],
    [2, () => CatalogTableConfigOptions$]
];
var OffsetConfiguration$ = [3, n0, _OC,
    0,
    [_OP, _LP],
    [() => ExtractedParameter$, () => ExtractedParameter$], 2
];
var OpenTableFormatInput$ = [3, n0, _OTFI,
    0,
    [_IIc],
    [() => IcebergInput$]
];
var Option$ = [3, n0, _Opt,
    0,
    [_V, _Labe, _D],
    [0, 0, 0]
];
var OracleSQLCatalogSource$ = [3, n0, _OSQLCS,
    0,
    [_N, _Dat, _Ta],
    [0, 0, 0], 3
];
var OracleSQLCatalogTarget$ = [3, n0, _OSQLCT,
    0,
    [_N, _I, _Dat, _Ta],
    [0, 64 | 0, 0, 0], 4
];
var Order$ = [3, n0, _Or,
    0,
    [_C, _SOor],
    [0, 1], 2
];
var OrphanFileDeletionConfiguration$ = [3, n0, _OFDC,
    0,
    [_iC],
    [() => IcebergOrphanFileDeletionConfiguration$]
];
var OrphanFileDeletionMetrics$ = [3, n0, _OFDM,
    0,
    [_IM],
    [() => IcebergOrphanFileDeletionMetrics$]
];
var OtherMetadataValueListItem$ = [3, n0, _OMVLI,
    0,
    [_MVe, _CTreat],
    [0, 0]
];
var PaginationConfiguration$ = [3, n0, _PCa,
    0,
    [_CCur, _OC],
    [() => CursorConfiguration$, () => OffsetConfiguration$]
];
var Partition$ = [3, n0, _Part,
    0,
    [_Val, _DN, _TN, _CTre, _LAT, _SDto, _Par, _LATa, _CI],
    [64 | 0, 0, 0, 4, 4, () => StorageDescriptor$, 128 | 0, 4, 0]
];
var PartitionError$ = [3, n0, _PEa,
    0,
    [_PV, _ED],
    [64 | 0, () => ErrorDetail$]
];
var PartitionIndex$ = [3, n0, _PIar,
    0,
    [_Ke, _INn],
    [64 | 0, 0], 2
];
var PartitionIndexDescriptor$ = [3, n0, _PID,
    0,
    [_INn, _Ke, _ISn, _BEa],
    [0, () => KeySchemaElementList, 0, () => BackfillErrors], 3
];
var PartitionInput$ = [3, n0, _PIa,
    0,
    [_Val, _LAT, _SDto, _Par, _LATa],
    [64 | 0, 4, () => StorageDescriptor$, 128 | 0, 4]
];
var PartitionValueList$ = [3, n0, _PVL,
    0,
    [_Val],
    [64 | 0], 1
];
var PhysicalConnectionRequirements$ = [3, n0, _PCR,
    0,
    [_SIu, _SGIL, _AZ],
    [0, 64 | 0, 0]
];
var PIIDetection$ = [3, n0, _PIID,
    0,
    [_N, _I, _PTi, _ETTD, _OCN, _SFa, _TFh, _MVas, _RTed, _RCed, _MPa, _NLCTE, _NRCTE, _DP, _DSe],
    [0, 64 | 0, 0, 64 | 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0], 4
];
var PostgreSQLCatalogSource$ = [3, n0, _PSQLCS,
    0,
    [_N, _Dat, _Ta],
    [0, 0, 0], 3
];
var PostgreSQLCatalogTarget$ = [3, n0, _PSQLCT,
    0,
    [_N, _I, _Dat, _Ta],
    [0, 64 | 0, 0, 0], 4
];
var Predecessor$ = [3, n0, _Pred,
    0,
    [_JN, _RIun],
    [0, 0]
];
var Predicate$ = [3, n0, _Pre,
    0,
    [_Log, _Condi],
    [0, () => ConditionList]
];
var PrincipalPermissions$ = [3, n0, _PPr,
    0,
    [_Pri, _Pe],
    [() => DataLakePrincipal$, 64 | 0]
];
var ProfileConfiguration$ = [3, n0, _PCr,
    0,
    [_SCes, _JCob],
    [() => ConfigurationMap, () => ConfigurationMap]
];
var ProfilingResultsOptions$ = [3, n0, _PRO,
    0,
    [_WPRE, _CTC, _DR],
    [2, () => CatalogTableConfigOptions$, () => DistributionResultsOptions$]
];
var Property$ = [3, n0, _Prop,
    0,
    [_N, _D, _Req, _PTr, _DV, _AVl, _DOS, _KO, _PL],
    [0, 0, 2, 64 | 0, 0, () => AllowedValues, 64 | 0, 0, 0], 4
];
var PropertyPredicate$ = [3, n0, _PPro,
    0,
    [_K, _V, _Compar],
    [0, 0, 0]
];
var PublishDataQualityResultV2Request$ = [3, n0, _PDQRVR,
    0,
    [_Di, _Scor, _RR, _EC, _Tag, _ESO, _ECO, _AR, _O, _AMg, _Stati, _RCun, _CTl, _Des, _RN, _DQSC, _Tel],
    [128 | 0, 1, [() => DataQualityRuleResults, 0], 0, 128 | 0, 4, 4, [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$, [() => StatisticSummaryList, 0], () => DataQualityConfigurationV2$, [0, 4], 128 | 0, 0, 0, () => DataQualityTelemetry$], 4
];
var PublishDataQualityResultV2Response$ = [3, n0, _PDQRVRu,
    0,
    [_RIes],
    [0], 1
];
var PutAssetRequest$ = [3, n0, _PAR,
    0,
    [_ATIs, _Ide, _N, _For, _D, _CTl],
    [0, 0, 0, () => AssetFormMap, 0, [0, 4]], 4
];
var PutAssetResponse$ = [3, n0, _PARu,
    0,
    [_Id, _N, _D, _CAr, _For],
    [0, 0, 0, 4, () => AssetFormMap], 2
];
var PutAssetTypeRequest$ = [3, n0, _PATR,
    0,
    [_N, _For, _CTl],
    [0, () => AssetTypeFormsMap, [0, 4]], 2
];
var PutAssetTypeResponse$ = [3, n0, _PATRu,
    0,
    [_Id, _N, _For],
    [0, 0, () => AssetTypeFormsMap]
];
var PutAttachmentRequest$ = [3, n0, _PARut,
    0,
    [_AI, _AN, _Con, _FTI, _IFN, _II, _CTl],
    [[0, 1], 0, 0, 0, 0, 0, [0, 4]], 4
];
var PutAttachmentResponse$ = [3, n0, _PARutt,
    0,
    [_AI, _IFN, _II, _AN, _FTI],
    [0, 0, 0, 0, 0]
];
var PutDataCatalogEncryptionSettingsRequest$ = [3, n0, _PDCESR,
    0,
    [_DCES, _CI],
    [() => DataCatalogEncryptionSettings$, 0], 1
];
var PutDataCatalogEncryptionSettingsResponse$ = [3, n0, _PDCESRu,
    0,
    [],
    []
];
var PutDataCatalogExportConfigurationInput$ = [3, n0, _PDCECI,
    0,
    [_ESx, _ECn, _CTl],
    [0, () => ExportEncryptionConfiguration$, [0, 4]], 1
];
var PutDataCatalogExportConfigurationOutput$ = [3, n0, _PDCECO,
    0,
    [_ESx, _ECn],
    [0, () => ExportEncryptionConfiguration$]
];
var PutDataQualityProfileAnnotationRequest$ = [3, n0, _PDQPAR,
    0,
    [_PI, _IAnc],
    [0, 0], 2
];
var PutDataQualityProfileAnnotationResponse$ = [3, n0, _PDQPARu,
    0,
    [],
    []
];
var PutFormTypeRequest$ = [3, n0, _PFTR,
    0,
    [_N, _S, _CTl],
    [0, 0, [0, 4]], 2
];
var PutFormTypeResponse$ = [3, n0, _PFTRu,
    0,
    [_Id, _N, _S],
    [0, 0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_PIJ, _RAe, _PHC, _PEC, _EH],
    [0, 0, 0, 0, 0], 1
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_PH],
    [0]
];
var PutSchemaVersionMetadataInput$ = [3, n0, _PSVMI,
    0,
    [_MKV, _SIc, _SVN, _SVI],
    [() => MetadataKeyValuePair$, () => SchemaId$, () => SchemaVersionNumber$, 0], 1
];
var PutSchemaVersionMetadataResponse$ = [3, n0, _PSVMR,
    0,
    [_SAc, _SN, _RNe, _LVa, _VN, _SVI, _MK, _MVe],
    [0, 0, 0, 2, 1, 0, 0, 0]
];
var PutWorkflowRunPropertiesRequest$ = [3, n0, _PWRPR,
    0,
    [_N, _RIun, _RPu],
    [0, 0, 128 | 0], 3
];
var PutWorkflowRunPropertiesResponse$ = [3, n0, _PWRPRu,
    0,
    [],
    []
];
var QuerySchemaVersionMetadataInput$ = [3, n0, _QSVMI,
    0,
    [_SIc, _SVN, _SVI, _MLe, _MRax, _NTe],
    [() => SchemaId$, () => SchemaVersionNumber$, 0, () => MetadataList, 1, 0]
];
var QuerySchemaVersionMetadataResponse$ = [3, n0, _QSVMR,
    0,
    [_MIM, _SVI, _NTe],
    [() => MetadataInfoMap, 0, 0]
];
var QuerySessionContext$ = [3, n0, _QSC,
    0,
    [_QI, _QST, _CIlu, _QAI, _ACd],
    [0, 4, 0, 0, 128 | 0]
];
var Recipe$ = [3, n0, _Rec,
    0,
    [_N, _I, _RRec, _RSec],
    [0, 64 | 0, () => RecipeReference$, () => RecipeSteps], 2
];
var RecipeAction$ = [3, n0, _RAec,
    0,
    [_Op, _Par],
    [0, 128 | 0], 1
];
var RecipeReference$ = [3, n0, _RRec,
    0,
    [_RAeci, _RV],
    [0, 0], 2
];
var RecipeStep$ = [3, n0, _RSeci,
    0,
    [_A, _CEond],
    [() => RecipeAction$, () => ConditionExpressionList], 1
];
var RecrawlPolicy$ = [3, n0, _RP,
    0,
    [_RB],
    [0]
];
var RedshiftSource$ = [3, n0, _RS,
    0,
    [_N, _Dat, _Ta, _RTD, _TDIAMR],
    [0, 0, 0, 0, 0], 3
];
var RedshiftTarget$ = [3, n0, _RTe,
    0,
    [_N, _I, _Dat, _Ta, _RTD, _TDIAMR, _URO],
    [0, 64 | 0, 0, 0, 0, 0, () => UpsertRedshiftTargetOptions$], 4
];
var RegisterConnectionTypeRequest$ = [3, n0, _RCTR,
    0,
    [_CTo, _ITn, _CPo, _CACo, _RCe, _D, _Tag],
    [0, 0, () => ConnectionPropertiesConfiguration$, () => ConnectorAuthenticationConfiguration$, () => RestConfiguration$, 0, 128 | 0], 5
];
var RegisterConnectionTypeResponse$ = [3, n0, _RCTRe,
    0,
    [_CTA],
    [0]
];
var RegisterSchemaVersionInput$ = [3, n0, _RSVI,
    0,
    [_SIc, _SD],
    [() => SchemaId$, 0], 2
];
var RegisterSchemaVersionResponse$ = [3, n0, _RSVR,
    0,
    [_SVI, _VN, _St],
    [0, 1, 0]
];
var RegistryId$ = [3, n0, _RIe,
    0,
    [_RNe, _RAeg],
    [0, 0]
];
var RegistryListItem$ = [3, n0, _RLI,
    0,
    [_RNe, _RAeg, _D, _St, _CTreat, _UTp],
    [0, 0, 0, 0, 0, 0]
];
var RelationalCatalogSource$ = [3, n0, _RCS,
    0,
    [_N, _Dat, _Ta],
    [0, 0, 0], 3
];
var RemoveSchemaVersionMetadataInput$ = [3, n0, _RSVMI,
    0,
    [_MKV, _SIc, _SVN, _SVI],
    [() => MetadataKeyValuePair$, () => SchemaId$, () => SchemaVersionNumber$, 0], 1
];
var RemoveSchemaVersionMetadataResponse$ = [3, n0, _RSVMR,
    0,
    [_SAc, _SN, _RNe, _LVa, _VN, _SVI, _MK, _MVe],
    [0, 0, 0, 2, 1, 0, 0, 0]
];
var RenameField$ = [3, n0, _RF,
    0,
    [_N, _I, _SPou, _TPar],
    [0, 64 | 0, 64 | 0, 64 | 0], 4
];
var ResetJobBookmarkRequest$ = [3, n0, _RJBR,
    0,
    [_JN, _RIun],
    [0, 0], 1
];
var ResetJobBookmarkResponse$ = [3, n0, _RJBRe,
    0,
    [_JBEo],
    [() => JobBookmarkEntry$]
];
var ResourceUri$ = [3, n0, _RUe,
    0,
    [_RTes, _Uri, _LM],
    [0, 0, 4]
];
var ResponseConfiguration$ = [3, n0, _RCes,
    0,
    [_RPe, _EPr],
    [0, 0], 1
];
var ResponseExtractionMapping$ = [3, n0, _REMe,
    0,
    [_CPont, _HK],
    [0, 0]
];
var RestConfiguration$ = [3, n0, _RCe,
    0,
    [_GSC, _VEC, _ECnti],
    [() => SourceConfiguration$, () => SourceConfiguration$, () => EntityConfigurationMap]
];
var ResumeWorkflowRunRequest$ = [3, n0, _RWRR,
    0,
    [_N, _RIun, _NI],
    [0, 0, 64 | 0], 3
];
var ResumeWorkflowRunResponse$ = [3, n0, _RWRRe,
    0,
    [_RIun, _NI],
    [0, 64 | 0]
];
var RetentionConfiguration$ = [3, n0, _RCet,
    0,
    [_iC],
    [() => IcebergRetentionConfiguration$]
];
var RetentionMetrics$ = [3, n0, _RMet,
    0,
    [_IM],
    [() => IcebergRetentionMetrics$]
];
var RLSProperties$ = [3, n0, _RLSP,
    0,
    [_DRLSP],
    [0]
];
var Route$ = [3, n0, _Ro,
    0,
    [_N, _I, _GFL],
    [0, 64 | 0, () => GroupFiltersList], 3
];
var RowLevelResultsOptions$ = [3, n0, _RLRO,
    0,
    [_MRTW, _RTesu, _CTC],
    [1, 0, () => CatalogTableConfigOptions$]
];
var RunIdentifier$ = [3, n0, _RIund,
    0,
    [_RIun, _JRI],
    [0, 0]
];
var RunMetrics$ = [3, n0, _RMun,
    0,
    [_NOBC, _NOFC, _NOD, _JDIH],
    [0, 0, 0, 0]
];
var RunStatementRequest$ = [3, n0, _RSR,
    0,
    [_SIe, _Cod, _RO],
    [0, 0, 0], 2
];
var RunStatementResponse$ = [3, n0, _RSRu,
    0,
    [_Id],
    [1]
];
var S3CatalogDeltaSource$ = [3, n0, _SCDS,
    0,
    [_N, _Dat, _Ta, _ADO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var S3CatalogHudiSource$ = [3, n0, _SCHS,
    0,
    [_N, _Dat, _Ta, _AHO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var S3CatalogIcebergSource$ = [3, n0, _SCIS,
    0,
    [_N, _Dat, _Ta, _AIO, _OS],
    [0, 0, 0, 128 | 0, () => GlueSchemas], 3
];
var S3CatalogSource$ = [3, n0, _SCSa,
    0,
    [_N, _Dat, _Ta, _PP, _AOdd],
    [0, 0, 0, 0, () => S3SourceAdditionalOptions$], 3
];
var S3CatalogTarget$ = [3, n0, _SCTa,
    0,
    [_N, _I, _Ta, _Dat, _PK, _SCP, _ADQ],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$, () => AutoDataQuality$], 4
];
var S3CsvSource$ = [3, n0, _SCSs,
    0,
    [_N, _Pat, _Sep, _QCu, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _Es, _Mu, _WH, _WHr, _SFk, _OPp, _OS],
    [0, 64 | 0, 0, 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 0, 2, 2, 2, 2, 2, () => GlueSchemas], 4
];
var S3DeltaCatalogTarget$ = [3, n0, _SDCT,
    0,
    [_N, _I, _Ta, _Dat, _PK, _AOdd, _SCP, _ADQ, _OS],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => CatalogSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas], 4
];
var S3DeltaDirectTarget$ = [3, n0, _SDDT,
    0,
    [_N, _I, _Path, _Compr, _Fo, _PK, _NTPu, _AOdd, _SCP, _ADQ],
    [0, 64 | 0, 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 128 | 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$], 5
];
var S3DeltaSource$ = [3, n0, _SDS,
    0,
    [_N, _Pat, _ADO, _AOdd, _OS],
    [0, 64 | 0, 128 | 0, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas], 2
];
var S3DirectSourceAdditionalOptions$ = [3, n0, _SDSAO,
    0,
    [_BSou, _BF, _ESP, _SPa],
    [1, 1, 2, 0]
];
var S3DirectTarget$ = [3, n0, _SDT,
    0,
    [_N, _I, _Path, _Fo, _PK, _Compr, _NTPu, _SCP, _ADQ, _OS],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas], 4
];
var S3Encryption$ = [3, n0, _SEn,
    0,
    [_SEM, _KKA],
    [0, 0]
];
var S3ExcelSource$ = [3, n0, _SES,
    0,
    [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _NRu, _SFki, _OS],
    [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 1, 1, () => GlueSchemas], 2
];
var S3GlueParquetTarget$ = [3, n0, _SGPT,
    0,
    [_N, _I, _Path, _PK, _Compr, _NTPu, _SCP, _ADQ],
    [0, 64 | 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$], 3
];
var S3HudiCatalogTarget$ = [3, n0, _SHCT,
    0,
    [_N, _I, _Ta, _Dat, _AOdd, _PK, _SCP, _ADQ, _OS],
    [0, 64 | 0, 0, 0, 128 | 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas], 5
];
var S3HudiDirectTarget$ = [3, n0, _SHDT,
    0,
    [_N, _I, _Path, _Compr, _Fo, _AOdd, _NTPu, _PK, _SCP, _ADQ],
    [0, 64 | 0, 0, 0, 0, 128 | 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => DirectSchemaChangePolicy$, () => AutoDataQuality$], 6
];
var S3HudiSource$ = [3, n0, _SHS,
    0,
    [_N, _Pat, _AHO, _AOdd, _OS],
    [0, 64 | 0, 128 | 0, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas], 2
];
var S3HyperDirectTarget$ = [3, n0, _SHDTy,
    0,
    [_N, _I, _Path, _Fo, _PK, _Compr, _SCP, _ADQ, _OS],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas], 3
];
var S3IcebergCatalogTarget$ = [3, n0, _SICT,
    0,
    [_N, _I, _Ta, _Dat, _PK, _AOdd, _SCP, _ADQ],
    [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => CatalogSchemaChangePolicy$, () => AutoDataQuality$], 4
];
var S3IcebergDirectTarget$ = [3, n0, _SIDT,
    0,
    [_N, _I, _Path, _Fo, _Compr, _PK, _AOdd, _SCP, _ADQ, _NTPu, _OS],
    [0, 64 | 0, 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, 0, () => GlueSchemas], 5
];
var S3JsonSource$ = [3, n0, _SJS,
    0,
    [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _JP, _Mu, _OS],
    [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 0, 2, () => GlueSchemas], 2
];
var S3ParquetSource$ = [3, n0, _SPS,
    0,
    [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _OS],
    [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas], 2
];
var S3SourceAdditionalOptions$ = [3, n0, _SSAO,
    0,
    [_BSou, _BF],
    [1, 1]
];
var S3Target$ = [3, n0, _STar,
    0,
    [_Path, _Exc, _CNo, _SSa, _EQA, _DEQA],
    [0, 64 | 0, 0, 1, 0, 0]
];
var Schedule$ = [3, n0, _Sch,
    0,
    [_SEc, _Sta],
    [0, 0]
];
var SchemaChangePolicy$ = [3, n0, _SCP,
    0,
    [_UB, _DB],
    [0, 0]
];
var SchemaColumn$ = [3, n0, _SCch,
    0,
    [_N, _DTa],
    [0, 0]
];
var SchemaId$ = [3, n0, _SIc,
    0,
    [_SAc, _SN, _RNe],
    [0, 0, 0]
];
var SchemaListItem$ = [3, n0, _SLI,
    0,
    [_RNe, _SN, _SAc, _D, _SSc, _CTreat, _UTp],
    [0, 0, 0, 0, 0, 0, 0]
];
var SchemaReference$ = [3, n0, _SRc,
    0,
    [_SIc, _SVI, _SVN],
    [() => SchemaId$, 0, 1]
];
var SchemaVersionErrorItem$ = [3, n0, _SVEI,
    0,
    [_VN, _EDr],
    [1, () => ErrorDetails$]
];
var SchemaVersionListItem$ = [3, n0, _SVLI,
    0,
    [_SAc, _SVI, _VN, _St, _CTreat],
    [0, 0, 1, 0, 0]
];
var SchemaVersionNumber$ = [3, n0, _SVN,
    0,
    [_LVa, _VN],
    [2, 1]
];
var SearchAssetsInput$ = [3, n0, _SAI,
    0,
    [_STea, _MRax, _NTe, _Sor, _FCil],
    [0, 1, 0, () => SearchSort$, () => SearchFilterClause$]
];
var SearchAssetsOutput$ = [3, n0, _SAO,
    0,
    [_It, _NTe],
    [() => SearchResultItemList, 0]
];
var SearchAttributeFilter$ = [3, n0, _SAF,
    0,
    [_Attr, _Ope, _V],
    [0, 0, () => SearchFilterValue$], 2
];
var SearchMapFilter$ = [3, n0, _SMF,
    0,
    [_Attr, _K, _V],
    [0, 0, () => SearchMapFilterValue$], 3
];
var SearchResultItem$ = [3, n0, _SRI,
    0,
    [_Id, _ANs, _AD, _UA, _ATIs],
    [0, 0, 0, 4, 0]
];
var SearchSort$ = [3, n0, _SSea,
    0,
    [_Attr, _Or],
    [0, 0], 1
];
var SearchTablesRequest$ = [3, n0, _STR,
    0,
    [_CI, _NTe, _Fil, _STea, _SCor, _MRax, _RST, _ISD],
    [0, 0, () => SearchPropertyPredicates, 0, () => SortCriteria, 1, 0, 2]
];
var SearchTablesResponse$ = [3, n0, _STRe,
    0,
    [_NTe, _TL],
    [0, () => TableList]
];
var SecurityConfiguration$ = [3, n0, _SC,
    0,
    [_N, _CTS, _ECn],
    [0, 4, () => EncryptionConfiguration$]
];
var Segment$ = [3, n0, _Seg,
    0,
    [_SNe, _TSo],
    [1, 1], 2
];
var SelectFields$ = [3, n0, _SF,
    0,
    [_N, _I, _Pat],
    [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]], 3
];
var SelectFromCollection$ = [3, n0, _SFC,
    0,
    [_N, _I, _Ind],
    [0, 64 | 0, 1], 3
];
var SerDeInfo$ = [3, n0, _SDI,
    0,
    [_N, _SLe, _Par],
    [0, 0, 128 | 0]
];
var Session$ = [3, n0, _Ses,
    0,
    [_Id, _CO, _St, _EM, _D, _Rol, _Comm, _DA, _Conn, _Prog, _MCax, _SC, _GV, _NOW, _WT, _COo, _ETx, _DPUS, _ITd, _PN, _STe],
    [0, 4, 0, 0, 0, 0, () => SessionCommand$, 128 | 0, () => ConnectionsList$, 1, 1, 0, 0, 1, 0, 4, 1, 1, 1, 0, 0]
];
var SessionCommand$ = [3, n0, _SCess,
    0,
    [_N, _PVy],
    [0, 0]
];
var SessionEndpoint$ = [3, n0, _SEe,
    0,
    [_Ur, _ATuth, _ATET],
    [0, [() => SensitiveString, 0], 4], 3
];
var SkewedInfo$ = [3, n0, _SIk,
    0,
    [_SCN, _SCV, _SCVLM],
    [64 | 0, 64 | 0, 128 | 0]
];
var SnowflakeNodeData$ = [3, n0, _SND,
    0,
    [_ST, _Co, _S, _Ta, _Dat, _TD, _IR, _AOdd, _SQ, _PA, _PAo, _A, _U, _MA, _MWM, _MWNM, _MC, _STt, _SCe, _APut, _TS],
    [0, () => Option$, 0, 0, 0, 0, () => Option$, 128 | 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, () => OptionList, 2, () => OptionList]
];
var SnowflakeSource$ = [3, n0, _SSn,
    0,
    [_N, _Da, _OS],
    [0, () => SnowflakeNodeData$, () => GlueSchemas], 2
];
var SnowflakeTarget$ = [3, n0, _STn,
    0,
    [_N, _Da, _I],
    [0, () => SnowflakeNodeData$, 64 | 0], 2
];
var SortCriterion$ = [3, n0, _SCort,
    0,
    [_FN, _Sor],
    [0, 0]
];
var SourceConfiguration$ = [3, n0, _SCo,
    0,
    [_RM, _RPeq, _RPequ, _RCes, _PCa, _FCi],
    [0, 0, () => ConnectorPropertyList, () => ResponseConfiguration$, () => PaginationConfiguration$, () => FilterConfiguration$]
];
var SourceControlDetails$ = [3, n0, _SCD,
    0,
    [_Prov, _Repo, _Ow, _Br, _Fol, _LCIas, _AS, _ATuth],
    [0, 0, 0, 0, 0, 0, 0, 0]
];
var SourceProcessingProperties$ = [3, n0, _SPP,
    0,
    [_RA],
    [0]
];
var SourceTableConfig$ = [3, n0, _STC,
    0,
    [_Fie, _FPi, _PKri, _RUF],
    [64 | 0, 0, 64 | 0, 0]
];
var SparkConnectorSource$ = [3, n0, _SCS,
    0,
    [_N, _CNo, _CNon, _CTo, _AOdd, _OS],
    [0, 0, 0, 0, 128 | 0, () => GlueSchemas], 4
];
var SparkConnectorTarget$ = [3, n0, _SCT,
    0,
    [_N, _I, _CNo, _CNon, _CTo, _AOdd, _OS],
    [0, 64 | 0, 0, 0, 0, 128 | 0, () => GlueSchemas], 5
];
var SparkSQL$ = [3, n0, _SSQL,
    0,
    [_N, _I, _SQq, _SAq, _OS],
    [0, 64 | 0, 0, () => SqlAliases, () => GlueSchemas], 4
];
var Spigot$ = [3, n0, _Sp,
    0,
    [_N, _I, _Path, _To, _Prob],
    [0, 64 | 0, 0, 1, 1], 3
];
var SplitFields$ = [3, n0, _SFp,
    0,
    [_N, _I, _Pat],
    [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]], 3
];
var SqlAlias$ = [3, n0, _SAql,
    0,
    [_Fr, _Al],
    [0, 0], 2
];
var StartBlueprintRunRequest$ = [3, n0, _SBRR,
    0,
    [_BN, _RA, _Par],
    [0, 0, 0], 2
];
var StartBlueprintRunResponse$ = [3, n0, _SBRRt,
    0,
    [_RIun],
    [0]
];
var StartColumnStatisticsTaskRunRequest$ = [3, n0, _SCSTRR,
    0,
    [_DN, _TN, _Rol, _CNLo, _SSa, _CID, _SC],
    [0, 0, 0, 64 | 0, 1, 0, 0], 3
];
var StartColumnStatisticsTaskRunResponse$ = [3, n0, _SCSTRRt,
    0,
    [_CSTRI],
    [0]
];
var StartColumnStatisticsTaskRunScheduleRequest$ = [3, n0, _SCSTRSR,
    0,
    [_DN, _TN, _CID],
    [0, 0, 0], 2
];
var StartColumnStatisticsTaskRunScheduleResponse$ = [3, n0, _SCSTRSRt,
    0,
    [],
    []
];
var StartCrawlerRequest$ = [3, n0, _SCR,
    0,
    [_N],
    [0], 1
];
var StartCrawlerResponse$ = [3, n0, _SCRt,
    0,
    [],
    []
];
var StartCrawlerScheduleRequest$ = [3, n0, _SCSR,
    0,
    [_CN],
    [0], 1
];
var StartCrawlerScheduleResponse$ = [3, n0, _SCSRt,
    0,
    [],
    []
];
var StartDataQualityRuleRecommendationRunRequest$ = [3, n0, _SDQRRRR,
    0,
    [_DSa, _Rol, _NOW, _T, _CRN, _DQSC, _CTl, _ARO, _RMe],
    [() => DataSource$, 0, 1, 1, 0, 0, 0, () => DataQualityRuleRecommendationRunAdditionalRunOptions$, 0], 2
];
var StartDataQualityRuleRecommendationRunResponse$ = [3, n0, _SDQRRRRt,
    0,
    [_RIun],
    [0]
];
var StartDataQualityRulesetEvaluationRunRequest$ = [3, n0, _SDQRERR,
    0,
    [_DSa, _Rol, _RNu, _NOW, _T, _CTl, _ARO, _ADS],
    [() => DataSource$, 0, 64 | 0, 1, 1, 0, () => DataQualityEvaluationRunAdditionalRunOptions$, () => DataSourceMap], 3
];
var StartDataQualityRulesetEvaluationRunResponse$ = [3, n0, _SDQRERRt,
    0,
    [_RIun],
    [0]
];
var StartExportLabelsTaskRunRequest$ = [3, n0, _SELTRR,
    0,
    [_TIr, _OSP],
    [0, 0], 2
];
var StartExportLabelsTaskRunResponse$ = [3, n0, _SELTRRt,
    0,
    [_TRI],
    [0]
];
var StartImportLabelsTaskRunRequest$ = [3, n0, _SILTRR,
    0,
    [_TIr, _ISP, _RAL],
    [0, 0, 2], 2
];
var StartImportLabelsTaskRunResponse$ = [3, n0, _SILTRRt,
    0,
    [_TRI],
    [0]
];
var StartingEventBatchCondition$ = [3, n0, _SEBC,
    0,
    [_BS, _BW],
    [1, 1]
];
var StartJobRunRequest$ = [3, n0, _SJRR,
    0,
    [_JN, _JRQE, _JRI, _Ar, _ACl, _T, _MCax, _SC, _NP, _WT, _NOW, _ECx, _ERSP],
    [0, 2, 0, 128 | 0, 1, 1, 1, 0, () => NotificationProperty$, 0, 1, 0, 0], 1
];
var StartJobRunResponse$ = [3, n0, _SJRRt,
    0,
    [_JRI],
    [0]
];
var StartJobUpgradeAnalysisRequest$ = [3, n0, _SJUAR,
    0,
    [_jN, _aI, _uC],
    [0, 0, 0], 1
];
var StartJobUpgradeAnalysisResponse$ = [3, n0, _SJUARt,
    0,
    [_aI, _jN],
    [0, 0]
];
var StartMaterializedViewRefreshTaskRunRequest$ = [3, n0, _SMVRTRR,
    0,
    [_CI, _DN, _TN, _FRu],
    [0, 0, 0, 2], 3
];
var StartMaterializedViewRefreshTaskRunResponse$ = [3, n0, _SMVRTRRt,
    0,
    [_MVRTRI],
    [0]
];
var StartMLEvaluationTaskRunRequest$ = [3, n0, _SMLETRR,
    0,
    [_TIr],
    [0], 1
];
var StartMLEvaluationTaskRunResponse$ = [3, n0, _SMLETRRt,
    0,
    [_TRI],
    [0]
];
var StartMLLabelingSetGenerationTaskRunRequest$ = [3, n0, _SMLLSGTRR,
    0,
    [_TIr, _OSP],
    [0, 0], 2
];
var StartMLLabelingSetGenerationTaskRunResponse$ = [3, n0, _SMLLSGTRRt,
    0,
    [_TRI],
    [0]
];
var StartTriggerRequest$ = [3, n0, _STRt,
    0,
    [_N],
    [0], 1
];
var StartTriggerResponse$ = [3, n0, _STRta,
    0,
    [_N],
    [0]
];
var StartWorkflowRunRequest$ = [3, n0, _SWRR,
    0,
    [_N, _RPu],
    [0, 128 | 0], 1
];
var StartWorkflowRunResponse$ = [3, n0, _SWRRt,
    0,
    [_RIun],
    [0]
];
var Statement$ = [3, n0, _Stat,
    0,
    [_Id, _Cod, _Sta, _Ou, _Prog, _SO, _COo],
    [1, 0, 0, () => StatementOutput$, 1, 1, 1]
];
var StatementOutput$ = [3, n0, _SOtat,
    0,
    [_Da, _ECxe, _St, _ENr, _EVr, _Trac],
    [() => StatementOutputData$, 1, 0, 0, 0, 64 | 0]
];
var StatementOutputData$ = [3, n0, _SOD,
    0,
    [_TPe],
    [0]
];
var StatisticAnnotation$ = [3, n0, _SAtat,
    0,
    [_PI, _SI, _SRO, _IAnc],
    [0, 0, 4, () => TimestampedInclusionAnnotation$]
];
var StatisticModelResult$ = [3, n0, _SMR,
    0,
    [_LB, _UBp, _PVr, _AVc, _Date, _IAnc],
    [1, 1, 1, 1, 4, 0]
];
var StatisticSummary$ = [3, n0, _SSt,
    0,
    [_SI, _PI, _RIund, _SNta, _DVo, _DVi, _EL, _CR, _RD, _SPta, _ROe, _IAnc],
    [0, 0, () => RunIdentifier$, 0, 1, () => DistributionData$, 0, 64 | 0, 64 | 0, [() => StatisticPropertiesMap, 0], 4, () => TimestampedInclusionAnnotation$]
];
var StatusDetails$ = [3, n0, _SDtat,
    0,
    [_RCeq, _VV],
    [() => Table$, () => ViewValidationList]
];
var StopColumnStatisticsTaskRunRequest$ = [3, n0, _SCSTRRto,
    0,
    [_DN, _TN, _CID],
    [0, 0, 0], 2
];
var StopColumnStatisticsTaskRunResponse$ = [3, n0, _SCSTRRtop,
    0,
    [],
    []
];
var StopColumnStatisticsTaskRunScheduleRequest$ = [3, n0, _SCSTRSRto,
    0,
    [_DN, _TN, _CID],
    [0, 0, 0], 2
];
var StopColumnStatisticsTaskRunScheduleResponse$ = [3, n0, _SCSTRSRtop,
    0,
    [],
    []
];
var StopCrawlerRequest$ = [3, n0, _SCRto,
    0,
    [_N],
    [0], 1
];
var StopCrawlerResponse$ = [3, n0, _SCRtop,
    0,
    [],
    []
];
var StopCrawlerScheduleRequest$ = [3, n0, _SCSRto,
    0,
    [_CN],
    [0], 1
];
var StopCrawlerScheduleResponse$ = [3, n0, _SCSRtop,
    0,
    [],
    []
];
var StopJobUpgradeAnalysisRequest$ = [3, n0, _SJUARto,
    0,
    [_jN, _aI],
    [0, 0], 2
];
var StopJobUpgradeAnalysisResponse$ = [3, n0, _SJUARtop,
    0,
    [],
    []
];
var StopMaterializedViewRefreshTaskRunRequest$ = [3, n0, _SMVRTRRto,
    0,
    [_CI, _DN, _TN],
    [0, 0, 0], 3
];
var StopMaterializedViewRefreshTaskRunResponse$ = [3, n0, _SMVRTRRtop,
    0,
    [],
    []
];
var StopSessionRequest$ = [3, n0, _SSR,
    0,
    [_Id, _RO],
    [0, 0], 1
];
var StopSessionResponse$ = [3, n0, _SSRt,
    0,
    [_Id],
    [0]
];
var StopTriggerRequest$ = [3, n0, _STRto,
    0,
    [_N],
    [0], 1
];
var StopTriggerResponse$ = [3, n0, _STRtop,
    0,
    [_N],
    [0]
];
var StopWorkflowRunRequest$ = [3, n0, _SWRRto,
    0,
    [_N, _RIun],
    [0, 0], 2
];
var StopWorkflowRunResponse$ = [3, n0, _SWRRtop,
    0,
    [],
    []
];
var StorageDescriptor$ = [3, n0, _SDto,
    0,
    [_Col, _Lo, _ALd, _IFnp, _OF, _Compre, _NOB, _SIer, _BCu, _SCorto, _Par, _SIk, _SASD, _SRc],
    [() => ColumnList, 0, 64 | 0, 0, 0, 2, 1, () => SerDeInfo$, 64 | 0, () => OrderList, 128 | 0, () => SkewedInfo$, 2, () => SchemaReference$]
];
var StreamingDataPreviewOptions$ = [3, n0, _SDPO,
    0,
    [_PTo, _RPL],
    [1, 1]
];
var StringColumnStatisticsData$ = [3, n0, _SCSD,
    0,
    [_ML, _AL, _NON, _NODV],
    [1, 1, 1, 1], 4
];
var SubObjectStatistics$ = [3, n0, _SOS,
    0,
    [_ST, _GVI, _PCar, _FCile, _TFB],
    [0, 0, 1, 1, 1]
];
var SupportedDialect$ = [3, n0, _SDu,
    0,
    [_Dia, _DVia],
    [0, 0]
];
var Table$ = [3, n0, _Ta,
    0,
    [_N, _DN, _D, _Ow, _CTr, _UT, _LAT, _LATa, _Ret, _SDto, _PK, _VOT, _VET, _TTab, _Par, _CBr, _IRWLF, _TT, _CI, _VIe, _FT, _VD, _IMDV, _IMV, _ITM, _St, _RLSP],
    [0, 0, 0, 0, 4, 4, 4, 4, 1, () => StorageDescriptor$, () => ColumnList, 0, 0, 0, 128 | 0, 0, 2, () => TableIdentifier$, 0, 0, () => FederatedTable$, () => ViewDefinition$, 2, 2, () => IcebergTableMetadata$, () => TableStatus$, () => RLSProperties$], 1
];
var TableError$ = [3, n0, _TEa,
    0,
    [_TN, _ED],
    [0, () => ErrorDetail$]
];
var TableIdentifier$ = [3, n0, _TIab,
    0,
    [_CI, _DN, _N, _Reg],
    [0, 0, 0, 0]
];
var TableInput$ = [3, n0, _TIa,
    0,
    [_N, _D, _Ow, _LAT, _LATa, _Ret, _SDto, _PK, _VOT, _VET, _TTab, _Par, _TT, _FT, _VD],
    [0, 0, 0, 4, 4, 1, () => StorageDescriptor$, () => ColumnList, 0, 0, 0, 128 | 0, () => TableIdentifier$, () => FederatedTable$, () => ViewDefinitionInput$], 1
];
var TableOptimizer$ = [3, n0, _TOa,
    0,
    [_t, _co, _lR, _cS],
    [0, () => TableOptimizerConfiguration$, () => TableOptimizerRun$, 0]
];
var TableOptimizerConfiguration$ = [3, n0, _TOC,
    0,
    [_rA, _en, _vC, _cC, _rC, _oFDC],
    [0, 2, () => TableOptimizerVpcConfiguration$, () => CompactionConfiguration$, () => RetentionConfiguration$, () => OrphanFileDeletionConfiguration$]
];
var TableOptimizerRun$ = [3, n0, _TORa,
    0,
    [_eT, _sT, _eTn, _m, _e, _cM, _cSo, _rM, _oFDM],
    [0, 4, 4, () => RunMetrics$, 0, () => CompactionMetrics$, 0, () => RetentionMetrics$, () => OrphanFileDeletionMetrics$]
];
var TableStatus$ = [3, n0, _TSa,
    0,
    [_RBe, _UBpd, _RTeq, _UT, _A, _Sta, _Er, _Det],
    [0, 0, 4, 4, 0, 0, () => ErrorDetail$, () => StatusDetails$]
];
var TableVersion$ = [3, n0, _TVa,
    0,
    [_Ta, _VIe],
    [() => Table$, 0]
];
var TableVersionError$ = [3, n0, _TVE,
    0,
    [_TN, _VIe, _ED],
    [0, 0, () => ErrorDetail$]
];
var Tag$ = [3, n0, _Tag_,
    0,
    [_k, _v],
    [0, 0]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RAe, _TTA],
    [0, 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TargetProcessingProperties$ = [3, n0, _TPP,
    0,
    [_RA, _KA, _CNo, _EBA],
    [0, 0, 0, 0]
];
var TargetRedshiftCatalog$ = [3, n0, _TRC,
    0,
    [_CAa],
    [0], 1
];
var TargetTableConfig$ = [3, n0, _TTC,
    0,
    [_US, _PSa, _TTN, _IAnt],
    [0, () => IntegrationPartitionSpecList, 0, 0]
];
var TaskRun$ = [3, n0, _TRa,
    0,
    [_TIr, _TRI, _St, _LGN, _Pro, _ES, _SO, _LMO, _COo, _ETx],
    [0, 0, 0, 0, () => TaskRunProperties$, 0, 4, 4, 4, 1]
];
var TaskRunFilterCriteria$ = [3, n0, _TRFC,
    0,
    [_TRT, _St, _SB, _SAta],
    [0, 0, 4, 4]
];
var TaskRunProperties$ = [3, n0, _TRPa,
    0,
    [_TTas, _ILTRP, _ELTRP, _LSGTRP, _FMTRP],
    [0, () => ImportLabelsTaskRunProperties$, () => ExportLabelsTaskRunProperties$, () => LabelingSetGenerationTaskRunProperties$, () => FindMatchesTaskRunProperties$]
];
var TaskRunSortCriteria$ = [3, n0, _TRSC,
    0,
    [_C, _SDo],
    [0, 0], 2
];
var TestConnectionInput$ = [3, n0, _TCI,
    0,
    [_CTo, _CPo, _ACuth],
    [0, 128 | 0, [() => AuthenticationConfigurationInput$, 0]], 2
];
var TestConnectionRequest$ = [3, n0, _TCR,
    0,
    [_CNo, _CI, _TCI],
    [0, 0, [() => TestConnectionInput$, 0]]
];
var TestConnectionResponse$ = [3, n0, _TCRe,
    0,
    [],
    []
];
var TimestampedInclusionAnnotation$ = [3, n0, _TIA,
    0,
    [_V, _LMO],
    [0, 4]
];
var TimestampFilter$ = [3, n0, _TF,
    0,
    [_RBec, _RAeco],
    [4, 4]
];
var TransformConfigParameter$ = [3, n0, _TCP,
    0,
    [_N, _Ty, _VR, _VM, _V, _LT, _IOs],
    [0, 0, 0, 0, 64 | 0, 0, 2], 2
];
var TransformEncryption$ = [3, n0, _TEr,
    0,
    [_MUDE, _TRSCN],
    [() => MLUserDataEncryption$, 0]
];
var TransformFilterCriteria$ = [3, n0, _TFC,
    0,
    [_N, _TTr, _St, _GV, _CB, _CA, _LMB, _LMA, _S],
    [0, 0, 0, 0, 4, 4, 4, 4, () => TransformSchema]
];
var TransformParameters$ = [3, n0, _TPr,
    0,
    [_TTr, _FMP],
    [0, () => FindMatchesParameters$], 1
];
var TransformSortCriteria$ = [3, n0, _TSC,
    0,
    [_C, _SDo],
    [0, 0], 2
];
var Trigger$ = [3, n0, _Tri,
    0,
    [_N, _WN, _Id, _Ty, _Sta, _D, _Sch, _Ac, _Pre, _EBC],
    [0, 0, 0, 0, 0, 0, 0, () => ActionList, () => Predicate$, () => EventBatchingCondition$]
];
var TriggerNodeDetails$ = [3, n0, _TND,
    0,
    [_Tri],
    [() => Trigger$]
];
var TriggerUpdate$ = [3, n0, _TUr,
    0,
    [_N, _D, _Sch, _Ac, _Pre, _EBC],
    [0, 0, 0, () => ActionList, () => Predicate$, () => EventBatchingCondition$]
];
var UnfilteredPartition$ = [3, n0, _UPn,
    0,
    [_Part, _ACutho, _IRWLF],
    [() => Partition$, 64 | 0, 2]
];
var Union$ = [3, n0, _Un,
    0,
    [_N, _I, _UTn],
    [0, 64 | 0, 0], 3
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RAe, _TTR],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAssetRequest$ = [3, n0, _UAR,
    0,
    [_Ide, _N, _D, _CTl],
    [[0, 1], 0, 0, [0, 4]], 1
];
var UpdateAssetResponse$ = [3, n0, _UARp,
    0,
    [_Id, _N, _D, _UA],
    [0, 0, 0, 4], 1
];
var UpdateBlueprintRequest$ = [3, n0, _UBR,
    0,
    [_N, _BL, _D],
    [0, 0, 0], 2
];
var UpdateBlueprintResponse$ = [3, n0, _UBRp,
    0,
    [_N],
    [0]
];
var UpdateCatalogRequest$ = [3, n0, _UCR,
    0,
    [_CI, _CIa],
    [0, () => CatalogInput$], 2
];
var UpdateCatalogResponse$ = [3, n0, _UCRp,
    0,
    [],
    []
];
var UpdateClassifierRequest$ = [3, n0, _UCRpd,
    0,
    [_GC, _XMLC, _JC, _CCs],
    [() => UpdateGrokClassifierRequest$, () => UpdateXMLClassifierRequest$, () => UpdateJsonClassifierRequest$, () => UpdateCsvClassifierRequest$]
];
var UpdateClassifierResponse$ = [3, n0, _UCRpda,
    0,
    [],
    []
];
var UpdateColumnStatisticsForPartitionRequest$ = [3, n0, _UCSFPR,
    0,
    [_DN, _TN, _PV, _CSL, _CI],
    [0, 0, 64 | 0, () => UpdateColumnStatisticsList, 0], 4
];
var UpdateColumnStatisticsForPartitionResponse$ = [3, n0, _UCSFPRp,
    0,
    [_E],
    [() => ColumnStatisticsErrors]
];
var UpdateColumnStatisticsForTableRequest$ = [3, n0, _UCSFTR,
    0,
    [_DN, _TN, _CSL, _CI],
    [0, 0, () => UpdateColumnStatisticsList, 0], 3
];
var UpdateColumnStatisticsForTableResponse$ = [3, n0, _UCSFTRp,
    0,
    [_E],
    [() => ColumnStatisticsErrors]
];
var UpdateColumnStatisticsTaskSettingsRequest$ = [3, n0, _UCSTSR,
    0,
    [_DN, _TN, _Rol, _Sch, _CNLo, _SSa, _CID, _SC],
    [0, 0, 0, 0, 64 | 0, 1, 0, 0], 2
];
var UpdateColumnStatisticsTaskSettingsResponse$ = [3, n0, _UCSTSRp,
    0,
    [],
    []
];
var UpdateConnectionRequest$ = [3, n0, _UCRpdat,
    0,
    [_N, _CIon, _CI],
    [0, [() => ConnectionInput$, 0], 0], 2
];
var UpdateConnectionResponse$ = [3, n0, _UCRpdate,
    0,
    [],
    []
];
var UpdateCrawlerRequest$ = [3, n0, _UCRpdater,
    0,
    [_N, _Rol, _DN, _D, _Targ, _Sch, _Cla, _TP, _SCP, _RP, _LC, _LFC, _Conf, _CSC, _CI],
    [0, 0, 0, 0, () => CrawlerTargets$, 0, 64 | 0, 0, () => SchemaChangePolicy$, () => RecrawlPolicy$, () => LineageConfiguration$, () => LakeFormationConfiguration$, 0, 0, 0], 1
];
var UpdateCrawlerResponse$ = [3, n0, _UCRpdatera,
    0,
    [],
    []
];
var UpdateCrawlerScheduleRequest$ = [3, n0, _UCSR,
    0,
    [_CN, _Sch],
    [0, 0], 1
];
var UpdateCrawlerScheduleResponse$ = [3, n0, _UCSRp,
    0,
    [],
    []
];
var UpdateCsvClassifierRequest$ = [3, n0, _UCCR,
    0,
    [_N, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
    [0, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0], 1
];
var UpdateDatabaseRequest$ = [3, n0, _UDR,
    0,
    [_N, _DI, _CI],
    [0, () => DatabaseInput$, 0], 2
];
var UpdateDatabaseResponse$ = [3, n0, _UDRp,
    0,
    [],
    []
];
var UpdateDataQualityEvaluationConfigRequest$ = [3, n0, _UDQECR,
    0,
    [_N, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
    [0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap], 1
];
var UpdateDataQualityEvaluationConfigResponse$ = [3, n0, _UDQECRp,
    0,
    [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
    [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap]
];
var UpdateDataQualityRulesetRequest$ = [3, n0, _UDQRR,
    0,
    [_N, _D, _Rul],
    [0, 0, 0], 1
];
var UpdateDataQualityRulesetResponse$ = [3, n0, _UDQRRp,
    0,
    [_N, _D, _Rul],
    [0, 0, 0]
];
var UpdateDevEndpointRequest$ = [3, n0, _UDER,
    0,
    [_EN, _PKu, _APK, _DPK, _CLu, _UEL, _DAe, _AAd],
    [0, 0, 64 | 0, 64 | 0, () => DevEndpointCustomLibraries$, 2, 64 | 0, 128 | 0], 1
];
var UpdateDevEndpointResponse$ = [3, n0, _UDERp,
    0,
    [],
    []
];
var UpdateGlossaryRequest$ = [3, n0, _UGR,
    0,
    [_Ide, _N, _D, _CTl],
    [[0, 1], 0, 0, [0, 4]], 1
];
var UpdateGlossaryResponse$ = [3, n0, _UGRp,
    0,
    [_Id, _N, _D],
    [0, 0, 0]
];
var UpdateGlossaryTermRequest$ = [3, n0, _UGTR,
    0,
    [_Ide, _N, _SDh, _LD, _CTl],
    [[0, 1], 0, 0, 0, [0, 4]], 1
];
var UpdateGlossaryTermResponse$ = [3, n0, _UGTRp,
    0,
    [_Id, _GIl, _N, _SDh, _LD],
    [0, 0, 0, 0, 0]
];
var UpdateGlueIdentityCenterConfigurationRequest$ = [3, n0, _UGICCR,
    0,
    [_Sco, _UBSE],
    [64 | 0, 2]
];
var UpdateGlueIdentityCenterConfigurationResponse$ = [3, n0, _UGICCRp,
    0,
    [],
    []
];
var UpdateGrokClassifierRequest$ = [3, n0, _UGCR,
    0,
    [_N, _Clas, _GP, _CPus],
    [0, 0, 0, 0], 1
];
var UpdateIcebergInput$ = [3, n0, _UII,
    0,
    [_UITI],
    [() => UpdateIcebergTableInput$], 1
];
var UpdateIcebergTableInput$ = [3, n0, _UITI,
    0,
    [_Up],
    [() => IcebergTableUpdateList], 1
];
var UpdateIntegrationResourcePropertyRequest$ = [3, n0, _UIRPR,
    0,
    [_RAe, _SPP, _TPP],
    [0, () => SourceProcessingProperties$, () => TargetProcessingProperties$], 1
];
var UpdateIntegrationResourcePropertyResponse$ = [3, n0, _UIRPRp,
    0,
    [_RAe, _RPA, _SPP, _TPP],
    [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$]
];
var UpdateIntegrationTablePropertiesRequest$ = [3, n0, _UITPR,
    0,
    [_RAe, _TN, _STC, _TTC],
    [0, 0, () => SourceTableConfig$, () => TargetTableConfig$], 2
];
var UpdateIntegrationTablePropertiesResponse$ = [3, n0, _UITPRp,
    0,
    [],
    []
];
var UpdateJobFromSourceControlRequest$ = [3, n0, _UJFSCR,
    0,
    [_JN, _Prov, _RNep, _ROep, _BNr, _Fol, _CIom, _AS, _ATuth],
    [0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var UpdateJobFromSourceControlResponse$ = [3, n0, _UJFSCRp,
    0,
    [_JN],
    [0]
];
var UpdateJobRequest$ = [3, n0, _UJR,
    0,
    [_JN, _JU],
    [0, [() => JobUpdate$, 0]], 2
];
var UpdateJobResponse$ = [3, n0, _UJRp,
    0,
    [_JN],
    [0]
];
var UpdateJsonClassifierRequest$ = [3, n0, _UJCR,
    0,
    [_N, _JP],
    [0, 0], 1
];
var UpdateMLTransformRequest$ = [3, n0, _UMLTR,
    0,
    [_TIr, _N, _D, _Par, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR],
    [0, 0, 0, () => TransformParameters$, 0, 0, 1, 0, 1, 1, 1], 1
];
var UpdateMLTransformResponse$ = [3, n0, _UMLTRp,
    0,
    [_TIr],
    [0]
];
var UpdateOpenTableFormatInput$ = [3, n0, _UOTFI,
    0,
    [_UII],
    [() => UpdateIcebergInput$]
];
var UpdatePartitionRequest$ = [3, n0, _UPR,
    0,
    [_DN, _TN, _PVL, _PIa, _CI],
    [0, 0, 64 | 0, () => PartitionInput$, 0], 4
];
var UpdatePartitionResponse$ = [3, n0, _UPRp,
    0,
    [],
    []
];
var UpdateRegistryInput$ = [3, n0, _URI,
    0,
    [_RIe, _D],
    [() => RegistryId$, 0], 2
];
var UpdateRegistryResponse$ = [3, n0, _URRp,
    0,
    [_RNe, _RAeg],
    [0, 0]
];
var UpdateSchemaInput$ = [3, n0, _USI,
    0,
    [_SIc, _SVN, _Comp, _D],
    [() => SchemaId$, () => SchemaVersionNumber$, 0, 0], 1
];
var UpdateSchemaResponse$ = [3, n0, _USR,
    0,
    [_SAc, _SN, _RNe],
    [0, 0, 0]
];
var UpdateSourceControlFromJobRequest$ = [3, n0, _USCFJR,
    0,
    [_JN, _Prov, _RNep, _ROep, _BNr, _Fol, _CIom, _AS, _ATuth],
    [0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var UpdateSourceControlFromJobResponse$ = [3, n0, _USCFJRp,
    0,
    [_JN],
    [0]
];
var UpdateTableOptimizerRequest$ = [3, n0, _UTOR,
    0,
    [_CI, _DN, _TN, _Ty, _TOC],
    [0, 0, 0, 0, () => TableOptimizerConfiguration$], 5
];
var UpdateTableOptimizerResponse$ = [3, n0, _UTORp,
    0,
    [],
    []
];
var UpdateTableRequest$ = [3, n0, _UTR,
    0,
    [_DN, _CI, _N, _TIa, _SAk, _TI, _VIe, _VUA, _Forc, _UOTFI],
    [0, 0, 0, () => TableInput$, 2, 0, 0, 0, 2, () => UpdateOpenTableFormatInput$], 1
];
var UpdateTableResponse$ = [3, n0, _UTRp,
    0,
    [],
    []
];
var UpdateTriggerRequest$ = [3, n0, _UTRpd,
    0,
    [_N, _TUr],
    [0, () => TriggerUpdate$], 2
];
var UpdateTriggerResponse$ = [3, n0, _UTRpda,
    0,
    [_Tri],
    [() => Trigger$]
];
var UpdateUsageProfileRequest$ = [3, n0, _UUPR,
    0,
    [_N, _Conf, _D],
    [0, () => ProfileConfiguration$, 0], 2
];
var UpdateUsageProfileResponse$ = [3, n0, _UUPRp,
    0,
    [_N],
    [0]
];
var UpdateUserDefinedFunctionRequest$ = [3, n0, _UUDFR,
    0,
    [_DN, _FNu, _FI, _CI],
    [0, 0, () => UserDefinedFunctionInput$, 0], 3
];
var UpdateUserDefinedFunctionResponse$ = [3, n0, _UUDFRp,
    0,
    [],
    []
];
var UpdateWorkflowRequest$ = [3, n0, _UWR,
    0,
    [_N, _D, _DRP, _MCR],
    [0, 0, 128 | 0, 1], 1
];
var UpdateWorkflowResponse$ = [3, n0, _UWRp,
    0,
    [_N],
    [0]
];
var UpdateXMLClassifierRequest$ = [3, n0, _UXMLCR,
    0,
    [_N, _Clas, _RTo],
    [0, 0, 0], 1
];
var UpsertRedshiftTargetOptions$ = [3, n0, _URTO,
    0,
    [_TLa, _CNo, _UKp],
    [0, 0, 64 | 0]
];
var UsageProfileDefinition$ = [3, n0, _UPD,
    0,
    [_N, _D, _CO, _LMO],
    [0, 0, 4, 4]
];
var UserDefinedFunction$ = [3, n0, _UDF,
    0,
    [_FNu, _DN, _CNl, _ON, _FTu, _OT, _CTr, _RUes, _ALr, _GM, _CI],
    [0, 0, 0, 0, 0, 0, 4, () => ResourceUriList, 0, 0, 0]
];
var UserDefinedFunctionInput$ = [3, n0, _UDFI,
    0,
    [_FNu, _CNl, _ON, _FTu, _OT, _RUes, _ALr, _GM],
    [0, 0, 0, 0, 0, () => ResourceUriList, 0, 0]
];
var ViewDefinition$ = [3, n0, _VD,
    0,
    [_IPs, _IMs, _Def, _VVI, _VVT, _RSef, _LRT, _SOu, _SOVI, _SOSu, _Repr, _SPI],
    [2, 2, 0, 1, 0, 1, 0, 64 | 0, 64 | 1, () => SubObjectsStatisticsList, () => ViewRepresentationList, 128 | 0]
];
var ViewDefinitionInput$ = [3, n0, _VDI,
    0,
    [_IPs, _IMs, _Def, _Repr, _VVI, _VVT, _RSef, _LRT, _SOu, _SOVI, _SOSu, _SPI],
    [2, 2, 0, () => ViewRepresentationInputList, 1, 0, 1, 0, 64 | 0, 64 | 1, () => SubObjectsStatisticsList, 128 | 0]
];
var ViewRepresentation$ = [3, n0, _VRi,
    0,
    [_Dia, _DVia, _VOT, _VET, _VCa, _ISs],
    [0, 0, 0, 0, 0, 2]
];
var ViewRepresentationInput$ = [3, n0, _VRI,
    0,
    [_Dia, _DVia, _VOT, _VCa, _VET],
    [0, 0, 0, 0, 0]
];
var ViewValidation$ = [3, n0, _VVi,
    0,
    [_Dia, _DVia, _VVTi, _UT, _Sta, _Er],
    [0, 0, 0, 4, 0, () => ErrorDetail$]
];
var Workflow$ = [3, n0, _Wo,
    0,
    [_N, _D, _DRP, _CO, _LMO, _LR, _Gr, _MCR, _BD],
    [0, 0, 128 | 0, 4, 4, () => WorkflowRun$, () => WorkflowGraph$, 1, () => BlueprintDetails$]
];
var WorkflowGraph$ = [3, n0, _WG,
    0,
    [_Nod, _Edg],
    [() => NodeList, () => EdgeList]
];
var WorkflowRun$ = [3, n0, _WR,
    0,
    [_N, _WRI, _PRI, _WRP, _SO, _COo, _St, _EM, _Stati, _Gr, _SEBC],
    [0, 0, 0, 128 | 0, 4, 4, 0, 0, () => WorkflowRunStatistics$, () => WorkflowGraph$, () => StartingEventBatchCondition$]
];
var WorkflowRunStatistics$ = [3, n0, _WRS,
    0,
    [_TAo, _TAi, _FA, _SAto, _SAu, _RAu, _EAr, _WA],
    [1, 1, 1, 1, 1, 1, 1, 1]
];
var XMLClassifier$ = [3, n0, _XMLC,
    0,
    [_N, _Clas, _CTre, _LU, _Ver, _RTo],
    [0, 0, 4, 4, 1, 0], 2
];
var ActionList = [1, n0, _ALc,
    0, () => Action$
];
var AggregateOperations = [1, n0, _AOg,
    0, () => AggregateOperation$
];
var AllowedValues = [1, n0, _AVl,
    0, () => AllowedValue$
];
var AmazonRedshiftAdvancedOptions = [1, n0, _ARAOm,
    0, () => AmazonRedshiftAdvancedOption$
];
var AnnotationErrorList = [1, n0, _AEL,
    0, () => AnnotationError$
];
var AnnotationList = [1, n0, _ALn,
    0, () => StatisticAnnotation$
];
var AssetTypeItemList = [1, n0, _ATIL,
    0, () => AssetTypeItem$
];
var BackfillErroredPartitionsList = [1, n0, _BEPL,
    0, () => PartitionValueList$
];
var BackfillErrors = [1, n0, _BEa,
    0, () => BackfillError$
];
var BatchDeletePartitionValueList = [1, n0, _BDPVL,
    0, () => PartitionValueList$
];
var BatchGetPartitionValueList = [1, n0, _BGPVL,
    0, () => PartitionValueList$
];
var BatchGetTableOptimizerEntries = [1, n0, _BGTOEat,
    0, () => BatchGetTableOptimizerEntry$
];
var BatchGetTableOptimizerErrors = [1, n0, _BGTOEatc,
    0, () => BatchGetTableOptimizerError$
];
var BatchStopJobRunErrorList = [1, n0, _BSJREL,
    0, () => BatchStopJobRunError$
];
var BatchStopJobRunSuccessfulSubmissionList = [1, n0, _BSJRSSL,
    0, () => BatchStopJobRunSuccessfulSubmission$
];
var BatchTableOptimizers = [1, n0, _BTOa,
    0, () => BatchTableOptimizer$
];
var BatchUpdatePartitionFailureList = [1, n0, _BUPFL,
    0, () => BatchUpdatePartitionFailureEntry$
];
var BatchUpdatePartitionRequestEntryList = [1, n0, _BUPREL,
    0, () => BatchUpdatePartitionRequestEntry$
];
var BlueprintRuns = [1, n0, _BRl,
    0, () => BlueprintRun$
];
var Blueprints = [1, n0, _B,
    0, () => Blueprint$
];
var CatalogEntries = [1, n0, _CEat,
    0, () => CatalogEntry$
];
var CatalogList = [1, n0, _CLa,
    0, () => Catalog$
];
var CatalogTargetList = [1, n0, _CTL,
    0, () => CatalogTarget$
];
var ClassifierList = [1, n0, _CLl,
    0, () => Classifier$
];
var CodeGenNodeArgs = [1, n0, _CGNAo,
    0, () => CodeGenNodeArg$
];
var ColumnErrors = [1, n0, _CEol,
    0, () => ColumnError$
];
var ColumnImportanceList = [1, n0, _CIL,
    0, () => ColumnImportance$
];
var ColumnList = [1, n0, _CLol,
    0, () => Column$
];
var ColumnRowFilterList = [1, n0, _CRFL,
    0, () => ColumnRowFilter$
];
var ColumnStatisticsErrors = [1, n0, _CSEol,
    0, () => ColumnStatisticsError$
];
var ColumnStatisticsList = [1, n0, _CSL,
    0, () => ColumnStatistics$
];
var ColumnStatisticsTaskRunsList = [1, n0, _CSTRL,
    0, () => ColumnStatisticsTaskRun$
];
var ConditionExpressionList = [1, n0, _CEL,
    0, () => ConditionExpression$
];
var ConditionList = [1, n0, _CLon,
    0, () => Condition$
];
var ConnectionList = [1, n0, _CLo,
    0, () => Connection$
];
var ConnectionTypeList = [1, n0, _CTLo,
    0, () => ConnectionTypeBrief$
];
var ConnectionTypeVariantList = [1, n0, _CTVL,
    0, () => ConnectionTypeVariant$
];
var ConnectorPropertyList = [1, n0, _CPL,
    0, () => ConnectorProperty$
];
var CrawlerHistoryList = [1, n0, _CHL,
    0, () => CrawlerHistory$
];
var CrawlerList = [1, n0, _CLr,
    0, () => Crawler$
];
var CrawlerMetricsList = [1, n0, _CML,
    0, () => CrawlerMetrics$
];
var CrawlList = [1, n0, _CLra,
    0, () => Crawl$
];
var CrawlsFilterList = [1, n0, _CFL,
    0, () => CrawlsFilter$
];
var CustomEntityTypes = [1, n0, _CET,
    0, () => CustomEntityType$
];
var DagEdges = [1, n0, _DEa,
    0, () => CodeGenEdge$
];
var DagNodes = [1, n0, _DNa,
    0, () => CodeGenNode$
];
var DatabaseList = [1, n0, _DL,
    0, () => Database$
];
var DataQualityAnalyzerResults = [1, n0, _DQARa,
    0, [() => DataQualityAnalyzerResult$,
        0]
];
var DataQualityEvaluationConfigList = [1, n0, _DQECL,
    0, () => DataQualityEvaluationConfigListDetails$
];
var DataQualityObservations = [1, n0, _DQOa,
    0, [() => DataQualityObservation$,
        0]
];
var DataQualityResultDescriptionList = [1, n0, _DQRDL,
    0, () => DataQualityResultDescription$
];
var DataQualityResultsList = [1, n0, _DQRL,
    0, [() => DataQualityResult$,
        0]
];
var DataQualityResultsV2DescriptionList = [1, n0, _DQRVDL,
    0, () => DataQualityResultsV2Description$
];
var DataQualityResultV2List = [1, n0, _DQRVL,
    0, [() => DataQualityResultV2Item$,
        0]
];
var DataQualityRuleRecommendationRunList = [1, n0, _DQRRRL,
    0, () => DataQualityRuleRecommendationRunDescription$
];
var DataQualityRuleResults = [1, n0, _DQRR,
    0, [() => DataQualityRuleResult$,
        0]
];
var DataQualityRulesetEvaluationRunList = [1, n0, _DQRERL,
    0, () => DataQualityRulesetEvaluationRunDescription$
];
var DataQualityRulesetEvaluationRunsList = [1, n0, _DQRERLa,
    0, () => DataQualityRulesetEvaluationRun$
];
var DataQualityRulesetList = [1, n0, _DQRLa,
    0, () => DataQualityRulesetListDetails$
];
var DeltaTargetList = [1, n0, _DTL,
    0, () => DeltaTarget$
];
var DevEndpointList = [1, n0, _DEL,
    0, () => DevEndpoint$
];
var DynamoDBTargetList = [1, n0, _DDBTL,
    0, () => DynamoDBTarget$
];
var EdgeList = [1, n0, _ELd,
    0, () => Edge$
];
var EntityList = [1, n0, _ELn,
    0, () => Entity$
];
var FieldsList = [1, n0, _FL,
    0, () => Field$
];
var FilterExpressions = [1, n0, _FEil,
    0, () => FilterExpression$
];
var FilterValues = [1, n0, _FVil,
    0, () => FilterValue$
];
var FormTypeItemList = [1, n0, _FTIL,
    0, () => FormTypeItem$
];
var GetResourcePoliciesResponseList = [1, n0, _GRPRL,
    0, () => GluePolicy$
];
var GetTableVersionsList = [1, n0, _GTVL,
    0, () => TableVersion$
];
var GlossaryItemList = [1, n0, _GIL,
    0, () => GlossaryItem$
];
var GlossaryTermItemList = [1, n0, _GTIL,
    0, () => GlossaryTermItem$
];
var GlueSchemas = [1, n0, _GSl,
    0, () => GlueSchema$
];
var GlueStudioSchemaColumnList = [1, n0, _GSSCL,
    0, () => GlueStudioSchemaColumn$
];
var GlueTables = [1, n0, _GTl,
    0, () => GlueTable$
];
var GroupFiltersList = [1, n0, _GFL,
    0, () => GroupFilters$
];
var HudiTargetList = [1, n0, _HTL,
    0, () => HudiTarget$
];
var IcebergPartitionSpecFieldList = [1, n0, _IPSFL,
    0, () => IcebergPartitionField$
];
var IcebergPartitionSpecList = [1, n0, _IPSL,
    0, () => IcebergPartitionSpec$
];
var IcebergSchemaList = [1, n0, _ISL,
    0, () => IcebergSchema$
];
var IcebergSortOrderFieldList = [1, n0, _ISOFL,
    0, () => IcebergSortField$
];
var IcebergSortOrderList = [1, n0, _ISOL,
    0, () => IcebergSortOrder$
];
var IcebergStructFieldList = [1, n0, _ISFL,
    0, () => IcebergStructField$
];
var IcebergTableUpdateList = [1, n0, _ITUL,
    0, () => IcebergTableUpdate$
];
var IcebergTargetList = [1, n0, _ITL,
    0, () => IcebergTarget$
];
var InboundIntegrationsList = [1, n0, _IIL,
    0, () => InboundIntegration$
];
var InclusionAnnotationList = [1, n0, _IAL,
    0, () => DatapointInclusionAnnotation$
];
var IntegrationErrorList = [1, n0, _IEL,
    0, () => IntegrationError$
];
var IntegrationFilterList = [1, n0, _IFL,
    0, () => IntegrationFilter$
];
var IntegrationPartitionSpecList = [1, n0, _IPSLn,
    0, () => IntegrationPartition$
];
var IntegrationResourcePropertyFilterList = [1, n0, _IRPFL,
    0, () => IntegrationResourcePropertyFilter$
];
var IntegrationResourcePropertyList = [1, n0, _IRPL,
    0, () => IntegrationResourceProperty$
];
var IntegrationsList = [1, n0, _IL,
    0, () => Integration$
];
var IntegrationTablePropertiesFilterList = [1, n0, _ITPFL,
    0, () => IntegrationTablePropertiesFilter$
];
var IntegrationTablePropertiesList = [1, n0, _ITPL,
    0, () => IntegrationTableProperties$
];
var IntegrationTagsList = [1, n0, _ITLn,
    0, () => Tag$
];
var ItemErrorList = [1, n0, _IELt,
    0, () => ItemError$
];
var IterableFormItemList = [1, n0, _IFIL,
    0, () => IterableFormItem$
];
var IterableFormListItemList = [1, n0, _IFLIL,
    0, () => IterableFormListItem$
];
var JdbcTargetList = [1, n0, _JTL,
    0, () => JdbcTarget$
];
var JobList = [1, n0, _JL,
    0, [() => Job$,
        0]
];
var JobRunList = [1, n0, _JRL,
    0, () => JobRun$
];
var JoinColumns = [1, n0, _JCoin,
    0, () => JoinColumn$
];
var KeySchemaElementList = [1, n0, _KSEL,
    0, () => KeySchemaElement$
];
var MappingList = [1, n0, _MLa,
    0, () => MappingEntry$
];
var Mappings = [1, n0, _Map,
    0, () => Mapping$
];
var MaterializedViewRefreshTaskRunsList = [1, n0, _MVRTRL,
    0, () => MaterializedViewRefreshTaskRun$
];
var MetadataList = [1, n0, _MLe,
    0, () => MetadataKeyValuePair$
];
var MongoDBTargetList = [1, n0, _MDBTL,
    0, () => MongoDBTarget$
];
var NodeList = [1, n0, _NL,
    0, () => Node$
];
var NullValueFields = [1, n0, _NVFu,
    0, () => NullValueField$
];
var OptionList = [1, n0, _OL,
    0, () => Option$
];
var OrderList = [1, n0, _OLr,
    0, () => Order$
];
var OtherMetadataValueList = [1, n0, _OMVL,
    0, () => OtherMetadataValueListItem$
];
var PartitionErrors = [1, n0, _PEar,
    0, () => PartitionError$
];
var PartitionIndexDescriptorList = [1, n0, _PIDL,
    0, () => PartitionIndexDescriptor$
];
var PartitionIndexList = [1, n0, _PILa,
    0, () => PartitionIndex$
];
var PartitionInputList = [1, n0, _PIL,
    0, () => PartitionInput$
];
var PartitionList = [1, n0, _PLa,
    0, () => Partition$
];
var PredecessorList = [1, n0, _PLr,
    0, () => Predecessor$
];
var PrincipalPermissionsList = [1, n0, _PPL,
    0, () => PrincipalPermissions$
];
var RecipeSteps = [1, n0, _RSec,
    0, () => RecipeStep$
];
var Records = [1, n0, _Reco,
    8, [() => _Record,
        0]
];
var RegistryListDefinition = [1, n0, _RLD,
    0, () => RegistryListItem$
];
var ResourceUriList = [1, n0, _RUL,
    0, () => ResourceUri$
];
var S3EncryptionList = [1, n0, _SEL,
    0, () => S3Encryption$
];
var S3TargetList = [1, n0, _STL,
    0, () => S3Target$
];
var SchemaListDefinition = [1, n0, _SLD,
    0, () => SchemaListItem$
];
var SchemaVersionErrorList = [1, n0, _SVEL,
    0, () => SchemaVersionErrorItem$
];
var SchemaVersionList = [1, n0, _SVL,
    0, () => SchemaVersionListItem$
];
var SearchFilterClauseList = [1, n0, _SFCL,
    0, () => SearchFilterClause$
];
var SearchPropertyPredicates = [1, n0, _SPPe,
    0, () => PropertyPredicate$
];
var SearchResultItemList = [1, n0, _SRIL,
    0, () => SearchResultItem$
];
var SecurityConfigurationList = [1, n0, _SCL,
    0, () => SecurityConfiguration$
];
var SessionList = [1, n0, _SLes,
    0, () => Session$
];
var SortCriteria = [1, n0, _SCor,
    0, () => SortCriterion$
];
var SqlAliases = [1, n0, _SAq,
    0, () => SqlAlias$
];
var StatementList = [1, n0, _SLt,
    0, () => Statement$
];
var StatisticModelResults = [1, n0, _SMRt,
    0, () => StatisticModelResult$
];
var StatisticSummaryList = [1, n0, _SSL,
    0, [() => StatisticSummary$,
        0]
];
var SubObjectsStatisticsList = [1, n0, _SOSL,
    0, () => SubObjectStatistics$
];
var TableErrors = [1, n0, _TEab,
    0, () => TableError$
];
var TableList = [1, n0, _TL,
    0, () => Table$
];
var TableOptimizerRuns = [1, n0, _TOR,
    0, () => TableOptimizerRun$
];
var TableVersionErrors = [1, n0, _TVEa,
    0, () => TableVersionError$
];
var TaskRunList = [1, n0, _TRL,
    0, () => TaskRun$
];
var TransformConfigParameterList = [1, n0, _TCPL,
    0, () => TransformConfigParameter$
];
var TransformList = [1, n0, _TLr,
    0, () => MLTransform$
];
var TransformSchema = [1, n0, _TSr,
    0, () => SchemaColumn$
];
var TriggerList = [1, n0, _TLri,
    0, () => Trigger$
];
var UnfilteredPartitionList = [1, n0, _UPL,
    0, () => UnfilteredPartition$
];
var UpdateColumnStatisticsList = [1, n0, _UCSL,
    0, () => ColumnStatistics$
];
var UsageProfileDefinitionList = [1, n0, _UPDL,
    0, () => UsageProfileDefinition$
];
var UserDefinedFunctionList = [1, n0, _UDFL,
    0, () => UserDefinedFunction$
];
var ViewRepresentationInputList = [1, n0, _VRIL,
    0, () => ViewRepresentationInput$
];
var ViewRepresentationList = [1, n0, _VRL,
    0, () => ViewRepresentation$
];
var ViewValidationList = [1, n0, _VVL,
    0, () => ViewValidation$
];
var WorkflowRuns = [1, n0, _WRo,
    0, () => WorkflowRun$
];
var Workflows = [1, n0, _W,
    0, () => Workflow$
];
var AssetFormMap = [2, n0, _AFM,
    0, 0, () => AssetFormEntry$
];
var AssetTypeFormsMap = [2, n0, _ATFM,
    0, 0, () => AssetTypeFormReference$
];
var CodeGenConfigurationNodes = [2, n0, _CGCNo,
    8, 0, () => CodeGenConfigurationNode$
];
var ComputeEnvironmentConfigurationMap = [2, n0, _CECM,
    0, 0, () => ComputeEnvironmentConfiguration$
];
var ConfigurationMap = [2, n0, _CMon,
    0, 0, () => ConfigurationObject$
];
var CredentialMap = [2, n0, _CMre,
    8, 0, 0
];
var DataSourceMap = [2, n0, _DSM,
    0, 0, () => DataSource$
];
var EntityConfigurationMap = [2, n0, _ECM,
    0, 0, () => EntityConfiguration$
];
var ErrorByName = [2, n0, _EBN,
    0, 0, () => ErrorDetail$
];
var EvaluatedDistributionsMap = [2, n0, _EDM,
    8, 0, () => DistributionData$
];
var EvaluatedMetricsMap = [2, n0, _EMM,
    8, 0, 1
];
var FieldDefinitionMap = [2, n0, _FDM,
    0, 0, () => FieldDefinition$
];
var IterableFormMap = [2, n0, _IFM,
    0, 0, () => IterableFormEntry$
];
var MetadataInfoMap = [2, n0, _MIM,
    0, 0, () => MetadataInfo$
];
var PropertiesMap = [2, n0, _PM,
    0, 0, () => Property$
];
var RuleMetricsMap = [2, n0, _RMM,
    8, 0, 1
];
var StatisticPropertiesMap = [2, n0, _SPM,
    8, 0, 0
];
var SearchFilterClause$ = [4, n0, _SFCe,
    0,
    [_AAF, _OAF, _AFt, _MF],
    [() => SearchFilterClauseList, () => SearchFilterClauseList, () => SearchAttributeFilter$, () => SearchMapFilter$]
];
var SearchFilterValue$ = [4, n0, _SFV,
    0,
    [_SVt, _LVo],
    [0, 1]
];
var SearchMapFilterValue$ = [4, n0, _SMFV,
    0,
    [_SVt],
    [0]
];
var TableOptimizerVpcConfiguration$ = [4, n0, _TOVC,
    0,
    [_gCN],
    [0]
];
var AssociateGlossaryTerms$ = [9, n0, _AGT,
    { [_h]: ["POST", "/assets/{AssetIdentifier}/associate-glossary-terms", 200] }, () => AssociateGlossaryTermsRequest$, () => AssociateGlossaryTermsResponse$
];
var BatchCreatePartition$ = [9, n0, _BCP,
    0, () => BatchCreatePartitionRequest$, () => BatchCreatePartitionResponse$
];
var BatchDeleteConnection$ = [9, n0, _BDC,
    0, () => BatchDeleteConnectionRequest$, () => BatchDeleteConnectionResponse$
];
var BatchDeletePartition$ = [9, n0, _BDP,
    0, () => BatchDeletePartitionRequest$, () => BatchDeletePartitionResponse$
];
var BatchDeleteTable$ = [9, n0, _BDT,
    0, () => BatchDeleteTableRequest$, () => BatchDeleteTableResponse$
];
var BatchDeleteTableVersion$ = [9, n0, _BDTV,
    0, () => BatchDeleteTableVersionRequest$, () => BatchDeleteTableVersionResponse$
];
var BatchGetBlueprints$ = [9, n0, _BGB,
    0, () => BatchGetBlueprintsRequest$, () => BatchGetBlueprintsResponse$
];
var BatchGetCrawlers$ = [9, n0, _BGC,
    0, () => BatchGetCrawlersRequest$, () => BatchGetCrawlersResponse$
];
var BatchGetCustomEntityTypes$ = [9, n0, _BGCET,
    0, () => BatchGetCustomEntityTypesRequest$, () => BatchGetCustomEntityTypesResponse$
];
var BatchGetDataQualityResult$ = [9, n0, _BGDQR,
    0, () => BatchGetDataQualityResultRequest$, () => BatchGetDataQualityResultResponse$
];
var BatchGetDataQualityResultV2$ = [9, n0, _BGDQRV,
    0, () => BatchGetDataQualityResultV2Request$, () => BatchGetDataQualityResultV2Response$
];
var BatchGetDataQualityRulesetEvaluationRun$ = [9, n0, _BGDQRER,
    0, () => BatchGetDataQualityRulesetEvaluationRunRequest$, () => BatchGetDataQualityRulesetEvaluationRunResponse$
];
var BatchGetDevEndpoints$ = [9, n0, _BGDE,
    0, () => BatchGetDevEndpointsRequest$, () => BatchGetDevEndpointsResponse$
];
var BatchGetIterableForms$ = [9, n0, _BGIF,
    { [_h]: ["POST", "/assets/{AssetIdentifier}/iterable-forms/{IterableFormName}/batch-get", 200] }, () => BatchGetIterableFormsRequest$, () => BatchGetIterableFormsResponse$
];
var BatchGetJobs$ = [9, n0, _BGJ,
    0, () => BatchGetJobsRequest$, () => BatchGetJobsResponse$
];
var BatchGetPartition$ = [9, n0, _BGP,
    0, () => BatchGetPartitionRequest$, () => BatchGetPartitionResponse$
];
var BatchGetTableOptimizer$ = [9, n0, _BGTO,
    0, () => BatchGetTableOptimizerRequest$, () => BatchGetTableOptimizerResponse$
];
var BatchGetTriggers$ = [9, n0, _BGT,
    0, () => BatchGetTriggersRequest$, () => BatchGetTriggersResponse$
];
var BatchGetWorkflows$ = [9, n0, _BGW,
    0, () => BatchGetWorkflowsRequest$, () => BatchGetWorkflowsResponse$
];
var BatchPutDataQualityStatisticAnnotation$ = [9, n0, _BPDQSA,
    0, () => BatchPutDataQualityStatisticAnnotationRequest$, () => BatchPutDataQualityStatisticAnnotationResponse$
];
var BatchStopJobRun$ = [9, n0, _BSJR,
    0, () => BatchStopJobRunRequest$, () => BatchStopJobRunResponse$
];
var BatchUpdatePartition$ = [9, n0, _BUP,
    0, () => BatchUpdatePartitionRequest$, () => BatchUpdatePartitionResponse$
];
var CancelDataQualityRuleRecommendationRun$ = [9, n0, _CDQRRR,
    0, () => CancelDataQualityRuleRecommendationRunRequest$, () => CancelDataQualityRuleRecommendationRunResponse$
];
var CancelDataQualityRulesetEvaluationRun$ = [9, n0, _CDQRER,
    0, () => CancelDataQualityRulesetEvaluationRunRequest$, () => CancelDataQualityRulesetEvaluationRunResponse$
];
var CancelMLTaskRun$ = [9, n0, _CMLTRa,
    0, () => CancelMLTaskRunRequest$, () => CancelMLTaskRunResponse$
];
var CancelStatement$ = [9, n0, _CSa,
    0, () => CancelStatementRequest$, () => CancelStatementResponse$
];
var CheckSchemaVersionValidity$ = [9, n0, _CSVV,
    0, () => CheckSchemaVersionValidityInput$, () => CheckSchemaVersionValidityResponse$
];
var CreateBlueprint$ = [9, n0, _CBre,
    0, () => CreateBlueprintRequest$, () => CreateBlueprintResponse$
];
var CreateCatalog$ = [9, n0, _CCr,
    0, () => CreateCatalogRequest$, () => CreateCatalogResponse$
];
var CreateClassifier$ = [9, n0, _CCre,
    0, () => CreateClassifierRequest$, () => CreateClassifierResponse$
];
var CreateColumnStatisticsTaskSettings$ = [9, n0, _CCSTS,
    0, () => CreateColumnStatisticsTaskSettingsRequest$, () => CreateColumnStatisticsTaskSettingsResponse$
];
var CreateConnection$ = [9, n0, _CCrea,
    0, () => CreateConnectionRequest$, () => CreateConnectionResponse$
];
var CreateCrawler$ = [9, n0, _CCreat,
    0, () => CreateCrawlerRequest$, () => CreateCrawlerResponse$
];
var CreateCustomEntityType$ = [9, n0, _CCET,
    0, () => CreateCustomEntityTypeRequest$, () => CreateCustomEntityTypeResponse$
];
var CreateDatabase$ = [9, n0, _CDre,
    0, () => CreateDatabaseRequest$, () => CreateDatabaseResponse$
];
var CreateDataQualityEvaluationConfig$ = [9, n0, _CDQEC,
    2, () => CreateDataQualityEvaluationConfigRequest$, () => CreateDataQualityEvaluationConfigResponse$
];
var CreateDataQualityRuleset$ = [9, n0, _CDQR,
    2, () => CreateDataQualityRulesetRequest$, () => CreateDataQualityRulesetResponse$
];
var CreateDevEndpoint$ = [9, n0, _CDE,
    0, () => CreateDevEndpointRequest$, () => CreateDevEndpointResponse$
];
var CreateGlossary$ = [9, n0, _CG,
    { [_h]: ["POST", "/glossaries", 200] }, () => CreateGlossaryRequest$, () => CreateGlossaryResponse$
];
var CreateGlossaryTerm$ = [9, n0, _CGT,
    { [_h]: ["POST", "/glossary-terms", 200] }, () => CreateGlossaryTermRequest$, () => CreateGlossaryTermResponse$
];
var CreateGlueIdentityCenterConfiguration$ = [9, n0, _CGICC,
    0, () => CreateGlueIdentityCenterConfigurationRequest$, () => CreateGlueIdentityCenterConfigurationResponse$
];
var CreateIntegration$ = [9, n0, _CIre,
    0, () => CreateIntegrationRequest$, () => CreateIntegrationResponse$
];
var CreateIntegrationResourceProperty$ = [9, n0, _CIRP,
    0, () => CreateIntegrationResourcePropertyRequest$, () => CreateIntegrationResourcePropertyResponse$
];
var CreateIntegrationTableProperties$ = [9, n0, _CITP,
    0, () => CreateIntegrationTablePropertiesRequest$, () => CreateIntegrationTablePropertiesResponse$
];
var CreateJob$ = [9, n0, _CJ,
    0, () => CreateJobRequest$, () => CreateJobResponse$
];
var CreateMLTransform$ = [9, n0, _CMLT,
    0, () => CreateMLTransformRequest$, () => CreateMLTransformResponse$
];
var CreatePartition$ = [9, n0, _CPr,
    0, () => CreatePartitionRequest$, () => CreatePartitionResponse$
];
var CreatePartitionIndex$ = [9, n0, _CPI,
    0, () => CreatePartitionIndexRequest$, () => CreatePartitionIndexResponse$
];
var CreateRegistry$ = [9, n0, _CRr,
    0, () => CreateRegistryInput$, () => CreateRegistryResponse$
];
var CreateSchema$ = [9, n0, _CSre,
    0, () => CreateSchemaInput$, () => CreateSchemaResponse$
];
var CreateScript$ = [9, n0, _CSrea,
    0, () => CreateScriptRequest$, () => CreateScriptResponse$
];
var CreateSecurityConfiguration$ = [9, n0, _CSCr,
    0, () => CreateSecurityConfigurationRequest$, () => CreateSecurityConfigurationResponse$
];
var CreateSession$ = [9, n0, _CSreat,
    0, () => CreateSessionRequest$, () => CreateSessionResponse$
];
var CreateTable$ = [9, n0, _CTreate,
    0, () => CreateTableRequest$, () => CreateTableResponse$
];
var CreateTableOptimizer$ = [9, n0, _CTO,
    0, () => CreateTableOptimizerRequest$, () => CreateTableOptimizerResponse$
];
var CreateTrigger$ = [9, n0, _CTreater,
    0, () => CreateTriggerRequest$, () => CreateTriggerResponse$
];
var CreateUsageProfile$ = [9, n0, _CUP,
    0, () => CreateUsageProfileRequest$, () => CreateUsageProfileResponse$
];
var CreateUserDefinedFunction$ = [9, n0, _CUDF,
    0, () => CreateUserDefinedFunctionRequest$, () => CreateUserDefinedFunctionResponse$
];
var CreateWorkflow$ = [9, n0, _CWr,
    0, () => CreateWorkflowRequest$, () => CreateWorkflowResponse$
];
var DeleteAsset$ = [9, n0, _DAel,
    { [_h]: ["DELETE", "/assets/{Identifier}", 200] }, () => DeleteAssetRequest$, () => DeleteAssetResponse$
];
var DeleteAssetType$ = [9, n0, _DAT,
    { [_h]: ["DELETE", "/asset-types/{Identifier}", 200] }, () => DeleteAssetTypeRequest$, () => DeleteAssetTypeResponse$
];
var DeleteAttachment$ = [9, n0, _DAele,
    { [_h]: ["DELETE", "/assets/{AssetIdentifier}/attachments/{AttachmentName}", 200] }, () => DeleteAttachmentRequest$, () => DeleteAttachmentResponse$
];
var DeleteBlueprint$ = [9, n0, _DBe,
    0, () => DeleteBlueprintRequest$, () => DeleteBlueprintResponse$
];
var DeleteCatalog$ = [9, n0, _DC,
    0, () => DeleteCatalogRequest$, () => DeleteCatalogResponse$
];
var DeleteClassifier$ = [9, n0, _DCe,
    0, () => DeleteClassifierRequest$, () => DeleteClassifierResponse$
];
var DeleteColumnStatisticsForPartition$ = [9, n0, _DCSFP,
    0, () => DeleteColumnStatisticsForPartitionRequest$, () => DeleteColumnStatisticsForPartitionResponse$
];
var DeleteColumnStatisticsForTable$ = [9, n0, _DCSFT,
    0, () => DeleteColumnStatisticsForTableRequest$, () => DeleteColumnStatisticsForTableResponse$
];
var DeleteColumnStatisticsTaskSettings$ = [9, n0, _DCSTS,
    0, () => DeleteColumnStatisticsTaskSettingsRequest$, () => DeleteColumnStatisticsTaskSettingsResponse$
];
var DeleteConnection$ = [9, n0, _DCel,
    0, () => DeleteConnectionRequest$, () => DeleteConnectionResponse$
];
var DeleteConnectionType$ = [9, n0, _DCT,
    0, () => DeleteConnectionTypeRequest$, () => DeleteConnectionTypeResponse$
];
var DeleteCrawler$ = [9, n0, _DCele,
    0, () => DeleteCrawlerRequest$, () => DeleteCrawlerResponse$
];
var DeleteCustomEntityType$ = [9, n0, _DCET,
    0, () => DeleteCustomEntityTypeRequest$, () => DeleteCustomEntityTypeResponse$
];
var DeleteDatabase$ = [9, n0, _DDe,
    0, () => DeleteDatabaseRequest$, () => DeleteDatabaseResponse$
];
var DeleteDataQualityEvaluationConfig$ = [9, n0, _DDQEC,
    0, () => DeleteDataQualityEvaluationConfigRequest$, () => DeleteDataQualityEvaluationConfigResponse$
];
var DeleteDataQualityRuleset$ = [9, n0, _DDQR,
    0, () => DeleteDataQualityRulesetRequest$, () => DeleteDataQualityRulesetResponse$
];
var DeleteDevEndpoint$ = [9, n0, _DDE,
    0, () => DeleteDevEndpointRequest$, () => DeleteDevEndpointResponse$
];
var DeleteFormType$ = [9, n0, _DFT,
    { [_h]: ["DELETE", "/form-types/{Identifier}", 200] }, () => DeleteFormTypeRequest$, () => DeleteFormTypeResponse$
];
var DeleteGlossary$ = [9, n0, _DG,
    { [_h]: ["DELETE", "/glossaries/{Identifier}", 200] }, () => DeleteGlossaryRequest$, () => DeleteGlossaryResponse$
];
var DeleteGlossaryTerm$ = [9, n0, _DGT,
    { [_h]: ["DELETE", "/glossary-terms/{Identifier}", 200] }, () => DeleteGlossaryTermRequest$, () => DeleteGlossaryTermResponse$
];
var DeleteGlueIdentityCenterConfiguration$ = [9, n0, _DGICC,
    0, () => DeleteGlueIdentityCenterConfigurationRequest$, () => DeleteGlueIdentityCenterConfigurationResponse$
];
var DeleteIntegration$ = [9, n0, _DIel,
    0, () => DeleteIntegrationRequest$, () => DeleteIntegrationResponse$
];
var DeleteIntegrationResourceProperty$ = [9, n0, _DIRP,
    0, () => DeleteIntegrationResourcePropertyRequest$, () => DeleteIntegrationResourcePropertyResponse$
];
var DeleteIntegrationTableProperties$ = [9, n0, _DITP,
    0, () => DeleteIntegrationTablePropertiesRequest$, () => DeleteIntegrationTablePropertiesResponse$
];
var DeleteJob$ = [9, n0, _DJ,
    0, () => DeleteJobRequest$, () => DeleteJobResponse$
];
var DeleteMLTransform$ = [9, n0, _DMLT,
    0, () => DeleteMLTransformRequest$, () => DeleteMLTransformResponse$
];
var DeletePartition$ = [9, n0, _DPe,
    0, () => DeletePartitionRequest$, () => DeletePartitionResponse$
];
var DeletePartitionIndex$ = [9, n0, _DPI,
    0, () => DeletePartitionIndexRequest$, () => DeletePartitionIndexResponse$
];
var DeleteRegistry$ = [9, n0, _DRe,
    0, () => DeleteRegistryInput$, () => DeleteRegistryResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRPe,
    0, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteSchema$ = [9, n0, _DSel,
    0, () => DeleteSchemaInput$, () => DeleteSchemaResponse$
];
var DeleteSchemaVersions$ = [9, n0, _DSV,
    0, () => DeleteSchemaVersionsInput$, () => DeleteSchemaVersionsResponse$
];
var DeleteSecurityConfiguration$ = [9, n0, _DSC,
    0, () => DeleteSecurityConfigurationRequest$, () => DeleteSecurityConfigurationResponse$
];
var DeleteSession$ = [9, n0, _DSele,
    0, () => DeleteSessionRequest$, () => DeleteSessionResponse$
];
var DeleteTable$ = [9, n0, _DTele,
    0, () => DeleteTableRequest$, () => DeleteTableResponse$
];
var DeleteTableOptimizer$ = [9, n0, _DTO,
    0, () => DeleteTableOptimizerRequest$, () => DeleteTableOptimizerResponse$
];
var DeleteTableVersion$ = [9, n0, _DTV,
    0, () => DeleteTableVersionRequest$, () => DeleteTableVersionResponse$
];
var DeleteTrigger$ = [9, n0, _DTelet,
    0, () => DeleteTriggerRequest$, () => DeleteTriggerResponse$
];
var DeleteUsageProfile$ = [9, n0, _DUP,
    0, () => DeleteUsageProfileRequest$, () => DeleteUsageProfileResponse$
];
var DeleteUserDefinedFunction$ = [9, n0, _DUDF,
    0, () => DeleteUserDefinedFunctionRequest$, () => DeleteUserDefinedFunctionResponse$
];
var DeleteWorkflow$ = [9, n0, _DW,
    0, () => DeleteWorkflowRequest$, () => DeleteWorkflowResponse$
];
var DescribeConnectionType$ = [9, n0, _DCTe,
    0, () => DescribeConnectionTypeRequest$, () => DescribeConnectionTypeResponse$
];
var DescribeEntity$ = [9, n0, _DEes,
    0, () => DescribeEntityRequest$, () => DescribeEntityResponse$
];
var DescribeInboundIntegrations$ = [9, n0, _DII,
    0, () => DescribeInboundIntegrationsRequest$, () => DescribeInboundIntegrationsResponse$
];
var DescribeIntegrations$ = [9, n0, _DIes,
    0, () => DescribeIntegrationsRequest$, () => DescribeIntegrationsResponse$
];
var DisassociateGlossaryTerms$ = [9, n0, _DGTi,
    { [_h]: ["POST", "/assets/{AssetIdentifier}/disassociate-glossary-terms", 200] }, () => DisassociateGlossaryTermsRequest$, () => DisassociateGlossaryTermsResponse$
];
var GetAsset$ = [9, n0, _GA,
    { [_h]: ["GET", "/assets/{Identifier}", 200] }, () => GetAssetInput$, () => GetAssetOutput$
];
var GetAssetType$ = [9, n0, _GAT,
    { [_h]: ["GET", "/asset-types/{Identifier}", 200] }, () => GetAssetTypeRequest$, () => GetAssetTypeResponse$
];
var GetBlueprint$ = [9, n0, _GB,
    0, () => GetBlueprintRequest$, () => GetBlueprintResponse$
];
var GetBlueprintRun$ = [9, n0, _GBRet,
    0, () => GetBlueprintRunRequest$, () => GetBlueprintRunResponse$
];
var GetBlueprintRuns$ = [9, n0, _GBRetl,
    0, () => GetBlueprintRunsRequest$, () => GetBlueprintRunsResponse$
];
var GetCatalog$ = [9, n0, _GCe,
    0, () => GetCatalogRequest$, () => GetCatalogResponse$
];
var GetCatalogImportStatus$ = [9, n0, _GCIS,
    0, () => GetCatalogImportStatusRequest$, () => GetCatalogImportStatusResponse$
];
var GetCatalogs$ = [9, n0, _GCet,
    0, () => GetCatalogsRequest$, () => GetCatalogsResponse$
];
var GetClassifier$ = [9, n0, _GCetl,
    0, () => GetClassifierRequest$, () => GetClassifierResponse$
];
var GetClassifiers$ = [9, n0, _GCetla,
    0, () => GetClassifiersRequest$, () => GetClassifiersResponse$
];
var GetColumnStatisticsForPartition$ = [9, n0, _GCSFP,
    0, () => GetColumnStatisticsForPartitionRequest$, () => GetColumnStatisticsForPartitionResponse$
];
var GetColumnStatisticsForTable$ = [9, n0, _GCSFT,
    0, () => GetColumnStatisticsForTableRequest$, () => GetColumnStatisticsForTableResponse$
];
var GetColumnStatisticsTaskRun$ = [9, n0, _GCSTR,
    0, () => GetColumnStatisticsTaskRunRequest$, () => GetColumnStatisticsTaskRunResponse$
];
var GetColumnStatisticsTaskRuns$ = [9, n0, _GCSTRe,
    0, () => GetColumnStatisticsTaskRunsRequest$, () => GetColumnStatisticsTaskRunsResponse$
];
var GetColumnStatisticsTaskSettings$ = [9, n0, _GCSTS,
    0, () => GetColumnStatisticsTaskSettingsRequest$, () => GetColumnStatisticsTaskSettingsResponse$
];
var GetConnection$ = [9, n0, _GCeto,
    0, () => GetConnectionRequest$, () => GetConnectionResponse$
];
var GetConnections$ = [9, n0, _GCeton,
    0, () => GetConnectionsRequest$, () => GetConnectionsResponse$
];
var GetCrawler$ = [9, n0, _GCetr,
    0, () => GetCrawlerRequest$, () => GetCrawlerResponse$
];
var GetCrawlerMetrics$ = [9, n0, _GCM,
    0, () => GetCrawlerMetricsRequest$, () => GetCrawlerMetricsResponse$
];
var GetCrawlers$ = [9, n0, _GCetra,
    0, () => GetCrawlersRequest$, () => GetCrawlersResponse$
];
var GetCustomEntityType$ = [9, n0, _GCET,
    0, () => GetCustomEntityTypeRequest$, () => GetCustomEntityTypeResponse$
];
var GetDashboardUrl$ = [9, n0, _GDU,
    0, () => GetDashboardUrlRequest$, () => GetDashboardUrlResponse$
];
var GetDatabase$ = [9, n0, _GD,
    0, () => GetDatabaseRequest$, () => GetDatabaseResponse$
];
var GetDatabases$ = [9, n0, _GDe,
    0, () => GetDatabasesRequest$, () => GetDatabasesResponse$
];
var GetDataCatalogEncryptionSettings$ = [9, n0, _GDCES,
    0, () => GetDataCatalogEncryptionSettingsRequest$, () => GetDataCatalogEncryptionSettingsResponse$
];
var GetDataCatalogExportConfiguration$ = [9, n0, _GDCEC,
    { [_h]: ["POST", "/get-data-catalog-export-configuration", 200] }, () => GetDataCatalogExportConfigurationInput$, () => GetDataCatalogExportConfigurationOutput$
];
var GetDataflowGraph$ = [9, n0, _GDG,
    0, () => GetDataflowGraphRequest$, () => GetDataflowGraphResponse$
];
var GetDataQualityEvaluationConfig$ = [9, n0, _GDQEC,
    0, () => GetDataQualityEvaluationConfigRequest$, () => GetDataQualityEvaluationConfigResponse$
];
var GetDataQualityModel$ = [9, n0, _GDQM,
    0, () => GetDataQualityModelRequest$, () => GetDataQualityModelResponse$
];
var GetDataQualityModelResult$ = [9, n0, _GDQMRet,
    0, () => GetDataQualityModelResultRequest$, () => GetDataQualityModelResultResponse$
];
var GetDataQualityResult$ = [9, n0, _GDQR,
    0, () => GetDataQualityResultRequest$, () => GetDataQualityResultResponse$
];
var GetDataQualityResultV2$ = [9, n0, _GDQRV,
    0, () => GetDataQualityResultV2Request$, () => GetDataQualityResultV2Response$
];
var GetDataQualityRuleRecommendationRun$ = [9, n0, _GDQRRR,
    0, () => GetDataQualityRuleRecommendationRunRequest$, () => GetDataQualityRuleRecommendationRunResponse$
];
var GetDataQualityRuleset$ = [9, n0, _GDQRe,
    0, () => GetDataQualityRulesetRequest$, () => GetDataQualityRulesetResponse$
];
var GetDataQualityRulesetEvaluationRun$ = [9, n0, _GDQRER,
    0, () => GetDataQualityRulesetEvaluationRunRequest$, () => GetDataQualityRulesetEvaluationRunResponse$
];
var GetDevEndpoint$ = [9, n0, _GDE,
    0, () => GetDevEndpointRequest$, () => GetDevEndpointResponse$
];
var GetDevEndpoints$ = [9, n0, _GDEe,
    0, () => GetDevEndpointsRequest$, () => GetDevEndpointsResponse$
];
var GetEntityRecords$ = [9, n0, _GER,
    0, () => GetEntityRecordsRequest$, () => GetEntityRecordsResponse$
];
var GetFormType$ = [9, n0, _GFT,
    { [_h]: ["GET", "/form-types/{Identifier}", 200] }, () => GetFormTypeRequest$, () => GetFormTypeResponse$
];
var GetGlossary$ = [9, n0, _GG,
    { [_h]: ["GET", "/glossaries/{Identifier}", 200] }, () => GetGlossaryRequest$, () => GetGlossaryResponse$
];
var GetGlossaryTerm$ = [9, n0, _GGT,
    { [_h]: ["GET", "/glossary-terms/{Identifier}", 200] }, () => GetGlossaryTermRequest$, () => GetGlossaryTermResponse$
];
var GetGlueIdentityCenterConfiguration$ = [9, n0, _GGICC,
    0, () => GetGlueIdentityCenterConfigurationRequest$, () => GetGlueIdentityCenterConfigurationResponse$
];
var GetIntegrationResourceProperty$ = [9, n0, _GIRP,
    0, () => GetIntegrationResourcePropertyRequest$, () => GetIntegrationResourcePropertyResponse$
];
var GetIntegrationTableProperties$ = [9, n0, _GITP,
    0, () => GetIntegrationTablePropertiesRequest$, () => GetIntegrationTablePropertiesResponse$
];
var GetJob$ = [9, n0, _GJ,
    0, () => GetJobRequest$, () => GetJobResponse$
];
var GetJobBookmark$ = [9, n0, _GJB,
    0, () => GetJobBookmarkRequest$, () => GetJobBookmarkResponse$
];
var GetJobRun$ = [9, n0, _GJRetob,
    0, () => GetJobRunRequest$, () => GetJobRunResponse$
];
var GetJobRuns$ = [9, n0, _GJRetobu,
    0, () => GetJobRunsRequest$, () => GetJobRunsResponse$
];
var GetJobs$ = [9, n0, _GJe,
    0, () => GetJobsRequest$, () => GetJobsResponse$
];
var GetJobUpgradeAnalysis$ = [9, n0, _GJUA,
    0, () => GetJobUpgradeAnalysisRequest$, () => GetJobUpgradeAnalysisResponse$
];
var GetMapping$ = [9, n0, _GMe,
    0, () => GetMappingRequest$, () => GetMappingResponse$
];
var GetMaterializedViewRefreshTaskRun$ = [9, n0, _GMVRTR,
    0, () => GetMaterializedViewRefreshTaskRunRequest$, () => GetMaterializedViewRefreshTaskRunResponse$
];
var GetMLTaskRun$ = [9, n0, _GMLTReta,
    0, () => GetMLTaskRunRequest$, () => GetMLTaskRunResponse$
];
var GetMLTaskRuns$ = [9, n0, _GMLTRetas,
    0, () => GetMLTaskRunsRequest$, () => GetMLTaskRunsResponse$
];
var GetMLTransform$ = [9, n0, _GMLT,
    0, () => GetMLTransformRequest$, () => GetMLTransformResponse$
];
var GetMLTransforms$ = [9, n0, _GMLTe,
    0, () => GetMLTransformsRequest$, () => GetMLTransformsResponse$
];
var GetPartition$ = [9, n0, _GPe,
    0, () => GetPartitionRequest$, () => GetPartitionResponse$
];
var GetPartitionIndexes$ = [9, n0, _GPI,
    0, () => GetPartitionIndexesRequest$, () => GetPartitionIndexesResponse$
];
var GetPartitions$ = [9, n0, _GPet,
    0, () => GetPartitionsRequest$, () => GetPartitionsResponse$
];
var GetPlan$ = [9, n0, _GPetl,
    0, () => GetPlanRequest$, () => GetPlanResponse$
];
var GetRegistry$ = [9, n0, _GR,
    0, () => GetRegistryInput$, () => GetRegistryResponse$
];
var GetResourcePolicies$ = [9, n0, _GRP,
    0, () => GetResourcePoliciesRequest$, () => GetResourcePoliciesResponse$
];
var GetResourcePolicy$ = [9, n0, _GRPe,
    0, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetSchema$ = [9, n0, _GSe,
    0, () => GetSchemaInput$, () => GetSchemaResponse$
];
var GetSchemaByDefinition$ = [9, n0, _GSBD,
    0, () => GetSchemaByDefinitionInput$, () => GetSchemaByDefinitionResponse$
];
var GetSchemaVersion$ = [9, n0, _GSV,
    0, () => GetSchemaVersionInput$, () => GetSchemaVersionResponse$
];
var GetSchemaVersionsDiff$ = [9, n0, _GSVD,
    0, () => GetSchemaVersionsDiffInput$, () => GetSchemaVersionsDiffResponse$
];
var GetSecurityConfiguration$ = [9, n0, _GSCe,
    0, () => GetSecurityConfigurationRequest$, () => GetSecurityConfigurationResponse$
];
var GetSecurityConfigurations$ = [9, n0, _GSCet,
    0, () => GetSecurityConfigurationsRequest$, () => GetSecurityConfigurationsResponse$
];
var GetSession$ = [9, n0, _GSet,
    0, () => GetSessionRequest$, () => GetSessionResponse$
];
var GetSessionEndpoint$ = [9, n0, _GSE,
    0, () => GetSessionEndpointRequest$, () => GetSessionEndpointResponse$
];
var GetStatement$ = [9, n0, _GSett,
    0, () => GetStatementRequest$, () => GetStatementResponse$
];
var GetSystemLogsForJobRun$ = [9, n0, _GSLFJR,
    0, () => GetSystemLogsForJobRunRequest$, () => GetSystemLogsForJobRunResponse$
];
var GetSystemLogsForSession$ = [9, n0, _GSLFS,
    0, () => GetSystemLogsForSessionRequest$, () => GetSystemLogsForSessionResponse$
];
var GetTable$ = [9, n0, _GTe,
    0, () => GetTableRequest$, () => GetTableResponse$
];
var GetTableOptimizer$ = [9, n0, _GTO,
    0, () => GetTableOptimizerRequest$, () => GetTableOptimizerResponse$
];
var GetTables$ = [9, n0, _GTet,
    0, () => GetTablesRequest$, () => GetTablesResponse$
];
var GetTableVersion$ = [9, n0, _GTV,
    0, () => GetTableVersionRequest$, () => GetTableVersionResponse$
];
var GetTableVersions$ = [9, n0, _GTVe,
    0, () => GetTableVersionsRequest$, () => GetTableVersionsResponse$
];
var GetTags$ = [9, n0, _GTeta,
    0, () => GetTagsRequest$, () => GetTagsResponse$
];
var GetTrigger$ = [9, n0, _GTetr,
    0, () => GetTriggerRequest$, () => GetTriggerResponse$
];
var GetTriggers$ = [9, n0, _GTetri,
    0, () => GetTriggersRequest$, () => GetTriggersResponse$
];
var GetUnfilteredPartitionMetadata$ = [9, n0, _GUPM,
    0, () => GetUnfilteredPartitionMetadataRequest$, () => GetUnfilteredPartitionMetadataResponse$
];
var GetUnfilteredPartitionsMetadata$ = [9, n0, _GUPMe,
    0, () => GetUnfilteredPartitionsMetadataRequest$, () => GetUnfilteredPartitionsMetadataResponse$
];
var GetUnfilteredTableMetadata$ = [9, n0, _GUTM,
    0, () => GetUnfilteredTableMetadataRequest$, () => GetUnfilteredTableMetadataResponse$
];
var GetUsageProfile$ = [9, n0, _GUP,
    0, () => GetUsageProfileRequest$, () => GetUsageProfileResponse$
];
var GetUserDefinedFunction$ = [9, n0, _GUDF,
    0, () => GetUserDefinedFunctionRequest$, () => GetUserDefinedFunctionResponse$
];
var GetUserDefinedFunctions$ = [9, n0, _GUDFe,
    0, () => GetUserDefinedFunctionsRequest$, () => GetUserDefinedFunctionsResponse$
];
var GetWorkflow$ = [9, n0, _GW,
    0, () => GetWorkflowRequest$, () => GetWorkflowResponse$
];
var GetWorkflowRun$ = [9, n0, _GWRet,
    0, () => GetWorkflowRunRequest$, () => GetWorkflowRunResponse$
];
var GetWorkflowRunProperties$ = [9, n0, _GWRP,
    0, () => GetWorkflowRunPropertiesRequest$, () => GetWorkflowRunPropertiesResponse$
];
var GetWorkflowRuns$ = [9, n0, _GWReto,
    0, () => GetWorkflowRunsRequest$, () => GetWorkflowRunsResponse$
];
var ImportCatalogToGlue$ = [9, n0, _ICTG,
    0, () => ImportCatalogToGlueRequest$, () => ImportCatalogToGlueResponse$
];
var ListAssetTypes$ = [9, n0, _LATi,
    { [_h]: ["GET", "/asset-types", 200] }, () => ListAssetTypesRequest$, () => ListAssetTypesResponse$
];
var ListBlueprints$ = [9, n0, _LBi,
    0, () => ListBlueprintsRequest$, () => ListBlueprintsResponse$
];
var ListColumnStatisticsTaskRuns$ = [9, n0, _LCSTR,
    0, () => ListColumnStatisticsTaskRunsRequest$, () => ListColumnStatisticsTaskRunsResponse$
];
var ListConnectionTypes$ = [9, n0, _LCT,
    0, () => ListConnectionTypesRequest$, () => ListConnectionTypesResponse$
];
var ListCrawlers$ = [9, n0, _LCi,
    0, () => ListCrawlersRequest$, () => ListCrawlersResponse$
];
var ListCrawls$ = [9, n0, _LCis,
    0, () => ListCrawlsRequest$, () => ListCrawlsResponse$
];
var ListCustomEntityTypes$ = [9, n0, _LCET,
    0, () => ListCustomEntityTypesRequest$, () => ListCustomEntityTypesResponse$
];
var ListDataQualityEvaluationConfigs$ = [9, n0, _LDQEC,
    0, () => ListDataQualityEvaluationConfigsRequest$, () => ListDataQualityEvaluationConfigsResponse$
];
var ListDataQualityResults$ = [9, n0, _LDQR,
    0, () => ListDataQualityResultsRequest$, () => ListDataQualityResultsResponse$
];
var ListDataQualityResultsV2$ = [9, n0, _LDQRV,
    0, () => ListDataQualityResultsV2Request$, () => ListDataQualityResultsV2Response$
];
var ListDataQualityRuleRecommendationRuns$ = [9, n0, _LDQRRR,
    0, () => ListDataQualityRuleRecommendationRunsRequest$, () => ListDataQualityRuleRecommendationRunsResponse$
];
var ListDataQualityRulesetEvaluationRuns$ = [9, n0, _LDQRER,
    0, () => ListDataQualityRulesetEvaluationRunsRequest$, () => ListDataQualityRulesetEvaluationRunsResponse$
];
var ListDataQualityRulesets$ = [9, n0, _LDQRi,
    0, () => ListDataQualityRulesetsRequest$, () => ListDataQualityRulesetsResponse$
];
var ListDataQualityStatisticAnnotations$ = [9, n0, _LDQSA,
    0, () => ListDataQualityStatisticAnnotationsRequest$, () => ListDataQualityStatisticAnnotationsResponse$
];
var ListDataQualityStatistics$ = [9, n0, _LDQS,
    0, () => ListDataQualityStatisticsRequest$, () => ListDataQualityStatisticsResponse$
];
var ListDevEndpoints$ = [9, n0, _LDE,
    0, () => ListDevEndpointsRequest$, () => ListDevEndpointsResponse$
];
var ListEntities$ = [9, n0, _LE,
    0, () => ListEntitiesRequest$, () => ListEntitiesResponse$
];
var ListFormTypes$ = [9, n0, _LFT,
    { [_h]: ["GET", "/form-types", 200] }, () => ListFormTypesRequest$, () => ListFormTypesResponse$
];
var ListGlossaries$ = [9, n0, _LGi,
    { [_h]: ["GET", "/glossaries", 200] }, () => ListGlossariesRequest$, () => ListGlossariesResponse$
];
var ListGlossaryTerms$ = [9, n0, _LGT,
    { [_h]: ["GET", "/glossary-terms", 200] }, () => ListGlossaryTermsRequest$, () => ListGlossaryTermsResponse$
];
var ListIntegrationResourceProperties$ = [9, n0, _LIRP,
    0, () => ListIntegrationResourcePropertiesRequest$, () => ListIntegrationResourcePropertiesResponse$
];
var ListIntegrationTableProperties$ = [9, n0, _LITP,
    0, () => ListIntegrationTablePropertiesRequest$, () => ListIntegrationTablePropertiesResponse$
];
var ListIterableForms$ = [9, n0, _LIF,
    { [_h]: ["GET", "/assets/{AssetIdentifier}/iterable-forms/{IterableFormName}", 200] }, () => ListIterableFormsRequest$, () => ListIterableFormsResponse$
];
var ListJobs$ = [9, n0, _LJ,
    0, () => ListJobsRequest$, () => ListJobsResponse$
];
var ListMaterializedViewRefreshTaskRuns$ = [9, n0, _LMVRTR,
    0, () => ListMaterializedViewRefreshTaskRunsRequest$, () => ListMaterializedViewRefreshTaskRunsResponse$
];
var ListMLTransforms$ = [9, n0, _LMLT,
    0, () => ListMLTransformsRequest$, () => ListMLTransformsResponse$
];
var ListRegistries$ = [9, n0, _LRi,
    0, () => ListRegistriesInput$, () => ListRegistriesResponse$
];
var ListSchemas$ = [9, n0, _LSi,
    0, () => ListSchemasInput$, () => ListSchemasResponse$
];
var ListSchemaVersions$ = [9, n0, _LSVi,
    0, () => ListSchemaVersionsInput$, () => ListSchemaVersionsResponse$
];
var ListSessions$ = [9, n0, _LSis,
    0, () => ListSessionsRequest$, () => ListSessionsResponse$
];
var ListStatements$ = [9, n0, _LSist,
    0, () => ListStatementsRequest$, () => ListStatementsResponse$
];
var ListTableOptimizerRuns$ = [9, n0, _LTOR,
    0, () => ListTableOptimizerRunsRequest$, () => ListTableOptimizerRunsResponse$
];
var ListTriggers$ = [9, n0, _LTi,
    0, () => ListTriggersRequest$, () => ListTriggersResponse$
];
var ListUsageProfiles$ = [9, n0, _LUP,
    0, () => ListUsageProfilesRequest$, () => ListUsageProfilesResponse$
];
var ListWorkflows$ = [9, n0, _LW,
    0, () => ListWorkflowsRequest$, () => ListWorkflowsResponse$
];
var ModifyIntegration$ = [9, n0, _MIo,
    0, () => ModifyIntegrationRequest$, () => ModifyIntegrationResponse$
];
var PublishDataQualityResultV2$ = [9, n0, _PDQRV,
    2, () => PublishDataQualityResultV2Request$, () => PublishDataQualityResultV2Response$
];
var PutAsset$ = [9, n0, _PAut,
    { [_h]: ["PUT", "/assets", 200] }, () => PutAssetRequest$, () => PutAssetResponse$
];
var PutAssetType$ = [9, n0, _PAT,
    { [_h]: ["PUT", "/asset-types", 200] }, () => PutAssetTypeRequest$, () => PutAssetTypeResponse$
];
var PutAttachment$ = [9, n0, _PAutt,
    { [_h]: ["POST", "/assets/{AssetIdentifier}/attachment", 200] }, () => PutAttachmentRequest$, () => PutAttachmentResponse$
];
var PutDataCatalogEncryptionSettings$ = [9, n0, _PDCES,
    0, () => PutDataCatalogEncryptionSettingsRequest$, () => PutDataCatalogEncryptionSettingsResponse$
];
var PutDataCatalogExportConfiguration$ = [9, n0, _PDCEC,
    { [_h]: ["POST", "/put-data-catalog-export-configuration", 200] }, () => PutDataCatalogExportConfigurationInput$, () => PutDataCatalogExportConfigurationOutput$
];
var PutDataQualityProfileAnnotation$ = [9, n0, _PDQPA,
    0, () => PutDataQualityProfileAnnotationRequest$, () => PutDataQualityProfileAnnotationResponse$
];
var PutFormType$ = [9, n0, _PFT,
    { [_h]: ["PUT", "/form-types", 200] }, () => PutFormTypeRequest$, () => PutFormTypeResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    0, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var PutSchemaVersionMetadata$ = [9, n0, _PSVM,
    0, () => PutSchemaVersionMetadataInput$, () => PutSchemaVersionMetadataResponse$
];
var PutWorkflowRunProperties$ = [9, n0, _PWRP,
    0, () => PutWorkflowRunPropertiesRequest$, () => PutWorkflowRunPropertiesResponse$
];
var QuerySchemaVersionMetadata$ = [9, n0, _QSVM,
    0, () => QuerySchemaVersionMetadataInput$, () => QuerySchemaVersionMetadataResponse$
];
var RegisterConnectionType$ = [9, n0, _RCT,
    0, () => RegisterConnectionTypeRequest$, () => RegisterConnectionTypeResponse$
];
var RegisterSchemaVersion$ = [9, n0, _RSV,
    0, () => RegisterSchemaVersionInput$, () => RegisterSchemaVersionResponse$
];
var RemoveSchemaVersionMetadata$ = [9, n0, _RSVM,
    0, () => RemoveSchemaVersionMetadataInput$, () => RemoveSchemaVersionMetadataResponse$
];
var ResetJobBookmark$ = [9, n0, _RJB,
    0, () => ResetJobBookmarkRequest$, () => ResetJobBookmarkResponse$
];
var ResumeWorkflowRun$ = [9, n0, _RWR,
    0, () => ResumeWorkflowRunRequest$, () => ResumeWorkflowRunResponse$
];
var RunStatement$ = [9, n0, _RSu,
    0, () => RunStatementRequest$, () => RunStatementResponse$
];
var SearchAssets$ = [9, n0, _SAe,
    { [_h]: ["POST", "/search-assets", 200] }, () => SearchAssetsInput$, () => SearchAssetsOutput$
];
var SearchTables$ = [9, n0, _STear,
    0, () => SearchTablesRequest$, () => SearchTablesResponse$
];
var StartBlueprintRun$ = [9, n0, _SBR,
    0, () => StartBlueprintRunRequest$, () => StartBlueprintRunResponse$
];
var StartColumnStatisticsTaskRun$ = [9, n0, _SCSTR,
    0, () => StartColumnStatisticsTaskRunRequest$, () => StartColumnStatisticsTaskRunResponse$
];
var StartColumnStatisticsTaskRunSchedule$ = [9, n0, _SCSTRS,
    0, () => StartColumnStatisticsTaskRunScheduleRequest$, () => StartColumnStatisticsTaskRunScheduleResponse$
];
var StartCrawler$ = [9, n0, _SCt,
    0, () => StartCrawlerRequest$, () => StartCrawlerResponse$
];
var StartCrawlerSchedule$ = [9, n0, _SCSt,
    0, () => StartCrawlerScheduleRequest$, () => StartCrawlerScheduleResponse$
];
var StartDataQualityRuleRecommendationRun$ = [9, n0, _SDQRRR,
    2, () => StartDataQualityRuleRecommendationRunRequest$, () => StartDataQualityRuleRecommendationRunResponse$
];
var StartDataQualityRulesetEvaluationRun$ = [9, n0, _SDQRER,
    2, () => StartDataQualityRulesetEvaluationRunRequest$, () => StartDataQualityRulesetEvaluationRunResponse$
];
var StartExportLabelsTaskRun$ = [9, n0, _SELTR,
    0, () => StartExportLabelsTaskRunRequest$, () => StartExportLabelsTaskRunResponse$
];
var StartImportLabelsTaskRun$ = [9, n0, _SILTR,
    0, () => StartImportLabelsTaskRunRequest$, () => StartImportLabelsTaskRunResponse$
];
var StartJobRun$ = [9, n0, _SJR,
    0, () => StartJobRunRequest$, () => StartJobRunResponse$
];
var StartJobUpgradeAnalysis$ = [9, n0, _SJUA,
    0, () => StartJobUpgradeAnalysisRequest$, () => StartJobUpgradeAnalysisResponse$
];
var StartMaterializedViewRefreshTaskRun$ = [9, n0, _SMVRTR,
    0, () => StartMaterializedViewRefreshTaskRunRequest$, () => StartMaterializedViewRefreshTaskRunResponse$
];
var StartMLEvaluationTaskRun$ = [9, n0, _SMLETR,
    0, () => StartMLEvaluationTaskRunRequest$, () => StartMLEvaluationTaskRunResponse$
];
var StartMLLabelingSetGenerationTaskRun$ = [9, n0, _SMLLSGTR,
    0, () => StartMLLabelingSetGenerationTaskRunRequest$, () => StartMLLabelingSetGenerationTaskRunResponse$
];
var StartTrigger$ = [9, n0, _STtart,
    0, () => StartTriggerRequest$, () => StartTriggerResponse$
];
var StartWorkflowRun$ = [9, n0, _SWR,
    0, () => StartWorkflowRunRequest$, () => StartWorkflowRunResponse$
];
var StopColumnStatisticsTaskRun$ = [9, n0, _SCSTRt,
    0, () => StopColumnStatisticsTaskRunRequest$, () => StopColumnStatisticsTaskRunResponse$
];
var StopColumnStatisticsTaskRunSchedule$ = [9, n0, _SCSTRSt,
    0, () => StopColumnStatisticsTaskRunScheduleRequest$, () => StopColumnStatisticsTaskRunScheduleResponse$
];
var StopCrawler$ = [9, n0, _SCto,
    0, () => StopCrawlerRequest$, () => StopCrawlerResponse$
];
var StopCrawlerSchedule$ = [9, n0, _SCSto,
    0, () => StopCrawlerScheduleRequest$, () => StopCrawlerScheduleResponse$
];
var StopJobUpgradeAnalysis$ = [9, n0, _SJUAt,
    0, () => StopJobUpgradeAnalysisRequest$, () => StopJobUpgradeAnalysisResponse$
];
var StopMaterializedViewRefreshTaskRun$ = [9, n0, _SMVRTRt,
    0, () => StopMaterializedViewRefreshTaskRunRequest$, () => StopMaterializedViewRefreshTaskRunResponse$
];
var StopSession$ = [9, n0, _SSto,
    0, () => StopSessionRequest$, () => StopSessionResponse$
];
var StopTrigger$ = [9, n0, _STto,
    0, () => StopTriggerRequest$, () => StopTriggerResponse$
];
var StopWorkflowRun$ = [9, n0, _SWRt,
    0, () => StopWorkflowRunRequest$, () => StopWorkflowRunResponse$
];
var TagResource$ = [9, n0, _TRag,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];
var TestConnection$ = [9, n0, _TCe,
    0, () => TestConnectionRequest$, () => TestConnectionResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAsset$ = [9, n0, _UAp,
    { [_h]: ["PUT", "/assets/{Identifier}", 200] }, () => UpdateAssetRequest$, () => UpdateAssetResponse$
];
var UpdateBlueprint$ = [9, n0, _UBpda,
    0, () => UpdateBlueprintRequest$, () => UpdateBlueprintResponse$
];
var UpdateCatalog$ = [9, n0, _UC,
    0, () => UpdateCatalogRequest$, () => UpdateCatalogResponse$
];
var UpdateClassifier$ = [9, n0, _UCp,
    0, () => UpdateClassifierRequest$, () => UpdateClassifierResponse$
];
var UpdateColumnStatisticsForPartition$ = [9, n0, _UCSFP,
    0, () => UpdateColumnStatisticsForPartitionRequest$, () => UpdateColumnStatisticsForPartitionResponse$
];
var UpdateColumnStatisticsForTable$ = [9, n0, _UCSFT,
    0, () => UpdateColumnStatisticsForTableRequest$, () => UpdateColumnStatisticsForTableResponse$
];
var UpdateColumnStatisticsTaskSettings$ = [9, n0, _UCSTS,
    0, () => UpdateColumnStatisticsTaskSettingsRequest$, () => UpdateColumnStatisticsTaskSettingsResponse$
];
var UpdateConnection$ = [9, n0, _UCpd,
    0, () => UpdateConnectionRequest$, () => UpdateConnectionResponse$
];
var UpdateCrawler$ = [9, n0, _UCpda,
    0, () => UpdateCrawlerRequest$, () => UpdateCrawlerResponse$
];
var UpdateCrawlerSchedule$ = [9, n0, _UCS,
    0, () => UpdateCrawlerScheduleRequest$, () => UpdateCrawlerScheduleResponse$
];
var UpdateDatabase$ = [9, n0, _UD,
    0, () => UpdateDatabaseRequest$, () => UpdateDatabaseResponse$
];
var UpdateDataQualityEvaluationConfig$ = [9, n0, _UDQEC,
    0, () => UpdateDataQualityEvaluationConfigRequest$, () => UpdateDataQualityEvaluationConfigResponse$
];
var UpdateDataQualityRuleset$ = [9, n0, _UDQR,
    0, () => UpdateDataQualityRulesetRequest$, () => UpdateDataQualityRulesetResponse$
];
var UpdateDevEndpoint$ = [9, n0, _UDE,
    0, () => UpdateDevEndpointRequest$, () => UpdateDevEndpointResponse$
];
var UpdateGlossary$ = [9, n0, _UG,
    { [_h]: ["PUT", "/glossaries/{Identifier}", 200] }, () => UpdateGlossaryRequest$, () => UpdateGlossaryResponse$
];
var UpdateGlossaryTerm$ = [9, n0, _UGT,
    { [_h]: ["PUT", "/glossary-terms/{Identifier}", 200] }, () => UpdateGlossaryTermRequest$, () => UpdateGlossaryTermResponse$
];
var UpdateGlueIdentityCenterConfiguration$ = [9, n0, _UGICC,
    0, () => UpdateGlueIdentityCenterConfigurationRequest$, () => UpdateGlueIdentityCenterConfigurationResponse$
];
var UpdateIntegrationResourceProperty$ = [9, n0, _UIRP,
    0, () => UpdateIntegrationResourcePropertyRequest$, () => UpdateIntegrationResourcePropertyResponse$
];
var UpdateIntegrationTableProperties$ = [9, n0, _UITP,
    0, () => UpdateIntegrationTablePropertiesRequest$, () => UpdateIntegrationTablePropertiesResponse$
];
var UpdateJob$ = [9, n0, _UJ,
    0, () => UpdateJobRequest$, () => UpdateJobResponse$
];
var UpdateJobFromSourceControl$ = [9, n0, _UJFSC,
    0, () => UpdateJobFromSourceControlRequest$, () => UpdateJobFromSourceControlResponse$
];
var UpdateMLTransform$ = [9, n0, _UMLT,
    0, () => UpdateMLTransformRequest$, () => UpdateMLTransformResponse$
];
var UpdatePartition$ = [9, n0, _UPp,
    0, () => UpdatePartitionRequest$, () => UpdatePartitionResponse$
];
var UpdateRegistry$ = [9, n0, _URp,
    0, () => UpdateRegistryInput$, () => UpdateRegistryResponse$
];
var UpdateSchema$ = [9, n0, _USp,
    0, () => UpdateSchemaInput$, () => UpdateSchemaResponse$
];
var UpdateSourceControlFromJob$ = [9, n0, _USCFJ,
    0, () => UpdateSourceControlFromJobRequest$, () => UpdateSourceControlFromJobResponse$
];
var UpdateTable$ = [9, n0, _UTpd,
    0, () => UpdateTableRequest$, () => UpdateTableResponse$
];
var UpdateTableOptimizer$ = [9, n0, _UTO,
    0, () => UpdateTableOptimizerRequest$, () => UpdateTableOptimizerResponse$
];
var UpdateTrigger$ = [9, n0, _UTpda,
    0, () => UpdateTriggerRequest$, () => UpdateTriggerResponse$
];
var UpdateUsageProfile$ = [9, n0, _UUP,
    0, () => UpdateUsageProfileRequest$, () => UpdateUsageProfileResponse$
];
var UpdateUserDefinedFunction$ = [9, n0, _UUDF,
    0, () => UpdateUserDefinedFunctionRequest$, () => UpdateUserDefinedFunctionResponse$
];
var UpdateWorkflow$ = [9, n0, _UW,
    0, () => UpdateWorkflowRequest$, () => UpdateWorkflowResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2017-03-31",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultGlueHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.glue",
            errorTypeRegistries,
            version: "2017-03-31",
            serviceTarget: "AWSGlue",
        },
        serviceId: config?.serviceId ?? "Glue",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class GlueClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultGlueHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSGlue", "GlueClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssociateGlossaryTermsCommand extends command(_ep0, _mw0, "AssociateGlossaryTerms", AssociateGlossaryTerms$) {
}

class BatchCreatePartitionCommand extends command(_ep0, _mw0, "BatchCreatePartition", BatchCreatePartition$) {
}

class BatchDeleteConnectionCommand extends command(_ep0, _mw0, "BatchDeleteConnection", BatchDeleteConnection$) {
}

class BatchDeletePartitionCommand extends command(_ep0, _mw0, "BatchDeletePartition", BatchDeletePartition$) {
}

class BatchDeleteTableCommand extends command(_ep0, _mw0, "BatchDeleteTable", BatchDeleteTable$) {
}

class BatchDeleteTableVersionCommand extends command(_ep0, _mw0, "BatchDeleteTableVersion", BatchDeleteTableVersion$) {
}

class BatchGetBlueprintsCommand extends command(_ep0, _mw0, "BatchGetBlueprints", BatchGetBlueprints$) {
}

class BatchGetCrawlersCommand extends command(_ep0, _mw0, "BatchGetCrawlers", BatchGetCrawlers$) {
}

class BatchGetCustomEntityTypesCommand extends command(_ep0, _mw0, "BatchGetCustomEntityTypes", BatchGetCustomEntityTypes$) {
}

class BatchGetDataQualityResultCommand extends command(_ep0, _mw0, "BatchGetDataQualityResult", BatchGetDataQualityResult$) {
}

class BatchGetDataQualityResultV2Command extends command(_ep0, _mw0, "BatchGetDataQualityResultV2", BatchGetDataQualityResultV2$) {
}

class BatchGetDataQualityRulesetEvaluationRunCommand extends command(_ep0, _mw0, "BatchGetDataQualityRulesetEvaluationRun", BatchGetDataQualityRulesetEvaluationRun$) {
}

class BatchGetDevEndpointsCommand extends command(_ep0, _mw0, "BatchGetDevEndpoints", BatchGetDevEndpoints$) {
}

class BatchGetIterableFormsCommand extends command(_ep0, _mw0, "BatchGetIterableForms", BatchGetIterableForms$) {
}

class BatchGetJobsCommand extends command(_ep0, _mw0, "BatchGetJobs", BatchGetJobs$) {
}

class BatchGetPartitionCommand extends command(_ep0, _mw0, "BatchGetPartition", BatchGetPartition$) {
}

class BatchGetTableOptimizerCommand extends command(_ep0, _mw0, "BatchGetTableOptimizer", BatchGetTableOptimizer$) {
}

class BatchGetTriggersCommand extends command(_ep0, _mw0, "BatchGetTriggers", BatchGetTriggers$) {
}

class BatchGetWorkflowsCommand extends command(_ep0, _mw0, "BatchGetWorkflows", BatchGetWorkflows$) {
}

class BatchPutDataQualityStatisticAnnotationCommand extends command(_ep0, _mw0, "BatchPutDataQualityStatisticAnnotation", BatchPutDataQualityStatisticAnnotation$) {
}

class BatchStopJobRunCommand extends command(_ep0, _mw0, "BatchStopJobRun", BatchStopJobRun$) {
}

class BatchUpdatePartitionCommand extends command(_ep0, _mw0, "BatchUpdatePartition", BatchUpdatePartition$) {
}

class CancelDataQualityRuleRecommendationRunCommand extends command(_ep0, _mw0, "CancelDataQualityRuleRecommendationRun", CancelDataQualityRuleRecommendationRun$) {
}

class CancelDataQualityRulesetEvaluationRunCommand extends command(_ep0, _mw0, "CancelDataQualityRulesetEvaluationRun", CancelDataQualityRulesetEvaluationRun$) {
}

class CancelMLTaskRunCommand extends command(_ep0, _mw0, "CancelMLTaskRun", CancelMLTaskRun$) {
}

class CancelStatementCommand extends command(_ep0, _mw0, "CancelStatement", CancelStatement$) {
}

class CheckSchemaVersionValidityCommand extends command(_ep0, _mw0, "CheckSchemaVersionValidity", CheckSchemaVersionValidity$) {
}

class CreateBlueprintCommand extends command(_ep0, _mw0, "CreateBlueprint", CreateBlueprint$) {
}

class CreateCatalogCommand extends command(_ep0, _mw0, "CreateCatalog", CreateCatalog$) {
}

class CreateClassifierCommand extends command(_ep0, _mw0, "CreateClassifier", CreateClassifier$) {
}

class CreateColumnStatisticsTaskSettingsCommand extends command(_ep0, _mw0, "CreateColumnStatisticsTaskSettings", CreateColumnStatisticsTaskSettings$) {
}

class CreateConnectionCommand extends command(_ep0, _mw0, "CreateConnection", CreateConnection$) {
}

class CreateCrawlerCommand extends command(_ep0, _mw0, "CreateCrawler", CreateCrawler$) {
}

class CreateCustomEntityTypeCommand extends command(_ep0, _mw0, "CreateCustomEntityType", CreateCustomEntityType$) {
}

class CreateDatabaseCommand extends command(_ep0, _mw0, "CreateDatabase", CreateDatabase$) {
}

class CreateDataQualityEvaluationConfigCommand extends command(_ep0, _mw0, "CreateDataQualityEvaluationConfig", CreateDataQualityEvaluationConfig$) {
}

class CreateDataQualityRulesetCommand extends command(_ep0, _mw0, "CreateDataQualityRuleset", CreateDataQualityRuleset$) {
}

class CreateDevEndpointCommand extends command(_ep0, _mw0, "CreateDevEndpoint", CreateDevEndpoint$) {
}

class CreateGlossaryCommand extends command(_ep0, _mw0, "CreateGlossary", CreateGlossary$) {
}

class CreateGlossaryTermCommand extends command(_ep0, _mw0, "CreateGlossaryTerm", CreateGlossaryTerm$) {
}

class CreateGlueIdentityCenterConfigurationCommand extends command(_ep0, _mw0, "CreateGlueIdentityCenterConfiguration", CreateGlueIdentityCenterConfiguration$) {
}

class CreateIntegrationCommand extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
}

class CreateIntegrationResourcePropertyCommand extends command(_ep0, _mw0, "CreateIntegrationResourceProperty", CreateIntegrationResourceProperty$) {
}

class CreateIntegrationTablePropertiesCommand extends command(_ep0, _mw0, "CreateIntegrationTableProperties", CreateIntegrationTableProperties$) {
}

class CreateJobCommand extends command(_ep0, _mw0, "CreateJob", CreateJob$) {
}

class CreateMLTransformCommand extends command(_ep0, _mw0, "CreateMLTransform", CreateMLTransform$) {
}

class CreatePartitionCommand extends command(_ep0, _mw0, "CreatePartition", CreatePartition$) {
}

class CreatePartitionIndexCommand extends command(_ep0, _mw0, "CreatePartitionIndex", CreatePartitionIndex$) {
}

class CreateRegistryCommand extends command(_ep0, _mw0, "CreateRegistry", CreateRegistry$) {
}

class CreateSchemaCommand extends command(_ep0, _mw0, "CreateSchema", CreateSchema$) {
}

class CreateScriptCommand extends command(_ep0, _mw0, "CreateScript", CreateScript$) {
}

class CreateSecurityConfigurationCommand extends command(_ep0, _mw0, "CreateSecurityConfiguration", CreateSecurityConfiguration$) {
}

class CreateSessionCommand extends command(_ep0, _mw0, "CreateSession", CreateSession$) {
}

class CreateTableCommand extends command(_ep0, _mw0, "CreateTable", CreateTable$) {
}

class CreateTableOptimizerCommand extends command(_ep0, _mw0, "CreateTableOptimizer", CreateTableOptimizer$) {
}

class CreateTriggerCommand extends command(_ep0, _mw0, "CreateTrigger", CreateTrigger$) {
}

class CreateUsageProfileCommand extends command(_ep0, _mw0, "CreateUsageProfile", CreateUsageProfile$) {
}

class CreateUserDefinedFunctionCommand extends command(_ep0, _mw0, "CreateUserDefinedFunction", CreateUserDefinedFunction$) {
}

class CreateWorkflowCommand extends command(_ep0, _mw0, "CreateWorkflow", CreateWorkflow$) {
}

class DeleteAssetCommand extends command(_ep0, _mw0, "DeleteAsset", DeleteAsset$) {
}

class DeleteAssetTypeCommand extends command(_ep0, _mw0, "DeleteAssetType", DeleteAssetType$) {
}

class DeleteAttachmentCommand extends command(_ep0, _mw0, "DeleteAttachment", DeleteAttachment$) {
}

class DeleteBlueprintCommand extends command(_ep0, _mw0, "DeleteBlueprint", DeleteBlueprint$) {
}

class DeleteCatalogCommand extends command(_ep0, _mw0, "DeleteCatalog", DeleteCatalog$) {
}

class DeleteClassifierCommand extends command(_ep0, _mw0, "DeleteClassifier", DeleteClassifier$) {
}

class DeleteColumnStatisticsForPartitionCommand extends command(_ep0, _mw0, "DeleteColumnStatisticsForPartition", DeleteColumnStatisticsForPartition$) {
}

class DeleteColumnStatisticsForTableCommand extends command(_ep0, _mw0, "DeleteColumnStatisticsForTable", DeleteColumnStatisticsForTable$) {
}

class DeleteColumnStatisticsTaskSettingsCommand extends command(_ep0, _mw0, "DeleteColumnStatisticsTaskSettings", DeleteColumnStatisticsTaskSettings$) {
}

class DeleteConnectionCommand extends command(_ep0, _mw0, "DeleteConnection", DeleteConnection$) {
}

class DeleteConnectionTypeCommand extends command(_ep0, _mw0, "DeleteConnectionType", DeleteConnectionType$) {
}

class DeleteCrawlerCommand extends command(_ep0, _mw0, "DeleteCrawler", DeleteCrawler$) {
}

class DeleteCustomEntityTypeCommand extends command(_ep0, _mw0, "DeleteCustomEntityType", DeleteCustomEntityType$) {
}

class DeleteDatabaseCommand extends command(_ep0, _mw0, "DeleteDatabase", DeleteDatabase$) {
}

class DeleteDataQualityEvaluationConfigCommand extends command(_ep0, _mw0, "DeleteDataQualityEvaluationConfig", DeleteDataQualityEvaluationConfig$) {
}

class DeleteDataQualityRulesetCommand extends command(_ep0, _mw0, "DeleteDataQualityRuleset", DeleteDataQualityRuleset$) {
}

class DeleteDevEndpointCommand extends command(_ep0, _mw0, "DeleteDevEndpoint", DeleteDevEndpoint$) {
}

class DeleteFormTypeCommand extends command(_ep0, _mw0, "DeleteFormType", DeleteFormType$) {
}

class DeleteGlossaryCommand extends command(_ep0, _mw0, "DeleteGlossary", DeleteGlossary$) {
}

class DeleteGlossaryTermCommand extends command(_ep0, _mw0, "DeleteGlossaryTerm", DeleteGlossaryTerm$) {
}

class DeleteGlueIdentityCenterConfigurationCommand extends command(_ep0, _mw0, "DeleteGlueIdentityCenterConfiguration", DeleteGlueIdentityCenterConfiguration$) {
}

class DeleteIntegrationCommand extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
}

class DeleteIntegrationResourcePropertyCommand extends command(_ep0, _mw0, "DeleteIntegrationResourceProperty", DeleteIntegrationResourceProperty$) {
}

class DeleteIntegrationTablePropertiesCommand extends command(_ep0, _mw0, "DeleteIntegrationTableProperties", DeleteIntegrationTableProperties$) {
}

class DeleteJobCommand extends command(_ep0, _mw0, "DeleteJob", DeleteJob$) {
}

class DeleteMLTransformCommand extends command(_ep0, _mw0, "DeleteMLTransform", DeleteMLTransform$) {
}

class DeletePartitionCommand extends command(_ep0, _mw0, "DeletePartition", DeletePartition$) {
}

class DeletePartitionIndexCommand extends command(_ep0, _mw0, "DeletePartitionIndex", DeletePartitionIndex$) {
}

class DeleteRegistryCommand extends command(_ep0, _mw0, "DeleteRegistry", DeleteRegistry$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteSchemaCommand extends command(_ep0, _mw0, "DeleteSchema", DeleteSchema$) {
}

class DeleteSchemaVersionsCommand extends command(_ep0, _mw0, "DeleteSchemaVersions", DeleteSchemaVersions$) {
}

class DeleteSecurityConfigurationCommand extends command(_ep0, _mw0, "DeleteSecurityConfiguration", DeleteSecurityConfiguration$) {
}

class DeleteSessionCommand extends command(_ep0, _mw0, "DeleteSession", DeleteSession$) {
}

class DeleteTableCommand extends command(_ep0, _mw0, "DeleteTable", DeleteTable$) {
}

class DeleteTableOptimizerCommand extends command(_ep0, _mw0, "DeleteTableOptimizer", DeleteTableOptimizer$) {
}

class DeleteTableVersionCommand extends command(_ep0, _mw0, "DeleteTableVersion", DeleteTableVersion$) {
}

class DeleteTriggerCommand extends command(_ep0, _mw0, "DeleteTrigger", DeleteTrigger$) {
}

class DeleteUsageProfileCommand extends command(_ep0, _mw0, "DeleteUsageProfile", DeleteUsageProfile$) {
}

class DeleteUserDefinedFunctionCommand extends command(_ep0, _mw0, "DeleteUserDefinedFunction", DeleteUserDefinedFunction$) {
}

class DeleteWorkflowCommand extends command(_ep0, _mw0, "DeleteWorkflow", DeleteWorkflow$) {
}

class DescribeConnectionTypeCommand extends command(_ep0, _mw0, "DescribeConnectionType", DescribeConnectionType$) {
}

class DescribeEntityCommand extends command(_ep0, _mw0, "DescribeEntity", DescribeEntity$) {
}

class DescribeInboundIntegrationsCommand extends command(_ep0, _mw0, "DescribeInboundIntegrations", DescribeInboundIntegrations$) {
}

class DescribeIntegrationsCommand extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {
}

class DisassociateGlossaryTermsCommand extends command(_ep0, _mw0, "DisassociateGlossaryTerms", DisassociateGlossaryTerms$) {
}

class GetAssetCommand extends command(_ep0, _mw0, "GetAsset", GetAsset$) {
}

class GetAssetTypeCommand extends command(_ep0, _mw0, "GetAssetType", GetAssetType$) {
}

class GetBlueprintCommand extends command(_ep0, _mw0, "GetBlueprint", GetBlueprint$) {
}

class GetBlueprintRunCommand extends command(_ep0, _mw0, "GetBlueprintRun", GetBlueprintRun$) {
}

class GetBlueprintRunsCommand extends command(_ep0, _mw0, "GetBlueprintRuns", GetBlueprintRuns$) {
}

class GetCatalogCommand extends command(_ep0, _mw0, "GetCatalog", GetCatalog$) {
}

class GetCatalogImportStatusCommand extends command(_ep0, _mw0, "GetCatalogImportStatus", GetCatalogImportStatus$) {
}

class GetCatalogsCommand extends command(_ep0, _mw0, "GetCatalogs", GetCatalogs$) {
}

class GetClassifierCommand extends command(_ep0, _mw0, "GetClassifier", GetClassifier$) {
}

class GetClassifiersCommand extends command(_ep0, _mw0, "GetClassifiers", GetClassifiers$) {
}

class GetColumnStatisticsForPartitionCommand extends command(_ep0, _mw0, "GetColumnStatisticsForPartition", GetColumnStatisticsForPartition$) {
}

class GetColumnStatisticsForTableCommand extends command(_ep0, _mw0, "GetColumnStatisticsForTable", GetColumnStatisticsForTable$) {
}

class GetColumnStatisticsTaskRunCommand extends command(_ep0, _mw0, "GetColumnStatisticsTaskRun", GetColumnStatisticsTaskRun$) {
}

class GetColumnStatisticsTaskRunsCommand extends command(_ep0, _mw0, "GetColumnStatisticsTaskRuns", GetColumnStatisticsTaskRuns$) {
}

class GetColumnStatisticsTaskSettingsCommand extends command(_ep0, _mw0, "GetColumnStatisticsTaskSettings", GetColumnStatisticsTaskSettings$) {
}

class GetConnectionCommand extends command(_ep0, _mw0, "GetConnection", GetConnection$) {
}

class GetConnectionsCommand extends command(_ep0, _mw0, "GetConnections", GetConnections$) {
}

class GetCrawlerCommand extends command(_ep0, _mw0, "GetCrawler", GetCrawler$) {
}

class GetCrawlerMetricsCommand extends command(_ep0, _mw0, "GetCrawlerMetrics", GetCrawlerMetrics$) {
}

class GetCrawlersCommand extends command(_ep0, _mw0, "GetCrawlers", GetCrawlers$) {
}

class GetCustomEntityTypeCommand extends command(_ep0, _mw0, "GetCustomEntityType", GetCustomEntityType$) {
}

class GetDashboardUrlCommand extends command(_ep0, _mw0, "GetDashboardUrl", GetDashboardUrl$) {
}

class GetDatabaseCommand extends command(_ep0, _mw0, "GetDatabase", GetDatabase$) {
}

class GetDatabasesCommand extends command(_ep0, _mw0, "GetDatabases", GetDatabases$) {
}

class GetDataCatalogEncryptionSettingsCommand extends command(_ep0, _mw0, "GetDataCatalogEncryptionSettings", GetDataCatalogEncryptionSettings$) {
}

class GetDataCatalogExportConfigurationCommand extends command(_ep0, _mw0, "GetDataCatalogExportConfiguration", GetDataCatalogExportConfiguration$) {
}

class GetDataflowGraphCommand extends command(_ep0, _mw0, "GetDataflowGraph", GetDataflowGraph$) {
}

class GetDataQualityEvaluationConfigCommand extends command(_ep0, _mw0, "GetDataQualityEvaluationConfig", GetDataQualityEvaluationConfig$) {
}

class GetDataQualityModelCommand extends command(_ep0, _mw0, "GetDataQualityModel", GetDataQualityModel$) {
}

class GetDataQualityModelResultCommand extends command(_ep0, _mw0, "GetDataQualityModelResult", GetDataQualityModelResult$) {
}

class GetDataQualityResultCommand extends command(_ep0, _mw0, "GetDataQualityResult", GetDataQualityResult$) {
}

class GetDataQualityResultV2Command extends command(_ep0, _mw0, "GetDataQualityResultV2", GetDataQualityResultV2$) {
}

class GetDataQualityRuleRecommendationRunCommand extends command(_ep0, _mw0, "GetDataQualityRuleRecommendationRun", GetDataQualityRuleRecommendationRun$) {
}

class GetDataQualityRulesetCommand extends command(_ep0, _mw0, "GetDataQualityRuleset", GetDataQualityRuleset$) {
}

class GetDataQualityRulesetEvaluationRunCommand extends command(_ep0, _mw0, "GetDataQualityRulesetEvaluationRun", GetDataQualityRulesetEvaluationRun$) {
}

class GetDevEndpointCommand extends command(_ep0, _mw0, "GetDevEndpoint", GetDevEndpoint$) {
}

class GetDevEndpointsCommand extends command(_ep0, _mw0, "GetDevEndpoints", GetDevEndpoints$) {
}

class GetEntityRecordsCommand extends command(_ep0, _mw0, "GetEntityRecords", GetEntityRecords$) {
}

class GetFormTypeCommand extends command(_ep0, _mw0, "GetFormType", GetFormType$) {
}

class GetGlossaryCommand extends command(_ep0, _mw0, "GetGlossary", GetGlossary$) {
}

class GetGlossaryTermCommand extends command(_ep0, _mw0, "GetGlossaryTerm", GetGlossaryTerm$) {
}

class GetGlueIdentityCenterConfigurationCommand extends command(_ep0, _mw0, "GetGlueIdentityCenterConfiguration", GetGlueIdentityCenterConfiguration$) {
}

class GetIntegrationResourcePropertyCommand extends command(_ep0, _mw0, "GetIntegrationResourceProperty", GetIntegrationResourceProperty$) {
}

class GetIntegrationTablePropertiesCommand extends command(_ep0, _mw0, "GetIntegrationTableProperties", GetIntegrationTableProperties$) {
}

class GetJobBookmarkCommand extends command(_ep0, _mw0, "GetJobBookmark", GetJobBookmark$) {
}

class GetJobCommand extends command(_ep0, _mw0, "GetJob", GetJob$) {
}

class GetJobRunCommand extends command(_ep0, _mw0, "GetJobRun", GetJobRun$) {
}

class GetJobRunsCommand extends command(_ep0, _mw0, "GetJobRuns", GetJobRuns$) {
}

class GetJobsCommand extends command(_ep0, _mw0, "GetJobs", GetJobs$) {
}

class GetJobUpgradeAnalysisCommand extends command(_ep0, _mw0, "GetJobUpgradeAnalysis", GetJobUpgradeAnalysis$) {
}

class GetMappingCommand extends command(_ep0, _mw0, "GetMapping", GetMapping$) {
}

class GetMaterializedViewRefreshTaskRunCommand extends command(_ep0, _mw0, "GetMaterializedViewRefreshTaskRun", GetMaterializedViewRefreshTaskRun$) {
}

class GetMLTaskRunCommand extends command(_ep0, _mw0, "GetMLTaskRun", GetMLTaskRun$) {
}

class GetMLTaskRunsCommand extends command(_ep0, _mw0, "GetMLTaskRuns", GetMLTaskRuns$) {
}

class GetMLTransformCommand extends command(_ep0, _mw0, "GetMLTransform", GetMLTransform$) {
}

class GetMLTransformsCommand extends command(_ep0, _mw0, "GetMLTransforms", GetMLTransforms$) {
}

class GetPartitionCommand extends command(_ep0, _mw0, "GetPartition", GetPartition$) {
}

class GetPartitionIndexesCommand extends command(_ep0, _mw0, "GetPartitionIndexes", GetPartitionIndexes$) {
}

class GetPartitionsCommand extends command(_ep0, _mw0, "GetPartitions", GetPartitions$) {
}

class GetPlanCommand extends command(_ep0, _mw0, "GetPlan", GetPlan$) {
}

class GetRegistryCommand extends command(_ep0, _mw0, "GetRegistry", GetRegistry$) {
}

class GetResourcePoliciesCommand extends command(_ep0, _mw0, "GetResourcePolicies", GetResourcePolicies$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetSchemaByDefinitionCommand extends command(_ep0, _mw0, "GetSchemaByDefinition", GetSchemaByDefinition$) {
}

class GetSchemaCommand extends command(_ep0, _mw0, "GetSchema", GetSchema$) {
}

class GetSchemaVersionCommand extends command(_ep0, _mw0, "GetSchemaVersion", GetSchemaVersion$) {
}

class GetSchemaVersionsDiffCommand extends command(_ep0, _mw0, "GetSchemaVersionsDiff", GetSchemaVersionsDiff$) {
}

class GetSecurityConfigurationCommand extends command(_ep0, _mw0, "GetSecurityConfiguration", GetSecurityConfiguration$) {
}

class GetSecurityConfigurationsCommand extends command(_ep0, _mw0, "GetSecurityConfigurations", GetSecurityConfigurations$) {
}

class GetSessionCommand extends command(_ep0, _mw0, "GetSession", GetSession$) {
}

class GetSessionEndpointCommand extends command(_ep0, _mw0, "GetSessionEndpoint", GetSessionEndpoint$) {
}

class GetStatementCommand extends command(_ep0, _mw0, "GetStatement", GetStatement$) {
}

class GetSystemLogsForJobRunCommand extends command(_ep0, _mw0, "GetSystemLogsForJobRun", GetSystemLogsForJobRun$) {
}

class GetSystemLogsForSessionCommand extends command(_ep0, _mw0, "GetSystemLogsForSession", GetSystemLogsForSession$) {
}

class GetTableCommand extends command(_ep0, _mw0, "GetTable", GetTable$) {
}

class GetTableOptimizerCommand extends command(_ep0, _mw0, "GetTableOptimizer", GetTableOptimizer$) {
}

class GetTablesCommand extends command(_ep0, _mw0, "GetTables", GetTables$) {
}

class GetTableVersionCommand extends command(_ep0, _mw0, "GetTableVersion", GetTableVersion$) {
}

class GetTableVersionsCommand extends command(_ep0, _mw0, "GetTableVersions", GetTableVersions$) {
}

class GetTagsCommand extends command(_ep0, _mw0, "GetTags", GetTags$) {
}

class GetTriggerCommand extends command(_ep0, _mw0, "GetTrigger", GetTrigger$) {
}

class GetTriggersCommand extends command(_ep0, _mw0, "GetTriggers", GetTriggers$) {
}

class GetUnfilteredPartitionMetadataCommand extends command(_ep0, _mw0, "GetUnfilteredPartitionMetadata", GetUnfilteredPartitionMetadata$) {
}

class GetUnfilteredPartitionsMetadataCommand extends command(_ep0, _mw0, "GetUnfilteredPartitionsMetadata", GetUnfilteredPartitionsMetadata$) {
}

class GetUnfilteredTableMetadataCommand extends command(_ep0, _mw0, "GetUnfilteredTableMetadata", GetUnfilteredTableMetadata$) {
}

class GetUsageProfileCommand extends command(_ep0, _mw0, "GetUsageProfile", GetUsageProfile$) {
}

class GetUserDefinedFunctionCommand extends command(_ep0, _mw0, "GetUserDefinedFunction", GetUserDefinedFunction$) {
}

class GetUserDefinedFunctionsCommand extends command(_ep0, _mw0, "GetUserDefinedFunctions", GetUserDefinedFunctions$) {
}

class GetWorkflowCommand extends command(_ep0, _mw0, "GetWorkflow", GetWorkflow$) {
}

class GetWorkflowRunCommand extends command(_ep0, _mw0, "GetWorkflowRun", GetWorkflowRun$) {
}

class GetWorkflowRunPropertiesCommand extends command(_ep0, _mw0, "GetWorkflowRunProperties", GetWorkflowRunProperties$) {
}

class GetWorkflowRunsCommand extends command(_ep0, _mw0, "GetWorkflowRuns", GetWorkflowRuns$) {
}

class ImportCatalogToGlueCommand extends command(_ep0, _mw0, "ImportCatalogToGlue", ImportCatalogToGlue$) {
}

class ListAssetTypesCommand extends command(_ep0, _mw0, "ListAssetTypes", ListAssetTypes$) {
}

class ListBlueprintsCommand extends command(_ep0, _mw0, "ListBlueprints", ListBlueprints$) {
}

class ListColumnStatisticsTaskRunsCommand extends command(_ep0, _mw0, "ListColumnStatisticsTaskRuns", ListColumnStatisticsTaskRuns$) {
}

class ListConnectionTypesCommand extends command(_ep0, _mw0, "ListConnectionTypes", ListConnectionTypes$) {
}

class ListCrawlersCommand extends command(_ep0, _mw0, "ListCrawlers", ListCrawlers$) {
}

class ListCrawlsCommand extends command(_ep0, _mw0, "ListCrawls", ListCrawls$) {
}

class ListCustomEntityTypesCommand extends command(_ep0, _mw0, "ListCustomEntityTypes", ListCustomEntityTypes$) {
}

class ListDataQualityEvaluationConfigsCommand extends command(_ep0, _mw0, "ListDataQualityEvaluationConfigs", ListDataQualityEvaluationConfigs$) {
}

class ListDataQualityResultsCommand extends command(_ep0, _mw0, "ListDataQualityResults", ListDataQualityResults$) {
}

class ListDataQualityResultsV2Command extends command(_ep0, _mw0, "ListDataQualityResultsV2", ListDataQualityResultsV2$) {
}

class ListDataQualityRuleRecommendationRunsCommand extends command(_ep0, _mw0, "ListDataQualityRuleRecommendationRuns", ListDataQualityRuleRecommendationRuns$) {
}

class ListDataQualityRulesetEvaluationRunsCommand extends command(_ep0, _mw0, "ListDataQualityRulesetEvaluationRuns", ListDataQualityRulesetEvaluationRuns$) {
}

class ListDataQualityRulesetsCommand extends command(_ep0, _mw0, "ListDataQualityRulesets", ListDataQualityRulesets$) {
}

class ListDataQualityStatisticAnnotationsCommand extends command(_ep0, _mw0, "ListDataQualityStatisticAnnotations", ListDataQualityStatisticAnnotations$) {
}

class ListDataQualityStatisticsCommand extends command(_ep0, _mw0, "ListDataQualityStatistics", ListDataQualityStatistics$) {
}

class ListDevEndpointsCommand extends command(_ep0, _mw0, "ListDevEndpoints", ListDevEndpoints$) {
}

class ListEntitiesCommand extends command(_ep0, _mw0, "ListEntities", ListEntities$) {
}

class ListFormTypesCommand extends command(_ep0, _mw0, "ListFormTypes", ListFormTypes$) {
}

class ListGlossariesCommand extends command(_ep0, _mw0, "ListGlossaries", ListGlossaries$) {
}

class ListGlossaryTermsCommand extends command(_ep0, _mw0, "ListGlossaryTerms", ListGlossaryTerms$) {
}

class ListIntegrationResourcePropertiesCommand extends command(_ep0, _mw0, "ListIntegrationResourceProperties", ListIntegrationResourceProperties$) {
}

class ListIntegrationTablePropertiesCommand extends command(_ep0, _mw0, "ListIntegrationTableProperties", ListIntegrationTableProperties$) {
}

class ListIterableFormsCommand extends command(_ep0, _mw0, "ListIterableForms", ListIterableForms$) {
}

class ListJobsCommand extends command(_ep0, _mw0, "ListJobs", ListJobs$) {
}

class ListMaterializedViewRefreshTaskRunsCommand extends command(_ep0, _mw0, "ListMaterializedViewRefreshTaskRuns", ListMaterializedViewRefreshTaskRuns$) {
}

class ListMLTransformsCommand extends command(_ep0, _mw0, "ListMLTransforms", ListMLTransforms$) {
}

class ListRegistriesCommand extends command(_ep0, _mw0, "ListRegistries", ListRegistries$) {
}

class ListSchemasCommand extends command(_ep0, _mw0, "ListSchemas", ListSchemas$) {
}

class ListSchemaVersionsCommand extends command(_ep0, _mw0, "ListSchemaVersions", ListSchemaVersions$) {
}

class ListSessionsCommand extends command(_ep0, _mw0, "ListSessions", ListSessions$) {
}

class ListStatementsCommand extends command(_ep0, _mw0, "ListStatements", ListStatements$) {
}

class ListTableOptimizerRunsCommand extends command(_ep0, _mw0, "ListTableOptimizerRuns", ListTableOptimizerRuns$) {
}

class ListTriggersCommand extends command(_ep0, _mw0, "ListTriggers", ListTriggers$) {
}

class ListUsageProfilesCommand extends command(_ep0, _mw0, "ListUsageProfiles", ListUsageProfiles$) {
}

class ListWorkflowsCommand extends command(_ep0, _mw0, "ListWorkflows", ListWorkflows$) {
}

class ModifyIntegrationCommand extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {
}

class PublishDataQualityResultV2Command extends command(_ep0, _mw0, "PublishDataQualityResultV2", PublishDataQualityResultV2$) {
}

class PutAssetCommand extends command(_ep0, _mw0, "PutAsset", PutAsset$) {
}

class PutAssetTypeCommand extends command(_ep0, _mw0, "PutAssetType", PutAssetType$) {
}

class PutAttachmentCommand extends command(_ep0, _mw0, "PutAttachment", PutAttachment$) {
}

class PutDataCatalogEncryptionSettingsCommand extends command(_ep0, _mw0, "PutDataCatalogEncryptionSettings", PutDataCatalogEncryptionSettings$) {
}

class PutDataCatalogExportConfigurationCommand extends command(_ep0, _mw0, "PutDataCatalogExportConfiguration", PutDataCatalogExportConfiguration$) {
}

class PutDataQualityProfileAnnotationCommand extends command(_ep0, _mw0, "PutDataQualityProfileAnnotation", PutDataQualityProfileAnnotation$) {
}

class PutFormTypeCommand extends command(_ep0, _mw0, "PutFormType", PutFormType$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class PutSchemaVersionMetadataCommand extends command(_ep0, _mw0, "PutSchemaVersionMetadata", PutSchemaVersionMetadata$) {
}

class PutWorkflowRunPropertiesCommand extends command(_ep0, _mw0, "PutWorkflowRunProperties", PutWorkflowRunProperties$) {
}

class QuerySchemaVersionMetadataCommand extends command(_ep0, _mw0, "QuerySchemaVersionMetadata", QuerySchemaVersionMetadata$) {
}

class RegisterConnectionTypeCommand extends command(_ep0, _mw0, "RegisterConnectionType", RegisterConnectionType$) {
}

class RegisterSchemaVersionCommand extends command(_ep0, _mw0, "RegisterSchemaVersion", RegisterSchemaVersion$) {
}

class RemoveSchemaVersionMetadataCommand extends command(_ep0, _mw0, "RemoveSchemaVersionMetadata", RemoveSchemaVersionMetadata$) {
}

class ResetJobBookmarkCommand extends command(_ep0, _mw0, "ResetJobBookmark", ResetJobBookmark$) {
}

class ResumeWorkflowRunCommand extends command(_ep0, _mw0, "ResumeWorkflowRun", ResumeWorkflowRun$) {
}

class RunStatementCommand extends command(_ep0, _mw0, "RunStatement", RunStatement$) {
}

class SearchAssetsCommand extends command(_ep0, _mw0, "SearchAssets", SearchAssets$) {
}

class SearchTablesCommand extends command(_ep0, _mw0, "SearchTables", SearchTables$) {
}

class StartBlueprintRunCommand extends command(_ep0, _mw0, "StartBlueprintRun", StartBlueprintRun$) {
}

class StartColumnStatisticsTaskRunCommand extends command(_ep0, _mw0, "StartColumnStatisticsTaskRun", StartColumnStatisticsTaskRun$) {
}

class StartColumnStatisticsTaskRunScheduleCommand extends command(_ep0, _mw0, "StartColumnStatisticsTaskRunSchedule", StartColumnStatisticsTaskRunSchedule$) {
}

class StartCrawlerCommand extends command(_ep0, _mw0, "StartCrawler", StartCrawler$) {
}

class StartCrawlerScheduleCommand extends command(_ep0, _mw0, "StartCrawlerSchedule", StartCrawlerSchedule$) {
}

class StartDataQualityRuleRecommendationRunCommand extends command(_ep0, _mw0, "StartDataQualityRuleRecommendationRun", StartDataQualityRuleRecommendationRun$) {
}

class StartDataQualityRulesetEvaluationRunCommand extends command(_ep0, _mw0, "StartDataQualityRulesetEvaluationRun", StartDataQualityRulesetEvaluationRun$) {
}

class StartExportLabelsTaskRunCommand extends command(_ep0, _mw0, "StartExportLabelsTaskRun", StartExportLabelsTaskRun$) {
}

class StartImportLabelsTaskRunCommand extends command(_ep0, _mw0, "StartImportLabelsTaskRun", StartImportLabelsTaskRun$) {
}

class StartJobRunCommand extends command(_ep0, _mw0, "StartJobRun", StartJobRun$) {
}

class StartJobUpgradeAnalysisCommand extends command(_ep0, _mw0, "StartJobUpgradeAnalysis", StartJobUpgradeAnalysis$) {
}

class StartMaterializedViewRefreshTaskRunCommand extends command(_ep0, _mw0, "StartMaterializedViewRefreshTaskRun", StartMaterializedViewRefreshTaskRun$) {
}

class StartMLEvaluationTaskRunCommand extends command(_ep0, _mw0, "StartMLEvaluationTaskRun", StartMLEvaluationTaskRun$) {
}

class StartMLLabelingSetGenerationTaskRunCommand extends command(_ep0, _mw0, "StartMLLabelingSetGenerationTaskRun", StartMLLabelingSetGenerationTaskRun$) {
}

class StartTriggerCommand extends command(_ep0, _mw0, "StartTrigger", StartTrigger$) {
}

class StartWorkflowRunCommand extends command(_ep0, _mw0, "StartWorkflowRun", StartWorkflowRun$) {
}

class StopColumnStatisticsTaskRunCommand extends command(_ep0, _mw0, "StopColumnStatisticsTaskRun", StopColumnStatisticsTaskRun$) {
}

class StopColumnStatisticsTaskRunScheduleCommand extends command(_ep0, _mw0, "StopColumnStatisticsTaskRunSchedule", StopColumnStatisticsTaskRunSchedule$) {
}

class StopCrawlerCommand extends command(_ep0, _mw0, "StopCrawler", StopCrawler$) {
}

class StopCrawlerScheduleCommand extends command(_ep0, _mw0, "StopCrawlerSchedule", StopCrawlerSchedule$) {
}

class StopJobUpgradeAnalysisCommand extends command(_ep0, _mw0, "StopJobUpgradeAnalysis", StopJobUpgradeAnalysis$) {
}

class StopMaterializedViewRefreshTaskRunCommand extends command(_ep0, _mw0, "StopMaterializedViewRefreshTaskRun", StopMaterializedViewRefreshTaskRun$) {
}

class StopSessionCommand extends command(_ep0, _mw0, "StopSession", StopSession$) {
}

class StopTriggerCommand extends command(_ep0, _mw0, "StopTrigger", StopTrigger$) {
}

class StopWorkflowRunCommand extends command(_ep0, _mw0, "StopWorkflowRun", StopWorkflowRun$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class TestConnectionCommand extends command(_ep0, _mw0, "TestConnection", TestConnection$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAssetCommand extends command(_ep0, _mw0, "UpdateAsset", UpdateAsset$) {
}

class UpdateBlueprintCommand extends command(_ep0, _mw0, "UpdateBlueprint", UpdateBlueprint$) {
}

class UpdateCatalogCommand extends command(_ep0, _mw0, "UpdateCatalog", UpdateCatalog$) {
}

class UpdateClassifierCommand extends command(_ep0, _mw0, "UpdateClassifier", UpdateClassifier$) {
}

class UpdateColumnStatisticsForPartitionCommand extends command(_ep0, _mw0, "UpdateColumnStatisticsForPartition", UpdateColumnStatisticsForPartition$) {
}

class UpdateColumnStatisticsForTableCommand extends command(_ep0, _mw0, "UpdateColumnStatisticsForTable", UpdateColumnStatisticsForTable$) {
}

class UpdateColumnStatisticsTaskSettingsCommand extends command(_ep0, _mw0, "UpdateColumnStatisticsTaskSettings", UpdateColumnStatisticsTaskSettings$) {
}

class UpdateConnectionCommand extends command(_ep0, _mw0, "UpdateConnection", UpdateConnection$) {
}

class UpdateCrawlerCommand extends command(_ep0, _mw0, "UpdateCrawler", UpdateCrawler$) {
}

class UpdateCrawlerScheduleCommand extends command(_ep0, _mw0, "UpdateCrawlerSchedule", UpdateCrawlerSchedule$) {
}

class UpdateDatabaseCommand extends command(_ep0, _mw0, "UpdateDatabase", UpdateDatabase$) {
}

class UpdateDataQualityEvaluationConfigCommand extends command(_ep0, _mw0, "UpdateDataQualityEvaluationConfig", UpdateDataQualityEvaluationConfig$) {
}

class UpdateDataQualityRulesetCommand extends command(_ep0, _mw0, "UpdateDataQualityRuleset", UpdateDataQualityRuleset$) {
}

class UpdateDevEndpointCommand extends command(_ep0, _mw0, "UpdateDevEndpoint", UpdateDevEndpoint$) {
}

class UpdateGlossaryCommand extends command(_ep0, _mw0, "UpdateGlossary", UpdateGlossary$) {
}

class UpdateGlossaryTermCommand extends command(_ep0, _mw0, "UpdateGlossaryTerm", UpdateGlossaryTerm$) {
}

class UpdateGlueIdentityCenterConfigurationCommand extends command(_ep0, _mw0, "UpdateGlueIdentityCenterConfiguration", UpdateGlueIdentityCenterConfiguration$) {
}

class UpdateIntegrationResourcePropertyCommand extends command(_ep0, _mw0, "UpdateIntegrationResourceProperty", UpdateIntegrationResourceProperty$) {
}

class UpdateIntegrationTablePropertiesCommand extends command(_ep0, _mw0, "UpdateIntegrationTableProperties", UpdateIntegrationTableProperties$) {
}

class UpdateJobCommand extends command(_ep0, _mw0, "UpdateJob", UpdateJob$) {
}

class UpdateJobFromSourceControlCommand extends command(_ep0, _mw0, "UpdateJobFromSourceControl", UpdateJobFromSourceControl$) {
}

class UpdateMLTransformCommand extends command(_ep0, _mw0, "UpdateMLTransform", UpdateMLTransform$) {
}

class UpdatePartitionCommand extends command(_ep0, _mw0, "UpdatePartition", UpdatePartition$) {
}

class UpdateRegistryCommand extends command(_ep0, _mw0, "UpdateRegistry", UpdateRegistry$) {
}

class UpdateSchemaCommand extends command(_ep0, _mw0, "UpdateSchema", UpdateSchema$) {
}

class UpdateSourceControlFromJobCommand extends command(_ep0, _mw0, "UpdateSourceControlFromJob", UpdateSourceControlFromJob$) {
}

class UpdateTableCommand extends command(_ep0, _mw0, "UpdateTable", UpdateTable$) {
}

class UpdateTableOptimizerCommand extends command(_ep0, _mw0, "UpdateTableOptimizer", UpdateTableOptimizer$) {
}

class UpdateTriggerCommand extends command(_ep0, _mw0, "UpdateTrigger", UpdateTrigger$) {
}

class UpdateUsageProfileCommand extends command(_ep0, _mw0, "UpdateUsageProfile", UpdateUsageProfile$) {
}

class UpdateUserDefinedFunctionCommand extends command(_ep0, _mw0, "UpdateUserDefinedFunction", UpdateUserDefinedFunction$) {
}

class UpdateWorkflowCommand extends command(_ep0, _mw0, "UpdateWorkflow", UpdateWorkflow$) {
}

const paginateDescribeEntity = createPaginator(GlueClient, DescribeEntityCommand, "NextToken", "NextToken", "");

const paginateGetBlueprintRuns = createPaginator(GlueClient, GetBlueprintRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetClassifiers = createPaginator(GlueClient, GetClassifiersCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetColumnStatisticsTaskRuns = createPaginator(GlueClient, GetColumnStatisticsTaskRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetConnections = createPaginator(GlueClient, GetConnectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetCrawlerMetrics = createPaginator(GlueClient, GetCrawlerMetricsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetCrawlers = createPaginator(GlueClient, GetCrawlersCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetDatabases = createPaginator(GlueClient, GetDatabasesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetDevEndpoints = createPaginator(GlueClient, GetDevEndpointsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetJobRuns = createPaginator(GlueClient, GetJobRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetJobs = createPaginator(GlueClient, GetJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetMLTaskRuns = createPaginator(GlueClient, GetMLTaskRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetMLTransforms = createPaginator(GlueClient, GetMLTransformsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetPartitionIndexes = createPaginator(GlueClient, GetPartitionIndexesCommand, "NextToken", "NextToken", "");

const paginateGetPartitions = createPaginator(GlueClient, GetPartitionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetResourcePolicies = createPaginator(GlueClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetSecurityConfigurations = createPaginator(GlueClient, GetSecurityConfigurationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetTables = createPaginator(GlueClient, GetTablesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetTableVersions = createPaginator(GlueClient, GetTableVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetTriggers = createPaginator(GlueClient, GetTriggersCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetUnfilteredPartitionsMetadata = createPaginator(GlueClient, GetUnfilteredPartitionsMetadataCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetUserDefinedFunctions = createPaginator(GlueClient, GetUserDefinedFunctionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetWorkflowRuns = createPaginator(GlueClient, GetWorkflowRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAssetTypes = createPaginator(GlueClient, ListAssetTypesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBlueprints = createPaginator(GlueClient, ListBlueprintsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListColumnStatisticsTaskRuns = createPaginator(GlueClient, ListColumnStatisticsTaskRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListConnectionTypes = createPaginator(GlueClient, ListConnectionTypesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCrawlers = createPaginator(GlueClient, ListCrawlersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCustomEntityTypes = createPaginator(GlueClient, ListCustomEntityTypesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityEvaluationConfigs = createPaginator(GlueClient, ListDataQualityEvaluationConfigsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityResults = createPaginator(GlueClient, ListDataQualityResultsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityResultsV2 = createPaginator(GlueClient, ListDataQualityResultsV2Command, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityRuleRecommendationRuns = createPaginator(GlueClient, ListDataQualityRuleRecommendationRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityRulesetEvaluationRuns = createPaginator(GlueClient, ListDataQualityRulesetEvaluationRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataQualityRulesets = createPaginator(GlueClient, ListDataQualityRulesetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDevEndpoints = createPaginator(GlueClient, ListDevEndpointsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEntities = createPaginator(GlueClient, ListEntitiesCommand, "NextToken", "NextToken", "");

const paginateListFormTypes = createPaginator(GlueClient, ListFormTypesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListGlossaries = createPaginator(GlueClient, ListGlossariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListGlossaryTerms = createPaginator(GlueClient, ListGlossaryTermsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListIterableForms = createPaginator(GlueClient, ListIterableFormsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListJobs = createPaginator(GlueClient, ListJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListMaterializedViewRefreshTaskRuns = createPaginator(GlueClient, ListMaterializedViewRefreshTaskRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListMLTransforms = createPaginator(GlueClient, ListMLTransformsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRegistries = createPaginator(GlueClient, ListRegistriesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSchemas = createPaginator(GlueClient, ListSchemasCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSchemaVersions = createPaginator(GlueClient, ListSchemaVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSessions = createPaginator(GlueClient, ListSessionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTableOptimizerRuns = createPaginator(GlueClient, ListTableOptimizerRunsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTriggers = createPaginator(GlueClient, ListTriggersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListUsageProfiles = createPaginator(GlueClient, ListUsageProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListWorkflows = createPaginator(GlueClient, ListWorkflowsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchAssets = createPaginator(GlueClient, SearchAssetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchTables = createPaginator(GlueClient, SearchTablesCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AssociateGlossaryTermsCommand,
    BatchCreatePartitionCommand,
    BatchDeleteConnectionCommand,
    BatchDeletePartitionCommand,
    BatchDeleteTableCommand,
    BatchDeleteTableVersionCommand,
    BatchGetBlueprintsCommand,
    BatchGetCrawlersCommand,
    BatchGetCustomEntityTypesCommand,
    BatchGetDataQualityResultCommand,
    BatchGetDataQualityResultV2Command,
    BatchGetDataQualityRulesetEvaluationRunCommand,
    BatchGetDevEndpointsCommand,
    BatchGetIterableFormsCommand,
    BatchGetJobsCommand,
    BatchGetPartitionCommand,
    BatchGetTableOptimizerCommand,
    BatchGetTriggersCommand,
    BatchGetWorkflowsCommand,
    BatchPutDataQualityStatisticAnnotationCommand,
    BatchStopJobRunCommand,
    BatchUpdatePartitionCommand,
    CancelDataQualityRuleRecommendationRunCommand,
    CancelDataQualityRulesetEvaluationRunCommand,
    CancelMLTaskRunCommand,
    CancelStatementCommand,
    CheckSchemaVersionValidityCommand,
    CreateBlueprintCommand,
    CreateCatalogCommand,
    CreateClassifierCommand,
    CreateColumnStatisticsTaskSettingsCommand,
    CreateConnectionCommand,
    CreateCrawlerCommand,
    CreateCustomEntityTypeCommand,
    CreateDatabaseCommand,
    CreateDataQualityEvaluationConfigCommand,
    CreateDataQualityRulesetCommand,
    CreateDevEndpointCommand,
    CreateGlossaryCommand,
    CreateGlossaryTermCommand,
    CreateGlueIdentityCenterConfigurationCommand,
    CreateIntegrationCommand,
    CreateIntegrationResourcePropertyCommand,
    CreateIntegrationTablePropertiesCommand,
    CreateJobCommand,
    CreateMLTransformCommand,
    CreatePartitionCommand,
    CreatePartitionIndexCommand,
    CreateRegistryCommand,
    CreateSchemaCommand,
    CreateScriptCommand,
    CreateSecurityConfigurationCommand,
    CreateSessionCommand,
    CreateTableCommand,
    CreateTableOptimizerCommand,
    CreateTriggerCommand,
    CreateUsageProfileCommand,
    CreateUserDefinedFunctionCommand,
    CreateWorkflowCommand,
    DeleteAssetCommand,
    DeleteAssetTypeCommand,
    DeleteAttachmentCommand,
    DeleteBlueprintCommand,
    DeleteCatalogCommand,
    DeleteClassifierCommand,
    DeleteColumnStatisticsForPartitionCommand,
    DeleteColumnStatisticsForTableCommand,
    DeleteColumnStatisticsTaskSettingsCommand,
    DeleteConnectionCommand,
    DeleteConnectionTypeCommand,
    DeleteCrawlerCommand,
    DeleteCustomEntityTypeCommand,
    DeleteDatabaseCommand,
    DeleteDataQualityEvaluationConfigCommand,
    DeleteDataQualityRulesetCommand,
    DeleteDevEndpointCommand,
    DeleteFormTypeCommand,
    DeleteGlossaryCommand,
    DeleteGlossaryTermCommand,
    DeleteGlueIdentityCenterConfigurationCommand,
    DeleteIntegrationCommand,
    DeleteIntegrationResourcePropertyCommand,
    DeleteIntegrationTablePropertiesCommand,
    DeleteJobCommand,
    DeleteMLTransformCommand,
    DeletePartitionCommand,
    DeletePartitionIndexCommand,
    DeleteRegistryCommand,
    DeleteResourcePolicyCommand,
    DeleteSchemaCommand,
    DeleteSchemaVersionsCommand,
    DeleteSecurityConfigurationCommand,
    DeleteSessionCommand,
    DeleteTableCommand,
    DeleteTableOptimizerCommand,
    DeleteTableVersionCommand,
    DeleteTriggerCommand,
    DeleteUsageProfileCommand,
    DeleteUserDefinedFunctionCommand,
    DeleteWorkflowCommand,
    DescribeConnectionTypeCommand,
    DescribeEntityCommand,
    DescribeInboundIntegrationsCommand,
    DescribeIntegrationsCommand,
    DisassociateGlossaryTermsCommand,
    GetAssetCommand,
    GetAssetTypeCommand,
    GetBlueprintCommand,
    GetBlueprintRunCommand,
    GetBlueprintRunsCommand,
    GetCatalogCommand,
    GetCatalogImportStatusCommand,
    GetCatalogsCommand,
    GetClassifierCommand,
    GetClassifiersCommand,
    GetColumnStatisticsForPartitionCommand,
    GetColumnStatisticsForTableCommand,
    GetColumnStatisticsTaskRunCommand,
    GetColumnStatisticsTaskRunsCommand,
    GetColumnStatisticsTaskSettingsCommand,
    GetConnectionCommand,
    GetConnectionsCommand,
    GetCrawlerCommand,
    GetCrawlerMetricsCommand,
    GetCrawlersCommand,
    GetCustomEntityTypeCommand,
    GetDashboardUrlCommand,
    GetDatabaseCommand,
    GetDatabasesCommand,
    GetDataCatalogEncryptionSettingsCommand,
    GetDataCatalogExportConfigurationCommand,
    GetDataflowGraphCommand,
    GetDataQualityEvaluationConfigCommand,
    GetDataQualityModelCommand,
    GetDataQualityModelResultCommand,
    GetDataQualityResultCommand,
    GetDataQualityResultV2Command,
    GetDataQualityRuleRecommendationRunCommand,
    GetDataQualityRulesetCommand,
    GetDataQualityRulesetEvaluationRunCommand,
    GetDevEndpointCommand,
    GetDevEndpointsCommand,
    GetEntityRecordsCommand,
    GetFormTypeCommand,
    GetGlossaryCommand,
    GetGlossaryTermCommand,
    GetGlueIdentityCenterConfigurationCommand,
    GetIntegrationResourcePropertyCommand,
    GetIntegrationTablePropertiesCommand,
    GetJobCommand,
    GetJobBookmarkCommand,
    GetJobRunCommand,
    GetJobRunsCommand,
    GetJobsCommand,
    GetJobUpgradeAnalysisCommand,
    GetMappingCommand,
    GetMaterializedViewRefreshTaskRunCommand,
    GetMLTaskRunCommand,
    GetMLTaskRunsCommand,
    GetMLTransformCommand,
    GetMLTransformsCommand,
    GetPartitionCommand,
    GetPartitionIndexesCommand,
    GetPartitionsCommand,
    GetPlanCommand,
    GetRegistryCommand,
    GetResourcePoliciesCommand,
    GetResourcePolicyCommand,
    GetSchemaCommand,
    GetSchemaByDefinitionCommand,
    GetSchemaVersionCommand,
    GetSchemaVersionsDiffCommand,
    GetSecurityConfigurationCommand,
    GetSecurityConfigurationsCommand,
    GetSessionCommand,
    GetSessionEndpointCommand,
    GetStatementCommand,
    GetSystemLogsForJobRunCommand,
    GetSystemLogsForSessionCommand,
    GetTableCommand,
    GetTableOptimizerCommand,
    GetTablesCommand,
    GetTableVersionCommand,
    GetTableVersionsCommand,
    GetTagsCommand,
    GetTriggerCommand,
    GetTriggersCommand,
    GetUnfilteredPartitionMetadataCommand,
    GetUnfilteredPartitionsMetadataCommand,
    GetUnfilteredTableMetadataCommand,
    GetUsageProfileCommand,
    GetUserDefinedFunctionCommand,
    GetUserDefinedFunctionsCommand,
    GetWorkflowCommand,
    GetWorkflowRunCommand,
    GetWorkflowRunPropertiesCommand,
    GetWorkflowRunsCommand,
    ImportCatalogToGlueCommand,
    ListAssetTypesCommand,
    ListBlueprintsCommand,
    ListColumnStatisticsTaskRunsCommand,
    ListConnectionTypesCommand,
    ListCrawlersCommand,
    ListCrawlsCommand,
    ListCustomEntityTypesCommand,
    ListDataQualityEvaluationConfigsCommand,
    ListDataQualityResultsCommand,
    ListDataQualityResultsV2Command,
    ListDataQualityRuleRecommendationRunsCommand,
    ListDataQualityRulesetEvaluationRunsCommand,
    ListDataQualityRulesetsCommand,
    ListDataQualityStatisticAnnotationsCommand,
    ListDataQualityStatisticsCommand,
    ListDevEndpointsCommand,
    ListEntitiesCommand,
    ListFormTypesCommand,
    ListGlossariesCommand,
    ListGlossaryTermsCommand,
    ListIntegrationResourcePropertiesCommand,
    ListIntegrationTablePropertiesCommand,
    ListIterableFormsCommand,
    ListJobsCommand,
    ListMaterializedViewRefreshTaskRunsCommand,
    ListMLTransformsCommand,
    ListRegistriesCommand,
    ListSchemasCommand,
    ListSchemaVersionsCommand,
    ListSessionsCommand,
    ListStatementsCommand,
    ListTableOptimizerRunsCommand,
    ListTriggersCommand,
    ListUsageProfilesCommand,
    ListWorkflowsCommand,
    ModifyIntegrationCommand,
    PublishDataQualityResultV2Command,
    PutAssetCommand,
    PutAssetTypeCommand,
    PutAttachmentCommand,
    PutDataCatalogEncryptionSettingsCommand,
    PutDataCatalogExportConfigurationCommand,
    PutDataQualityProfileAnnotationCommand,
    PutFormTypeCommand,
    PutResourcePolicyCommand,
    PutSchemaVersionMetadataCommand,
    PutWorkflowRunPropertiesCommand,
    QuerySchemaVersionMetadataCommand,
    RegisterConnectionTypeCommand,
    RegisterSchemaVersionCommand,
    RemoveSchemaVersionMetadataCommand,
    ResetJobBookmarkCommand,
    ResumeWorkflowRunCommand,
    RunStatementCommand,
    SearchAssetsCommand,
    SearchTablesCommand,
    StartBlueprintRunCommand,
    StartColumnStatisticsTaskRunCommand,
    StartColumnStatisticsTaskRunScheduleCommand,
    StartCrawlerCommand,
    StartCrawlerScheduleCommand,
    StartDataQualityRuleRecommendationRunCommand,
    StartDataQualityRulesetEvaluationRunCommand,
    StartExportLabelsTaskRunCommand,
    StartImportLabelsTaskRunCommand,
    StartJobRunCommand,
    StartJobUpgradeAnalysisCommand,
    StartMaterializedViewRefreshTaskRunCommand,
    StartMLEvaluationTaskRunCommand,
    StartMLLabelingSetGenerationTaskRunCommand,
    StartTriggerCommand,
    StartWorkflowRunCommand,
    StopColumnStatisticsTaskRunCommand,
    StopColumnStatisticsTaskRunScheduleCommand,
    StopCrawlerCommand,
    StopCrawlerScheduleCommand,
    StopJobUpgradeAnalysisCommand,
    StopMaterializedViewRefreshTaskRunCommand,
    StopSessionCommand,
    StopTriggerCommand,
    StopWorkflowRunCommand,
    TagResourceCommand,
    TestConnectionCommand,
    UntagResourceCommand,
    UpdateAssetCommand,
    UpdateBlueprintCommand,
    UpdateCatalogCommand,
    UpdateClassifierCommand,
    UpdateColumnStatisticsForPartitionCommand,
    UpdateColumnStatisticsForTableCommand,
    UpdateColumnStatisticsTaskSettingsCommand,
    UpdateConnectionCommand,
    UpdateCrawlerCommand,
    UpdateCrawlerScheduleCommand,
    UpdateDatabaseCommand,
    UpdateDataQualityEvaluationConfigCommand,
    UpdateDataQualityRulesetCommand,
    UpdateDevEndpointCommand,
    UpdateGlossaryCommand,
    UpdateGlossaryTermCommand,
    UpdateGlueIdentityCenterConfigurationCommand,
    UpdateIntegrationResourcePropertyCommand,
    UpdateIntegrationTablePropertiesCommand,
    UpdateJobCommand,
    UpdateJobFromSourceControlCommand,
    UpdateMLTransformCommand,
    UpdatePartitionCommand,
    UpdateRegistryCommand,
    UpdateSchemaCommand,
    UpdateSourceControlFromJobCommand,
    UpdateTableCommand,
    UpdateTableOptimizerCommand,
    UpdateTriggerCommand,
    UpdateUsageProfileCommand,
    UpdateUserDefinedFunctionCommand,
    UpdateWorkflowCommand,
};
const paginators = {
    paginateDescribeEntity,
    paginateGetBlueprintRuns,
    paginateGetClassifiers,
    paginateGetColumnStatisticsTaskRuns,
    paginateGetConnections,
    paginateGetCrawlerMetrics,
    paginateGetCrawlers,
    paginateGetDatabases,
    paginateGetDevEndpoints,
    paginateGetJobRuns,
    paginateGetJobs,
    paginateGetMLTaskRuns,
    paginateGetMLTransforms,
    paginateGetPartitionIndexes,
    paginateGetPartitions,
    paginateGetResourcePolicies,
    paginateGetSecurityConfigurations,
    paginateGetTables,
    paginateGetTableVersions,
    paginateGetTriggers,
    paginateGetUnfilteredPartitionsMetadata,
    paginateGetUserDefinedFunctions,
    paginateGetWorkflowRuns,
    paginateListAssetTypes,
    paginateListBlueprints,
    paginateListColumnStatisticsTaskRuns,
    paginateListConnectionTypes,
    paginateListCrawlers,
    paginateListCustomEntityTypes,
    paginateListDataQualityEvaluationConfigs,
    paginateListDataQualityResults,
    paginateListDataQualityResultsV2,
    paginateListDataQualityRuleRecommendationRuns,
    paginateListDataQualityRulesetEvaluationRuns,
    paginateListDataQualityRulesets,
    paginateListDevEndpoints,
    paginateListEntities,
    paginateListFormTypes,
    paginateListGlossaries,
    paginateListGlossaryTerms,
    paginateListIterableForms,
    paginateListJobs,
    paginateListMaterializedViewRefreshTaskRuns,
    paginateListMLTransforms,
    paginateListRegistries,
    paginateListSchemas,
    paginateListSchemaVersions,
    paginateListSessions,
    paginateListTableOptimizerRuns,
    paginateListTriggers,
    paginateListUsageProfiles,
    paginateListWorkflows,
    paginateSearchAssets,
    paginateSearchTables,
};
class Glue extends GlueClient {
}
createAggregatedClient(commands, Glue, { paginators });

const AdditionalOptionKeys = {
    CacheOption: "performanceTuning.caching",
    CompositeOption: "compositeRuleEvaluation.method",
    ObservationsOption: "observations.scope",
};
const AggFunction = {
    avg: "avg",
    count: "count",
    countDistinct: "countDistinct",
    first: "first",
    kurtosis: "kurtosis",
    last: "last",
    max: "max",
    min: "min",
    skewness: "skewness",
    stddev_pop: "stddev_pop",
    stddev_samp: "stddev_samp",
    sum: "sum",
    sumDistinct: "sumDistinct",
    var_pop: "var_pop",
    var_samp: "var_samp",
};
const AllowFullTableExternalDataAccessEnum = {
    False: "False",
    True: "True",
};
const AnalysisType = {
    AUTO_UPGRADE: "AUTO_UPGRADE",
};
const InclusionAnnotationValue = {
    EXCLUDE: "EXCLUDE",
    INCLUDE: "INCLUDE",
};
const DataOperation = {
    READ: "READ",
    WRITE: "WRITE",
};
const PropertyLocation = {
    BODY: "BODY",
    HEADER: "HEADER",
    PATH: "PATH",
    QUERY_PARAM: "QUERY_PARAM",
};
const PropertyType = {
    READ_ONLY: "READ_ONLY",
    SECRET: "SECRET",
    SECRET_OR_USER_INPUT: "SECRET_OR_USER_INPUT",
    UNUSED: "UNUSED",
    USER_INPUT: "USER_INPUT",
};
const AuthenticationType = {
    BASIC: "BASIC",
    CUSTOM: "CUSTOM",
    IAM: "IAM",
    OAUTH2: "OAUTH2",
};
const OAuth2GrantType = {
    AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
    JWT_BEARER: "JWT_BEARER",
    REFRESH_TOKEN: "REFRESH_TOKEN",
};
const AutoUpgradeStatus = {
    OBSERVING: "OBSERVING",
    STOPPED: "STOPPED",
    UPGRADE_FAILED: "UPGRADE_FAILED",
    UPGRADE_SUCCEEDED: "UPGRADE_SUCCEEDED",
    UPGRADING: "UPGRADING",
    WAITING_FOR_CONSENT: "WAITING_FOR_CONSENT",
};
const BlueprintStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const LastCrawlStatus = {
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    SUCCEEDED: "SUCCEEDED",
};
const CrawlerLineageSettings = {
    DISABLE: "DISABLE",
    ENABLE: "ENABLE",
};
const RecrawlBehavior = {
    CRAWL_EVENT_MODE: "CRAWL_EVENT_MODE",
    CRAWL_EVERYTHING: "CRAWL_EVERYTHING",
    CRAWL_NEW_FOLDERS_ONLY: "CRAWL_NEW_FOLDERS_ONLY",
};
const ScheduleState = {
    NOT_SCHEDULED: "NOT_SCHEDULED",
    SCHEDULED: "SCHEDULED",
    TRANSITIONING: "TRANSITIONING",
};
const DeleteBehavior = {
    DELETE_FROM_DATABASE: "DELETE_FROM_DATABASE",
    DEPRECATE_IN_DATABASE: "DEPRECATE_IN_DATABASE",
    LOG: "LOG",
};
const UpdateBehavior = {
    LOG: "LOG",
    UPDATE_IN_DATABASE: "UPDATE_IN_DATABASE",
};
const CrawlerState = {
    READY: "READY",
    RUNNING: "RUNNING",
    STOPPING: "STOPPING",
};
const JdbcMetadataEntry = {
    COMMENTS: "COMMENTS",
    RAWTYPES: "RAWTYPES",
};
const DataQualityEvaluationRunMode = {
    EVALUATION_CONFIG: "EVALUATION_CONFIG",
    ON_DEMAND: "ON_DEMAND",
};
const DataQualityRuleResultStatus = {
    ERROR: "ERROR",
    FAIL: "FAIL",
    PASS: "PASS",
};
const DQCompositeRuleEvaluationMethod = {
    COLUMN: "COLUMN",
    ROW: "ROW",
};
const ObservationMode = {
    FIXED: "FIXED",
    SCHEDULED: "SCHEDULED",
};
const ObservationConfiguration = {
    ALL: "ALL",
    NONE: "NONE",
};
const ResultTypeEnum = {
    ALL: "ALL",
    FAILED_ONLY: "FAILED_ONLY",
    PASSED_ONLY: "PASSED_ONLY",
};
const TaskStatusType = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STARTING: "STARTING",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
    SUCCEEDED: "SUCCEEDED",
    TIMEOUT: "TIMEOUT",
};
const WorkerType = {
    G_025X: "G.025X",
    G_12X: "G.12X",
    G_16X: "G.16X",
    G_1X: "G.1X",
    G_2X: "G.2X",
    G_4X: "G.4X",
    G_8X: "G.8X",
    R_1X: "R.1X",
    R_2X: "R.2X",
    R_4X: "R.4X",
    R_8X: "R.8X",
    Standard: "Standard",
    Z_2X: "Z.2X",
};
const StartingPosition = {
    EARLIEST: "earliest",
    LATEST: "latest",
    TIMESTAMP: "timestamp",
    TRIM_HORIZON: "trim_horizon",
};
const JDBCConnectionType = {
    mysql: "mysql",
    oracle: "oracle",
    postgresql: "postgresql",
    redshift: "redshift",
    sqlserver: "sqlserver",
};
const ParamType = {
    BOOL: "bool",
    COMPLEX: "complex",
    FLOAT: "float",
    INT: "int",
    LIST: "list",
    NULL: "null",
    STR: "str",
};
const DdbExportType = {
    ddb: "ddb",
    s3: "s3",
};
const DQTransformOutput = {
    EvaluationResults: "EvaluationResults",
    PrimaryInput: "PrimaryInput",
};
const DQStopJobOnFailureTiming = {
    AfterDataLoad: "AfterDataLoad",
    Immediate: "Immediate",
};
const FilterOperation = {
    EQ: "EQ",
    GT: "GT",
    GTE: "GTE",
    ISNULL: "ISNULL",
    LT: "LT",
    LTE: "LTE",
    REGEX: "REGEX",
};
const FilterValueType = {
    COLUMNEXTRACTED: "COLUMNEXTRACTED",
    CONSTANT: "CONSTANT",
};
const FilterLogicalOperator = {
    AND: "AND",
    OR: "OR",
};
const UpdateCatalogBehavior = {
    LOG: "LOG",
    UPDATE_IN_DATABASE: "UPDATE_IN_DATABASE",
};
const JDBCDataType = {
    ARRAY: "ARRAY",
    BIGINT: "BIGINT",
    BINARY: "BINARY",
    BIT: "BIT",
    BLOB: "BLOB",
    BOOLEAN: "BOOLEAN",
    CHAR: "CHAR",
    CLOB: "CLOB",
    DATALINK: "DATALINK",
    DATE: "DATE",
    DECIMAL: "DECIMAL",
    DISTINCT: "DISTINCT",
    DOUBLE: "DOUBLE",
    FLOAT: "FLOAT",
    INTEGER: "INTEGER",
    JAVA_OBJECT: "JAVA_OBJECT",
    LONGNVARCHAR: "LONGNVARCHAR",
    LONGVARBINARY: "LONGVARBINARY",
    LONGVARCHAR: "LONGVARCHAR",
    NCHAR: "NCHAR",
    NCLOB: "NCLOB",
    NULL: "NULL",
    NUMERIC: "NUMERIC",
    NVARCHAR: "NVARCHAR",
    OTHER: "OTHER",
    REAL: "REAL",
    REF: "REF",
    REF_CURSOR: "REF_CURSOR",
    ROWID: "ROWID",
    SMALLINT: "SMALLINT",
    SQLXML: "SQLXML",
    STRUCT: "STRUCT",
    TIME: "TIME",
    TIMESTAMP: "TIMESTAMP",
    TIMESTAMP_WITH_TIMEZONE: "TIMESTAMP_WITH_TIMEZONE",
    TIME_WITH_TIMEZONE: "TIME_WITH_TIMEZONE",
    TINYINT: "TINYINT",
    VARBINARY: "VARBINARY",
    VARCHAR: "VARCHAR",
};
const GlueRecordType = {
    BIGDECIMAL: "BIGDECIMAL",
    BYTE: "BYTE",
    DATE: "DATE",
    DOUBLE: "DOUBLE",
    FLOAT: "FLOAT",
    INT: "INT",
    LONG: "LONG",
    SHORT: "SHORT",
    STRING: "STRING",
    TIMESTAMP: "TIMESTAMP",
};
const JoinType = {
    EQUIJOIN: "equijoin",
    LEFT: "left",
    LEFT_ANTI: "leftanti",
    LEFT_SEMI: "leftsemi",
    OUTER: "outer",
    RIGHT: "right",
};
const PiiType = {
    ColumnAudit: "ColumnAudit",
    ColumnHashing: "ColumnHashing",
    ColumnMasking: "ColumnMasking",
    RowAudit: "RowAudit",
    RowHashing: "RowHashing",
    RowMasking: "RowMasking",
    RowPartialMasking: "RowPartialMasking",
};
const CompressionType = {
    BZIP2: "bzip2",
    GZIP: "gzip",
};
const QuoteChar = {
    DISABLED: "disabled",
    QUILLEMET: "quillemet",
    QUOTE: "quote",
    SINGLE_QUOTE: "single_quote",
};
const Separator = {
    COMMA: "comma",
    CTRLA: "ctrla",
    PIPE: "pipe",
    SEMICOLON: "semicolon",
    TAB: "tab",
};
const DeltaTargetCompressionType = {
    SNAPPY: "snappy",
    UNCOMPRESSED: "uncompressed",
};
const TargetFormat = {
    AVRO: "avro",
    CSV: "csv",
    DELTA: "delta",
    HUDI: "hudi",
    HYPER: "hyper",
    ICEBERG: "iceberg",
    JSON: "json",
    ORC: "orc",
    PARQUET: "parquet",
    XML: "xml",
};
const ParquetCompressionType = {
    BROTLI: "brotli",
    GZIP: "gzip",
    LZ4: "lz4",
    LZO: "lzo",
    NONE: "none",
    SNAPPY: "snappy",
    UNCOMPRESSED: "uncompressed",
};
const HudiTargetCompressionType = {
    GZIP: "gzip",
    LZO: "lzo",
    SNAPPY: "snappy",
    UNCOMPRESSED: "uncompressed",
};
const HyperTargetCompressionType = {
    UNCOMPRESSED: "uncompressed",
};
const IcebergTargetCompressionType = {
    GZIP: "gzip",
    LZO: "lzo",
    SNAPPY: "snappy",
    UNCOMPRESSED: "uncompressed",
};
const UnionType = {
    ALL: "ALL",
    DISTINCT: "DISTINCT",
};
const ExecutionClass = {
    FLEX: "FLEX",
    STANDARD: "STANDARD",
};
const JobMode = {
    NOTEBOOK: "NOTEBOOK",
    SCRIPT: "SCRIPT",
    VISUAL: "VISUAL",
};
const SourceControlAuthStrategy = {
    AWS_SECRETS_MANAGER: "AWS_SECRETS_MANAGER",
    PERSONAL_ACCESS_TOKEN: "PERSONAL_ACCESS_TOKEN",
};
const SourceControlProvider = {
    AWS_CODE_COMMIT: "AWS_CODE_COMMIT",
    BITBUCKET: "BITBUCKET",
    GITHUB: "GITHUB",
    GITLAB: "GITLAB",
};
const FederationSourceErrorCode = {
    AccessDeniedException: "AccessDeniedException",
    EntityNotFoundException: "EntityNotFoundException",
    InternalServiceException: "InternalServiceException",
    InvalidCredentialsException: "InvalidCredentialsException",
    InvalidInputException: "InvalidInputException",
    InvalidResponseException: "InvalidResponseException",
    OperationNotSupportedException: "OperationNotSupportedException",
    OperationTimeoutException: "OperationTimeoutException",
    PartialFailureException: "PartialFailureException",
    ThrottlingException: "ThrottlingException",
};
const TableOptimizerType = {
    COMPACTION: "compaction",
    ORPHAN_FILE_DELETION: "orphan_file_deletion",
    RETENTION: "retention",
};
const CompactionStrategy = {
    BINPACK: "binpack",
    SORT: "sort",
    ZORDER: "z-order",
};
const ConfigurationSource = {
    CATALOG: "catalog",
    TABLE: "table",
};
const TableOptimizerEventType = {
    COMPLETED: "completed",
    FAILED: "failed",
    IN_PROGRESS: "in_progress",
    STARTING: "starting",
};
const CrawlState = {
    CANCELLED: "CANCELLED",
    CANCELLING: "CANCELLING",
    ERROR: "ERROR",
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    SUCCEEDED: "SUCCEEDED",
};
const LogicalOperator = {
    EQUALS: "EQUALS",
};
const JobRunState = {
    ERROR: "ERROR",
    EXPIRED: "EXPIRED",
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STARTING: "STARTING",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
    SUCCEEDED: "SUCCEEDED",
    TIMEOUT: "TIMEOUT",
    WAITING: "WAITING",
};
const Logical = {
    AND: "AND",
    ANY: "ANY",
};
const TriggerState = {
    ACTIVATED: "ACTIVATED",
    ACTIVATING: "ACTIVATING",
    CREATED: "CREATED",
    CREATING: "CREATING",
    DEACTIVATED: "DEACTIVATED",
    DEACTIVATING: "DEACTIVATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const TriggerType = {
    CONDITIONAL: "CONDITIONAL",
    EVENT: "EVENT",
    ON_DEMAND: "ON_DEMAND",
    SCHEDULED: "SCHEDULED",
};
const NodeType = {
    CRAWLER: "CRAWLER",
    JOB: "JOB",
    TRIGGER: "TRIGGER",
};
const WorkflowRunStatus = {
    COMPLETED: "COMPLETED",
    ERROR: "ERROR",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
};
const DataFormat = {
    AVRO: "AVRO",
    JSON: "JSON",
    PROTOBUF: "PROTOBUF",
};
const Permission = {
    ALL: "ALL",
    ALTER: "ALTER",
    CREATE_DATABASE: "CREATE_DATABASE",
    CREATE_TABLE: "CREATE_TABLE",
    DATA_LOCATION_ACCESS: "DATA_LOCATION_ACCESS",
    DELETE: "DELETE",
    DROP: "DROP",
    INSERT: "INSERT",
    SELECT: "SELECT",
};
const OverwriteChildResourcePermissionsWithDefaultEnum = {
    Accept: "Accept",
    Deny: "Deny",
};
const CsvHeaderOption = {
    ABSENT: "ABSENT",
    PRESENT: "PRESENT",
    UNKNOWN: "UNKNOWN",
};
const CsvSerdeOption = {
    LazySimpleSerDe: "LazySimpleSerDe",
    None: "None",
    OpenCSVSerDe: "OpenCSVSerDe",
};
const ConnectionPropertyKey = {
    CLUSTER_IDENTIFIER: "CLUSTER_IDENTIFIER",
    CONFIG_FILES: "CONFIG_FILES",
    CONNECTION_URL: "CONNECTION_URL",
    CONNECTOR_CLASS_NAME: "CONNECTOR_CLASS_NAME",
    CONNECTOR_TYPE: "CONNECTOR_TYPE",
    CONNECTOR_URL: "CONNECTOR_URL",
    CUSTOM_JDBC_CERT: "CUSTOM_JDBC_CERT",
    CUSTOM_JDBC_CERT_STRING: "CUSTOM_JDBC_CERT_STRING",
    DATABASE: "DATABASE",
    ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD: "ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD",
    ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD: "ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD",
    ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD: "ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD",
    ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD: "ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD",
    ENCRYPTED_PASSWORD: "ENCRYPTED_PASSWORD",
    ENDPOINT: "ENDPOINT",
    ENDPOINT_TYPE: "ENDPOINT_TYPE",
    HOST: "HOST",
    INSTANCE_ID: "INSTANCE_ID",
    JDBC_CONNECTION_URL: "JDBC_CONNECTION_URL",
    JDBC_DRIVER_CLASS_NAME: "JDBC_DRIVER_CLASS_NAME",
    JDBC_DRIVER_JAR_URI: "JDBC_DRIVER_JAR_URI",
    JDBC_ENFORCE_SSL: "JDBC_ENFORCE_SSL",
    JDBC_ENGINE: "JDBC_ENGINE",
    JDBC_ENGINE_VERSION: "JDBC_ENGINE_VERSION",
    KAFKA_BOOTSTRAP_SERVERS: "KAFKA_BOOTSTRAP_SERVERS",
    KAFKA_CLIENT_KEYSTORE: "KAFKA_CLIENT_KEYSTORE",
    KAFKA_CLIENT_KEYSTORE_PASSWORD: "KAFKA_CLIENT_KEYSTORE_PASSWORD",
    KAFKA_CLIENT_KEY_PASSWORD: "KAFKA_CLIENT_KEY_PASSWORD",
    KAFKA_CUSTOM_CERT: "KAFKA_CUSTOM_CERT",
    KAFKA_SASL_GSSAPI_KEYTAB: "KAFKA_SASL_GSSAPI_KEYTAB",
    KAFKA_SASL_GSSAPI_KRB5_CONF: "KAFKA_SASL_GSSAPI_KRB5_CONF",
    KAFKA_SASL_GSSAPI_PRINCIPAL: "KAFKA_SASL_GSSAPI_PRINCIPAL",
    KAFKA_SASL_GSSAPI_SERVICE: "KAFKA_SASL_GSSAPI_SERVICE",
    KAFKA_SASL_MECHANISM: "KAFKA_SASL_MECHANISM",
    KAFKA_SASL_PLAIN_PASSWORD: "KAFKA_SASL_PLAIN_PASSWORD",
    KAFKA_SASL_PLAIN_USERNAME: "KAFKA_SASL_PLAIN_USERNAME",
    KAFKA_SASL_SCRAM_PASSWORD: "KAFKA_SASL_SCRAM_PASSWORD",
    KAFKA_SASL_SCRAM_SECRETS_ARN: "KAFKA_SASL_SCRAM_SECRETS_ARN",
    KAFKA_SASL_SCRAM_USERNAME: "KAFKA_SASL_SCRAM_USERNAME",
    KAFKA_SKIP_CUSTOM_CERT_VALIDATION: "KAFKA_SKIP_CUSTOM_CERT_VALIDATION",
    KAFKA_SSL_ENABLED: "KAFKA_SSL_ENABLED",
    PASSWORD: "PASSWORD",
    PORT: "PORT",
    REGION: "REGION",
    ROLE_ARN: "ROLE_ARN",
    SECRET_ID: "SECRET_ID",
    SKIP_CUSTOM_JDBC_CERT_VALIDATION: "SKIP_CUSTOM_JDBC_CERT_VALIDATION",
    USER_NAME: "USERNAME",
    WORKGROUP_NAME: "WORKGROUP_NAME",
};
const ConnectionType = {
    ADOBEANALYTICS: "ADOBEANALYTICS",
    ASANA: "ASANA",
    AZURECOSMOS: "AZURECOSMOS",
    AZURESQL: "AZURESQL",
    BIGQUERY: "BIGQUERY",
    BLACKBAUD: "BLACKBAUD",
    BLACKBAUDRAISEREDGENXT: "BLACKBAUDRAISEREDGENXT",
    CIRCLECI: "CIRCLECI",
    CLOUDERAHIVE: "CLOUDERAHIVE",
    CLOUDERAIMPALA: "CLOUDERAIMPALA",
    CLOUDWATCH: "CLOUDWATCH",
    CLOUDWATCHMETRICS: "CLOUDWATCHMETRICS",
    CMDB: "CMDB",
    CUSTOM: "CUSTOM",
    DATADOG: "DATADOG",
    DATALAKEGEN2: "DATALAKEGEN2",
    DB2: "DB2",
    DB2AS400: "DB2AS400",
    DOCUMENTDB: "DOCUMENTDB",
    DOCUSIGNMONITOR: "DOCUSIGNMONITOR",
    DOMO: "DOMO",
    DYNAMODB: "DYNAMODB",
    DYNATRACE: "DYNATRACE",
    FACEBOOKADS: "FACEBOOKADS",
    FACEBOOKPAGEINSIGHTS: "FACEBOOKPAGEINSIGHTS",
    FRESHDESK: "FRESHDESK",
    FRESHSALES: "FRESHSALES",
    GITLAB: "GITLAB",
    GOOGLEADS: "GOOGLEADS",
    GOOGLEANALYTICS4: "GOOGLEANALYTICS4",
    GOOGLECLOUDSTORAGE: "GOOGLECLOUDSTORAGE",
    GOOGLESEARCHCONSOLE: "GOOGLESEARCHCONSOLE",
    GOOGLESHEETS: "GOOGLESHEETS",
    HBASE: "HBASE",
    HUBSPOT: "HUBSPOT",
    INSTAGRAMADS: "INSTAGRAMADS",
    INTERCOM: "INTERCOM",
    JDBC: "JDBC",
    JIRACLOUD: "JIRACLOUD",
    KAFKA: "KAFKA",
    KUSTOMER: "KUSTOMER",
    LINKEDIN: "LINKEDIN",
    MAILCHIMP: "MAILCHIMP",
    MARKETO: "MARKETO",
    MARKETPLACE: "MARKETPLACE",
    MICROSOFTDYNAMIC365FINANCEANDOPS: "MICROSOFTDYNAMIC365FINANCEANDOPS",
    MICROSOFTDYNAMICS365CRM: "MICROSOFTDYNAMICS365CRM",
    MICROSOFTTEAMS: "MICROSOFTTEAMS",
    MIXPANEL: "MIXPANEL",
    MONDAY: "MONDAY",
    MONGODB: "MONGODB",
    MYSQL: "MYSQL",
    NETSUITEERP: "NETSUITEERP",
    NETWORK: "NETWORK",
    OKTA: "OKTA",
    OPENSEARCH: "OPENSEARCH",
    ORACLE: "ORACLE",
    PAYPAL: "PAYPAL",
    PENDO: "PENDO",
    PIPEDIVE: "PIPEDIVE",
    PIPEDRIVE: "PIPEDRIVE",
    POSTGRESQL: "POSTGRESQL",
    PRODUCTBOARD: "PRODUCTBOARD",
    QUICKBOOKS: "QUICKBOOKS",
    SALESFORCE: "SALESFORCE",
    SALESFORCECOMMERCECLOUD: "SALESFORCECOMMERCECLOUD",
    SALESFORCEMARKETINGCLOUD: "SALESFORCEMARKETINGCLOUD",
    SALESFORCEPARDOT: "SALESFORCEPARDOT",
    SAPCONCUR: "SAPCONCUR",
    SAPHANA: "SAPHANA",
    SAPODATA: "SAPODATA",
    SENDGRID: "SENDGRID",
    SERVICENOW: "SERVICENOW",
    SFTP: "SFTP",
    SLACK: "SLACK",
    SMARTSHEET: "SMARTSHEET",
    SNAPCHATADS: "SNAPCHATADS",
    SQLSERVER: "SQLSERVER",
    STRIPE: "STRIPE",
    SYNAPSE: "SYNAPSE",
    TERADATA: "TERADATA",
    TERADATANOS: "TERADATANOS",
    TIMESTREAM: "TIMESTREAM",
    TPCDS: "TPCDS",
    TWILIO: "TWILIO",
    VERTICA: "VERTICA",
    VIEW_VALIDATION_ATHENA: "VIEW_VALIDATION_ATHENA",
    VIEW_VALIDATION_REDSHIFT: "VIEW_VALIDATION_REDSHIFT",
    WOOCOMMERCE: "WOOCOMMERCE",
    ZENDESK: "ZENDESK",
    ZOHOCRM: "ZOHOCRM",
    ZOOM: "ZOOM",
};
const ComputeEnvironment = {
    ATHENA: "ATHENA",
    PYTHON: "PYTHON",
    SPARK: "SPARK",
};
const ConnectionStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    READY: "READY",
};
const DataQualityEvaluationConfigLevel = {
    CATALOG: "CATALOG",
    DATABASE: "DATABASE",
    TABLE: "TABLE",
};
const DataQualityEvaluationConfigManagedRuleset = {
    ADVANCED: "ADVANCED",
    SIMPLE: "SIMPLE",
};
const DataQualityEvaluationConfigTrigger = {
    METADATA_CHANGE: "METADATA_CHANGE",
    ONCE: "ONCE",
    SCHEDULE: "SCHEDULE",
};
const IntegrationStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    MODIFYING: "MODIFYING",
    NEEDS_ATTENTION: "NEEDS_ATTENTION",
    SYNCING: "SYNCING",
};
const UnnestSpec = {
    FULL: "FULL",
    NOUNNEST: "NOUNNEST",
    TOPLEVEL: "TOPLEVEL",
};
const TransformType = {
    FIND_MATCHES: "FIND_MATCHES",
};
const MLUserDataEncryptionModeString = {
    DISABLED: "DISABLED",
    SSEKMS: "SSE-KMS",
};
const Compatibility = {
    BACKWARD: "BACKWARD",
    BACKWARD_ALL: "BACKWARD_ALL",
    DISABLED: "DISABLED",
    FORWARD: "FORWARD",
    FORWARD_ALL: "FORWARD_ALL",
    FULL: "FULL",
    FULL_ALL: "FULL_ALL",
    NONE: "NONE",
};
const SchemaStatus = {
    AVAILABLE: "AVAILABLE",
    DELETING: "DELETING",
    PENDING: "PENDING",
};
const SchemaVersionStatus = {
    AVAILABLE: "AVAILABLE",
    DELETING: "DELETING",
    FAILURE: "FAILURE",
    PENDING: "PENDING",
};
const Language = {
    PYTHON: "PYTHON",
    SCALA: "SCALA",
};
const CloudWatchEncryptionMode = {
    DISABLED: "DISABLED",
    SSEKMS: "SSE-KMS",
};
const DataQualityEncryptionMode = {
    DISABLED: "DISABLED",
    SSEKMS: "SSE-KMS",
};
const JobBookmarksEncryptionMode = {
    CSEKMS: "CSE-KMS",
    DISABLED: "DISABLED",
};
const S3EncryptionMode = {
    DISABLED: "DISABLED",
    SSEKMS: "SSE-KMS",
    SSES3: "SSE-S3",
};
const SessionType = {
    LIVY: "LIVY",
    SPARK_CONNECT: "SPARK_CONNECT",
};
const SessionStatus = {
    FAILED: "FAILED",
    PROVISIONING: "PROVISIONING",
    READY: "READY",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
    TIMEOUT: "TIMEOUT",
};
const IcebergStructTypeEnum = {
    STRUCT: "struct",
};
const IcebergSortDirection = {
    ASC: "asc",
    DESC: "desc",
};
const IcebergNullOrder = {
    NULLS_FIRST: "nulls-first",
    NULLS_LAST: "nulls-last",
};
const MetadataOperation = {
    CREATE: "CREATE",
};
const LastRefreshType = {
    FULL: "FULL",
    INCREMENTAL: "INCREMENTAL",
};
const ViewDialect = {
    ATHENA: "ATHENA",
    REDSHIFT: "REDSHIFT",
    SPARK: "SPARK",
};
const SubObjectSourceType = {
    HIVE_CSV: "HIVE_CSV",
    HIVE_JSON: "HIVE_JSON",
    HIVE_ORC: "HIVE_ORC",
    HIVE_PARQUET: "HIVE_PARQUET",
    ICEBERG: "ICEBERG",
    PLAIN_PARQUET: "PLAIN_PARQUET",
};
const FunctionType = {
    AGGREGATE_FUNCTION: "AGGREGATE_FUNCTION",
    REGULAR_FUNCTION: "REGULAR_FUNCTION",
    STORED_PROCEDURE: "STORED_PROCEDURE",
};
const GovernanceMode = {
    IAM_ONLY: "IAM_ONLY",
    LAKE_FORMATION: "LAKE_FORMATION",
};
const PrincipalType = {
    GROUP: "GROUP",
    ROLE: "ROLE",
    USER: "USER",
};
const ResourceType = {
    ARCHIVE: "ARCHIVE",
    FILE: "FILE",
    JAR: "JAR",
};
const RegistryStatus = {
    AVAILABLE: "AVAILABLE",
    DELETING: "DELETING",
};
const FieldDataType = {
    ARRAY: "ARRAY",
    BIGINT: "BIGINT",
    BINARY: "BINARY",
    BOOLEAN: "BOOLEAN",
    BYTE: "BYTE",
    DATE: "DATE",
    DECIMAL: "DECIMAL",
    DOUBLE: "DOUBLE",
    FLOAT: "FLOAT",
    INT: "INT",
    LONG: "LONG",
    MAP: "MAP",
    SHORT: "SHORT",
    SMALLINT: "SMALLINT",
    STRING: "STRING",
    STRUCT: "STRUCT",
    TIMESTAMP: "TIMESTAMP",
    UNION: "UNION",
};
const FilterMode = {
    FILTER_STRING: "FILTER_STRING",
    QUERY_PARAMS: "QUERY_PARAMS",
};
const HTTPMethod = {
    GET: "GET",
    POST: "POST",
};
const FieldFilterOperator = {
    BETWEEN: "BETWEEN",
    CONTAINS: "CONTAINS",
    EQUAL_TO: "EQUAL_TO",
    GREATER_THAN: "GREATER_THAN",
    GREATER_THAN_OR_EQUAL_TO: "GREATER_THAN_OR_EQUAL_TO",
    LESS_THAN: "LESS_THAN",
    LESS_THAN_OR_EQUAL_TO: "LESS_THAN_OR_EQUAL_TO",
    NOT_EQUAL_TO: "NOT_EQUAL_TO",
    ORDER_BY: "ORDER_BY",
};
const BlueprintRunState = {
    FAILED: "FAILED",
    ROLLING_BACK: "ROLLING_BACK",
    RUNNING: "RUNNING",
    SUCCEEDED: "SUCCEEDED",
};
const ColumnStatisticsType = {
    BINARY: "BINARY",
    BOOLEAN: "BOOLEAN",
    DATE: "DATE",
    DECIMAL: "DECIMAL",
    DOUBLE: "DOUBLE",
    LONG: "LONG",
    STRING: "STRING",
};
const ComputationType = {
    FULL: "FULL",
    INCREMENTAL: "INCREMENTAL",
};
const ColumnStatisticsState = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STARTING: "STARTING",
    STOPPED: "STOPPED",
    SUCCEEDED: "SUCCEEDED",
};
const ExecutionStatus = {
    FAILED: "FAILED",
    STARTED: "STARTED",
};
const ScheduleType = {
    AUTO: "AUTO",
    CRON: "CRON",
};
const SettingSource = {
    CATALOG: "CATALOG",
    TABLE: "TABLE",
};
const GlueResourceType = {
    JOB: "JOB",
    SESSION: "SESSION",
};
const DatabaseAttributes = {
    NAME: "NAME",
    TARGET_DATABASE: "TARGET_DATABASE",
};
const ResourceShareType = {
    ALL: "ALL",
    FEDERATED: "FEDERATED",
    FOREIGN: "FOREIGN",
};
const CatalogEncryptionMode = {
    DISABLED: "DISABLED",
    SSEKMS: "SSE-KMS",
    SSEKMSWITHSERVICEROLE: "SSE-KMS-WITH-SERVICE-ROLE",
};
const ExportSetting = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ExportStatus = {
    DISABLED: "DISABLED",
    DISABLING: "DISABLING",
    ENABLED: "ENABLED",
    ENABLING: "ENABLING",
    FAILED: "FAILED",
};
const DataQualityModelStatus = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    SUCCEEDED: "SUCCEEDED",
};
const RecommendationMode = {
    ADVANCED: "ADVANCED",
    BASIC: "BASIC",
};
const Status = {
    FAILED: "FAILED",
    OBSERVING: "OBSERVING",
    STOPPED: "STOPPED",
    SUCCEEDED: "SUCCEEDED",
    TIMEOUT: "TIMEOUT",
    UPGRADING: "UPGRADING",
    WAITING_FOR_CONSENT: "WAITING_FOR_CONSENT",
};
const MaterializedViewRefreshType = {
    FULL: "FULL",
    INCREMENTAL: "INCREMENTAL",
};
const MaterializedViewRefreshState = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STARTING: "STARTING",
    STOPPED: "STOPPED",
    SUCCEEDED: "SUCCEEDED",
};
const TaskType = {
    EVALUATION: "EVALUATION",
    EXPORT_LABELS: "EXPORT_LABELS",
    FIND_MATCHES: "FIND_MATCHES",
    IMPORT_LABELS: "IMPORT_LABELS",
    LABELING_SET_GENERATION: "LABELING_SET_GENERATION",
};
const TaskRunSortColumnType = {
    STARTED: "STARTED",
    STATUS: "STATUS",
    TASK_RUN_TYPE: "TASK_RUN_TYPE",
};
const SortDirectionType = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};
const TransformStatusType = {
    DELETING: "DELETING",
    NOT_READY: "NOT_READY",
    READY: "READY",
};
const TransformSortColumnType = {
    CREATED: "CREATED",
    LAST_MODIFIED: "LAST_MODIFIED",
    NAME: "NAME",
    STATUS: "STATUS",
    TRANSFORM_TYPE: "TRANSFORM_TYPE",
};
const BackfillErrorCode = {
    ENCRYPTED_PARTITION_ERROR: "ENCRYPTED_PARTITION_ERROR",
    INTERNAL_ERROR: "INTERNAL_ERROR",
    INVALID_PARTITION_TYPE_DATA_ERROR: "INVALID_PARTITION_TYPE_DATA_ERROR",
    MISSING_PARTITION_VALUE_ERROR: "MISSING_PARTITION_VALUE_ERROR",
    UNSUPPORTED_PARTITION_CHARACTER_ERROR: "UNSUPPORTED_PARTITION_CHARACTER_ERROR",
};
const PartitionIndexStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
};
const SchemaDiffType = {
    SYNTAX_DIFF: "SYNTAX_DIFF",
};
const StatementState = {
    AVAILABLE: "AVAILABLE",
    CANCELLED: "CANCELLED",
    CANCELLING: "CANCELLING",
    ERROR: "ERROR",
    RUNNING: "RUNNING",
    WAITING: "WAITING",
};
const TableAttributes = {
    DEFAULT: "DEFAULT",
    LATEST_ICEBERG_METADATA: "LATEST_ICEBERG_METADATA",
    NAME: "NAME",
    TABLE_TYPE: "TABLE_TYPE",
};
const ResourceAction = {
    CREATE: "CREATE",
    UPDATE: "UPDATE",
};
const ResourceState = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    QUEUED: "QUEUED",
    STOPPED: "STOPPED",
    SUCCESS: "SUCCESS",
};
const TableResourceShareType = {
    ALL: "ALL",
    FEDERATED: "FEDERATED",
};
const PermissionType = {
    CELL_FILTER_PERMISSION: "CELL_FILTER_PERMISSION",
    COLUMN_PERMISSION: "COLUMN_PERMISSION",
    NESTED_CELL_PERMISSION: "NESTED_CELL_PERMISSION",
    NESTED_PERMISSION: "NESTED_PERMISSION",
};
const FieldName = {
    CRAWL_ID: "CRAWL_ID",
    DPU_HOUR: "DPU_HOUR",
    END_TIME: "END_TIME",
    START_TIME: "START_TIME",
    STATE: "STATE",
};
const FilterOperator = {
    EQ: "EQ",
    GE: "GE",
    GT: "GT",
    LE: "LE",
    LT: "LT",
    NE: "NE",
};
const CrawlerHistoryState = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
};
const StatisticEvaluationLevel = {
    COLUMN: "Column",
    DATASET: "Dataset",
    MULTICOLUMN: "Multicolumn",
};
const DataQualityEngine = {
    PYTHON: "PYTHON",
    SPARK: "SPARK",
};
const EnableHybridValues = {
    FALSE: "FALSE",
    TRUE: "TRUE",
};
const ExistCondition = {
    MUST_EXIST: "MUST_EXIST",
    NONE: "NONE",
    NOT_EXIST: "NOT_EXIST",
};
const ContentType = {
    APPLICATION_JSON: "APPLICATION_JSON",
    URL_ENCODED: "URL_ENCODED",
};
const ConnectorOAuth2GrantType = {
    AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
    JWT_BEARER: "JWT_BEARER",
};
const IntegrationType = {
    REST: "REST",
};
const SearchFilterOperator = {
    equals: "equals",
    greaterThan: "greaterThan",
    greaterThanOrEquals: "greaterThanOrEquals",
    lessThan: "lessThan",
    lessThanOrEquals: "lessThanOrEquals",
    notExists: "notExists",
};
const SearchSortOrder = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};
const Comparator = {
    EQUALS: "EQUALS",
    GREATER_THAN: "GREATER_THAN",
    GREATER_THAN_EQUALS: "GREATER_THAN_EQUALS",
    LESS_THAN: "LESS_THAN",
    LESS_THAN_EQUALS: "LESS_THAN_EQUALS",
};
const Sort = {
    ASCENDING: "ASC",
    DESCENDING: "DESC",
};
const UpgradeConsent = {
    APPROVE: "APPROVE",
    DECLINE: "DECLINE",
};
const IcebergUpdateAction = {
    ADD_ENCRYPTION_KEY: "add-encryption-key",
    ADD_SCHEMA: "add-schema",
    ADD_SORT_ORDER: "add-sort-order",
    ADD_SPEC: "add-spec",
    REMOVE_ENCRYPTION_KEY: "remove-encryption-key",
    REMOVE_PROPERTIES: "remove-properties",
    SET_CURRENT_SCHEMA: "set-current-schema",
    SET_DEFAULT_SORT_ORDER: "set-default-sort-order",
    SET_DEFAULT_SPEC: "set-default-spec",
    SET_LOCATION: "set-location",
    SET_PROPERTIES: "set-properties",
};
const ViewUpdateAction = {
    ADD: "ADD",
    ADD_OR_REPLACE: "ADD_OR_REPLACE",
    DROP: "DROP",
    REPLACE: "REPLACE",
};

__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = Action$;
__webpack_unused_export__ = AdditionalOptionKeys;
__webpack_unused_export__ = AggFunction;
__webpack_unused_export__ = Aggregate$;
__webpack_unused_export__ = AggregateOperation$;
__webpack_unused_export__ = AllowFullTableExternalDataAccessEnum;
__webpack_unused_export__ = AllowedValue$;
exports.iKL = AlreadyExistsException;
__webpack_unused_export__ = AlreadyExistsException$;
__webpack_unused_export__ = AmazonRedshiftAdvancedOption$;
__webpack_unused_export__ = AmazonRedshiftNodeData$;
__webpack_unused_export__ = AmazonRedshiftSource$;
__webpack_unused_export__ = AmazonRedshiftTarget$;
__webpack_unused_export__ = AnalysisType;
__webpack_unused_export__ = AnnotationError$;
__webpack_unused_export__ = ApplyMapping$;
__webpack_unused_export__ = AssetFormEntry$;
__webpack_unused_export__ = AssetTypeFormReference$;
__webpack_unused_export__ = AssetTypeItem$;
__webpack_unused_export__ = AssociateGlossaryTerms$;
__webpack_unused_export__ = AssociateGlossaryTermsCommand;
__webpack_unused_export__ = AssociateGlossaryTermsRequest$;
__webpack_unused_export__ = AssociateGlossaryTermsResponse$;
__webpack_unused_export__ = AthenaConnectorSource$;
__webpack_unused_export__ = AuditContext$;
__webpack_unused_export__ = AuthConfiguration$;
__webpack_unused_export__ = AuthenticationConfiguration$;
__webpack_unused_export__ = AuthenticationConfigurationInput$;
__webpack_unused_export__ = AuthenticationType;
__webpack_unused_export__ = AuthorizationCodeProperties$;
__webpack_unused_export__ = AutoDataQuality$;
__webpack_unused_export__ = AutoUpgradeMetadata$;
__webpack_unused_export__ = AutoUpgradeStatus;
__webpack_unused_export__ = BackfillError$;
__webpack_unused_export__ = BackfillErrorCode;
__webpack_unused_export__ = BasicAuthenticationCredentials$;
__webpack_unused_export__ = BasicAuthenticationProperties$;
__webpack_unused_export__ = BasicCatalogTarget$;
__webpack_unused_export__ = BatchCreatePartition$;
__webpack_unused_export__ = BatchCreatePartitionCommand;
__webpack_unused_export__ = BatchCreatePartitionRequest$;
__webpack_unused_export__ = BatchCreatePartitionResponse$;
__webpack_unused_export__ = BatchDeleteConnection$;
__webpack_unused_export__ = BatchDeleteConnectionCommand;
__webpack_unused_export__ = BatchDeleteConnectionRequest$;
__webpack_unused_export__ = BatchDeleteConnectionResponse$;
__webpack_unused_export__ = BatchDeletePartition$;
__webpack_unused_export__ = BatchDeletePartitionCommand;
__webpack_unused_export__ = BatchDeletePartitionRequest$;
__webpack_unused_export__ = BatchDeletePartitionResponse$;
__webpack_unused_export__ = BatchDeleteTable$;
__webpack_unused_export__ = BatchDeleteTableCommand;
__webpack_unused_export__ = BatchDeleteTableRequest$;
__webpack_unused_export__ = BatchDeleteTableResponse$;
__webpack_unused_export__ = BatchDeleteTableVersion$;
__webpack_unused_export__ = BatchDeleteTableVersionCommand;
__webpack_unused_export__ = BatchDeleteTableVersionRequest$;
__webpack_unused_export__ = BatchDeleteTableVersionResponse$;
__webpack_unused_export__ = BatchGetBlueprints$;
__webpack_unused_export__ = BatchGetBlueprintsCommand;
__webpack_unused_export__ = BatchGetBlueprintsRequest$;
__webpack_unused_export__ = BatchGetBlueprintsResponse$;
__webpack_unused_export__ = BatchGetCrawlers$;
__webpack_unused_export__ = BatchGetCrawlersCommand;
__webpack_unused_export__ = BatchGetCrawlersRequest$;
__webpack_unused_export__ = BatchGetCrawlersResponse$;
__webpack_unused_export__ = BatchGetCustomEntityTypes$;
__webpack_unused_export__ = BatchGetCustomEntityTypesCommand;
__webpack_unused_export__ = BatchGetCustomEntityTypesRequest$;
__webpack_unused_export__ = BatchGetCustomEntityTypesResponse$;
__webpack_unused_export__ = BatchGetDataQualityResult$;
__webpack_unused_export__ = BatchGetDataQualityResultCommand;
__webpack_unused_export__ = BatchGetDataQualityResultRequest$;
__webpack_unused_export__ = BatchGetDataQualityResultResponse$;
__webpack_unused_export__ = BatchGetDataQualityResultV2$;
__webpack_unused_export__ = BatchGetDataQualityResultV2Command;
__webpack_unused_export__ = BatchGetDataQualityResultV2Request$;
__webpack_unused_export__ = BatchGetDataQualityResultV2Response$;
__webpack_unused_export__ = BatchGetDataQualityRulesetEvaluationRun$;
__webpack_unused_export__ = BatchGetDataQualityRulesetEvaluationRunCommand;
__webpack_unused_export__ = BatchGetDataQualityRulesetEvaluationRunRequest$;
__webpack_unused_export__ = BatchGetDataQualityRulesetEvaluationRunResponse$;
__webpack_unused_export__ = BatchGetDevEndpoints$;
__webpack_unused_export__ = BatchGetDevEndpointsCommand;
__webpack_unused_export__ = BatchGetDevEndpointsRequest$;
__webpack_unused_export__ = BatchGetDevEndpointsResponse$;
__webpack_unused_export__ = BatchGetIterableForms$;
__webpack_unused_export__ = BatchGetIterableFormsCommand;
__webpack_unused_export__ = BatchGetIterableFormsRequest$;
__webpack_unused_export__ = BatchGetIterableFormsResponse$;
__webpack_unused_export__ = BatchGetJobs$;
__webpack_unused_export__ = BatchGetJobsCommand;
__webpack_unused_export__ = BatchGetJobsRequest$;
__webpack_unused_export__ = BatchGetJobsResponse$;
__webpack_unused_export__ = BatchGetPartition$;
__webpack_unused_export__ = BatchGetPartitionCommand;
__webpack_unused_export__ = BatchGetPartitionRequest$;
__webpack_unused_export__ = BatchGetPartitionResponse$;
__webpack_unused_export__ = BatchGetTableOptimizer$;
__webpack_unused_export__ = BatchGetTableOptimizerCommand;
__webpack_unused_export__ = BatchGetTableOptimizerEntry$;
__webpack_unused_export__ = BatchGetTableOptimizerError$;
__webpack_unused_export__ = BatchGetTableOptimizerRequest$;
__webpack_unused_export__ = BatchGetTableOptimizerResponse$;
__webpack_unused_export__ = BatchGetTriggers$;
__webpack_unused_export__ = BatchGetTriggersCommand;
__webpack_unused_export__ = BatchGetTriggersRequest$;
__webpack_unused_export__ = BatchGetTriggersResponse$;
__webpack_unused_export__ = BatchGetWorkflows$;
__webpack_unused_export__ = BatchGetWorkflowsCommand;
__webpack_unused_export__ = BatchGetWorkflowsRequest$;
__webpack_unused_export__ = BatchGetWorkflowsResponse$;
__webpack_unused_export__ = BatchPutDataQualityStatisticAnnotation$;
__webpack_unused_export__ = BatchPutDataQualityStatisticAnnotationCommand;
__webpack_unused_export__ = BatchPutDataQualityStatisticAnnotationRequest$;
__webpack_unused_export__ = BatchPutDataQualityStatisticAnnotationResponse$;
__webpack_unused_export__ = BatchStopJobRun$;
__webpack_unused_export__ = BatchStopJobRunCommand;
__webpack_unused_export__ = BatchStopJobRunError$;
__webpack_unused_export__ = BatchStopJobRunRequest$;
__webpack_unused_export__ = BatchStopJobRunResponse$;
__webpack_unused_export__ = BatchStopJobRunSuccessfulSubmission$;
__webpack_unused_export__ = BatchTableOptimizer$;
__webpack_unused_export__ = BatchUpdatePartition$;
__webpack_unused_export__ = BatchUpdatePartitionCommand;
__webpack_unused_export__ = BatchUpdatePartitionFailureEntry$;
__webpack_unused_export__ = BatchUpdatePartitionRequest$;
__webpack_unused_export__ = BatchUpdatePartitionRequestEntry$;
__webpack_unused_export__ = BatchUpdatePartitionResponse$;
__webpack_unused_export__ = BetweenConfiguration$;
__webpack_unused_export__ = BinaryColumnStatisticsData$;
__webpack_unused_export__ = Blueprint$;
__webpack_unused_export__ = BlueprintDetails$;
__webpack_unused_export__ = BlueprintRun$;
__webpack_unused_export__ = BlueprintRunState;
__webpack_unused_export__ = BlueprintStatus;
__webpack_unused_export__ = BooleanColumnStatisticsData$;
__webpack_unused_export__ = CancelDataQualityRuleRecommendationRun$;
__webpack_unused_export__ = CancelDataQualityRuleRecommendationRunCommand;
__webpack_unused_export__ = CancelDataQualityRuleRecommendationRunRequest$;
__webpack_unused_export__ = CancelDataQualityRuleRecommendationRunResponse$;
__webpack_unused_export__ = CancelDataQualityRulesetEvaluationRun$;
__webpack_unused_export__ = CancelDataQualityRulesetEvaluationRunCommand;
__webpack_unused_export__ = CancelDataQualityRulesetEvaluationRunRequest$;
__webpack_unused_export__ = CancelDataQualityRulesetEvaluationRunResponse$;
__webpack_unused_export__ = CancelMLTaskRun$;
__webpack_unused_export__ = CancelMLTaskRunCommand;
__webpack_unused_export__ = CancelMLTaskRunRequest$;
__webpack_unused_export__ = CancelMLTaskRunResponse$;
__webpack_unused_export__ = CancelStatement$;
__webpack_unused_export__ = CancelStatementCommand;
__webpack_unused_export__ = CancelStatementRequest$;
__webpack_unused_export__ = CancelStatementResponse$;
__webpack_unused_export__ = Capabilities$;
__webpack_unused_export__ = Catalog$;
__webpack_unused_export__ = CatalogDeltaSource$;
__webpack_unused_export__ = CatalogEncryptionMode;
__webpack_unused_export__ = CatalogEntry$;
__webpack_unused_export__ = CatalogHudiSource$;
__webpack_unused_export__ = CatalogIcebergSource$;
__webpack_unused_export__ = CatalogImportStatus$;
__webpack_unused_export__ = CatalogInput$;
__webpack_unused_export__ = CatalogKafkaSource$;
__webpack_unused_export__ = CatalogKinesisSource$;
__webpack_unused_export__ = CatalogProperties$;
__webpack_unused_export__ = CatalogPropertiesOutput$;
__webpack_unused_export__ = CatalogSchemaChangePolicy$;
__webpack_unused_export__ = CatalogSource$;
__webpack_unused_export__ = CatalogTableConfigOptions$;
__webpack_unused_export__ = CatalogTarget$;
__webpack_unused_export__ = CheckSchemaVersionValidity$;
__webpack_unused_export__ = CheckSchemaVersionValidityCommand;
__webpack_unused_export__ = CheckSchemaVersionValidityInput$;
__webpack_unused_export__ = CheckSchemaVersionValidityResponse$;
__webpack_unused_export__ = Classifier$;
__webpack_unused_export__ = ClientCredentialsProperties$;
__webpack_unused_export__ = CloudWatchEncryption$;
__webpack_unused_export__ = CloudWatchEncryptionMode;
__webpack_unused_export__ = CodeGenConfigurationNode$;
__webpack_unused_export__ = CodeGenEdge$;
__webpack_unused_export__ = CodeGenNode$;
__webpack_unused_export__ = CodeGenNodeArg$;
__webpack_unused_export__ = Column$;
__webpack_unused_export__ = ColumnError$;
__webpack_unused_export__ = ColumnImportance$;
__webpack_unused_export__ = ColumnRowFilter$;
__webpack_unused_export__ = ColumnStatistics$;
__webpack_unused_export__ = ColumnStatisticsData$;
__webpack_unused_export__ = ColumnStatisticsError$;
__webpack_unused_export__ = ColumnStatisticsState;
__webpack_unused_export__ = ColumnStatisticsTaskNotRunningException;
__webpack_unused_export__ = ColumnStatisticsTaskNotRunningException$;
__webpack_unused_export__ = ColumnStatisticsTaskRun$;
__webpack_unused_export__ = ColumnStatisticsTaskRunningException;
__webpack_unused_export__ = ColumnStatisticsTaskRunningException$;
__webpack_unused_export__ = ColumnStatisticsTaskSettings$;
__webpack_unused_export__ = ColumnStatisticsTaskStoppingException;
__webpack_unused_export__ = ColumnStatisticsTaskStoppingException$;
__webpack_unused_export__ = ColumnStatisticsType;
__webpack_unused_export__ = CompactionConfiguration$;
__webpack_unused_export__ = CompactionMetrics$;
__webpack_unused_export__ = CompactionStrategy;
__webpack_unused_export__ = Comparator;
__webpack_unused_export__ = Compatibility;
__webpack_unused_export__ = CompressionType;
__webpack_unused_export__ = ComputationType;
__webpack_unused_export__ = ComputeEnvironment;
__webpack_unused_export__ = ComputeEnvironmentConfiguration$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ConcurrentRunsExceededException;
__webpack_unused_export__ = ConcurrentRunsExceededException$;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = ConditionCheckFailureException;
__webpack_unused_export__ = ConditionCheckFailureException$;
__webpack_unused_export__ = ConditionExpression$;
__webpack_unused_export__ = ConfigurationObject$;
__webpack_unused_export__ = ConfigurationSource;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ConfusionMatrix$;
__webpack_unused_export__ = Connection$;
__webpack_unused_export__ = ConnectionInput$;
__webpack_unused_export__ = ConnectionPasswordEncryption$;
__webpack_unused_export__ = ConnectionPropertiesConfiguration$;
__webpack_unused_export__ = ConnectionPropertyKey;
__webpack_unused_export__ = ConnectionStatus;
__webpack_unused_export__ = ConnectionType;
__webpack_unused_export__ = ConnectionTypeBrief$;
__webpack_unused_export__ = ConnectionTypeVariant$;
__webpack_unused_export__ = ConnectionsList$;
__webpack_unused_export__ = ConnectorAuthenticationConfiguration$;
__webpack_unused_export__ = ConnectorAuthorizationCodeProperties$;
__webpack_unused_export__ = ConnectorDataSource$;
__webpack_unused_export__ = ConnectorDataTarget$;
__webpack_unused_export__ = ConnectorOAuth2GrantType;
__webpack_unused_export__ = ConnectorOAuth2Properties$;
__webpack_unused_export__ = ConnectorProperty$;
__webpack_unused_export__ = ContentType;
__webpack_unused_export__ = Crawl$;
__webpack_unused_export__ = CrawlState;
__webpack_unused_export__ = Crawler$;
__webpack_unused_export__ = CrawlerHistory$;
__webpack_unused_export__ = CrawlerHistoryState;
__webpack_unused_export__ = CrawlerLineageSettings;
__webpack_unused_export__ = CrawlerMetrics$;
__webpack_unused_export__ = CrawlerNodeDetails$;
__webpack_unused_export__ = CrawlerNotRunningException;
__webpack_unused_export__ = CrawlerNotRunningException$;
__webpack_unused_export__ = CrawlerRunningException;
__webpack_unused_export__ = CrawlerRunningException$;
__webpack_unused_export__ = CrawlerState;
__webpack_unused_export__ = CrawlerStoppingException;
__webpack_unused_export__ = CrawlerStoppingException$;
__webpack_unused_export__ = CrawlerTargets$;
__webpack_unused_export__ = CrawlsFilter$;
__webpack_unused_export__ = CreateBlueprint$;
__webpack_unused_export__ = CreateBlueprintCommand;
__webpack_unused_export__ = CreateBlueprintRequest$;
__webpack_unused_export__ = CreateBlueprintResponse$;
__webpack_unused_export__ = CreateCatalog$;
__webpack_unused_export__ = CreateCatalogCommand;
__webpack_unused_export__ = CreateCatalogRequest$;
__webpack_unused_export__ = CreateCatalogResponse$;
__webpack_unused_export__ = CreateClassifier$;
__webpack_unused_export__ = CreateClassifierCommand;
__webpack_unused_export__ = CreateClassifierRequest$;
__webpack_unused_export__ = CreateClassifierResponse$;
__webpack_unused_export__ = CreateColumnStatisticsTaskSettings$;
__webpack_unused_export__ = CreateColumnStatisticsTaskSettingsCommand;
__webpack_unused_export__ = CreateColumnStatisticsTaskSettingsRequest$;
__webpack_unused_export__ = CreateColumnStatisticsTaskSettingsResponse$;
__webpack_unused_export__ = CreateConnection$;
__webpack_unused_export__ = CreateConnectionCommand;
__webpack_unused_export__ = CreateConnectionRequest$;
__webpack_unused_export__ = CreateConnectionResponse$;
__webpack_unused_export__ = CreateCrawler$;
__webpack_unused_export__ = CreateCrawlerCommand;
__webpack_unused_export__ = CreateCrawlerRequest$;
__webpack_unused_export__ = CreateCrawlerResponse$;
__webpack_unused_export__ = CreateCsvClassifierRequest$;
__webpack_unused_export__ = CreateCustomEntityType$;
__webpack_unused_export__ = CreateCustomEntityTypeCommand;
__webpack_unused_export__ = CreateCustomEntityTypeRequest$;
__webpack_unused_export__ = CreateCustomEntityTypeResponse$;
__webpack_unused_export__ = CreateDataQualityEvaluationConfig$;
__webpack_unused_export__ = CreateDataQualityEvaluationConfigCommand;
__webpack_unused_export__ = CreateDataQualityEvaluationConfigRequest$;
__webpack_unused_export__ = CreateDataQualityEvaluationConfigResponse$;
__webpack_unused_export__ = CreateDataQualityRuleset$;
__webpack_unused_export__ = CreateDataQualityRulesetCommand;
__webpack_unused_export__ = CreateDataQualityRulesetRequest$;
__webpack_unused_export__ = CreateDataQualityRulesetResponse$;
__webpack_unused_export__ = CreateDatabase$;
__webpack_unused_export__ = CreateDatabaseCommand;
__webpack_unused_export__ = CreateDatabaseRequest$;
__webpack_unused_export__ = CreateDatabaseResponse$;
__webpack_unused_export__ = CreateDevEndpoint$;
__webpack_unused_export__ = CreateDevEndpointCommand;
__webpack_unused_export__ = CreateDevEndpointRequest$;
__webpack_unused_export__ = CreateDevEndpointResponse$;
__webpack_unused_export__ = CreateGlossary$;
__webpack_unused_export__ = CreateGlossaryCommand;
__webpack_unused_export__ = CreateGlossaryRequest$;
__webpack_unused_export__ = CreateGlossaryResponse$;
__webpack_unused_export__ = CreateGlossaryTerm$;
__webpack_unused_export__ = CreateGlossaryTermCommand;
__webpack_unused_export__ = CreateGlossaryTermRequest$;
__webpack_unused_export__ = CreateGlossaryTermResponse$;
__webpack_unused_export__ = CreateGlueIdentityCenterConfiguration$;
__webpack_unused_export__ = CreateGlueIdentityCenterConfigurationCommand;
__webpack_unused_export__ = CreateGlueIdentityCenterConfigurationRequest$;
__webpack_unused_export__ = CreateGlueIdentityCenterConfigurationResponse$;
__webpack_unused_export__ = CreateGrokClassifierRequest$;
__webpack_unused_export__ = CreateIcebergTableInput$;
__webpack_unused_export__ = CreateIntegration$;
__webpack_unused_export__ = CreateIntegrationCommand;
__webpack_unused_export__ = CreateIntegrationRequest$;
__webpack_unused_export__ = CreateIntegrationResourceProperty$;
__webpack_unused_export__ = CreateIntegrationResourcePropertyCommand;
__webpack_unused_export__ = CreateIntegrationResourcePropertyRequest$;
__webpack_unused_export__ = CreateIntegrationResourcePropertyResponse$;
__webpack_unused_export__ = CreateIntegrationResponse$;
__webpack_unused_export__ = CreateIntegrationTableProperties$;
__webpack_unused_export__ = CreateIntegrationTablePropertiesCommand;
__webpack_unused_export__ = CreateIntegrationTablePropertiesRequest$;
__webpack_unused_export__ = CreateIntegrationTablePropertiesResponse$;
__webpack_unused_export__ = CreateJob$;
__webpack_unused_export__ = CreateJobCommand;
__webpack_unused_export__ = CreateJobRequest$;
__webpack_unused_export__ = CreateJobResponse$;
__webpack_unused_export__ = CreateJsonClassifierRequest$;
__webpack_unused_export__ = CreateMLTransform$;
__webpack_unused_export__ = CreateMLTransformCommand;
__webpack_unused_export__ = CreateMLTransformRequest$;
__webpack_unused_export__ = CreateMLTransformResponse$;
__webpack_unused_export__ = CreatePartition$;
exports.ezc = CreatePartitionCommand;
__webpack_unused_export__ = CreatePartitionIndex$;
__webpack_unused_export__ = CreatePartitionIndexCommand;
__webpack_unused_export__ = CreatePartitionIndexRequest$;
__webpack_unused_export__ = CreatePartitionIndexResponse$;
__webpack_unused_export__ = CreatePartitionRequest$;
__webpack_unused_export__ = CreatePartitionResponse$;
__webpack_unused_export__ = CreateRegistry$;
__webpack_unused_export__ = CreateRegistryCommand;
__webpack_unused_export__ = CreateRegistryInput$;
__webpack_unused_export__ = CreateRegistryResponse$;
__webpack_unused_export__ = CreateSchema$;
__webpack_unused_export__ = CreateSchemaCommand;
__webpack_unused_export__ = CreateSchemaInput$;
__webpack_unused_export__ = CreateSchemaResponse$;
__webpack_unused_export__ = CreateScript$;
__webpack_unused_export__ = CreateScriptCommand;
__webpack_unused_export__ = CreateScriptRequest$;
__webpack_unused_export__ = CreateScriptResponse$;
__webpack_unused_export__ = CreateSecurityConfiguration$;
__webpack_unused_export__ = CreateSecurityConfigurationCommand;
__webpack_unused_export__ = CreateSecurityConfigurationRequest$;
__webpack_unused_export__ = CreateSecurityConfigurationResponse$;
__webpack_unused_export__ = CreateSession$;
__webpack_unused_export__ = CreateSessionCommand;
__webpack_unused_export__ = CreateSessionRequest$;
__webpack_unused_export__ = CreateSessionResponse$;
__webpack_unused_export__ = CreateTable$;
exports.IxS = CreateTableCommand;
__webpack_unused_export__ = CreateTableOptimizer$;
__webpack_unused_export__ = CreateTableOptimizerCommand;
__webpack_unused_export__ = CreateTableOptimizerRequest$;
__webpack_unused_export__ = CreateTableOptimizerResponse$;
__webpack_unused_export__ = CreateTableRequest$;
__webpack_unused_export__ = CreateTableResponse$;
__webpack_unused_export__ = CreateTrigger$;
__webpack_unused_export__ = CreateTriggerCommand;
__webpack_unused_export__ = CreateTriggerRequest$;
__webpack_unused_export__ = CreateTriggerResponse$;
__webpack_unused_export__ = CreateUsageProfile$;
__webpack_unused_export__ = CreateUsageProfileCommand;
__webpack_unused_export__ = CreateUsageProfileRequest$;
__webpack_unused_export__ = CreateUsageProfileResponse$;
__webpack_unused_export__ = CreateUserDefinedFunction$;
__webpack_unused_export__ = CreateUserDefinedFunctionCommand;
__webpack_unused_export__ = CreateUserDefinedFunctionRequest$;
__webpack_unused_export__ = CreateUserDefinedFunctionResponse$;
__webpack_unused_export__ = CreateWorkflow$;
__webpack_unused_export__ = CreateWorkflowCommand;
__webpack_unused_export__ = CreateWorkflowRequest$;
__webpack_unused_export__ = CreateWorkflowResponse$;
__webpack_unused_export__ = CreateXMLClassifierRequest$;
__webpack_unused_export__ = CsvClassifier$;
__webpack_unused_export__ = CsvHeaderOption;
__webpack_unused_export__ = CsvSerdeOption;
__webpack_unused_export__ = CursorConfiguration$;
__webpack_unused_export__ = CustomAuthenticationProperties$;
__webpack_unused_export__ = CustomCode$;
__webpack_unused_export__ = CustomEntityType$;
__webpack_unused_export__ = DDBELTCatalogAdditionalOptions$;
__webpack_unused_export__ = DDBELTConnectionOptions$;
__webpack_unused_export__ = DQCompositeRuleEvaluationMethod;
__webpack_unused_export__ = DQResultsPublishingOptions$;
__webpack_unused_export__ = DQStopJobOnFailureOptions$;
__webpack_unused_export__ = DQStopJobOnFailureTiming;
__webpack_unused_export__ = DQTransformOutput;
__webpack_unused_export__ = DataCatalogEncryptionSettings$;
__webpack_unused_export__ = DataFormat;
__webpack_unused_export__ = DataLakeAccessProperties$;
__webpack_unused_export__ = DataLakeAccessPropertiesOutput$;
__webpack_unused_export__ = DataLakePrincipal$;
__webpack_unused_export__ = DataOperation;
__webpack_unused_export__ = DataQualityAggregatedMetrics$;
__webpack_unused_export__ = DataQualityAnalyzerResult$;
__webpack_unused_export__ = DataQualityConfigurationV2$;
__webpack_unused_export__ = DataQualityEncryption$;
__webpack_unused_export__ = DataQualityEncryptionMode;
__webpack_unused_export__ = DataQualityEngine;
__webpack_unused_export__ = DataQualityEvaluationConfigAdditionalRunOptions$;
__webpack_unused_export__ = DataQualityEvaluationConfigDataSource$;
__webpack_unused_export__ = DataQualityEvaluationConfigGlueTables$;
__webpack_unused_export__ = DataQualityEvaluationConfigLevel;
__webpack_unused_export__ = DataQualityEvaluationConfigListDataSource$;
__webpack_unused_export__ = DataQualityEvaluationConfigListDetails$;
__webpack_unused_export__ = DataQualityEvaluationConfigListGlueTables$;
__webpack_unused_export__ = DataQualityEvaluationConfigManagedRuleset;
__webpack_unused_export__ = DataQualityEvaluationConfigTrigger;
__webpack_unused_export__ = DataQualityEvaluationRunAdditionalRunOptions$;
__webpack_unused_export__ = DataQualityEvaluationRunMode;
__webpack_unused_export__ = DataQualityGlueTable$;
__webpack_unused_export__ = DataQualityMetricValues$;
__webpack_unused_export__ = DataQualityModelStatus;
__webpack_unused_export__ = DataQualityObservation$;
__webpack_unused_export__ = DataQualityResult$;
__webpack_unused_export__ = DataQualityResultDescription$;
__webpack_unused_export__ = DataQualityResultFilterCriteria$;
__webpack_unused_export__ = DataQualityResultV2Item$;
__webpack_unused_export__ = DataQualityResultsV2Description$;
__webpack_unused_export__ = DataQualityResultsV2FilterCriteria$;
__webpack_unused_export__ = DataQualityRuleRecommendationRunAdditionalRunOptions$;
__webpack_unused_export__ = DataQualityRuleRecommendationRunDescription$;
__webpack_unused_export__ = DataQualityRuleRecommendationRunFilter$;
__webpack_unused_export__ = DataQualityRuleResult$;
__webpack_unused_export__ = DataQualityRuleResultStatus;
__webpack_unused_export__ = DataQualityRuleResultsOptions$;
__webpack_unused_export__ = DataQualityRulesetEvaluationRun$;
__webpack_unused_export__ = DataQualityRulesetEvaluationRunDescription$;
__webpack_unused_export__ = DataQualityRulesetEvaluationRunFilter$;
__webpack_unused_export__ = DataQualityRulesetFilterCriteria$;
__webpack_unused_export__ = DataQualityRulesetListDetails$;
__webpack_unused_export__ = DataQualityTargetTable$;
__webpack_unused_export__ = DataQualityTelemetry$;
__webpack_unused_export__ = DataSource$;
__webpack_unused_export__ = Database$;
__webpack_unused_export__ = DatabaseAttributes;
__webpack_unused_export__ = DatabaseIdentifier$;
__webpack_unused_export__ = DatabaseInput$;
__webpack_unused_export__ = DatapointInclusionAnnotation$;
__webpack_unused_export__ = Datatype$;
__webpack_unused_export__ = DateColumnStatisticsData$;
__webpack_unused_export__ = DdbExportType;
__webpack_unused_export__ = DecimalColumnStatisticsData$;
__webpack_unused_export__ = DecimalNumber$;
__webpack_unused_export__ = DeleteAsset$;
__webpack_unused_export__ = DeleteAssetCommand;
__webpack_unused_export__ = DeleteAssetRequest$;
__webpack_unused_export__ = DeleteAssetResponse$;
__webpack_unused_export__ = DeleteAssetType$;
__webpack_unused_export__ = DeleteAssetTypeCommand;
__webpack_unused_export__ = DeleteAssetTypeRequest$;
__webpack_unused_export__ = DeleteAssetTypeResponse$;
__webpack_unused_export__ = DeleteAttachment$;
__webpack_unused_export__ = DeleteAttachmentCommand;
__webpack_unused_export__ = DeleteAttachmentRequest$;
__webpack_unused_export__ = DeleteAttachmentResponse$;
__webpack_unused_export__ = DeleteBehavior;
__webpack_unused_export__ = DeleteBlueprint$;
__webpack_unused_export__ = DeleteBlueprintCommand;
__webpack_unused_export__ = DeleteBlueprintRequest$;
__webpack_unused_export__ = DeleteBlueprintResponse$;
__webpack_unused_export__ = DeleteCatalog$;
__webpack_unused_export__ = DeleteCatalogCommand;
__webpack_unused_export__ = DeleteCatalogRequest$;
__webpack_unused_export__ = DeleteCatalogResponse$;
__webpack_unused_export__ = DeleteClassifier$;
__webpack_unused_export__ = DeleteClassifierCommand;
__webpack_unused_export__ = DeleteClassifierRequest$;
__webpack_unused_export__ = DeleteClassifierResponse$;
__webpack_unused_export__ = DeleteColumnStatisticsForPartition$;
__webpack_unused_export__ = DeleteColumnStatisticsForPartitionCommand;
__webpack_unused_export__ = DeleteColumnStatisticsForPartitionRequest$;
__webpack_unused_export__ = DeleteColumnStatisticsForPartitionResponse$;
__webpack_unused_export__ = DeleteColumnStatisticsForTable$;
__webpack_unused_export__ = DeleteColumnStatisticsForTableCommand;
__webpack_unused_export__ = DeleteColumnStatisticsForTableRequest$;
__webpack_unused_export__ = DeleteColumnStatisticsForTableResponse$;
__webpack_unused_export__ = DeleteColumnStatisticsTaskSettings$;
__webpack_unused_export__ = DeleteColumnStatisticsTaskSettingsCommand;
__webpack_unused_export__ = DeleteColumnStatisticsTaskSettingsRequest$;
__webpack_unused_export__ = DeleteColumnStatisticsTaskSettingsResponse$;
__webpack_unused_export__ = DeleteConnection$;
__webpack_unused_export__ = DeleteConnectionCommand;
__webpack_unused_export__ = DeleteConnectionRequest$;
__webpack_unused_export__ = DeleteConnectionResponse$;
__webpack_unused_export__ = DeleteConnectionType$;
__webpack_unused_export__ = DeleteConnectionTypeCommand;
__webpack_unused_export__ = DeleteConnectionTypeRequest$;
__webpack_unused_export__ = DeleteConnectionTypeResponse$;
__webpack_unused_export__ = DeleteCrawler$;
__webpack_unused_export__ = DeleteCrawlerCommand;
__webpack_unused_export__ = DeleteCrawlerRequest$;
__webpack_unused_export__ = DeleteCrawlerResponse$;
__webpack_unused_export__ = DeleteCustomEntityType$;
__webpack_unused_export__ = DeleteCustomEntityTypeCommand;
__webpack_unused_export__ = DeleteCustomEntityTypeRequest$;
__webpack_unused_export__ = DeleteCustomEntityTypeResponse$;
__webpack_unused_export__ = DeleteDataQualityEvaluationConfig$;
__webpack_unused_export__ = DeleteDataQualityEvaluationConfigCommand;
__webpack_unused_export__ = DeleteDataQualityEvaluationConfigRequest$;
__webpack_unused_export__ = DeleteDataQualityEvaluationConfigResponse$;
__webpack_unused_export__ = DeleteDataQualityRuleset$;
__webpack_unused_export__ = DeleteDataQualityRulesetCommand;
__webpack_unused_export__ = DeleteDataQualityRulesetRequest$;
__webpack_unused_export__ = DeleteDataQualityRulesetResponse$;
__webpack_unused_export__ = DeleteDatabase$;
__webpack_unused_export__ = DeleteDatabaseCommand;
__webpack_unused_export__ = DeleteDatabaseRequest$;
__webpack_unused_export__ = DeleteDatabaseResponse$;
__webpack_unused_export__ = DeleteDevEndpoint$;
__webpack_unused_export__ = DeleteDevEndpointCommand;
__webpack_unused_export__ = DeleteDevEndpointRequest$;
__webpack_unused_export__ = DeleteDevEndpointResponse$;
__webpack_unused_export__ = DeleteFormType$;
__webpack_unused_export__ = DeleteFormTypeCommand;
__webpack_unused_export__ = DeleteFormTypeRequest$;
__webpack_unused_export__ = DeleteFormTypeResponse$;
__webpack_unused_export__ = DeleteGlossary$;
__webpack_unused_export__ = DeleteGlossaryCommand;
__webpack_unused_export__ = DeleteGlossaryRequest$;
__webpack_unused_export__ = DeleteGlossaryResponse$;
__webpack_unused_export__ = DeleteGlossaryTerm$;
__webpack_unused_export__ = DeleteGlossaryTermCommand;
__webpack_unused_export__ = DeleteGlossaryTermRequest$;
__webpack_unused_export__ = DeleteGlossaryTermResponse$;
__webpack_unused_export__ = DeleteGlueIdentityCenterConfiguration$;
__webpack_unused_export__ = DeleteGlueIdentityCenterConfigurationCommand;
__webpack_unused_export__ = DeleteGlueIdentityCenterConfigurationRequest$;
__webpack_unused_export__ = DeleteGlueIdentityCenterConfigurationResponse$;
__webpack_unused_export__ = DeleteIntegration$;
__webpack_unused_export__ = DeleteIntegrationCommand;
__webpack_unused_export__ = DeleteIntegrationRequest$;
__webpack_unused_export__ = DeleteIntegrationResourceProperty$;
__webpack_unused_export__ = DeleteIntegrationResourcePropertyCommand;
__webpack_unused_export__ = DeleteIntegrationResourcePropertyRequest$;
__webpack_unused_export__ = DeleteIntegrationResourcePropertyResponse$;
__webpack_unused_export__ = DeleteIntegrationResponse$;
__webpack_unused_export__ = DeleteIntegrationTableProperties$;
__webpack_unused_export__ = DeleteIntegrationTablePropertiesCommand;
__webpack_unused_export__ = DeleteIntegrationTablePropertiesRequest$;
__webpack_unused_export__ = DeleteIntegrationTablePropertiesResponse$;
__webpack_unused_export__ = DeleteJob$;
__webpack_unused_export__ = DeleteJobCommand;
__webpack_unused_export__ = DeleteJobRequest$;
__webpack_unused_export__ = DeleteJobResponse$;
__webpack_unused_export__ = DeleteMLTransform$;
__webpack_unused_export__ = DeleteMLTransformCommand;
__webpack_unused_export__ = DeleteMLTransformRequest$;
__webpack_unused_export__ = DeleteMLTransformResponse$;
__webpack_unused_export__ = DeletePartition$;
__webpack_unused_export__ = DeletePartitionCommand;
__webpack_unused_export__ = DeletePartitionIndex$;
__webpack_unused_export__ = DeletePartitionIndexCommand;
__webpack_unused_export__ = DeletePartitionIndexRequest$;
__webpack_unused_export__ = DeletePartitionIndexResponse$;
__webpack_unused_export__ = DeletePartitionRequest$;
__webpack_unused_export__ = DeletePartitionResponse$;
__webpack_unused_export__ = DeleteRegistry$;
__webpack_unused_export__ = DeleteRegistryCommand;
__webpack_unused_export__ = DeleteRegistryInput$;
__webpack_unused_export__ = DeleteRegistryResponse$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DeleteSchema$;
__webpack_unused_export__ = DeleteSchemaCommand;
__webpack_unused_export__ = DeleteSchemaInput$;
__webpack_unused_export__ = DeleteSchemaResponse$;
__webpack_unused_export__ = DeleteSchemaVersions$;
__webpack_unused_export__ = DeleteSchemaVersionsCommand;
__webpack_unused_export__ = DeleteSchemaVersionsInput$;
__webpack_unused_export__ = DeleteSchemaVersionsResponse$;
__webpack_unused_export__ = DeleteSecurityConfiguration$;
__webpack_unused_export__ = DeleteSecurityConfigurationCommand;
__webpack_unused_export__ = DeleteSecurityConfigurationRequest$;
__webpack_unused_export__ = DeleteSecurityConfigurationResponse$;
__webpack_unused_export__ = DeleteSession$;
__webpack_unused_export__ = DeleteSessionCommand;
__webpack_unused_export__ = DeleteSessionRequest$;
__webpack_unused_export__ = DeleteSessionResponse$;
__webpack_unused_export__ = DeleteTable$;
__webpack_unused_export__ = DeleteTableCommand;
__webpack_unused_export__ = DeleteTableOptimizer$;
__webpack_unused_export__ = DeleteTableOptimizerCommand;
__webpack_unused_export__ = DeleteTableOptimizerRequest$;
__webpack_unused_export__ = DeleteTableOptimizerResponse$;
__webpack_unused_export__ = DeleteTableRequest$;
__webpack_unused_export__ = DeleteTableResponse$;
__webpack_unused_export__ = DeleteTableVersion$;
__webpack_unused_export__ = DeleteTableVersionCommand;
__webpack_unused_export__ = DeleteTableVersionRequest$;
__webpack_unused_export__ = DeleteTableVersionResponse$;
__webpack_unused_export__ = DeleteTrigger$;
__webpack_unused_export__ = DeleteTriggerCommand;
__webpack_unused_export__ = DeleteTriggerRequest$;
__webpack_unused_export__ = DeleteTriggerResponse$;
__webpack_unused_export__ = DeleteUsageProfile$;
__webpack_unused_export__ = DeleteUsageProfileCommand;
__webpack_unused_export__ = DeleteUsageProfileRequest$;
__webpack_unused_export__ = DeleteUsageProfileResponse$;
__webpack_unused_export__ = DeleteUserDefinedFunction$;
__webpack_unused_export__ = DeleteUserDefinedFunctionCommand;
__webpack_unused_export__ = DeleteUserDefinedFunctionRequest$;
__webpack_unused_export__ = DeleteUserDefinedFunctionResponse$;
__webpack_unused_export__ = DeleteWorkflow$;
__webpack_unused_export__ = DeleteWorkflowCommand;
__webpack_unused_export__ = DeleteWorkflowRequest$;
__webpack_unused_export__ = DeleteWorkflowResponse$;
__webpack_unused_export__ = DeltaTarget$;
__webpack_unused_export__ = DeltaTargetCompressionType;
__webpack_unused_export__ = DescribeConnectionType$;
__webpack_unused_export__ = DescribeConnectionTypeCommand;
__webpack_unused_export__ = DescribeConnectionTypeRequest$;
__webpack_unused_export__ = DescribeConnectionTypeResponse$;
__webpack_unused_export__ = DescribeEntity$;
__webpack_unused_export__ = DescribeEntityCommand;
__webpack_unused_export__ = DescribeEntityRequest$;
__webpack_unused_export__ = DescribeEntityResponse$;
__webpack_unused_export__ = DescribeInboundIntegrations$;
__webpack_unused_export__ = DescribeInboundIntegrationsCommand;
__webpack_unused_export__ = DescribeInboundIntegrationsRequest$;
__webpack_unused_export__ = DescribeInboundIntegrationsResponse$;
__webpack_unused_export__ = DescribeIntegrations$;
__webpack_unused_export__ = DescribeIntegrationsCommand;
__webpack_unused_export__ = DescribeIntegrationsRequest$;
__webpack_unused_export__ = DescribeIntegrationsResponse$;
__webpack_unused_export__ = DevEndpoint$;
__webpack_unused_export__ = DevEndpointCustomLibraries$;
__webpack_unused_export__ = DirectJDBCSource$;
__webpack_unused_export__ = DirectKafkaSource$;
__webpack_unused_export__ = DirectKinesisSource$;
__webpack_unused_export__ = DirectSchemaChangePolicy$;
__webpack_unused_export__ = DisassociateGlossaryTerms$;
__webpack_unused_export__ = DisassociateGlossaryTermsCommand;
__webpack_unused_export__ = DisassociateGlossaryTermsRequest$;
__webpack_unused_export__ = DisassociateGlossaryTermsResponse$;
__webpack_unused_export__ = DistributionData$;
__webpack_unused_export__ = DistributionResultsOptions$;
__webpack_unused_export__ = DoubleColumnStatisticsData$;
__webpack_unused_export__ = DropDuplicates$;
__webpack_unused_export__ = DropFields$;
__webpack_unused_export__ = DropNullFields$;
__webpack_unused_export__ = DynamicTransform$;
__webpack_unused_export__ = DynamoDBCatalogSource$;
__webpack_unused_export__ = DynamoDBELTConnectorSource$;
__webpack_unused_export__ = DynamoDBTarget$;
__webpack_unused_export__ = Edge$;
__webpack_unused_export__ = EnableHybridValues;
__webpack_unused_export__ = EncryptionAtRest$;
__webpack_unused_export__ = EncryptionConfiguration$;
__webpack_unused_export__ = Entity$;
__webpack_unused_export__ = EntityConfiguration$;
exports.wmt = EntityNotFoundException;
__webpack_unused_export__ = EntityNotFoundException$;
__webpack_unused_export__ = ErrorDetail$;
__webpack_unused_export__ = ErrorDetails$;
__webpack_unused_export__ = EvaluateDataQuality$;
__webpack_unused_export__ = EvaluateDataQualityMultiFrame$;
__webpack_unused_export__ = EvaluationMetrics$;
__webpack_unused_export__ = EventBatchingCondition$;
__webpack_unused_export__ = ExecutionAttempt$;
__webpack_unused_export__ = ExecutionClass;
__webpack_unused_export__ = ExecutionProperty$;
__webpack_unused_export__ = ExecutionStatus;
__webpack_unused_export__ = ExistCondition;
__webpack_unused_export__ = ExportEncryptionConfiguration$;
__webpack_unused_export__ = ExportLabelsTaskRunProperties$;
__webpack_unused_export__ = ExportSetting;
__webpack_unused_export__ = ExportStatus;
__webpack_unused_export__ = ExtractedParameter$;
__webpack_unused_export__ = FederatedCatalog$;
__webpack_unused_export__ = FederatedDatabase$;
__webpack_unused_export__ = FederatedResourceAlreadyExistsException;
__webpack_unused_export__ = FederatedResourceAlreadyExistsException$;
__webpack_unused_export__ = FederatedTable$;
__webpack_unused_export__ = FederationSourceErrorCode;
__webpack_unused_export__ = FederationSourceException;
__webpack_unused_export__ = FederationSourceException$;
__webpack_unused_export__ = FederationSourceRetryableException;
__webpack_unused_export__ = FederationSourceRetryableException$;
__webpack_unused_export__ = Field$;
__webpack_unused_export__ = FieldDataType;
__webpack_unused_export__ = FieldDefinition$;
__webpack_unused_export__ = FieldFilterOperator;
__webpack_unused_export__ = FieldName;
__webpack_unused_export__ = FillMissingValues$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FilterConfiguration$;
__webpack_unused_export__ = FilterExpression$;
__webpack_unused_export__ = FilterLogicalOperator;
__webpack_unused_export__ = FilterMode;
__webpack_unused_export__ = FilterOperation;
__webpack_unused_export__ = FilterOperator;
__webpack_unused_export__ = FilterOverrides$;
__webpack_unused_export__ = FilterStringConfiguration$;
__webpack_unused_export__ = FilterValue$;
__webpack_unused_export__ = FilterValueType;
__webpack_unused_export__ = FindMatchesMetrics$;
__webpack_unused_export__ = FindMatchesParameters$;
__webpack_unused_export__ = FindMatchesTaskRunProperties$;
__webpack_unused_export__ = FormTypeItem$;
__webpack_unused_export__ = FunctionType;
__webpack_unused_export__ = GetAsset$;
__webpack_unused_export__ = GetAssetCommand;
__webpack_unused_export__ = GetAssetInput$;
__webpack_unused_export__ = GetAssetOutput$;
__webpack_unused_export__ = GetAssetType$;
__webpack_unused_export__ = GetAssetTypeCommand;
__webpack_unused_export__ = GetAssetTypeRequest$;
__webpack_unused_export__ = GetAssetTypeResponse$;
__webpack_unused_export__ = GetBlueprint$;
__webpack_unused_export__ = GetBlueprintCommand;
__webpack_unused_export__ = GetBlueprintRequest$;
__webpack_unused_export__ = GetBlueprintResponse$;
__webpack_unused_export__ = GetBlueprintRun$;
__webpack_unused_export__ = GetBlueprintRunCommand;
__webpack_unused_export__ = GetBlueprintRunRequest$;
__webpack_unused_export__ = GetBlueprintRunResponse$;
__webpack_unused_export__ = GetBlueprintRuns$;
__webpack_unused_export__ = GetBlueprintRunsCommand;
__webpack_unused_export__ = GetBlueprintRunsRequest$;
__webpack_unused_export__ = GetBlueprintRunsResponse$;
__webpack_unused_export__ = GetCatalog$;
__webpack_unused_export__ = GetCatalogCommand;
__webpack_unused_export__ = GetCatalogImportStatus$;
__webpack_unused_export__ = GetCatalogImportStatusCommand;
__webpack_unused_export__ = GetCatalogImportStatusRequest$;
__webpack_unused_export__ = GetCatalogImportStatusResponse$;
__webpack_unused_export__ = GetCatalogRequest$;
__webpack_unused_export__ = GetCatalogResponse$;
__webpack_unused_export__ = GetCatalogs$;
__webpack_unused_export__ = GetCatalogsCommand;
__webpack_unused_export__ = GetCatalogsRequest$;
__webpack_unused_export__ = GetCatalogsResponse$;
__webpack_unused_export__ = GetClassifier$;
__webpack_unused_export__ = GetClassifierCommand;
__webpack_unused_export__ = GetClassifierRequest$;
__webpack_unused_export__ = GetClassifierResponse$;
__webpack_unused_export__ = GetClassifiers$;
__webpack_unused_export__ = GetClassifiersCommand;
__webpack_unused_export__ = GetClassifiersRequest$;
__webpack_unused_export__ = GetClassifiersResponse$;
__webpack_unused_export__ = GetColumnStatisticsForPartition$;
__webpack_unused_export__ = GetColumnStatisticsForPartitionCommand;
__webpack_unused_export__ = GetColumnStatisticsForPartitionRequest$;
__webpack_unused_export__ = GetColumnStatisticsForPartitionResponse$;
__webpack_unused_export__ = GetColumnStatisticsForTable$;
__webpack_unused_export__ = GetColumnStatisticsForTableCommand;
__webpack_unused_export__ = GetColumnStatisticsForTableRequest$;
__webpack_unused_export__ = GetColumnStatisticsForTableResponse$;
__webpack_unused_export__ = GetColumnStatisticsTaskRun$;
__webpack_unused_export__ = GetColumnStatisticsTaskRunCommand;
__webpack_unused_export__ = GetColumnStatisticsTaskRunRequest$;
__webpack_unused_export__ = GetColumnStatisticsTaskRunResponse$;
__webpack_unused_export__ = GetColumnStatisticsTaskRuns$;
__webpack_unused_export__ = GetColumnStatisticsTaskRunsCommand;
__webpack_unused_export__ = GetColumnStatisticsTaskRunsRequest$;
__webpack_unused_export__ = GetColumnStatisticsTaskRunsResponse$;
__webpack_unused_export__ = GetColumnStatisticsTaskSettings$;
__webpack_unused_export__ = GetColumnStatisticsTaskSettingsCommand;
__webpack_unused_export__ = GetColumnStatisticsTaskSettingsRequest$;
__webpack_unused_export__ = GetColumnStatisticsTaskSettingsResponse$;
__webpack_unused_export__ = GetConnection$;
__webpack_unused_export__ = GetConnectionCommand;
__webpack_unused_export__ = GetConnectionRequest$;
__webpack_unused_export__ = GetConnectionResponse$;
__webpack_unused_export__ = GetConnections$;
__webpack_unused_export__ = GetConnectionsCommand;
__webpack_unused_export__ = GetConnectionsFilter$;
__webpack_unused_export__ = GetConnectionsRequest$;
__webpack_unused_export__ = GetConnectionsResponse$;
__webpack_unused_export__ = GetCrawler$;
__webpack_unused_export__ = GetCrawlerCommand;
__webpack_unused_export__ = GetCrawlerMetrics$;
__webpack_unused_export__ = GetCrawlerMetricsCommand;
__webpack_unused_export__ = GetCrawlerMetricsRequest$;
__webpack_unused_export__ = GetCrawlerMetricsResponse$;
__webpack_unused_export__ = GetCrawlerRequest$;
__webpack_unused_export__ = GetCrawlerResponse$;
__webpack_unused_export__ = GetCrawlers$;
__webpack_unused_export__ = GetCrawlersCommand;
__webpack_unused_export__ = GetCrawlersRequest$;
__webpack_unused_export__ = GetCrawlersResponse$;
__webpack_unused_export__ = GetCustomEntityType$;
__webpack_unused_export__ = GetCustomEntityTypeCommand;
__webpack_unused_export__ = GetCustomEntityTypeRequest$;
__webpack_unused_export__ = GetCustomEntityTypeResponse$;
__webpack_unused_export__ = GetDashboardUrl$;
__webpack_unused_export__ = GetDashboardUrlCommand;
__webpack_unused_export__ = GetDashboardUrlRequest$;
__webpack_unused_export__ = GetDashboardUrlResponse$;
__webpack_unused_export__ = GetDataCatalogEncryptionSettings$;
__webpack_unused_export__ = GetDataCatalogEncryptionSettingsCommand;
__webpack_unused_export__ = GetDataCatalogEncryptionSettingsRequest$;
__webpack_unused_export__ = GetDataCatalogEncryptionSettingsResponse$;
__webpack_unused_export__ = GetDataCatalogExportConfiguration$;
__webpack_unused_export__ = GetDataCatalogExportConfigurationCommand;
__webpack_unused_export__ = GetDataCatalogExportConfigurationInput$;
__webpack_unused_export__ = GetDataCatalogExportConfigurationOutput$;
__webpack_unused_export__ = GetDataQualityEvaluationConfig$;
__webpack_unused_export__ = GetDataQualityEvaluationConfigCommand;
__webpack_unused_export__ = GetDataQualityEvaluationConfigRequest$;
__webpack_unused_export__ = GetDataQualityEvaluationConfigResponse$;
__webpack_unused_export__ = GetDataQualityModel$;
__webpack_unused_export__ = GetDataQualityModelCommand;
__webpack_unused_export__ = GetDataQualityModelRequest$;
__webpack_unused_export__ = GetDataQualityModelResponse$;
__webpack_unused_export__ = GetDataQualityModelResult$;
__webpack_unused_export__ = GetDataQualityModelResultCommand;
__webpack_unused_export__ = GetDataQualityModelResultRequest$;
__webpack_unused_export__ = GetDataQualityModelResultResponse$;
__webpack_unused_export__ = GetDataQualityResult$;
__webpack_unused_export__ = GetDataQualityResultCommand;
__webpack_unused_export__ = GetDataQualityResultRequest$;
__webpack_unused_export__ = GetDataQualityResultResponse$;
__webpack_unused_export__ = GetDataQualityResultV2$;
__webpack_unused_export__ = GetDataQualityResultV2Command;
__webpack_unused_export__ = GetDataQualityResultV2Request$;
__webpack_unused_export__ = GetDataQualityResultV2Response$;
__webpack_unused_export__ = GetDataQualityRuleRecommendationRun$;
__webpack_unused_export__ = GetDataQualityRuleRecommendationRunCommand;
__webpack_unused_export__ = GetDataQualityRuleRecommendationRunRequest$;
__webpack_unused_export__ = GetDataQualityRuleRecommendationRunResponse$;
__webpack_unused_export__ = GetDataQualityRuleset$;
__webpack_unused_export__ = GetDataQualityRulesetCommand;
__webpack_unused_export__ = GetDataQualityRulesetEvaluationRun$;
__webpack_unused_export__ = GetDataQualityRulesetEvaluationRunCommand;
__webpack_unused_export__ = GetDataQualityRulesetEvaluationRunRequest$;
__webpack_unused_export__ = GetDataQualityRulesetEvaluationRunResponse$;
__webpack_unused_export__ = GetDataQualityRulesetRequest$;
__webpack_unused_export__ = GetDataQualityRulesetResponse$;
__webpack_unused_export__ = GetDatabase$;
__webpack_unused_export__ = GetDatabaseCommand;
__webpack_unused_export__ = GetDatabaseRequest$;
__webpack_unused_export__ = GetDatabaseResponse$;
__webpack_unused_export__ = GetDatabases$;
__webpack_unused_export__ = GetDatabasesCommand;
__webpack_unused_export__ = GetDatabasesRequest$;
__webpack_unused_export__ = GetDatabasesResponse$;
__webpack_unused_export__ = GetDataflowGraph$;
__webpack_unused_export__ = GetDataflowGraphCommand;
__webpack_unused_export__ = GetDataflowGraphRequest$;
__webpack_unused_export__ = GetDataflowGraphResponse$;
__webpack_unused_export__ = GetDevEndpoint$;
__webpack_unused_export__ = GetDevEndpointCommand;
__webpack_unused_export__ = GetDevEndpointRequest$;
__webpack_unused_export__ = GetDevEndpointResponse$;
__webpack_unused_export__ = GetDevEndpoints$;
__webpack_unused_export__ = GetDevEndpointsCommand;
__webpack_unused_export__ = GetDevEndpointsRequest$;
__webpack_unused_export__ = GetDevEndpointsResponse$;
__webpack_unused_export__ = GetEntityRecords$;
__webpack_unused_export__ = GetEntityRecordsCommand;
__webpack_unused_export__ = GetEntityRecordsRequest$;
__webpack_unused_export__ = GetEntityRecordsResponse$;
__webpack_unused_export__ = GetFormType$;
__webpack_unused_export__ = GetFormTypeCommand;
__webpack_unused_export__ = GetFormTypeRequest$;
__webpack_unused_export__ = GetFormTypeResponse$;
__webpack_unused_export__ = GetGlossary$;
__webpack_unused_export__ = GetGlossaryCommand;
__webpack_unused_export__ = GetGlossaryRequest$;
__webpack_unused_export__ = GetGlossaryResponse$;
__webpack_unused_export__ = GetGlossaryTerm$;
__webpack_unused_export__ = GetGlossaryTermCommand;
__webpack_unused_export__ = GetGlossaryTermRequest$;
__webpack_unused_export__ = GetGlossaryTermResponse$;
__webpack_unused_export__ = GetGlueIdentityCenterConfiguration$;
__webpack_unused_export__ = GetGlueIdentityCenterConfigurationCommand;
__webpack_unused_export__ = GetGlueIdentityCenterConfigurationRequest$;
__webpack_unused_export__ = GetGlueIdentityCenterConfigurationResponse$;
__webpack_unused_export__ = GetIntegrationResourceProperty$;
__webpack_unused_export__ = GetIntegrationResourcePropertyCommand;
__webpack_unused_export__ = GetIntegrationResourcePropertyRequest$;
__webpack_unused_export__ = GetIntegrationResourcePropertyResponse$;
__webpack_unused_export__ = GetIntegrationTableProperties$;
__webpack_unused_export__ = GetIntegrationTablePropertiesCommand;
__webpack_unused_export__ = GetIntegrationTablePropertiesRequest$;
__webpack_unused_export__ = GetIntegrationTablePropertiesResponse$;
__webpack_unused_export__ = GetJob$;
__webpack_unused_export__ = GetJobBookmark$;
__webpack_unused_export__ = GetJobBookmarkCommand;
__webpack_unused_export__ = GetJobBookmarkRequest$;
__webpack_unused_export__ = GetJobBookmarkResponse$;
__webpack_unused_export__ = GetJobCommand;
__webpack_unused_export__ = GetJobRequest$;
__webpack_unused_export__ = GetJobResponse$;
__webpack_unused_export__ = GetJobRun$;
__webpack_unused_export__ = GetJobRunCommand;
__webpack_unused_export__ = GetJobRunRequest$;
__webpack_unused_export__ = GetJobRunResponse$;
__webpack_unused_export__ = GetJobRuns$;
__webpack_unused_export__ = GetJobRunsCommand;
__webpack_unused_export__ = GetJobRunsRequest$;
__webpack_unused_export__ = GetJobRunsResponse$;
__webpack_unused_export__ = GetJobUpgradeAnalysis$;
__webpack_unused_export__ = GetJobUpgradeAnalysisCommand;
__webpack_unused_export__ = GetJobUpgradeAnalysisRequest$;
__webpack_unused_export__ = GetJobUpgradeAnalysisResponse$;
__webpack_unused_export__ = GetJobs$;
__webpack_unused_export__ = GetJobsCommand;
__webpack_unused_export__ = GetJobsRequest$;
__webpack_unused_export__ = GetJobsResponse$;
__webpack_unused_export__ = GetMLTaskRun$;
__webpack_unused_export__ = GetMLTaskRunCommand;
__webpack_unused_export__ = GetMLTaskRunRequest$;
__webpack_unused_export__ = GetMLTaskRunResponse$;
__webpack_unused_export__ = GetMLTaskRuns$;
__webpack_unused_export__ = GetMLTaskRunsCommand;
__webpack_unused_export__ = GetMLTaskRunsRequest$;
__webpack_unused_export__ = GetMLTaskRunsResponse$;
__webpack_unused_export__ = GetMLTransform$;
__webpack_unused_export__ = GetMLTransformCommand;
__webpack_unused_export__ = GetMLTransformRequest$;
__webpack_unused_export__ = GetMLTransformResponse$;
__webpack_unused_export__ = GetMLTransforms$;
__webpack_unused_export__ = GetMLTransformsCommand;
__webpack_unused_export__ = GetMLTransformsRequest$;
__webpack_unused_export__ = GetMLTransformsResponse$;
__webpack_unused_export__ = GetMapping$;
__webpack_unused_export__ = GetMappingCommand;
__webpack_unused_export__ = GetMappingRequest$;
__webpack_unused_export__ = GetMappingResponse$;
__webpack_unused_export__ = GetMaterializedViewRefreshTaskRun$;
__webpack_unused_export__ = GetMaterializedViewRefreshTaskRunCommand;
__webpack_unused_export__ = GetMaterializedViewRefreshTaskRunRequest$;
__webpack_unused_export__ = GetMaterializedViewRefreshTaskRunResponse$;
__webpack_unused_export__ = GetPartition$;
exports.M$d = GetPartitionCommand;
__webpack_unused_export__ = GetPartitionIndexes$;
__webpack_unused_export__ = GetPartitionIndexesCommand;
__webpack_unused_export__ = GetPartitionIndexesRequest$;
__webpack_unused_export__ = GetPartitionIndexesResponse$;
__webpack_unused_export__ = GetPartitionRequest$;
__webpack_unused_export__ = GetPartitionResponse$;
__webpack_unused_export__ = GetPartitions$;
__webpack_unused_export__ = GetPartitionsCommand;
__webpack_unused_export__ = GetPartitionsRequest$;
__webpack_unused_export__ = GetPartitionsResponse$;
__webpack_unused_export__ = GetPlan$;
__webpack_unused_export__ = GetPlanCommand;
__webpack_unused_export__ = GetPlanRequest$;
__webpack_unused_export__ = GetPlanResponse$;
__webpack_unused_export__ = GetRegistry$;
__webpack_unused_export__ = GetRegistryCommand;
__webpack_unused_export__ = GetRegistryInput$;
__webpack_unused_export__ = GetRegistryResponse$;
__webpack_unused_export__ = GetResourcePolicies$;
__webpack_unused_export__ = GetResourcePoliciesCommand;
__webpack_unused_export__ = GetResourcePoliciesRequest$;
__webpack_unused_export__ = GetResourcePoliciesResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetSchema$;
__webpack_unused_export__ = GetSchemaByDefinition$;
__webpack_unused_export__ = GetSchemaByDefinitionCommand;
__webpack_unused_export__ = GetSchemaByDefinitionInput$;
__webpack_unused_export__ = GetSchemaByDefinitionResponse$;
__webpack_unused_export__ = GetSchemaCommand;
__webpack_unused_export__ = GetSchemaInput$;
__webpack_unused_export__ = GetSchemaResponse$;
__webpack_unused_export__ = GetSchemaVersion$;
__webpack_unused_export__ = GetSchemaVersionCommand;
__webpack_unused_export__ = GetSchemaVersionInput$;
__webpack_unused_export__ = GetSchemaVersionResponse$;
__webpack_unused_export__ = GetSchemaVersionsDiff$;
__webpack_unused_export__ = GetSchemaVersionsDiffCommand;
__webpack_unused_export__ = GetSchemaVersionsDiffInput$;
__webpack_unused_export__ = GetSchemaVersionsDiffResponse$;
__webpack_unused_export__ = GetSecurityConfiguration$;
__webpack_unused_export__ = GetSecurityConfigurationCommand;
__webpack_unused_export__ = GetSecurityConfigurationRequest$;
__webpack_unused_export__ = GetSecurityConfigurationResponse$;
__webpack_unused_export__ = GetSecurityConfigurations$;
__webpack_unused_export__ = GetSecurityConfigurationsCommand;
__webpack_unused_export__ = GetSecurityConfigurationsRequest$;
__webpack_unused_export__ = GetSecurityConfigurationsResponse$;
__webpack_unused_export__ = GetSession$;
__webpack_unused_export__ = GetSessionCommand;
__webpack_unused_export__ = GetSessionEndpoint$;
__webpack_unused_export__ = GetSessionEndpointCommand;
__webpack_unused_export__ = GetSessionEndpointRequest$;
__webpack_unused_export__ = GetSessionEndpointResponse$;
__webpack_unused_export__ = GetSessionRequest$;
__webpack_unused_export__ = GetSessionResponse$;
__webpack_unused_export__ = GetStatement$;
__webpack_unused_export__ = GetStatementCommand;
__webpack_unused_export__ = GetStatementRequest$;
__webpack_unused_export__ = GetStatementResponse$;
__webpack_unused_export__ = GetSystemLogsForJobRun$;
__webpack_unused_export__ = GetSystemLogsForJobRunCommand;
__webpack_unused_export__ = GetSystemLogsForJobRunRequest$;
__webpack_unused_export__ = GetSystemLogsForJobRunResponse$;
__webpack_unused_export__ = GetSystemLogsForSession$;
__webpack_unused_export__ = GetSystemLogsForSessionCommand;
__webpack_unused_export__ = GetSystemLogsForSessionRequest$;
__webpack_unused_export__ = GetSystemLogsForSessionResponse$;
__webpack_unused_export__ = GetTable$;
exports.QuZ = GetTableCommand;
__webpack_unused_export__ = GetTableOptimizer$;
__webpack_unused_export__ = GetTableOptimizerCommand;
__webpack_unused_export__ = GetTableOptimizerRequest$;
__webpack_unused_export__ = GetTableOptimizerResponse$;
__webpack_unused_export__ = GetTableRequest$;
__webpack_unused_export__ = GetTableResponse$;
__webpack_unused_export__ = GetTableVersion$;
__webpack_unused_export__ = GetTableVersionCommand;
__webpack_unused_export__ = GetTableVersionRequest$;
__webpack_unused_export__ = GetTableVersionResponse$;
__webpack_unused_export__ = GetTableVersions$;
__webpack_unused_export__ = GetTableVersionsCommand;
__webpack_unused_export__ = GetTableVersionsRequest$;
__webpack_unused_export__ = GetTableVersionsResponse$;
__webpack_unused_export__ = GetTables$;
__webpack_unused_export__ = GetTablesCommand;
__webpack_unused_export__ = GetTablesRequest$;
__webpack_unused_export__ = GetTablesResponse$;
__webpack_unused_export__ = GetTags$;
__webpack_unused_export__ = GetTagsCommand;
__webpack_unused_export__ = GetTagsRequest$;
__webpack_unused_export__ = GetTagsResponse$;
__webpack_unused_export__ = GetTrigger$;
__webpack_unused_export__ = GetTriggerCommand;
__webpack_unused_export__ = GetTriggerRequest$;
__webpack_unused_export__ = GetTriggerResponse$;
__webpack_unused_export__ = GetTriggers$;
__webpack_unused_export__ = GetTriggersCommand;
__webpack_unused_export__ = GetTriggersRequest$;
__webpack_unused_export__ = GetTriggersResponse$;
__webpack_unused_export__ = GetUnfilteredPartitionMetadata$;
__webpack_unused_export__ = GetUnfilteredPartitionMetadataCommand;
__webpack_unused_export__ = GetUnfilteredPartitionMetadataRequest$;
__webpack_unused_export__ = GetUnfilteredPartitionMetadataResponse$;
__webpack_unused_export__ = GetUnfilteredPartitionsMetadata$;
__webpack_unused_export__ = GetUnfilteredPartitionsMetadataCommand;
__webpack_unused_export__ = GetUnfilteredPartitionsMetadataRequest$;
__webpack_unused_export__ = GetUnfilteredPartitionsMetadataResponse$;
__webpack_unused_export__ = GetUnfilteredTableMetadata$;
__webpack_unused_export__ = GetUnfilteredTableMetadataCommand;
__webpack_unused_export__ = GetUnfilteredTableMetadataRequest$;
__webpack_unused_export__ = GetUnfilteredTableMetadataResponse$;
__webpack_unused_export__ = GetUsageProfile$;
__webpack_unused_export__ = GetUsageProfileCommand;
__webpack_unused_export__ = GetUsageProfileRequest$;
__webpack_unused_export__ = GetUsageProfileResponse$;
__webpack_unused_export__ = GetUserDefinedFunction$;
__webpack_unused_export__ = GetUserDefinedFunctionCommand;
__webpack_unused_export__ = GetUserDefinedFunctionRequest$;
__webpack_unused_export__ = GetUserDefinedFunctionResponse$;
__webpack_unused_export__ = GetUserDefinedFunctions$;
__webpack_unused_export__ = GetUserDefinedFunctionsCommand;
__webpack_unused_export__ = GetUserDefinedFunctionsRequest$;
__webpack_unused_export__ = GetUserDefinedFunctionsResponse$;
__webpack_unused_export__ = GetWorkflow$;
__webpack_unused_export__ = GetWorkflowCommand;
__webpack_unused_export__ = GetWorkflowRequest$;
__webpack_unused_export__ = GetWorkflowResponse$;
__webpack_unused_export__ = GetWorkflowRun$;
__webpack_unused_export__ = GetWorkflowRunCommand;
__webpack_unused_export__ = GetWorkflowRunProperties$;
__webpack_unused_export__ = GetWorkflowRunPropertiesCommand;
__webpack_unused_export__ = GetWorkflowRunPropertiesRequest$;
__webpack_unused_export__ = GetWorkflowRunPropertiesResponse$;
__webpack_unused_export__ = GetWorkflowRunRequest$;
__webpack_unused_export__ = GetWorkflowRunResponse$;
__webpack_unused_export__ = GetWorkflowRuns$;
__webpack_unused_export__ = GetWorkflowRunsCommand;
__webpack_unused_export__ = GetWorkflowRunsRequest$;
__webpack_unused_export__ = GetWorkflowRunsResponse$;
__webpack_unused_export__ = GlossaryItem$;
__webpack_unused_export__ = GlossaryTermItem$;
__webpack_unused_export__ = Glue;
__webpack_unused_export__ = GlueClient;
__webpack_unused_export__ = GlueEncryptionException;
__webpack_unused_export__ = GlueEncryptionException$;
__webpack_unused_export__ = GluePolicy$;
__webpack_unused_export__ = GlueRecordType;
__webpack_unused_export__ = GlueResourceType;
__webpack_unused_export__ = GlueSchema$;
__webpack_unused_export__ = GlueServiceException;
__webpack_unused_export__ = GlueServiceException$;
__webpack_unused_export__ = GlueStudioSchemaColumn$;
__webpack_unused_export__ = GlueTable$;
__webpack_unused_export__ = GovernanceMode;
__webpack_unused_export__ = GovernedCatalogSource$;
__webpack_unused_export__ = GovernedCatalogTarget$;
__webpack_unused_export__ = GrokClassifier$;
__webpack_unused_export__ = GroupFilters$;
__webpack_unused_export__ = HTTPMethod;
__webpack_unused_export__ = HudiTarget$;
__webpack_unused_export__ = HudiTargetCompressionType;
__webpack_unused_export__ = HyperTargetCompressionType;
__webpack_unused_export__ = IcebergCompactionConfiguration$;
__webpack_unused_export__ = IcebergCompactionMetrics$;
__webpack_unused_export__ = IcebergEncryptedKey$;
__webpack_unused_export__ = IcebergInput$;
__webpack_unused_export__ = IcebergNullOrder;
__webpack_unused_export__ = IcebergOptimizationProperties$;
__webpack_unused_export__ = IcebergOptimizationPropertiesOutput$;
__webpack_unused_export__ = IcebergOrphanFileDeletionConfiguration$;
__webpack_unused_export__ = IcebergOrphanFileDeletionMetrics$;
__webpack_unused_export__ = IcebergPartitionField$;
__webpack_unused_export__ = IcebergPartitionSpec$;
__webpack_unused_export__ = IcebergRetentionConfiguration$;
__webpack_unused_export__ = IcebergRetentionMetrics$;
__webpack_unused_export__ = IcebergSchema$;
__webpack_unused_export__ = IcebergSortDirection;
__webpack_unused_export__ = IcebergSortField$;
__webpack_unused_export__ = IcebergSortOrder$;
__webpack_unused_export__ = IcebergStructField$;
__webpack_unused_export__ = IcebergStructTypeEnum;
__webpack_unused_export__ = IcebergTableMetadata$;
__webpack_unused_export__ = IcebergTableUpdate$;
__webpack_unused_export__ = IcebergTarget$;
__webpack_unused_export__ = IcebergTargetCompressionType;
__webpack_unused_export__ = IcebergUpdateAction;
__webpack_unused_export__ = IdempotentParameterMismatchException;
__webpack_unused_export__ = IdempotentParameterMismatchException$;
__webpack_unused_export__ = IllegalBlueprintStateException;
__webpack_unused_export__ = IllegalBlueprintStateException$;
__webpack_unused_export__ = IllegalSessionStateException;
__webpack_unused_export__ = IllegalSessionStateException$;
__webpack_unused_export__ = IllegalWorkflowStateException;
__webpack_unused_export__ = IllegalWorkflowStateException$;
__webpack_unused_export__ = ImportCatalogToGlue$;
__webpack_unused_export__ = ImportCatalogToGlueCommand;
__webpack_unused_export__ = ImportCatalogToGlueRequest$;
__webpack_unused_export__ = ImportCatalogToGlueResponse$;
__webpack_unused_export__ = ImportLabelsTaskRunProperties$;
__webpack_unused_export__ = InboundIntegration$;
__webpack_unused_export__ = InclusionAnnotationValue;
__webpack_unused_export__ = Integration$;
__webpack_unused_export__ = IntegrationConfig$;
__webpack_unused_export__ = IntegrationConflictOperationFault;
__webpack_unused_export__ = IntegrationConflictOperationFault$;
__webpack_unused_export__ = IntegrationError$;
__webpack_unused_export__ = IntegrationFilter$;
__webpack_unused_export__ = IntegrationNotFoundFault;
__webpack_unused_export__ = IntegrationNotFoundFault$;
__webpack_unused_export__ = IntegrationPartition$;
__webpack_unused_export__ = IntegrationQuotaExceededFault;
__webpack_unused_export__ = IntegrationQuotaExceededFault$;
__webpack_unused_export__ = IntegrationResourceProperty$;
__webpack_unused_export__ = IntegrationResourcePropertyFilter$;
__webpack_unused_export__ = IntegrationStatus;
__webpack_unused_export__ = IntegrationTableProperties$;
__webpack_unused_export__ = IntegrationTablePropertiesFilter$;
__webpack_unused_export__ = IntegrationType;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = InternalServiceException;
__webpack_unused_export__ = InternalServiceException$;
exports.z5F = InvalidInputException;
__webpack_unused_export__ = InvalidInputException$;
__webpack_unused_export__ = InvalidIntegrationStateFault;
__webpack_unused_export__ = InvalidIntegrationStateFault$;
__webpack_unused_export__ = InvalidStateException;
__webpack_unused_export__ = InvalidStateException$;
__webpack_unused_export__ = ItemError$;
__webpack_unused_export__ = IterableFormEntry$;
__webpack_unused_export__ = IterableFormItem$;
__webpack_unused_export__ = IterableFormListItem$;
__webpack_unused_export__ = JDBCConnectionType;
__webpack_unused_export__ = JDBCConnectorOptions$;
__webpack_unused_export__ = JDBCConnectorSource$;
__webpack_unused_export__ = JDBCConnectorTarget$;
__webpack_unused_export__ = JDBCDataType;
__webpack_unused_export__ = JWTBearerProperties$;
__webpack_unused_export__ = JdbcMetadataEntry;
__webpack_unused_export__ = JdbcTarget$;
__webpack_unused_export__ = Job$;
__webpack_unused_export__ = JobBookmarkEntry$;
__webpack_unused_export__ = JobBookmarksEncryption$;
__webpack_unused_export__ = JobBookmarksEncryptionMode;
__webpack_unused_export__ = JobCommand$;
__webpack_unused_export__ = JobMode;
__webpack_unused_export__ = JobNodeDetails$;
__webpack_unused_export__ = JobRun$;
__webpack_unused_export__ = JobRunState;
__webpack_unused_export__ = JobUpdate$;
__webpack_unused_export__ = Join$;
__webpack_unused_export__ = JoinColumn$;
__webpack_unused_export__ = JoinType;
__webpack_unused_export__ = JsonClassifier$;
__webpack_unused_export__ = KMSKeyNotAccessibleFault;
__webpack_unused_export__ = KMSKeyNotAccessibleFault$;
__webpack_unused_export__ = KafkaStreamingSourceOptions$;
__webpack_unused_export__ = KeySchemaElement$;
__webpack_unused_export__ = KinesisStreamingSourceOptions$;
__webpack_unused_export__ = LabelingSetGenerationTaskRunProperties$;
__webpack_unused_export__ = LakeFormationConfiguration$;
__webpack_unused_export__ = Language;
__webpack_unused_export__ = LastActiveDefinition$;
__webpack_unused_export__ = LastCrawlInfo$;
__webpack_unused_export__ = LastCrawlStatus;
__webpack_unused_export__ = LastRefreshType;
__webpack_unused_export__ = LineageConfiguration$;
__webpack_unused_export__ = ListAssetTypes$;
__webpack_unused_export__ = ListAssetTypesCommand;
__webpack_unused_export__ = ListAssetTypesRequest$;
__webpack_unused_export__ = ListAssetTypesResponse$;
__webpack_unused_export__ = ListBlueprints$;
__webpack_unused_export__ = ListBlueprintsCommand;
__webpack_unused_export__ = ListBlueprintsRequest$;
__webpack_unused_export__ = ListBlueprintsResponse$;
__webpack_unused_export__ = ListColumnStatisticsTaskRuns$;
__webpack_unused_export__ = ListColumnStatisticsTaskRunsCommand;
__webpack_unused_export__ = ListColumnStatisticsTaskRunsRequest$;
__webpack_unused_export__ = ListColumnStatisticsTaskRunsResponse$;
__webpack_unused_export__ = ListConnectionTypes$;
__webpack_unused_export__ = ListConnectionTypesCommand;
__webpack_unused_export__ = ListConnectionTypesRequest$;
__webpack_unused_export__ = ListConnectionTypesResponse$;
__webpack_unused_export__ = ListCrawlers$;
__webpack_unused_export__ = ListCrawlersCommand;
__webpack_unused_export__ = ListCrawlersRequest$;
__webpack_unused_export__ = ListCrawlersResponse$;
__webpack_unused_export__ = ListCrawls$;
__webpack_unused_export__ = ListCrawlsCommand;
__webpack_unused_export__ = ListCrawlsRequest$;
__webpack_unused_export__ = ListCrawlsResponse$;
__webpack_unused_export__ = ListCustomEntityTypes$;
__webpack_unused_export__ = ListCustomEntityTypesCommand;
__webpack_unused_export__ = ListCustomEntityTypesRequest$;
__webpack_unused_export__ = ListCustomEntityTypesResponse$;
__webpack_unused_export__ = ListDataQualityEvaluationConfigs$;
__webpack_unused_export__ = ListDataQualityEvaluationConfigsCommand;
__webpack_unused_export__ = ListDataQualityEvaluationConfigsRequest$;
__webpack_unused_export__ = ListDataQualityEvaluationConfigsResponse$;
__webpack_unused_export__ = ListDataQualityResults$;
__webpack_unused_export__ = ListDataQualityResultsCommand;
__webpack_unused_export__ = ListDataQualityResultsRequest$;
__webpack_unused_export__ = ListDataQualityResultsResponse$;
__webpack_unused_export__ = ListDataQualityResultsV2$;
__webpack_unused_export__ = ListDataQualityResultsV2Command;
__webpack_unused_export__ = ListDataQualityResultsV2Request$;
__webpack_unused_export__ = ListDataQualityResultsV2Response$;
__webpack_unused_export__ = ListDataQualityRuleRecommendationRuns$;
__webpack_unused_export__ = ListDataQualityRuleRecommendationRunsCommand;
__webpack_unused_export__ = ListDataQualityRuleRecommendationRunsRequest$;
__webpack_unused_export__ = ListDataQualityRuleRecommendationRunsResponse$;
__webpack_unused_export__ = ListDataQualityRulesetEvaluationRuns$;
__webpack_unused_export__ = ListDataQualityRulesetEvaluationRunsCommand;
__webpack_unused_export__ = ListDataQualityRulesetEvaluationRunsRequest$;
__webpack_unused_export__ = ListDataQualityRulesetEvaluationRunsResponse$;
__webpack_unused_export__ = ListDataQualityRulesets$;
__webpack_unused_export__ = ListDataQualityRulesetsCommand;
__webpack_unused_export__ = ListDataQualityRulesetsRequest$;
__webpack_unused_export__ = ListDataQualityRulesetsResponse$;
__webpack_unused_export__ = ListDataQualityStatisticAnnotations$;
__webpack_unused_export__ = ListDataQualityStatisticAnnotationsCommand;
__webpack_unused_export__ = ListDataQualityStatisticAnnotationsRequest$;
__webpack_unused_export__ = ListDataQualityStatisticAnnotationsResponse$;
__webpack_unused_export__ = ListDataQualityStatistics$;
__webpack_unused_export__ = ListDataQualityStatisticsCommand;
__webpack_unused_export__ = ListDataQualityStatisticsRequest$;
__webpack_unused_export__ = ListDataQualityStatisticsResponse$;
__webpack_unused_export__ = ListDevEndpoints$;
__webpack_unused_export__ = ListDevEndpointsCommand;
__webpack_unused_export__ = ListDevEndpointsRequest$;
__webpack_unused_export__ = ListDevEndpointsResponse$;
__webpack_unused_export__ = ListEntities$;
__webpack_unused_export__ = ListEntitiesCommand;
__webpack_unused_export__ = ListEntitiesRequest$;
__webpack_unused_export__ = ListEntitiesResponse$;
__webpack_unused_export__ = ListFormTypes$;
__webpack_unused_export__ = ListFormTypesCommand;
__webpack_unused_export__ = ListFormTypesRequest$;
__webpack_unused_export__ = ListFormTypesResponse$;
__webpack_unused_export__ = ListGlossaries$;
__webpack_unused_export__ = ListGlossariesCommand;
__webpack_unused_export__ = ListGlossariesRequest$;
__webpack_unused_export__ = ListGlossariesResponse$;
__webpack_unused_export__ = ListGlossaryTerms$;
__webpack_unused_export__ = ListGlossaryTermsCommand;
__webpack_unused_export__ = ListGlossaryTermsRequest$;
__webpack_unused_export__ = ListGlossaryTermsResponse$;
__webpack_unused_export__ = ListIntegrationResourceProperties$;
__webpack_unused_export__ = ListIntegrationResourcePropertiesCommand;
__webpack_unused_export__ = ListIntegrationResourcePropertiesRequest$;
__webpack_unused_export__ = ListIntegrationResourcePropertiesResponse$;
__webpack_unused_export__ = ListIntegrationTableProperties$;
__webpack_unused_export__ = ListIntegrationTablePropertiesCommand;
__webpack_unused_export__ = ListIntegrationTablePropertiesRequest$;
__webpack_unused_export__ = ListIntegrationTablePropertiesResponse$;
__webpack_unused_export__ = ListIterableForms$;
__webpack_unused_export__ = ListIterableFormsCommand;
__webpack_unused_export__ = ListIterableFormsRequest$;
__webpack_unused_export__ = ListIterableFormsResponse$;
__webpack_unused_export__ = ListJobs$;
__webpack_unused_export__ = ListJobsCommand;
__webpack_unused_export__ = ListJobsRequest$;
__webpack_unused_export__ = ListJobsResponse$;
__webpack_unused_export__ = ListMLTransforms$;
__webpack_unused_export__ = ListMLTransformsCommand;
__webpack_unused_export__ = ListMLTransformsRequest$;
__webpack_unused_export__ = ListMLTransformsResponse$;
__webpack_unused_export__ = ListMaterializedViewRefreshTaskRuns$;
__webpack_unused_export__ = ListMaterializedViewRefreshTaskRunsCommand;
__webpack_unused_export__ = ListMaterializedViewRefreshTaskRunsRequest$;
__webpack_unused_export__ = ListMaterializedViewRefreshTaskRunsResponse$;
__webpack_unused_export__ = ListRegistries$;
__webpack_unused_export__ = ListRegistriesCommand;
__webpack_unused_export__ = ListRegistriesInput$;
__webpack_unused_export__ = ListRegistriesResponse$;
__webpack_unused_export__ = ListSchemaVersions$;
__webpack_unused_export__ = ListSchemaVersionsCommand;
__webpack_unused_export__ = ListSchemaVersionsInput$;
__webpack_unused_export__ = ListSchemaVersionsResponse$;
__webpack_unused_export__ = ListSchemas$;
__webpack_unused_export__ = ListSchemasCommand;
__webpack_unused_export__ = ListSchemasInput$;
__webpack_unused_export__ = ListSchemasResponse$;
__webpack_unused_export__ = ListSessions$;
__webpack_unused_export__ = ListSessionsCommand;
__webpack_unused_export__ = ListSessionsRequest$;
__webpack_unused_export__ = ListSessionsResponse$;
__webpack_unused_export__ = ListStatements$;
__webpack_unused_export__ = ListStatementsCommand;
__webpack_unused_export__ = ListStatementsRequest$;
__webpack_unused_export__ = ListStatementsResponse$;
__webpack_unused_export__ = ListTableOptimizerRuns$;
__webpack_unused_export__ = ListTableOptimizerRunsCommand;
__webpack_unused_export__ = ListTableOptimizerRunsRequest$;
__webpack_unused_export__ = ListTableOptimizerRunsResponse$;
__webpack_unused_export__ = ListTriggers$;
__webpack_unused_export__ = ListTriggersCommand;
__webpack_unused_export__ = ListTriggersRequest$;
__webpack_unused_export__ = ListTriggersResponse$;
__webpack_unused_export__ = ListUsageProfiles$;
__webpack_unused_export__ = ListUsageProfilesCommand;
__webpack_unused_export__ = ListUsageProfilesRequest$;
__webpack_unused_export__ = ListUsageProfilesResponse$;
__webpack_unused_export__ = ListWorkflows$;
__webpack_unused_export__ = ListWorkflowsCommand;
__webpack_unused_export__ = ListWorkflowsRequest$;
__webpack_unused_export__ = ListWorkflowsResponse$;
__webpack_unused_export__ = Location$;
__webpack_unused_export__ = Logical;
__webpack_unused_export__ = LogicalOperator;
__webpack_unused_export__ = LongColumnStatisticsData$;
__webpack_unused_export__ = MLTransform$;
__webpack_unused_export__ = MLTransformNotReadyException;
__webpack_unused_export__ = MLTransformNotReadyException$;
__webpack_unused_export__ = MLUserDataEncryption$;
__webpack_unused_export__ = MLUserDataEncryptionModeString;
__webpack_unused_export__ = Mapping$;
__webpack_unused_export__ = MappingEntry$;
__webpack_unused_export__ = MaterializedViewRefreshState;
__webpack_unused_export__ = MaterializedViewRefreshTaskNotRunningException;
__webpack_unused_export__ = MaterializedViewRefreshTaskNotRunningException$;
__webpack_unused_export__ = MaterializedViewRefreshTaskRun$;
__webpack_unused_export__ = MaterializedViewRefreshTaskRunningException;
__webpack_unused_export__ = MaterializedViewRefreshTaskRunningException$;
__webpack_unused_export__ = MaterializedViewRefreshTaskStoppingException;
__webpack_unused_export__ = MaterializedViewRefreshTaskStoppingException$;
__webpack_unused_export__ = MaterializedViewRefreshType;
__webpack_unused_export__ = Merge$;
__webpack_unused_export__ = MetadataInfo$;
__webpack_unused_export__ = MetadataKeyValuePair$;
__webpack_unused_export__ = MetadataOperation;
__webpack_unused_export__ = MetricBasedObservation$;
__webpack_unused_export__ = MicrosoftSQLServerCatalogSource$;
__webpack_unused_export__ = MicrosoftSQLServerCatalogTarget$;
__webpack_unused_export__ = ModifyIntegration$;
__webpack_unused_export__ = ModifyIntegrationCommand;
__webpack_unused_export__ = ModifyIntegrationRequest$;
__webpack_unused_export__ = ModifyIntegrationResponse$;
__webpack_unused_export__ = MongoDBTarget$;
__webpack_unused_export__ = MySQLCatalogSource$;
__webpack_unused_export__ = MySQLCatalogTarget$;
__webpack_unused_export__ = NoScheduleException;
__webpack_unused_export__ = NoScheduleException$;
__webpack_unused_export__ = Node$;
__webpack_unused_export__ = NodeType;
__webpack_unused_export__ = NotificationProperty$;
__webpack_unused_export__ = NullCheckBoxList$;
__webpack_unused_export__ = NullValueField$;
__webpack_unused_export__ = OAuth2ClientApplication$;
__webpack_unused_export__ = OAuth2Credentials$;
__webpack_unused_export__ = OAuth2GrantType;
__webpack_unused_export__ = OAuth2Properties$;
__webpack_unused_export__ = OAuth2PropertiesInput$;
__webpack_unused_export__ = ObservationConfiguration;
__webpack_unused_export__ = ObservationMode;
__webpack_unused_export__ = ObservationResultsOptions$;
__webpack_unused_export__ = OffsetConfiguration$;
__webpack_unused_export__ = OpenTableFormatInput$;
__webpack_unused_export__ = OperationNotSupportedException;
__webpack_unused_export__ = OperationNotSupportedException$;
__webpack_unused_export__ = OperationTimeoutException;
__webpack_unused_export__ = OperationTimeoutException$;
__webpack_unused_export__ = Option$;
__webpack_unused_export__ = OracleSQLCatalogSource$;
__webpack_unused_export__ = OracleSQLCatalogTarget$;
__webpack_unused_export__ = Order$;
__webpack_unused_export__ = OrphanFileDeletionConfiguration$;
__webpack_unused_export__ = OrphanFileDeletionMetrics$;
__webpack_unused_export__ = OtherMetadataValueListItem$;
__webpack_unused_export__ = OverwriteChildResourcePermissionsWithDefaultEnum;
__webpack_unused_export__ = PIIDetection$;
__webpack_unused_export__ = PaginationConfiguration$;
__webpack_unused_export__ = ParamType;
__webpack_unused_export__ = ParquetCompressionType;
__webpack_unused_export__ = Partition$;
__webpack_unused_export__ = PartitionError$;
__webpack_unused_export__ = PartitionIndex$;
__webpack_unused_export__ = PartitionIndexDescriptor$;
__webpack_unused_export__ = PartitionIndexStatus;
__webpack_unused_export__ = PartitionInput$;
__webpack_unused_export__ = PartitionValueList$;
__webpack_unused_export__ = Permission;
__webpack_unused_export__ = PermissionType;
__webpack_unused_export__ = PermissionTypeMismatchException;
__webpack_unused_export__ = PermissionTypeMismatchException$;
__webpack_unused_export__ = PhysicalConnectionRequirements$;
__webpack_unused_export__ = PiiType;
__webpack_unused_export__ = PostgreSQLCatalogSource$;
__webpack_unused_export__ = PostgreSQLCatalogTarget$;
__webpack_unused_export__ = Predecessor$;
__webpack_unused_export__ = Predicate$;
__webpack_unused_export__ = PrincipalPermissions$;
__webpack_unused_export__ = PrincipalType;
__webpack_unused_export__ = ProfileConfiguration$;
__webpack_unused_export__ = ProfilingResultsOptions$;
__webpack_unused_export__ = Property$;
__webpack_unused_export__ = PropertyLocation;
__webpack_unused_export__ = PropertyPredicate$;
__webpack_unused_export__ = PropertyType;
__webpack_unused_export__ = PublishDataQualityResultV2$;
__webpack_unused_export__ = PublishDataQualityResultV2Command;
__webpack_unused_export__ = PublishDataQualityResultV2Request$;
__webpack_unused_export__ = PublishDataQualityResultV2Response$;
__webpack_unused_export__ = PutAsset$;
__webpack_unused_export__ = PutAssetCommand;
__webpack_unused_export__ = PutAssetRequest$;
__webpack_unused_export__ = PutAssetResponse$;
__webpack_unused_export__ = PutAssetType$;
__webpack_unused_export__ = PutAssetTypeCommand;
__webpack_unused_export__ = PutAssetTypeRequest$;
__webpack_unused_export__ = PutAssetTypeResponse$;
__webpack_unused_export__ = PutAttachment$;
__webpack_unused_export__ = PutAttachmentCommand;
__webpack_unused_export__ = PutAttachmentRequest$;
__webpack_unused_export__ = PutAttachmentResponse$;
__webpack_unused_export__ = PutDataCatalogEncryptionSettings$;
__webpack_unused_export__ = PutDataCatalogEncryptionSettingsCommand;
__webpack_unused_export__ = PutDataCatalogEncryptionSettingsRequest$;
__webpack_unused_export__ = PutDataCatalogEncryptionSettingsResponse$;
__webpack_unused_export__ = PutDataCatalogExportConfiguration$;
__webpack_unused_export__ = PutDataCatalogExportConfigurationCommand;
__webpack_unused_export__ = PutDataCatalogExportConfigurationInput$;
__webpack_unused_export__ = PutDataCatalogExportConfigurationOutput$;
__webpack_unused_export__ = PutDataQualityProfileAnnotation$;
__webpack_unused_export__ = PutDataQualityProfileAnnotationCommand;
__webpack_unused_export__ = PutDataQualityProfileAnnotationRequest$;
__webpack_unused_export__ = PutDataQualityProfileAnnotationResponse$;
__webpack_unused_export__ = PutFormType$;
__webpack_unused_export__ = PutFormTypeCommand;
__webpack_unused_export__ = PutFormTypeRequest$;
__webpack_unused_export__ = PutFormTypeResponse$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = PutSchemaVersionMetadata$;
__webpack_unused_export__ = PutSchemaVersionMetadataCommand;
__webpack_unused_export__ = PutSchemaVersionMetadataInput$;
__webpack_unused_export__ = PutSchemaVersionMetadataResponse$;
__webpack_unused_export__ = PutWorkflowRunProperties$;
__webpack_unused_export__ = PutWorkflowRunPropertiesCommand;
__webpack_unused_export__ = PutWorkflowRunPropertiesRequest$;
__webpack_unused_export__ = PutWorkflowRunPropertiesResponse$;
__webpack_unused_export__ = QuerySchemaVersionMetadata$;
__webpack_unused_export__ = QuerySchemaVersionMetadataCommand;
__webpack_unused_export__ = QuerySchemaVersionMetadataInput$;
__webpack_unused_export__ = QuerySchemaVersionMetadataResponse$;
__webpack_unused_export__ = QuerySessionContext$;
__webpack_unused_export__ = QuoteChar;
__webpack_unused_export__ = RLSProperties$;
__webpack_unused_export__ = Recipe$;
__webpack_unused_export__ = RecipeAction$;
__webpack_unused_export__ = RecipeReference$;
__webpack_unused_export__ = RecipeStep$;
__webpack_unused_export__ = RecommendationMode;
__webpack_unused_export__ = RecrawlBehavior;
__webpack_unused_export__ = RecrawlPolicy$;
__webpack_unused_export__ = RedshiftSource$;
__webpack_unused_export__ = RedshiftTarget$;
__webpack_unused_export__ = RegisterConnectionType$;
__webpack_unused_export__ = RegisterConnectionTypeCommand;
__webpack_unused_export__ = RegisterConnectionTypeRequest$;
__webpack_unused_export__ = RegisterConnectionTypeResponse$;
__webpack_unused_export__ = RegisterSchemaVersion$;
__webpack_unused_export__ = RegisterSchemaVersionCommand;
__webpack_unused_export__ = RegisterSchemaVersionInput$;
__webpack_unused_export__ = RegisterSchemaVersionResponse$;
__webpack_unused_export__ = RegistryId$;
__webpack_unused_export__ = RegistryListItem$;
__webpack_unused_export__ = RegistryStatus;
__webpack_unused_export__ = RelationalCatalogSource$;
__webpack_unused_export__ = RemoveSchemaVersionMetadata$;
__webpack_unused_export__ = RemoveSchemaVersionMetadataCommand;
__webpack_unused_export__ = RemoveSchemaVersionMetadataInput$;
__webpack_unused_export__ = RemoveSchemaVersionMetadataResponse$;
__webpack_unused_export__ = RenameField$;
__webpack_unused_export__ = ResetJobBookmark$;
__webpack_unused_export__ = ResetJobBookmarkCommand;
__webpack_unused_export__ = ResetJobBookmarkRequest$;
__webpack_unused_export__ = ResetJobBookmarkResponse$;
__webpack_unused_export__ = ResourceAction;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceNotReadyException;
__webpack_unused_export__ = ResourceNotReadyException$;
__webpack_unused_export__ = ResourceNumberLimitExceededException;
__webpack_unused_export__ = ResourceNumberLimitExceededException$;
__webpack_unused_export__ = ResourceShareType;
__webpack_unused_export__ = ResourceState;
__webpack_unused_export__ = ResourceType;
__webpack_unused_export__ = ResourceUri$;
__webpack_unused_export__ = ResponseConfiguration$;
__webpack_unused_export__ = ResponseExtractionMapping$;
__webpack_unused_export__ = RestConfiguration$;
__webpack_unused_export__ = ResultTypeEnum;
__webpack_unused_export__ = ResumeWorkflowRun$;
__webpack_unused_export__ = ResumeWorkflowRunCommand;
__webpack_unused_export__ = ResumeWorkflowRunRequest$;
__webpack_unused_export__ = ResumeWorkflowRunResponse$;
__webpack_unused_export__ = RetentionConfiguration$;
__webpack_unused_export__ = RetentionMetrics$;
__webpack_unused_export__ = Route$;
__webpack_unused_export__ = RowLevelResultsOptions$;
__webpack_unused_export__ = RunIdentifier$;
__webpack_unused_export__ = RunMetrics$;
__webpack_unused_export__ = RunStatement$;
__webpack_unused_export__ = RunStatementCommand;
__webpack_unused_export__ = RunStatementRequest$;
__webpack_unused_export__ = RunStatementResponse$;
__webpack_unused_export__ = S3CatalogDeltaSource$;
__webpack_unused_export__ = S3CatalogHudiSource$;
__webpack_unused_export__ = S3CatalogIcebergSource$;
__webpack_unused_export__ = S3CatalogSource$;
__webpack_unused_export__ = S3CatalogTarget$;
__webpack_unused_export__ = S3CsvSource$;
__webpack_unused_export__ = S3DeltaCatalogTarget$;
__webpack_unused_export__ = S3DeltaDirectTarget$;
__webpack_unused_export__ = S3DeltaSource$;
__webpack_unused_export__ = S3DirectSourceAdditionalOptions$;
__webpack_unused_export__ = S3DirectTarget$;
__webpack_unused_export__ = S3Encryption$;
__webpack_unused_export__ = S3EncryptionMode;
__webpack_unused_export__ = S3ExcelSource$;
__webpack_unused_export__ = S3GlueParquetTarget$;
__webpack_unused_export__ = S3HudiCatalogTarget$;
__webpack_unused_export__ = S3HudiDirectTarget$;
__webpack_unused_export__ = S3HudiSource$;
__webpack_unused_export__ = S3HyperDirectTarget$;
__webpack_unused_export__ = S3IcebergCatalogTarget$;
__webpack_unused_export__ = S3IcebergDirectTarget$;
__webpack_unused_export__ = S3JsonSource$;
__webpack_unused_export__ = S3ParquetSource$;
__webpack_unused_export__ = S3SourceAdditionalOptions$;
__webpack_unused_export__ = S3Target$;
__webpack_unused_export__ = Schedule$;
__webpack_unused_export__ = ScheduleState;
__webpack_unused_export__ = ScheduleType;
__webpack_unused_export__ = SchedulerNotRunningException;
__webpack_unused_export__ = SchedulerNotRunningException$;
__webpack_unused_export__ = SchedulerRunningException;
__webpack_unused_export__ = SchedulerRunningException$;
__webpack_unused_export__ = SchedulerTransitioningException;
__webpack_unused_export__ = SchedulerTransitioningException$;
__webpack_unused_export__ = SchemaChangePolicy$;
__webpack_unused_export__ = SchemaColumn$;
__webpack_unused_export__ = SchemaDiffType;
__webpack_unused_export__ = SchemaId$;
__webpack_unused_export__ = SchemaListItem$;
__webpack_unused_export__ = SchemaReference$;
__webpack_unused_export__ = SchemaStatus;
__webpack_unused_export__ = SchemaVersionErrorItem$;
__webpack_unused_export__ = SchemaVersionListItem$;
__webpack_unused_export__ = SchemaVersionNumber$;
__webpack_unused_export__ = SchemaVersionStatus;
__webpack_unused_export__ = SearchAssets$;
__webpack_unused_export__ = SearchAssetsCommand;
__webpack_unused_export__ = SearchAssetsInput$;
__webpack_unused_export__ = SearchAssetsOutput$;
__webpack_unused_export__ = SearchAttributeFilter$;
__webpack_unused_export__ = SearchFilterClause$;
__webpack_unused_export__ = SearchFilterOperator;
__webpack_unused_export__ = SearchFilterValue$;
__webpack_unused_export__ = SearchMapFilter$;
__webpack_unused_export__ = SearchMapFilterValue$;
__webpack_unused_export__ = SearchResultItem$;
__webpack_unused_export__ = SearchSort$;
__webpack_unused_export__ = SearchSortOrder;
__webpack_unused_export__ = SearchTables$;
__webpack_unused_export__ = SearchTablesCommand;
__webpack_unused_export__ = SearchTablesRequest$;
__webpack_unused_export__ = SearchTablesResponse$;
__webpack_unused_export__ = SecurityConfiguration$;
__webpack_unused_export__ = Segment$;
__webpack_unused_export__ = SelectFields$;
__webpack_unused_export__ = SelectFromCollection$;
__webpack_unused_export__ = Separator;
__webpack_unused_export__ = SerDeInfo$;
__webpack_unused_export__ = Session$;
__webpack_unused_export__ = SessionBusyException;
__webpack_unused_export__ = SessionBusyException$;
__webpack_unused_export__ = SessionCommand$;
__webpack_unused_export__ = SessionEndpoint$;
__webpack_unused_export__ = SessionStatus;
__webpack_unused_export__ = SessionType;
__webpack_unused_export__ = SettingSource;
__webpack_unused_export__ = SkewedInfo$;
__webpack_unused_export__ = SnowflakeNodeData$;
__webpack_unused_export__ = SnowflakeSource$;
__webpack_unused_export__ = SnowflakeTarget$;
__webpack_unused_export__ = Sort;
__webpack_unused_export__ = SortCriterion$;
__webpack_unused_export__ = SortDirectionType;
__webpack_unused_export__ = SourceConfiguration$;
__webpack_unused_export__ = SourceControlAuthStrategy;
__webpack_unused_export__ = SourceControlDetails$;
__webpack_unused_export__ = SourceControlProvider;
__webpack_unused_export__ = SourceProcessingProperties$;
__webpack_unused_export__ = SourceTableConfig$;
__webpack_unused_export__ = SparkConnectorSource$;
__webpack_unused_export__ = SparkConnectorTarget$;
__webpack_unused_export__ = SparkSQL$;
__webpack_unused_export__ = Spigot$;
__webpack_unused_export__ = SplitFields$;
__webpack_unused_export__ = SqlAlias$;
__webpack_unused_export__ = StartBlueprintRun$;
__webpack_unused_export__ = StartBlueprintRunCommand;
__webpack_unused_export__ = StartBlueprintRunRequest$;
__webpack_unused_export__ = StartBlueprintRunResponse$;
__webpack_unused_export__ = StartColumnStatisticsTaskRun$;
__webpack_unused_export__ = StartColumnStatisticsTaskRunCommand;
__webpack_unused_export__ = StartColumnStatisticsTaskRunRequest$;
__webpack_unused_export__ = StartColumnStatisticsTaskRunResponse$;
__webpack_unused_export__ = StartColumnStatisticsTaskRunSchedule$;
__webpack_unused_export__ = StartColumnStatisticsTaskRunScheduleCommand;
__webpack_unused_export__ = StartColumnStatisticsTaskRunScheduleRequest$;
__webpack_unused_export__ = StartColumnStatisticsTaskRunScheduleResponse$;
__webpack_unused_export__ = StartCrawler$;
__webpack_unused_export__ = StartCrawlerCommand;
__webpack_unused_export__ = StartCrawlerRequest$;
__webpack_unused_export__ = StartCrawlerResponse$;
__webpack_unused_export__ = StartCrawlerSchedule$;
__webpack_unused_export__ = StartCrawlerScheduleCommand;
__webpack_unused_export__ = StartCrawlerScheduleRequest$;
__webpack_unused_export__ = StartCrawlerScheduleResponse$;
__webpack_unused_export__ = StartDataQualityRuleRecommendationRun$;
__webpack_unused_export__ = StartDataQualityRuleRecommendationRunCommand;
__webpack_unused_export__ = StartDataQualityRuleRecommendationRunRequest$;
__webpack_unused_export__ = StartDataQualityRuleRecommendationRunResponse$;
__webpack_unused_export__ = StartDataQualityRulesetEvaluationRun$;
__webpack_unused_export__ = StartDataQualityRulesetEvaluationRunCommand;
__webpack_unused_export__ = StartDataQualityRulesetEvaluationRunRequest$;
__webpack_unused_export__ = StartDataQualityRulesetEvaluationRunResponse$;
__webpack_unused_export__ = StartExportLabelsTaskRun$;
__webpack_unused_export__ = StartExportLabelsTaskRunCommand;
__webpack_unused_export__ = StartExportLabelsTaskRunRequest$;
__webpack_unused_export__ = StartExportLabelsTaskRunResponse$;
__webpack_unused_export__ = StartImportLabelsTaskRun$;
__webpack_unused_export__ = StartImportLabelsTaskRunCommand;
__webpack_unused_export__ = StartImportLabelsTaskRunRequest$;
__webpack_unused_export__ = StartImportLabelsTaskRunResponse$;
__webpack_unused_export__ = StartJobRun$;
__webpack_unused_export__ = StartJobRunCommand;
__webpack_unused_export__ = StartJobRunRequest$;
__webpack_unused_export__ = StartJobRunResponse$;
__webpack_unused_export__ = StartJobUpgradeAnalysis$;
__webpack_unused_export__ = StartJobUpgradeAnalysisCommand;
__webpack_unused_export__ = StartJobUpgradeAnalysisRequest$;
__webpack_unused_export__ = StartJobUpgradeAnalysisResponse$;
__webpack_unused_export__ = StartMLEvaluationTaskRun$;
__webpack_unused_export__ = StartMLEvaluationTaskRunCommand;
__webpack_unused_export__ = StartMLEvaluationTaskRunRequest$;
__webpack_unused_export__ = StartMLEvaluationTaskRunResponse$;
__webpack_unused_export__ = StartMLLabelingSetGenerationTaskRun$;
__webpack_unused_export__ = StartMLLabelingSetGenerationTaskRunCommand;
__webpack_unused_export__ = StartMLLabelingSetGenerationTaskRunRequest$;
__webpack_unused_export__ = StartMLLabelingSetGenerationTaskRunResponse$;
__webpack_unused_export__ = StartMaterializedViewRefreshTaskRun$;
__webpack_unused_export__ = StartMaterializedViewRefreshTaskRunCommand;
__webpack_unused_export__ = StartMaterializedViewRefreshTaskRunRequest$;
__webpack_unused_export__ = StartMaterializedViewRefreshTaskRunResponse$;
__webpack_unused_export__ = StartTrigger$;
__webpack_unused_export__ = StartTriggerCommand;
__webpack_unused_export__ = StartTriggerRequest$;
__webpack_unused_export__ = StartTriggerResponse$;
__webpack_unused_export__ = StartWorkflowRun$;
__webpack_unused_export__ = StartWorkflowRunCommand;
__webpack_unused_export__ = StartWorkflowRunRequest$;
__webpack_unused_export__ = StartWorkflowRunResponse$;
__webpack_unused_export__ = StartingEventBatchCondition$;
__webpack_unused_export__ = StartingPosition;
__webpack_unused_export__ = Statement$;
__webpack_unused_export__ = StatementOutput$;
__webpack_unused_export__ = StatementOutputData$;
__webpack_unused_export__ = StatementState;
__webpack_unused_export__ = StatisticAnnotation$;
__webpack_unused_export__ = StatisticEvaluationLevel;
__webpack_unused_export__ = StatisticModelResult$;
__webpack_unused_export__ = StatisticSummary$;
__webpack_unused_export__ = Status;
__webpack_unused_export__ = StatusDetails$;
__webpack_unused_export__ = StopColumnStatisticsTaskRun$;
__webpack_unused_export__ = StopColumnStatisticsTaskRunCommand;
__webpack_unused_export__ = StopColumnStatisticsTaskRunRequest$;
__webpack_unused_export__ = StopColumnStatisticsTaskRunResponse$;
__webpack_unused_export__ = StopColumnStatisticsTaskRunSchedule$;
__webpack_unused_export__ = StopColumnStatisticsTaskRunScheduleCommand;
__webpack_unused_export__ = StopColumnStatisticsTaskRunScheduleRequest$;
__webpack_unused_export__ = StopColumnStatisticsTaskRunScheduleResponse$;
__webpack_unused_export__ = StopCrawler$;
__webpack_unused_export__ = StopCrawlerCommand;
__webpack_unused_export__ = StopCrawlerRequest$;
__webpack_unused_export__ = StopCrawlerResponse$;
__webpack_unused_export__ = StopCrawlerSchedule$;
__webpack_unused_export__ = StopCrawlerScheduleCommand;
__webpack_unused_export__ = StopCrawlerScheduleRequest$;
__webpack_unused_export__ = StopCrawlerScheduleResponse$;
__webpack_unused_export__ = StopJobUpgradeAnalysis$;
__webpack_unused_export__ = StopJobUpgradeAnalysisCommand;
__webpack_unused_export__ = StopJobUpgradeAnalysisRequest$;
__webpack_unused_export__ = StopJobUpgradeAnalysisResponse$;
__webpack_unused_export__ = StopMaterializedViewRefreshTaskRun$;
__webpack_unused_export__ = StopMaterializedViewRefreshTaskRunCommand;
__webpack_unused_export__ = StopMaterializedViewRefreshTaskRunRequest$;
__webpack_unused_export__ = StopMaterializedViewRefreshTaskRunResponse$;
__webpack_unused_export__ = StopSession$;
__webpack_unused_export__ = StopSessionCommand;
__webpack_unused_export__ = StopSessionRequest$;
__webpack_unused_export__ = StopSessionResponse$;
__webpack_unused_export__ = StopTrigger$;
__webpack_unused_export__ = StopTriggerCommand;
__webpack_unused_export__ = StopTriggerRequest$;
__webpack_unused_export__ = StopTriggerResponse$;
__webpack_unused_export__ = StopWorkflowRun$;
__webpack_unused_export__ = StopWorkflowRunCommand;
__webpack_unused_export__ = StopWorkflowRunRequest$;
__webpack_unused_export__ = StopWorkflowRunResponse$;
__webpack_unused_export__ = StorageDescriptor$;
__webpack_unused_export__ = StreamingDataPreviewOptions$;
__webpack_unused_export__ = StringColumnStatisticsData$;
__webpack_unused_export__ = SubObjectSourceType;
__webpack_unused_export__ = SubObjectStatistics$;
__webpack_unused_export__ = SupportedDialect$;
__webpack_unused_export__ = Table$;
__webpack_unused_export__ = TableAttributes;
__webpack_unused_export__ = TableError$;
__webpack_unused_export__ = TableIdentifier$;
__webpack_unused_export__ = TableInput$;
__webpack_unused_export__ = TableOptimizer$;
__webpack_unused_export__ = TableOptimizerConfiguration$;
__webpack_unused_export__ = TableOptimizerEventType;
__webpack_unused_export__ = TableOptimizerRun$;
__webpack_unused_export__ = TableOptimizerType;
__webpack_unused_export__ = TableOptimizerVpcConfiguration$;
__webpack_unused_export__ = TableResourceShareType;
__webpack_unused_export__ = TableStatus$;
__webpack_unused_export__ = TableVersion$;
__webpack_unused_export__ = TableVersionError$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = TargetFormat;
__webpack_unused_export__ = TargetProcessingProperties$;
__webpack_unused_export__ = TargetRedshiftCatalog$;
__webpack_unused_export__ = TargetResourceNotFound;
__webpack_unused_export__ = TargetResourceNotFound$;
__webpack_unused_export__ = TargetTableConfig$;
__webpack_unused_export__ = TaskRun$;
__webpack_unused_export__ = TaskRunFilterCriteria$;
__webpack_unused_export__ = TaskRunProperties$;
__webpack_unused_export__ = TaskRunSortColumnType;
__webpack_unused_export__ = TaskRunSortCriteria$;
__webpack_unused_export__ = TaskStatusType;
__webpack_unused_export__ = TaskType;
__webpack_unused_export__ = TestConnection$;
__webpack_unused_export__ = TestConnectionCommand;
__webpack_unused_export__ = TestConnectionInput$;
__webpack_unused_export__ = TestConnectionRequest$;
__webpack_unused_export__ = TestConnectionResponse$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TimestampFilter$;
__webpack_unused_export__ = TimestampedInclusionAnnotation$;
__webpack_unused_export__ = TransformConfigParameter$;
__webpack_unused_export__ = TransformEncryption$;
__webpack_unused_export__ = TransformFilterCriteria$;
__webpack_unused_export__ = TransformParameters$;
__webpack_unused_export__ = TransformSortColumnType;
__webpack_unused_export__ = TransformSortCriteria$;
__webpack_unused_export__ = TransformStatusType;
__webpack_unused_export__ = TransformType;
__webpack_unused_export__ = Trigger$;
__webpack_unused_export__ = TriggerNodeDetails$;
__webpack_unused_export__ = TriggerState;
__webpack_unused_export__ = TriggerType;
__webpack_unused_export__ = TriggerUpdate$;
__webpack_unused_export__ = UnfilteredPartition$;
__webpack_unused_export__ = Union$;
__webpack_unused_export__ = UnionType;
__webpack_unused_export__ = UnnestSpec;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateAsset$;
__webpack_unused_export__ = UpdateAssetCommand;
__webpack_unused_export__ = UpdateAssetRequest$;
__webpack_unused_export__ = UpdateAssetResponse$;
__webpack_unused_export__ = UpdateBehavior;
__webpack_unused_export__ = UpdateBlueprint$;
__webpack_unused_export__ = UpdateBlueprintCommand;
__webpack_unused_export__ = UpdateBlueprintRequest$;
__webpack_unused_export__ = UpdateBlueprintResponse$;
__webpack_unused_export__ = UpdateCatalog$;
__webpack_unused_export__ = UpdateCatalogBehavior;
__webpack_unused_export__ = UpdateCatalogCommand;
__webpack_unused_export__ = UpdateCatalogRequest$;
__webpack_unused_export__ = UpdateCatalogResponse$;
__webpack_unused_export__ = UpdateClassifier$;
__webpack_unused_export__ = UpdateClassifierCommand;
__webpack_unused_export__ = UpdateClassifierRequest$;
__webpack_unused_export__ = UpdateClassifierResponse$;
__webpack_unused_export__ = UpdateColumnStatisticsForPartition$;
__webpack_unused_export__ = UpdateColumnStatisticsForPartitionCommand;
__webpack_unused_export__ = UpdateColumnStatisticsForPartitionRequest$;
__webpack_unused_export__ = UpdateColumnStatisticsForPartitionResponse$;
__webpack_unused_export__ = UpdateColumnStatisticsForTable$;
__webpack_unused_export__ = UpdateColumnStatisticsForTableCommand;
__webpack_unused_export__ = UpdateColumnStatisticsForTableRequest$;
__webpack_unused_export__ = UpdateColumnStatisticsForTableResponse$;
__webpack_unused_export__ = UpdateColumnStatisticsTaskSettings$;
__webpack_unused_export__ = UpdateColumnStatisticsTaskSettingsCommand;
__webpack_unused_export__ = UpdateColumnStatisticsTaskSettingsRequest$;
__webpack_unused_export__ = UpdateColumnStatisticsTaskSettingsResponse$;
__webpack_unused_export__ = UpdateConnection$;
__webpack_unused_export__ = UpdateConnectionCommand;
__webpack_unused_export__ = UpdateConnectionRequest$;
__webpack_unused_export__ = UpdateConnectionResponse$;
__webpack_unused_export__ = UpdateCrawler$;
__webpack_unused_export__ = UpdateCrawlerCommand;
__webpack_unused_export__ = UpdateCrawlerRequest$;
__webpack_unused_export__ = UpdateCrawlerResponse$;
__webpack_unused_export__ = UpdateCrawlerSchedule$;
__webpack_unused_export__ = UpdateCrawlerScheduleCommand;
__webpack_unused_export__ = UpdateCrawlerScheduleRequest$;
__webpack_unused_export__ = UpdateCrawlerScheduleResponse$;
__webpack_unused_export__ = UpdateCsvClassifierRequest$;
__webpack_unused_export__ = UpdateDataQualityEvaluationConfig$;
__webpack_unused_export__ = UpdateDataQualityEvaluationConfigCommand;
__webpack_unused_export__ = UpdateDataQualityEvaluationConfigRequest$;
__webpack_unused_export__ = UpdateDataQualityEvaluationConfigResponse$;
__webpack_unused_export__ = UpdateDataQualityRuleset$;
__webpack_unused_export__ = UpdateDataQualityRulesetCommand;
__webpack_unused_export__ = UpdateDataQualityRulesetRequest$;
__webpack_unused_export__ = UpdateDataQualityRulesetResponse$;
__webpack_unused_export__ = UpdateDatabase$;
__webpack_unused_export__ = UpdateDatabaseCommand;
__webpack_unused_export__ = UpdateDatabaseRequest$;
__webpack_unused_export__ = UpdateDatabaseResponse$;
__webpack_unused_export__ = UpdateDevEndpoint$;
__webpack_unused_export__ = UpdateDevEndpointCommand;
__webpack_unused_export__ = UpdateDevEndpointRequest$;
__webpack_unused_export__ = UpdateDevEndpointResponse$;
__webpack_unused_export__ = UpdateGlossary$;
__webpack_unused_export__ = UpdateGlossaryCommand;
__webpack_unused_export__ = UpdateGlossaryRequest$;
__webpack_unused_export__ = UpdateGlossaryResponse$;
__webpack_unused_export__ = UpdateGlossaryTerm$;
__webpack_unused_export__ = UpdateGlossaryTermCommand;
__webpack_unused_export__ = UpdateGlossaryTermRequest$;
__webpack_unused_export__ = UpdateGlossaryTermResponse$;
__webpack_unused_export__ = UpdateGlueIdentityCenterConfiguration$;
__webpack_unused_export__ = UpdateGlueIdentityCenterConfigurationCommand;
__webpack_unused_export__ = UpdateGlueIdentityCenterConfigurationRequest$;
__webpack_unused_export__ = UpdateGlueIdentityCenterConfigurationResponse$;
__webpack_unused_export__ = UpdateGrokClassifierRequest$;
__webpack_unused_export__ = UpdateIcebergInput$;
__webpack_unused_export__ = UpdateIcebergTableInput$;
__webpack_unused_export__ = UpdateIntegrationResourceProperty$;
__webpack_unused_export__ = UpdateIntegrationResourcePropertyCommand;
__webpack_unused_export__ = UpdateIntegrationResourcePropertyRequest$;
__webpack_unused_export__ = UpdateIntegrationResourcePropertyResponse$;
__webpack_unused_export__ = UpdateIntegrationTableProperties$;
__webpack_unused_export__ = UpdateIntegrationTablePropertiesCommand;
__webpack_unused_export__ = UpdateIntegrationTablePropertiesRequest$;
__webpack_unused_export__ = UpdateIntegrationTablePropertiesResponse$;
__webpack_unused_export__ = UpdateJob$;
__webpack_unused_export__ = UpdateJobCommand;
__webpack_unused_export__ = UpdateJobFromSourceControl$;
__webpack_unused_export__ = UpdateJobFromSourceControlCommand;
__webpack_unused_export__ = UpdateJobFromSourceControlRequest$;
__webpack_unused_export__ = UpdateJobFromSourceControlResponse$;
__webpack_unused_export__ = UpdateJobRequest$;
__webpack_unused_export__ = UpdateJobResponse$;
__webpack_unused_export__ = UpdateJsonClassifierRequest$;
__webpack_unused_export__ = UpdateMLTransform$;
__webpack_unused_export__ = UpdateMLTransformCommand;
__webpack_unused_export__ = UpdateMLTransformRequest$;
__webpack_unused_export__ = UpdateMLTransformResponse$;
__webpack_unused_export__ = UpdateOpenTableFormatInput$;
__webpack_unused_export__ = UpdatePartition$;
exports.fgE = UpdatePartitionCommand;
__webpack_unused_export__ = UpdatePartitionRequest$;
__webpack_unused_export__ = UpdatePartitionResponse$;
__webpack_unused_export__ = UpdateRegistry$;
__webpack_unused_export__ = UpdateRegistryCommand;
__webpack_unused_export__ = UpdateRegistryInput$;
__webpack_unused_export__ = UpdateRegistryResponse$;
__webpack_unused_export__ = UpdateSchema$;
__webpack_unused_export__ = UpdateSchemaCommand;
__webpack_unused_export__ = UpdateSchemaInput$;
__webpack_unused_export__ = UpdateSchemaResponse$;
__webpack_unused_export__ = UpdateSourceControlFromJob$;
__webpack_unused_export__ = UpdateSourceControlFromJobCommand;
__webpack_unused_export__ = UpdateSourceControlFromJobRequest$;
__webpack_unused_export__ = UpdateSourceControlFromJobResponse$;
__webpack_unused_export__ = UpdateTable$;
exports.NQf = UpdateTableCommand;
__webpack_unused_export__ = UpdateTableOptimizer$;
__webpack_unused_export__ = UpdateTableOptimizerCommand;
__webpack_unused_export__ = UpdateTableOptimizerRequest$;
__webpack_unused_export__ = UpdateTableOptimizerResponse$;
__webpack_unused_export__ = UpdateTableRequest$;
__webpack_unused_export__ = UpdateTableResponse$;
__webpack_unused_export__ = UpdateTrigger$;
__webpack_unused_export__ = UpdateTriggerCommand;
__webpack_unused_export__ = UpdateTriggerRequest$;
__webpack_unused_export__ = UpdateTriggerResponse$;
__webpack_unused_export__ = UpdateUsageProfile$;
__webpack_unused_export__ = UpdateUsageProfileCommand;
__webpack_unused_export__ = UpdateUsageProfileRequest$;
__webpack_unused_export__ = UpdateUsageProfileResponse$;
__webpack_unused_export__ = UpdateUserDefinedFunction$;
__webpack_unused_export__ = UpdateUserDefinedFunctionCommand;
__webpack_unused_export__ = UpdateUserDefinedFunctionRequest$;
__webpack_unused_export__ = UpdateUserDefinedFunctionResponse$;
__webpack_unused_export__ = UpdateWorkflow$;
__webpack_unused_export__ = UpdateWorkflowCommand;
__webpack_unused_export__ = UpdateWorkflowRequest$;
__webpack_unused_export__ = UpdateWorkflowResponse$;
__webpack_unused_export__ = UpdateXMLClassifierRequest$;
__webpack_unused_export__ = UpgradeConsent;
__webpack_unused_export__ = UpsertRedshiftTargetOptions$;
__webpack_unused_export__ = UsageProfileDefinition$;
__webpack_unused_export__ = UserDefinedFunction$;
__webpack_unused_export__ = UserDefinedFunctionInput$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = VersionMismatchException;
__webpack_unused_export__ = VersionMismatchException$;
__webpack_unused_export__ = ViewDefinition$;
__webpack_unused_export__ = ViewDefinitionInput$;
__webpack_unused_export__ = ViewDialect;
__webpack_unused_export__ = ViewRepresentation$;
__webpack_unused_export__ = ViewRepresentationInput$;
__webpack_unused_export__ = ViewUpdateAction;
__webpack_unused_export__ = ViewValidation$;
__webpack_unused_export__ = WorkerType;
__webpack_unused_export__ = Workflow$;
__webpack_unused_export__ = WorkflowGraph$;
__webpack_unused_export__ = WorkflowRun$;
__webpack_unused_export__ = WorkflowRunStatistics$;
__webpack_unused_export__ = WorkflowRunStatus;
__webpack_unused_export__ = XMLClassifier$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeEntity;
__webpack_unused_export__ = paginateGetBlueprintRuns;
__webpack_unused_export__ = paginateGetClassifiers;
__webpack_unused_export__ = paginateGetColumnStatisticsTaskRuns;
__webpack_unused_export__ = paginateGetConnections;
__webpack_unused_export__ = paginateGetCrawlerMetrics;
__webpack_unused_export__ = paginateGetCrawlers;
__webpack_unused_export__ = paginateGetDatabases;
__webpack_unused_export__ = paginateGetDevEndpoints;
__webpack_unused_export__ = paginateGetJobRuns;
__webpack_unused_export__ = paginateGetJobs;
__webpack_unused_export__ = paginateGetMLTaskRuns;
__webpack_unused_export__ = paginateGetMLTransforms;
__webpack_unused_export__ = paginateGetPartitionIndexes;
__webpack_unused_export__ = paginateGetPartitions;
__webpack_unused_export__ = paginateGetResourcePolicies;
__webpack_unused_export__ = paginateGetSecurityConfigurations;
__webpack_unused_export__ = paginateGetTableVersions;
__webpack_unused_export__ = paginateGetTables;
__webpack_unused_export__ = paginateGetTriggers;
__webpack_unused_export__ = paginateGetUnfilteredPartitionsMetadata;
__webpack_unused_export__ = paginateGetUserDefinedFunctions;
__webpack_unused_export__ = paginateGetWorkflowRuns;
__webpack_unused_export__ = paginateListAssetTypes;
__webpack_unused_export__ = paginateListBlueprints;
__webpack_unused_export__ = paginateListColumnStatisticsTaskRuns;
__webpack_unused_export__ = paginateListConnectionTypes;
__webpack_unused_export__ = paginateListCrawlers;
__webpack_unused_export__ = paginateListCustomEntityTypes;
__webpack_unused_export__ = paginateListDataQualityEvaluationConfigs;
__webpack_unused_export__ = paginateListDataQualityResults;
__webpack_unused_export__ = paginateListDataQualityResultsV2;
__webpack_unused_export__ = paginateListDataQualityRuleRecommendationRuns;
__webpack_unused_export__ = paginateListDataQualityRulesetEvaluationRuns;
__webpack_unused_export__ = paginateListDataQualityRulesets;
__webpack_unused_export__ = paginateListDevEndpoints;
__webpack_unused_export__ = paginateListEntities;
__webpack_unused_export__ = paginateListFormTypes;
__webpack_unused_export__ = paginateListGlossaries;
__webpack_unused_export__ = paginateListGlossaryTerms;
__webpack_unused_export__ = paginateListIterableForms;
__webpack_unused_export__ = paginateListJobs;
__webpack_unused_export__ = paginateListMLTransforms;
__webpack_unused_export__ = paginateListMaterializedViewRefreshTaskRuns;
__webpack_unused_export__ = paginateListRegistries;
__webpack_unused_export__ = paginateListSchemaVersions;
__webpack_unused_export__ = paginateListSchemas;
__webpack_unused_export__ = paginateListSessions;
__webpack_unused_export__ = paginateListTableOptimizerRuns;
__webpack_unused_export__ = paginateListTriggers;
__webpack_unused_export__ = paginateListUsageProfiles;
__webpack_unused_export__ = paginateListWorkflows;
__webpack_unused_export__ = paginateSearchAssets;
__webpack_unused_export__ = paginateSearchTables;


/***/ })

};
