import type { BoundValue, CallExpr, Expr } from './facts.ts';
import type { Finding } from './findings.ts';
import type { Place } from './boto3-check.ts';
import { xformName } from './xform-name.ts';

/** The name every lab builds its resource names from (/work/notes/prefix-convention.md: `PREFIX = f"course-{STUDENT}"`). */
export const prefixName = 'PREFIX';

type Action = 'creates' | 'updates' | 'deletes' | 'lists';

/**
 * How a parameter carries the name: a plain name, an S3 key (`{PREFIX}/…`), an Application Auto Scaling resource
 * id (`endpoint/{PREFIX}-…/variant/…`), or an ARN (scoped when the name inside it is).
 */
type NameKind = 'name' | 's3-key' | 'resource-id' | 'arn';

interface NamedParameter {
	action: Action;
	/** The parameter, or a path into it (`Delete.Objects[].Key`); `AlarmNames[]` is each item of a list. */
	param: string;
	kind: NameKind;
	/** Its position for the S3 transfer methods, which take positional arguments. */
	position?: number;
}

const name = (action: Action, param: string): NamedParameter => ({ action, param, kind: 'name' });

/** The boto3 operations that create, update, delete (or list, for S3) a named resource, and where its name goes. */
export const namedOperations: Record<string, Record<string, NamedParameter>> = {
	sagemaker: {
		create_training_job: name('creates', 'TrainingJobName'),
		create_processing_job: name('creates', 'ProcessingJobName'),
		create_transform_job: name('creates', 'TransformJobName'),
		create_hyper_parameter_tuning_job: name('creates', 'HyperParameterTuningJobName'),
		create_model: name('creates', 'ModelName'),
		create_endpoint_config: name('creates', 'EndpointConfigName'),
		create_endpoint: name('creates', 'EndpointName'),
		create_inference_component: name('creates', 'InferenceComponentName'),
		create_model_package_group: name('creates', 'ModelPackageGroupName'),
		create_model_package: name('creates', 'ModelPackageGroupName'),
		create_pipeline: name('creates', 'PipelineName'),
		create_monitoring_schedule: name('creates', 'MonitoringScheduleName'),
		create_data_quality_job_definition: name('creates', 'JobDefinitionName'),
		create_model_quality_job_definition: name('creates', 'JobDefinitionName'),
		create_feature_group: name('creates', 'FeatureGroupName'),
		create_experiment: name('creates', 'ExperimentName'),
		update_endpoint: name('updates', 'EndpointName'),
		update_endpoint_weights_and_capacities: name('updates', 'EndpointName'),
		update_inference_component: name('updates', 'InferenceComponentName'),
		update_pipeline: name('updates', 'PipelineName'),
		update_model_package: { action: 'updates', param: 'ModelPackageArn', kind: 'arn' },
		update_monitoring_schedule: name('updates', 'MonitoringScheduleName'),
		delete_endpoint: name('deletes', 'EndpointName'),
		delete_endpoint_config: name('deletes', 'EndpointConfigName'),
		delete_model: name('deletes', 'ModelName'),
		delete_inference_component: name('deletes', 'InferenceComponentName'),
		delete_model_package_group: name('deletes', 'ModelPackageGroupName'),
		delete_model_package: { action: 'deletes', param: 'ModelPackageName', kind: 'arn' },
		delete_pipeline: name('deletes', 'PipelineName'),
		delete_monitoring_schedule: name('deletes', 'MonitoringScheduleName'),
		delete_feature_group: name('deletes', 'FeatureGroupName'),
		delete_experiment: name('deletes', 'ExperimentName'),
		stop_training_job: name('updates', 'TrainingJobName'),
		stop_processing_job: name('updates', 'ProcessingJobName'),
		stop_transform_job: name('updates', 'TransformJobName'),
	},
	s3: {
		put_object: { action: 'creates', param: 'Key', kind: 's3-key' },
		copy_object: { action: 'creates', param: 'Key', kind: 's3-key' },
		upload_file: { action: 'creates', param: 'Key', kind: 's3-key', position: 2 },
		upload_fileobj: { action: 'creates', param: 'Key', kind: 's3-key', position: 2 },
		delete_object: { action: 'deletes', param: 'Key', kind: 's3-key' },
		delete_objects: { action: 'deletes', param: 'Delete.Objects[].Key', kind: 's3-key' },
		list_objects_v2: { action: 'lists', param: 'Prefix', kind: 's3-key' },
		create_bucket: name('creates', 'Bucket'),
		delete_bucket: name('deletes', 'Bucket'),
	},
	cloudwatch: {
		put_metric_alarm: name('creates', 'AlarmName'),
		put_composite_alarm: name('creates', 'AlarmName'),
		put_dashboard: name('creates', 'DashboardName'),
		delete_alarms: name('deletes', 'AlarmNames[]'),
		delete_dashboards: name('deletes', 'DashboardNames[]'),
	},
	sns: {
		create_topic: name('creates', 'Name'),
		delete_topic: { action: 'deletes', param: 'TopicArn', kind: 'arn' },
	},
	'application-autoscaling': {
		register_scalable_target: { action: 'creates', param: 'ResourceId', kind: 'resource-id' },
		put_scaling_policy: { action: 'creates', param: 'ResourceId', kind: 'resource-id' },
		deregister_scalable_target: { action: 'deletes', param: 'ResourceId', kind: 'resource-id' },
		delete_scaling_policy: { action: 'deletes', param: 'ResourceId', kind: 'resource-id' },
	},
	codebuild: {
		create_project: name('creates', 'name'),
		update_project: name('updates', 'name'),
		delete_project: name('deletes', 'name'),
	},
	iam: {
		create_role: name('creates', 'RoleName'),
		delete_role: name('deletes', 'RoleName'),
	},
};

