import { serviceModel, servicePackages, type Shape } from './aws-models.ts';
import type { CallExpr, Expr } from './facts.ts';
import { oneOf, type Finding } from './findings.ts';

/** Where a finding goes: the page and the line of the block's first code line. */
export interface Place {
	file: string;
	/** Page line of the block's line 1. */
	offset: number;
}

/** Resolves a name to the literal it was assigned, when it was (`variant = {...}`), for nested checks. */
export type LiteralOf = (expr: Expr) => Expr | undefined;

/** Methods every boto3 client has that are not operations of the service. */
const clientHelpers = new Set(['can_paginate', 'close', 'get_paginator', 'get_waiter', 'generate_presigned_url']);

/** S3's transfer methods boto3 adds to the client (boto3/s3/inject.py), with their parameters. */
const s3Helpers: Record<string, string[]> = {
	upload_file: ['Filename', 'Bucket', 'Key', 'ExtraArgs', 'Callback', 'Config'],
	download_file: ['Bucket', 'Key', 'Filename', 'ExtraArgs', 'Callback', 'Config'],
	upload_fileobj: ['Fileobj', 'Bucket', 'Key', 'ExtraArgs', 'Callback', 'Config'],
	download_fileobj: ['Bucket', 'Key', 'Fileobj', 'ExtraArgs', 'Callback', 'Config'],
	copy: ['CopySource', 'Bucket', 'Key', 'ExtraArgs', 'Callback', 'SourceClient', 'Config'],
	generate_presigned_post: ['Bucket', 'Key', 'Fields', 'Conditions', 'ExpiresIn'],
};

/** Checks one call on a boto3 client: the operation exists, and its arguments fit the operation's input shape. */
export function checkClientCall(
	service: string,
	call: CallExpr & { func: { k: 'attr' } },
	place: Place,
	literalOf: LiteralOf,
): Finding[] {
	const method = call.func.attr;
	const line = place.offset + call.line - 1;
	const finding = (at: number, message: string, expected: string): Finding => ({
		file: place.file,
		line: at,
		rule: 'boto3',
		message,
		expected,
	});
	const model = serviceModel(service);
	if (!model) {
		return [
			finding(
				line,
				`boto3 client "${service}": the lab check has no model of this service`,
				`a service it knows (${Object.keys(servicePackages).join(', ')}), or add its @aws-sdk/client-… package to devDependencies and to servicePackages in src/lab-check/aws-models.ts`,
			),
		];
	}
	const label = `${service}.${method}`;
	if (clientHelpers.has(method)) {
		if (method === 'get_paginator' || method === 'can_paginate') {
			const name = call.args[0];
			if (name?.k === 'str' && !model.operations.has(name.v)) {
				return [
					finding(
						line,
						`${label}("${name.v}"): the ${service} client has no operation "${name.v}"`,
						oneOf(name.v, [...model.operations.keys()]),
					),
				];
			}
		}
		if (method === 'get_waiter') {
			const name = call.args[0];
			if (name?.k === 'str' && !model.waiters.has(name.v)) {
				return [
					finding(
						line,
						`${label}("${name.v}"): the ${service} client has no waiter "${name.v}"`,
						model.waiters.size > 0 ? oneOf(name.v, [...model.waiters].sort()) : 'no waiters: this service has none',
					),
				];
			}
		}
		return [];
	}
	if (service === 's3' && method in s3Helpers) {
		const params = s3Helpers[method] ?? [];
		return call.kwargs
			.filter((kwarg) => kwarg.name !== null && !params.includes(kwarg.name))
			.map((kwarg) =>
				finding(
					place.offset + kwarg.line - 1,
					`${label}() has no parameter "${kwarg.name ?? ''}"`,
					oneOf(kwarg.name ?? '', params),
				),
			);
	}
	const operation = model.operations.get(method);
	if (!operation) {
		return [
			finding(
				line,
				`${label}(): the ${service} client has no operation "${method}" (${model.package} ${model.version})`,
				oneOf(method, [...model.operations.keys()].sort()),
			),
		];
	}
	const findings: Finding[] = [];
	if (call.args.length > 0) {
		findings.push(
			finding(
				line,
				`${label}() is given positional arguments`,
				'keyword arguments only: boto3 operations take no positional arguments',
			),
		);
	}
	const input = operation.input;
	if (input.t !== 'struct') return findings;
	const spread = call.kwargs.some((kwarg) => kwarg.name === null);
	for (const kwarg of call.kwargs) {
		if (kwarg.name === null) continue;
		const member = input.members.get(kwarg.name);
		if (!member) {
			findings.push(
				finding(
					place.offset + kwarg.line - 1,
					`${label}() has no parameter "${kwarg.name}" in ${operation.name}`,
					oneOf(kwarg.name, [...input.members.keys()]),
				),
			);
			continue;
		}
		findings.push(...checkValue(kwarg.value, member(), `${operation.name}.${kwarg.name}`, place, literalOf, false));
	}
	if (!spread) {
		const given = new Set(call.kwargs.map((kwarg) => kwarg.name));
		const missing = [...input.required].filter((name) => !given.has(name));
		if (missing.length > 0) {
			findings.push(
				finding(
					line,
					`${label}() misses the required parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${operation.name}`,
					`${[...input.required].join(', ')} (required by ${operation.name})`,
				),
			);
		}
	}
	return findings;
}

