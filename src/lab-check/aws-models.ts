import { createRequire } from 'node:module';
import { xformName } from './xform-name.ts';

/**
 * The AWS service models, read from the AWS SDK for JavaScript v3 clients (devDependencies, pinned by
 * package-lock.json). Each client ships its Smithy model as static schemas (`dist-cjs/index.js` exports them as
 * `<Name>$`): an operation is `[9, namespace, name, traits, () => input, () => output]`, a structure
 * `[3, namespace, name, traits, memberNames, memberSchemas, requiredCount]` with its required members first, a
 * list `[1, …, member]`, a map `[2, …, key, value]`, a union `[4, …, memberNames, memberSchemas]`; a number is a
 * simple type, with bit 64 for a list of it and bit 128 for a map of it.
 */

/** boto3's service name (`boto3.client("logs")`) to the JavaScript client package that models it. */
export const servicePackages: Record<string, string> = {
	sagemaker: '@aws-sdk/client-sagemaker',
	'sagemaker-runtime': '@aws-sdk/client-sagemaker-runtime',
	'sagemaker-featurestore-runtime': '@aws-sdk/client-sagemaker-featurestore-runtime',
	s3: '@aws-sdk/client-s3',
	cloudwatch: '@aws-sdk/client-cloudwatch',
	logs: '@aws-sdk/client-cloudwatch-logs',
	sns: '@aws-sdk/client-sns',
	'application-autoscaling': '@aws-sdk/client-application-auto-scaling',
	iam: '@aws-sdk/client-iam',
	sts: '@aws-sdk/client-sts',
	'service-quotas': '@aws-sdk/client-service-quotas',
	codebuild: '@aws-sdk/client-codebuild',
	codepipeline: '@aws-sdk/client-codepipeline',
	budgets: '@aws-sdk/client-budgets',
	ce: '@aws-sdk/client-cost-explorer',
	cloudtrail: '@aws-sdk/client-cloudtrail',
	organizations: '@aws-sdk/client-organizations',
	resourcegroupstaggingapi: '@aws-sdk/client-resource-groups-tagging-api',
};

export type Shape =
	| { t: 'struct'; name: string; members: Map<string, () => Shape>; required: Set<string> }
	| { t: 'union'; name: string; members: Map<string, () => Shape> }
	| { t: 'list'; member: () => Shape }
	| { t: 'map'; value: () => Shape }
	| { t: 'scalar' };

export interface Operation {
	/** The model's name, `CreateEndpoint`. */
	name: string;
	input: Shape;
}

export interface ServiceModel {
	service: string;
	package: string;
	version: string;
	/** By boto3 name, `create_endpoint`. */
	operations: Map<string, Operation>;
	/** boto3 waiter names (`endpoint_in_service`), from the client's `waitUntil…` functions. */
	waiters: Set<string>;
}

const require = createRequire(import.meta.url);
const models = new Map<string, ServiceModel | undefined>();

/** The model of a boto3 service, or undefined when the project has no client package for it. */
export function serviceModel(service: string): ServiceModel | undefined {
	if (models.has(service)) return models.get(service);
	const pkg = servicePackages[service];
	const model = pkg ? loadModel(service, pkg) : undefined;
	models.set(service, model);
	return model;
}

function loadModel(service: string, pkg: string): ServiceModel {
	const exports = require(pkg) as Record<string, unknown>;
	const { version } = require(`${pkg}/package.json`) as { version: string };
	const operations = new Map<string, Operation>();
	const waiters = new Set<string>();
	for (const [key, value] of Object.entries(exports)) {
		if (key.startsWith('waitUntil')) waiters.add(xformName(key.slice('waitUntil'.length)));
		if (!key.endsWith('$') || !Array.isArray(value) || value[0] !== 9) continue;
		const name = String(value[2]);
		const input = value[4] as () => unknown;
		operations.set(xformName(name), { name, input: decode(input) });
	}
	return { service, package: pkg, version, operations, waiters };
}

const decoded = new WeakMap<object, Shape>();
const scalar: Shape = { t: 'scalar' };

/** A schema of the client's static schema format as a Shape (members decoded lazily: models are cyclic). */
function decode(schema: unknown): Shape {
	if (typeof schema === 'function') return decode((schema as () => unknown)());
	if (typeof schema === 'number') {
		if (schema & 64) return { t: 'list', member: () => scalar };
		if (schema & 128) return { t: 'map', value: () => scalar };
		return scalar;
	}
	if (!Array.isArray(schema)) return scalar;
	const cached = decoded.get(schema);
	if (cached) return cached;
	const kind = schema[0] as number;
	let shape: Shape;
	switch (kind) {
		case 0:
			shape = decode(schema[4]);
			break;
		case 1:
			shape = { t: 'list', member: lazy(schema[4]) };
			break;
		case 2:
			shape = { t: 'map', value: lazy(schema[5]) };
			break;
		case 3:
		case 4: {
			const names = (Array.isArray(schema[4]) ? schema[4] : []) as string[];
			const schemas = (Array.isArray(schema[5]) ? schema[5] : []) as unknown[];
			const members = new Map<string, () => Shape>();
			const required = new Set<string>();
			const requiredCount = typeof schema[6] === 'number' ? schema[6] : 0;
			names.forEach((member, index) => {
				const entry = schemas[index];
				// A member with traits is `[schema, traits]`; traits are an object or a bit field (4: idempotencyToken).
				const withTraits = Array.isArray(entry) && entry.length === 2;
				const traits: unknown = withTraits ? entry[1] : 0;
				const token =
					typeof traits === 'number'
						? (traits & 4) !== 0
						: typeof traits === 'object' && traits !== null && 'idempotencyToken' in traits;
				members.set(member, lazy(withTraits ? entry[0] : entry));
				// botocore fills an idempotency token itself, so a call may leave it out.
				if (kind === 3 && index < requiredCount && !token) required.add(member);
			});
			shape =
				kind === 3
					? { t: 'struct', name: String(schema[2]), members, required }
					: { t: 'union', name: String(schema[2]), members };
			break;
		}
		default:
			shape = scalar;
	}
	decoded.set(schema, shape);
	return shape;
}

function lazy(schema: unknown): () => Shape {
	let shape: Shape | undefined;
	return () => (shape ??= decode(schema));
}