/** SDK keyword arguments that name a resource the call creates, for the methods that create one. */
const sdkNameArguments = new Set([
	'base_job_name',
	'job_name',
	'endpoint_name',
	'endpoint_config_name',
	'model_name',
	'model_package_group_name',
	'pipeline_name',
	'training_job_name',
	'processing_job_name',
	'transform_job_name',
	'inference_component_name',
]);
const jobNameArguments = new Set(['base_job_name', 'job_name']);
const sdkCreatingMethods = new Set([
	'__init__',
	'create',
	'deploy',
	'build',
	'train',
	'run',
	'transform',
	'register',
	'upsert',
]);

type Scope = { t: 'scoped' } | { t: 'unscoped'; why: string } | { t: 'unknown' };
const scoped: Scope = { t: 'scoped' };
const unknownScope: Scope = { t: 'unknown' };

/** What the prefix check needs to know about the program around a call. */
export interface PrefixContext {
	lookup(name: string): BoundValue | undefined;
	/** The `if` tests that guard the call (negated for `else` and `if …: continue`). */
	guards: Expr[];
	/** The boto3 operation a call expression is, when its receiver is a client (`sm.list_endpoints`). */
	operationOf(call: CallExpr): string | undefined;
}

/** Is an expression a name under the student prefix? Follows simple assignments; never guesses. */
export function scopeOf(expr: Expr | BoundValue, context: PrefixContext, kind: NameKind = 'name', depth = 0): Scope {
	if (depth > 15) return unknownScope;
	switch (expr.k) {
		case 'name': {
			if (expr.id === prefixName) return scoped;
			const bound = context.lookup(expr.id);
			if (!bound) return unknownScope;
			const found = scopeOf(bound, context, kind, depth + 1);
			if (found.t === 'unscoped' && found.why.startsWith('listed') && guarded(expr.id, context, depth)) return scoped;
			return found;
		}
		case 'str':
			return { t: 'unscoped', why: `the fixed name "${expr.v}"` };
		case 'fstr':
			return fstringScope(expr, context, kind, depth);
		case 'binop':
			return expr.op === '+' ? scopeOf(expr.left, context, kind, depth + 1) : unknownScope;
		case 'ifexp': {
			const body = scopeOf(expr.body, context, kind, depth + 1);
			return body.t === 'scoped' ? scopeOf(expr.orelse, context, kind, depth + 1) : body;
		}
		case 'iter':
			return iterationScope(expr.of, context, kind, depth);
		case 'subscript':
		case 'attr': {
			const root = rootOf(expr);
			if (root.k === 'call') return resultScope(root, context, kind, depth);
			if (root.k === 'name') {
				const found = scopeOf(root, context, kind, depth + 1);
				// `job["TrainingJobName"]` of a listed job: scoped only behind a startswith(PREFIX) test.
				return found.t === 'unscoped' && found.why.startsWith('listed')
					? found
					: found.t === 'scoped'
						? scoped
						: unknownScope;
			}
			return unknownScope;
		}
		case 'call':
			return resultScope(expr, context, kind, depth);
		default:
			return unknownScope;
	}
}

