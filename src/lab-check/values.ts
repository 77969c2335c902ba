import type { BoundValue, CallExpr, Expr } from './facts.ts';
import { sdkClass, sdkFunction, sdkModuleName } from './sdk-table.ts';

/** What the check knows an expression evaluates to. Anything it cannot infer is `unknown`: never guessed. */
export type Value =
	| { t: 'module'; module: string }
	| { t: 'boto3-client-factory' }
	| { t: 'boto3-session-class' }
	| { t: 'boto3-session' }
	| { t: 'client'; service: string }
	| { t: 'paginator'; service: string; operation: string }
	| { t: 'sdk-class'; name: string }
	| { t: 'sdk-instance'; name: string }
	| { t: 'sdk-function'; name: string }
	| { t: 'unknown' };

const unknown: Value = { t: 'unknown' };

/** The attributes of an SDK `Session` that are boto3 clients (sagemaker-core's session_helper.Session). */
const sessionClients: Record<string, string> = {
	sagemaker_client: 'sagemaker',
	sagemaker_runtime_client: 'sagemaker-runtime',
	sagemaker_featurestore_runtime_client: 'sagemaker-featurestore-runtime',
	sagemaker_metrics_client: 'sagemaker-metrics',
	s3_client: 's3',
};

/** The names bound so far in one program, by scope: 0 is the module, others are function bodies. */
export class Bindings {
	private readonly scopes = new Map<number, Map<string, BoundValue>>();
	private overlay: Map<string, BoundValue> | undefined;

	bind(scope: number, name: string, value: BoundValue): void {
		if (this.overlay) {
			this.overlay.set(name, value);
			return;
		}
		let names = this.scopes.get(scope);
		if (!names) this.scopes.set(scope, (names = new Map<string, BoundValue>()));
		names.set(name, value);
	}

	lookup(scope: number, name: string): BoundValue | undefined {
		return this.overlay?.get(name) ?? this.scopes.get(scope)?.get(name) ?? this.scopes.get(0)?.get(name);
	}

	/** A fragment sees what the page bound before it and binds nothing for the blocks after it. */
	startFragment(): void {
		this.overlay = new Map();
	}

	endFragment(): void {
		this.overlay = undefined;
	}
}

/** Evaluates expressions against the bindings, as far as simple assignments allow. */
export class Evaluator {
	private readonly bindings: Bindings;

	constructor(bindings: Bindings) {
		this.bindings = bindings;
	}

	/** The bound value of a name, followed through plain `x = y` assignments. */
	bound(scope: number, name: string): BoundValue | undefined {
		return this.bindings.lookup(scope, name);
	}

	value(expr: Expr | BoundValue, scope: number, depth = 0): Value {
		if (depth > 20) return unknown;
		switch (expr.k) {
			case 'module':
				return moduleValue(expr.module);
			case 'from':
				return fromValue(expr.module, expr.name);
			case 'name': {
				const bound = this.bound(scope, expr.id);
				return bound ? this.value(bound, scope, depth + 1) : unknown;
			}
			case 'attr':
				return attribute(this.value(expr.value, scope, depth + 1), expr.attr);
			case 'call':
				return this.callResult(expr, scope, depth);
			default:
				return unknown;
		}
	}

	private callResult(call: CallExpr, scope: number, depth: number): Value {
		const callee = this.value(call.func, scope, depth + 1);
		switch (callee.t) {
			case 'boto3-client-factory': {
				const first = call.args[0] ?? call.kwargs.find((kwarg) => kwarg.name === 'service_name')?.value;
				return first?.k === 'str' ? { t: 'client', service: first.v } : unknown;
			}
			case 'boto3-session-class':
				return { t: 'boto3-session' };
			case 'sdk-class':
				return { t: 'sdk-instance', name: callee.name };
			case 'sdk-function': {
				const returns = sdkFunction(callee.name)?.returns;
				return returns ? { t: 'sdk-instance', name: returns } : unknown;
			}
			default:
				break;
		}
		// A method's result: `client.get_paginator("op")`, an SDK method with a single-class return type.
		if (call.func.k !== 'attr') return unknown;
		const receiver = this.value(call.func.value, scope, depth + 1);
		const method = call.func.attr;
		if (receiver.t === 'client' && method === 'get_paginator') {
			const first = call.args[0];
			return first?.k === 'str' ? { t: 'paginator', service: receiver.service, operation: first.v } : unknown;
		}
		if (receiver.t === 'sdk-instance' || receiver.t === 'sdk-class') {
			const member = sdkClass(receiver.name)?.members[method];
			if (typeof member === 'object' && member.returns) {
				// An inherited `get` annotated with its own class returns `cls(...)`: the subclass it is called on.
				const own = isAncestor(member.returns, receiver.name) ? receiver.name : member.returns;
				return { t: 'sdk-instance', name: own };
			}
		}
		return unknown;
	}
}

/** Is `ancestor` one of the SDK bases of `name` (or `name` itself)? */
function isAncestor(ancestor: string, name: string, depth = 0): boolean {
	if (ancestor === name) return true;
	if (depth > 20) return false;
	return (sdkClass(name)?.bases ?? []).some((base) => isAncestor(ancestor, base, depth + 1));
}

function moduleValue(module: string): Value {
	return { t: 'module', module };
}

/** `from module import name`. */
export function fromValue(module: string, name: string): Value {
	return attribute(moduleValue(module), name);
}

/** `value.attr`, as far as the check can tell what it is. */
export function attribute(value: Value, attr: string): Value {
	switch (value.t) {
		case 'module': {
			if (value.module === 'boto3') {
				if (attr === 'client') return { t: 'boto3-client-factory' };
				if (attr === 'Session') return { t: 'boto3-session-class' };
				if (attr === 'session') return moduleValue('boto3.session');
				return unknown;
			}
			if (value.module === 'boto3.session' && attr === 'Session') return { t: 'boto3-session-class' };
			if (value.module === 'sagemaker' || value.module.startsWith('sagemaker.')) {
				const target = sdkModuleName(value.module, attr);
				if (!target) return unknown;
				const [kind, qualified] = target;
				if (kind === 'class') return { t: 'sdk-class', name: qualified };
				if (kind === 'function') return { t: 'sdk-function', name: qualified };
				if (kind === 'module') return moduleValue(qualified);
			}
			return unknown;
		}
		case 'boto3-session':
			return attr === 'client' ? { t: 'boto3-client-factory' } : unknown;
		case 'sdk-instance': {
			if (value.name.endsWith('session_helper.Session')) {
				const service = sessionClients[attr];
				if (service) return { t: 'client', service };
				if (attr === 'boto_session') return { t: 'boto3-session' };
			}
			return unknown;
		}
		default:
			return unknown;
	}
}