/** A literal argument against its shape, all the way down: unknown keys, and required keys a literal dict lacks. */
function checkValue(
	value: Expr,
	shape: Shape,
	path: string,
	place: Place,
	literalOf: LiteralOf,
	throughVariable: boolean,
): Finding[] {
	if (value.k === 'name') {
		// `variant = {...}` then `ProductionVariants=[variant]`: its keys are checked; whether it lacks a required
		// one is not (it may be completed before the call).
		const literal = literalOf(value);
		return literal ? checkValue(literal, shape, path, place, literalOf, true) : [];
	}
	if (value.k === 'ifexp') {
		return [
			...checkValue(value.body, shape, path, place, literalOf, throughVariable),
			...checkValue(value.orelse, shape, path, place, literalOf, throughVariable),
		];
	}
	const findings: Finding[] = [];
	const at = (line: number | undefined): number => place.offset + (line ?? 1) - 1;
	if ((shape.t === 'struct' || shape.t === 'union') && value.k === 'dict') {
		const spread = value.items.some((item) => item.key === null);
		const keys = new Set<string>();
		for (const item of value.items) {
			if (item.key?.k !== 'str') continue;
			keys.add(item.key.v);
			const member = shape.members.get(item.key.v);
			if (!member) {
				findings.push({
					file: place.file,
					line: at(item.line),
					rule: 'boto3',
					message: `${path} has no key "${item.key.v}" (${shape.name})`,
					expected: oneOf(item.key.v, [...shape.members.keys()]),
				});
				continue;
			}
			findings.push(...checkValue(item.value, member(), `${path}.${item.key.v}`, place, literalOf, throughVariable));
		}
		if (shape.t === 'struct' && !spread && !throughVariable && value.items.every((item) => item.key?.k === 'str')) {
			const missing = [...shape.required].filter((name) => !keys.has(name));
			if (missing.length > 0) {
				findings.push({
					file: place.file,
					line: at(value.line),
					rule: 'boto3',
					message: `${path} misses the required key${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${shape.name})`,
					expected: `${[...shape.required].join(', ')} (required in ${shape.name})`,
				});
			}
		}
		return findings;
	}
	if (shape.t === 'list') {
		if (value.k === 'list') {
			value.items.forEach((item, index) => {
				if (item.k !== 'starred') {
					findings.push(...checkValue(item, shape.member(), `${path}[${index}]`, place, literalOf, throughVariable));
				}
			});
		} else if (value.k === 'comp') {
			findings.push(...checkValue(value.elt, shape.member(), `${path}[]`, place, literalOf, throughVariable));
		}
		return findings;
	}
	if (shape.t === 'map' && value.k === 'dict') {
		for (const item of value.items) {
			if (item.key === null) continue;
			const key = item.key.k === 'str' ? item.key.v : '…';
			findings.push(...checkValue(item.value, shape.value(), `${path}.${key}`, place, literalOf, throughVariable));
		}
	}
	return findings;
}