function fstringScope(expr: Expr & { k: 'fstr' }, context: PrefixContext, kind: NameKind, depth: number): Scope {
	const parts = [...expr.parts];
	if (kind === 'resource-id') {
		const first = parts[0];
		if (first && 's' in first && first.s.startsWith('endpoint/')) {
			const rest = first.s.slice('endpoint/'.length);
			parts.splice(0, 1, ...(rest ? [{ s: rest }] : []));
		}
	}
	if (kind === 'arn') {
		const inner = parts
			.filter((part): part is { e: Expr } => 'e' in part)
			.map((part) => scopeOf(part.e, context, 'name', depth + 1));
		if (inner.some((scope) => scope.t === 'scoped')) return scoped;
		return inner.every((scope) => scope.t === 'unscoped')
			? { t: 'unscoped', why: 'an ARN with no name under the prefix in it' }
			: unknownScope;
	}
	const first = parts[0];
	if (!first) return { t: 'unscoped', why: 'an empty name' };
	if ('s' in first) return { t: 'unscoped', why: `a name starting with "${first.s}"` };
	return scopeOf(first.e, context, 'name', depth + 1);
}

/** The object an attribute or subscript chain starts from: `resp["Endpoints"][0]["EndpointName"]` is `resp`. */
function rootOf(expr: Expr): Expr {
	let current = expr;
	while (current.k === 'subscript' || current.k === 'attr') current = current.value;
	return current;
}

/** Listing operations that are not named `list_…`. */
const otherListings = new Set(['describe_alarms', 'describe_scalable_targets', 'describe_scaling_policies']);

const isListing = (operation: string | undefined): boolean =>
	operation !== undefined &&
	(operation.startsWith('list_') || operation.startsWith('search') || otherListings.has(operation));

/**
 * Filters that make a listing hold only the student's resources when given a scoped value: an exact parent
 * (`list_model_packages(ModelPackageGroupName=…)`) or a true prefix (`list_objects_v2(Prefix=f"{PREFIX}/")`).
 * `NameContains` is a substring match and is not one: its results still need a startswith(PREFIX) test.
 */
const scopingFilters = new Set([
	'Prefix',
	'ModelPackageGroupName',
	'EndpointName',
	'PipelineName',
	'FeatureGroupName',
	'MonitoringScheduleName',
	'AlarmNamePrefix',
	'DashboardNamePrefix',
	'ResourceIds',
]);

/** What a call returns: a listing names other students' resources; a create or describe of a scoped name, ours. */
function resultScope(call: CallExpr, context: PrefixContext, kind: NameKind, depth: number): Scope {
	const operation = context.operationOf(call);
	if (isListing(operation)) {
		const filtered = call.kwargs.some((kwarg) => {
			if (kwarg.name === null || !scopingFilters.has(kwarg.name)) return false;
			const value = kwarg.value.k === 'list' ? kwarg.value.items : [kwarg.value];
			const filterKind: NameKind =
				kwarg.name === 'Prefix' ? 's3-key' : kwarg.name === 'ResourceIds' ? 'resource-id' : 'name';
			return value.length > 0 && value.every((item) => scopeOf(item, context, filterKind, depth + 1).t === 'scoped');
		});
		if (filtered) return scoped;
		return { t: 'unscoped', why: `listed by ${operation ?? 'a list call'} without a startswith(PREFIX) filter` };
	}
	if (operation === undefined) return unknownScope;
	const kwargs = call.kwargs.map((kwarg) => scopeOf(kwarg.value, context, kind, depth + 1));
	return kwargs.some((scope) => scope.t === 'scoped') ? scoped : unknownScope;
}

