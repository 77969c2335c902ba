import { readFileSync } from 'node:fs';

/** A function's or method's parameters, as scripts/sdk-signatures.py reads them from the SDK's source. */
export interface Signature {
	params: string[];
	kwonly: string[];
	posonly: string[];
	required: string[];
	varargs: boolean;
	varkw: boolean;
	kind?: 'method' | 'class' | 'static';
	/** The SDK class it returns, when its return annotation names exactly one. */
	returns?: string;
}

export interface SdkClass {
	bases: string[];
	/** Derives from a class outside the SDK or answers any attribute (`__getattr__`): members unknown. */
	open: boolean;
	init: Signature | null;
	/** Methods (with signatures) and attributes, properties and fields (`"attr"`), inherited ones included. */
	members: Record<string, Signature | 'attr'>;
}

interface SdkTable {
	versions: Record<string, string>;
	modules: Record<string, { names: Record<string, string>; open?: boolean }>;
	classes: Record<string, SdkClass>;
	functions: Record<string, Signature>;
}

let table: SdkTable | undefined;

/** The signature table of the pinned SDK (src/lab-check/sdk-signatures.json, made by scripts/sdk-signatures.py). */
export function sdkTable(): SdkTable {
	table ??= JSON.parse(readFileSync(new URL('./sdk-signatures.json', import.meta.url), 'utf8')) as SdkTable;
	return table;
}

export function sdkVersion(): string {
	return sdkTable().versions['sagemaker'] ?? 'unknown';
}

/** Whether a module exists in the SDK (`sagemaker` itself is a namespace of its packages). */
export function sdkModuleExists(module: string): boolean {
	return module === 'sagemaker' || module in sdkTable().modules;
}

/** Whether the check can list a module's names (a dynamic `__getattr__` makes it unknowable). */
export function sdkModuleOpen(module: string): boolean {
	return sdkTable().modules[module]?.open === true;
}

/** What `module.name` is: a class, function or module with its qualified name, or a plain value. */
export function sdkModuleName(module: string, name: string): [kind: string, qualified: string] | undefined {
	const modules = sdkTable().modules;
	if (`${module}.${name}` in modules) return ['module', `${module}.${name}`];
	const entry = modules[module]?.names[name];
	if (entry === undefined) return undefined;
	const [kind = 'value', qualified = ''] = entry.split(/:(.*)/s);
	return [kind, qualified];
}

/** The names a module offers, for "did you mean" hints. */
export function sdkModuleNames(module: string): string[] {
	const modules = sdkTable().modules;
	const submodules = Object.keys(modules)
		.filter((name) => name.startsWith(`${module}.`) && !name.slice(module.length + 1).includes('.'))
		.map((name) => name.slice(module.length + 1));
	const names = Object.entries(modules[module]?.names ?? {})
		.filter(([, kind]) => kind !== 'external')
		.map(([name]) => name);
	return [...new Set([...names, ...submodules])].sort();
}

export function sdkClass(name: string): SdkClass | undefined {
	return sdkTable().classes[name];
}

export function sdkFunction(name: string): Signature | undefined {
	return sdkTable().functions[name];
}
