import type { CallExpr } from './facts.ts';
import { oneOf, type Finding } from './findings.ts';
import type { Place } from './boto3-check.ts';
import {
	sdkClass,
	sdkFunction,
	sdkModuleExists,
	sdkModuleName,
	sdkModuleNames,
	sdkModuleOpen,
	sdkVersion,
	type Signature,
} from './sdk-table.ts';

const isSdkModule = (module: string): boolean => module === 'sagemaker' || module.startsWith('sagemaker.');

/** Private names (`_AnalysisConfigGenerator`) are not in the table: the check cannot judge them, so it does not. */
const isPrivate = (name: string): boolean => name.startsWith('_') && !name.startsWith('__');

function finding(place: Place, line: number, message: string, expected: string): Finding {
	return { file: place.file, line: place.offset + line - 1, rule: 'sdk', message, expected };
}

/** `import sagemaker.x` and `from sagemaker.x import Y`: the module exists, and offers Y. */
export function checkSdkImport(module: string, name: string | null, line: number, place: Place): Finding[] {
	if (!isSdkModule(module)) return [];
	const version = `sagemaker ${sdkVersion()}`;
	if (!sdkModuleExists(module)) {
		const parent = module.slice(0, module.lastIndexOf('.'));
		const last = module.slice(module.lastIndexOf('.') + 1);
		return [
			finding(
				place,
				line,
				`module ${module} does not exist in ${version}`,
				sdkModuleExists(parent)
					? `a module of ${parent}: ${oneOf(last, sdkModuleNames(parent))}`
					: 'an existing module',
			),
		];
	}
	if (name === null || name === '*' || isPrivate(name) || sdkModuleOpen(module)) return [];
	if (sdkModuleName(module, name)) return [];
	return [
		finding(
			place,
			line,
			`${module} has no "${name}" in ${version}`,
			`a name ${module} offers: ${oneOf(name, sdkModuleNames(module))}`,
		),
	];
}

/** `module.name` used anywhere: the SDK module offers it. */
export function checkSdkModuleAttribute(module: string, attr: string, line: number, place: Place): Finding[] {
	if (!isSdkModule(module) || isPrivate(attr) || !sdkModuleExists(module) || sdkModuleOpen(module)) return [];
	if (sdkModuleName(module, attr)) return [];
	return [
		finding(
			place,
			line,
			`${module}.${attr} does not exist in sagemaker ${sdkVersion()}`,
			module === 'sagemaker'
				? `a package of the namespace (${sdkModuleNames('sagemaker').join(', ')}); v3 has no sagemaker.${attr}${attr === '__version__' ? ': use importlib.metadata.version("sagemaker")' : ''}`
				: `a name ${module} offers: ${oneOf(attr, sdkModuleNames(module))}`,
		),
	];
}

const shortName = (qualified: string): string => qualified.slice(qualified.lastIndexOf('.') + 1);

/** `Class(...)`: its constructor takes these keyword arguments. */
export function checkSdkConstructor(name: string, call: CallExpr, place: Place): Finding[] {
	const info = sdkClass(name);
	if (!info || info.open || !info.init) return [];
	return checkArguments(`${shortName(name)}()`, info.init, call, place, false);
}

/** `function(...)` of an SDK module. */
export function checkSdkFunction(name: string, call: CallExpr, place: Place): Finding[] {
	const signature = sdkFunction(name);
	return signature ? checkArguments(`${name}()`, signature, call, place, false) : [];
}

/** `instance.method(...)` or `Class.method(...)`, for a class the check inferred from a simple assignment. */
export function checkSdkMethod(
	className: string,
	method: string,
	call: CallExpr,
	place: Place,
	onClass: boolean,
): Finding[] {
	const info = sdkClass(className);
	if (!info || info.open) return [];
	const member = info.members[method];
	const label = `${shortName(className)}.${method}`;
	if (member === undefined) {
		const methods = Object.entries(info.members)
			.filter(([key, value]) => !key.startsWith('_') && value !== 'attr')
			.map(([key]) => key);
		return [
			finding(
				place,
				call.line,
				`${label}(): ${shortName(className)} (${className}) has no method "${method}" in sagemaker ${sdkVersion()}`,
				oneOf(method, methods),
			),
		];
	}
	if (member === 'attr') return [];
	// An instance method called on the class takes the instance as its first argument.
	return checkArguments(`${label}()`, member, call, place, onClass && member.kind === 'method');
}

/** An attribute read on an instance of an SDK class: it has it (fields, properties, methods, attributes). */
export function checkSdkInstanceAttribute(className: string, attr: string, line: number, place: Place): Finding[] {
	const info = sdkClass(className);
	if (!info || info.open || isPrivate(attr) || attr in info.members) return [];
	return [
		finding(
			place,
			line,
			`${shortName(className)} (${className}) has no attribute "${attr}" in sagemaker ${sdkVersion()}`,
			oneOf(
				attr,
				Object.keys(info.members).filter((key) => !key.startsWith('_')),
			),
		),
	];
}

function checkArguments(
	label: string,
	signature: Signature,
	call: CallExpr,
	place: Place,
	selfFirst: boolean,
): Finding[] {
	const findings: Finding[] = [];
	const keywords = [...signature.params.filter((name) => !signature.posonly.includes(name)), ...signature.kwonly];
	const positional = selfFirst ? signature.params.length + 1 : signature.params.length;
	const starred = call.args.some((arg) => arg.k === 'starred');
	if (!signature.varargs && !starred && call.args.length > positional) {
		findings.push(
			finding(
				place,
				call.line,
				`${label} is given ${call.args.length} positional arguments`,
				`at most ${positional}${signature.kwonly.length > 0 ? `; ${signature.kwonly.slice(0, 8).join(', ')}${signature.kwonly.length > 8 ? ', …' : ''} by keyword` : ''}`,
			),
		);
	}
	if (!signature.varkw) {
		for (const kwarg of call.kwargs) {
			if (kwarg.name === null || keywords.includes(kwarg.name)) continue;
			findings.push(
				finding(
					place,
					kwarg.line,
					`${label} has no keyword argument "${kwarg.name}" in sagemaker ${sdkVersion()}`,
					keywords.length > 0 ? oneOf(kwarg.name, keywords) : 'no keyword arguments',
				),
			);
		}
	}
	const spread = starred || call.kwargs.some((kwarg) => kwarg.name === null);
	if (!spread) {
		const byPosition = new Set(signature.params.slice(0, Math.max(0, call.args.length - (selfFirst ? 1 : 0))));
		const byName = new Set(call.kwargs.map((kwarg) => kwarg.name));
		const missing = signature.required.filter((name) => !byPosition.has(name) && !byName.has(name));
		if (missing.length > 0) {
			findings.push(
				finding(
					place,
					call.line,
					`${label} misses the required argument${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
					signature.required.join(', '),
				),
			);
		}
	}
	return findings;
}