function iterationScope(iterable: Expr, context: PrefixContext, kind: NameKind, depth: number): Scope {
	if (iterable.k === 'list') {
		const items = iterable.items.map((item) => scopeOf(item, context, kind, depth + 1));
		if (items.length > 0 && items.every((item) => item.t === 'scoped')) return scoped;
		return items.find((item) => item.t === 'unscoped') ?? unknownScope;
	}
	if (iterable.k === 'comp') return comprehensionScope(iterable, context, kind, depth);
	if (iterable.k === 'name') {
		const bound = context.lookup(iterable.id);
		if (bound && (bound.k === 'list' || bound.k === 'comp')) return iterationScope(bound, context, kind, depth + 1);
		const found = bound ? scopeOf(bound, context, kind, depth + 1) : unknownScope;
		return found.t === 'unscoped' && found.why.startsWith('listed') ? found : unknownScope;
	}
	const found = scopeOf(iterable, context, kind, depth + 1);
	return found.t === 'unscoped' && found.why.startsWith('listed') ? found : unknownScope;
}

function comprehensionScope(comp: Expr & { k: 'comp' }, context: PrefixContext, kind: NameKind, depth: number): Scope {
	const targets = new Set(comp.gens.flatMap((gen) => gen.target));
	if (comp.gens.some((gen) => gen.ifs.some((test) => isPrefixTest(test, targets, context)))) return scoped;
	const element = scopeOf(comp.elt, context, kind, depth + 1);
	if (element.t !== 'unknown') return element;
	const source = comp.gens[0] ? iterationScope(comp.gens[0].iter, context, kind, depth + 1) : unknownScope;
	return source.t === 'unscoped' ? source : unknownScope;
}

/** Does a startswith(PREFIX) test guard this name (or the value it was taken from)? */
function guarded(variable: string, context: PrefixContext, depth: number): boolean {
	const roots = new Set([variable]);
	let bound = context.lookup(variable);
	for (let step = 0; bound && step < 5 + depth; step++) {
		const root = 'k' in bound && (bound.k === 'subscript' || bound.k === 'attr') ? rootOf(bound) : bound;
		if (root.k !== 'name') break;
		roots.add(root.id);
		bound = context.lookup(root.id);
	}
	return context.guards.some((guard) => isPrefixTest(guard, roots, context));
}

/** `x.startswith(PREFIX)` (or of a name built from PREFIX), on a value rooted at one of `roots`; through `and`/`not not`. */
function isPrefixTest(test: Expr, roots: Set<string>, context: PrefixContext): boolean {
	if (test.k === 'not' && test.value.k === 'not') return isPrefixTest(test.value.value, roots, context);
	if (test.k === 'and') return test.values.some((value) => isPrefixTest(value, roots, context));
	if (test.k !== 'call' || test.func.k !== 'attr' || test.func.attr !== 'startswith') return false;
	const argument = test.args[0];
	if (!argument || scopeOf(argument, context).t !== 'scoped') return false;
	let root = rootOf(test.func.value);
	// Through string methods: `topic["TopicArn"].split(":")[-1].startswith(PREFIX)`.
	while (root.k === 'call' && root.func.k === 'attr') root = rootOf(root.func.value);
	if (root.k !== 'name') return false;
	if (roots.has(root.id)) return true;
	const bound = context.lookup(root.id);
	const source = bound && 'k' in bound && (bound.k === 'subscript' || bound.k === 'attr') ? rootOf(bound) : undefined;
	return source?.k === 'name' && roots.has(source.id);
}

/** The values a parameter path picks from a call: `Delete.Objects[].Key` walks literal dicts and lists. */
function valuesAt(call: CallExpr, parameter: NamedParameter, context: PrefixContext): Expr[] {
	const [head = '', ...rest] = parameter.param.split('.');
	const listHead = head.endsWith('[]');
	const key = listHead ? head.slice(0, -2) : head;
	let values: Expr[] = [];
	const kwarg = call.kwargs.find((item) => item.name === key);
	if (kwarg) values = [kwarg.value];
	else if (parameter.position !== undefined && call.args[parameter.position])
		values = [call.args[parameter.position] as Expr];
	const literal = (value: Expr): Expr => {
		if (value.k !== 'name') return value;
		const bound = context.lookup(value.id);
		return bound && 'k' in bound && (bound.k === 'dict' || bound.k === 'list') ? bound : value;
	};
	const segments = listHead ? ['[]', ...rest] : rest;
	for (const segment of segments.flatMap((part) =>
		part.endsWith('[]') && part !== '[]' ? [part.slice(0, -2), '[]'] : [part],
	)) {
		values = values.flatMap((value) => {
			const resolved = literal(value);
			if (segment === '[]') return resolved.k === 'list' ? resolved.items : [resolved];
			if (resolved.k === 'dict') {
				const item = resolved.items.find((entry) => entry.key?.k === 'str' && entry.key.v === segment);
				return item ? [item.value] : [];
			}
			if (resolved.k === 'comp') return [resolved];
			return [];
		});
	}
	return values;
}

const article = (action: Action): string =>
	action === 'creates' ? 'creates' : action === 'lists' ? 'lists' : `${action.slice(0, -1)}s`;

/** A boto3 call that creates, updates, deletes or lists a named resource: is the name under the prefix? */
export function checkPrefixOnClient(
	service: string,
	operation: string,
	call: CallExpr,
	context: PrefixContext,
	place: Place,
): Finding[] {
	const parameter = namedOperations[service]?.[operation];
	if (!parameter) return [];
	const findings: Finding[] = [];
	for (const value of valuesAt(call, parameter, context)) {
		const scope =
			value.k === 'comp'
				? comprehensionScope(value, context, parameter.kind, 0)
				: scopeOf(value, context, parameter.kind);
		if (scope.t !== 'unscoped') continue;
		findings.push({
			file: place.file,
			line: place.offset + (value.line ?? call.line) - 1,
			rule: 'prefix',
			message: `${service}.${operation}() ${article(parameter.action)} ${parameter.param} from ${scope.why}, which is not scoped to the student prefix`,
			expected: expectation(parameter),
		});
	}
	return findings;
}

function expectation(parameter: NamedParameter): string {
	if (parameter.action === 'creates') {
		return parameter.kind === 's3-key'
			? 'a key under f"{PREFIX}/<lab>/…"'
			: parameter.kind === 'resource-id'
				? 'a resource id naming a prefixed endpoint: f"endpoint/{PREFIX}-…/variant/AllTraffic"'
				: 'a name built from PREFIX: f"{PREFIX}-<lab>-<what>"';
	}
	return 'a name built from PREFIX, or one taken from a listing filtered with name.startswith(PREFIX)';
}

/** An SDK call that names what it creates (`base_job_name=`, `endpoint_name=`): is the name under the prefix? */
export function checkPrefixOnSdk(
	className: string,
	method: string,
	call: CallExpr,
	context: PrefixContext,
	place: Place,
): Finding[] {
	const own = `${xformName(className.slice(className.lastIndexOf('.') + 1))}_name`;
	if (!sdkCreatingMethods.has(method)) return [];
	// A constructor names what it creates only through a job name (`ModelTrainer(base_job_name=…)`); elsewhere
	// (`ProductionVariant(model_name=…)`) a name argument refers to an existing resource.
	const names = method === '__init__' ? jobNameArguments : sdkNameArguments;
	return call.kwargs.flatMap((kwarg) => {
		if (kwarg.name === null || !(names.has(kwarg.name) || (method !== '__init__' && kwarg.name === own))) return [];
		const scope = scopeOf(kwarg.value, context);
		if (scope.t !== 'unscoped') return [];
		const where =
			method === '__init__'
				? `${className.slice(className.lastIndexOf('.') + 1)}()`
				: `${className.slice(className.lastIndexOf('.') + 1)}.${method}()`;
		return [
			{
				file: place.file,
				line: place.offset + kwarg.line - 1,
				rule: 'prefix',
				message: `${where} names a resource (${kwarg.name}) from ${scope.why}, which is not scoped to the student prefix`,
				expected: 'a name built from PREFIX: f"{PREFIX}-<lab>-<what>"',
			},
		];
	});
}
