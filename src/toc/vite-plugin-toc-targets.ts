import { fileURLToPath } from 'node:url';
import type { CallExpression, Node, TemplateLiteral } from 'estree';
import { walk } from 'estree-walker';
import { parseSync, type Plugin } from 'vite';

/** Starlight's table of contents script, which both the sidebar and the mobile table of contents import. */
export const starlightTocModule =
	/\/@astrojs\/starlight\/dist\/components-internals\/TableOfContents\/starlight-toc\.js$/;

/** The selectors Starlight's script hands `document.querySelectorAll`, `${}` standing for the heading selector. */
export const starlightTocSelectors = [
	'main :where(${})',
	'main :where(${}, .sl-heading-wrapper) ~ *:not(:has(${}))',
	'main .sl-markdown-content > *:not(:has(${}))',
	'main > *:not(:has(${}))',
];

const targetsModule = fileURLToPath(new URL('./targets.ts', import.meta.url));

/**
 * Swaps the one slow call in Starlight's table of contents script, `document.querySelectorAll([...].join())`,
 * for `tocTargets(this.tocHeadingSelector)`, which finds the same elements without `:has()` (see `targets.ts`).
 * Everything else in Starlight's script stays Starlight's. If a Starlight upgrade changes that call, the build
 * stops and says so, rather than quietly shipping the slow version or a mismatched one; if it moves the file,
 * tests/e2e/toc.spec.ts fails on the shipped script.
 */
export function vitePluginTocTargets(): Plugin {
	return {
		name: 'course-toc-targets',
		transform(code, id) {
			if (!starlightTocModule.test(id.split('?')[0] ?? id)) return undefined;
			const patched = replaceTocQuery(code);
			if (typeof patched !== 'string') this.error(`${id}: ${patched.problem}`);
			return { code: patched, map: null };
		},
	};
}

/** Starlight's script with its table of contents query replaced, or why it could not be. */
export function replaceTocQuery(code: string): string | { problem: string } {
	const calls: CallExpression[] = [];
	const { program, errors } = parseSync('starlight-toc.js', code);
	if (errors.length > 0) return { problem: `could not parse it: ${errors.map((error) => error.message).join('; ')}` };
	walk(program as unknown as Node, {
		enter(node) {
			if (node.type === 'CallExpression' && isQuerySelectorAll(node)) calls.push(node);
		},
	});
	const matching = calls.filter((call) => selectorsOf(call)?.join('\n') === starlightTocSelectors.join('\n'));
	const call = matching[0];
	if (matching.length !== 1 || !call) {
		return {
			problem:
				`expected one document.querySelectorAll([...].join()) with Starlight's table of contents selectors, ` +
				`found ${matching.length}. Starlight has changed how its table of contents finds what to watch: compare ` +
				`its starlight-toc script with src/toc/targets.ts, update both starlightTocSelectors and tocTargets to ` +
				`match, or remove vitePluginTocTargets if Starlight no longer needs it.`,
		};
	}
	const [start, end] = range(call);
	if (!code.slice(start, end).startsWith('document.querySelectorAll(')) {
		return { problem: 'the parser gave source offsets that do not point at the call; nothing was replaced.' };
	}
	return (
		`import { tocTargets as __courseTocTargets } from ${JSON.stringify(targetsModule)};\n` +
		code.slice(0, start) +
		'__courseTocTargets(this.tocHeadingSelector)' +
		code.slice(end)
	);
}

function isQuerySelectorAll(call: CallExpression): boolean {
	const { callee } = call;
	return (
		callee.type === 'MemberExpression' &&
		callee.object.type === 'Identifier' &&
		callee.object.name === 'document' &&
		callee.property.type === 'Identifier' &&
		callee.property.name === 'querySelectorAll'
	);
}

/**
 * The selectors of `document.querySelectorAll([`…`, …].join())`, each template written with `${}` for its
 * interpolations, provided every interpolation is `this.tocHeadingSelector`; otherwise undefined.
 */
function selectorsOf(call: CallExpression): string[] | undefined {
	const [argument] = call.arguments;
	if (argument?.type !== 'CallExpression' || argument.arguments.length !== 0) return undefined;
	const { callee } = argument;
	if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'join') {
		return undefined;
	}
	if (callee.object.type !== 'ArrayExpression') return undefined;
	const templates = callee.object.elements.filter(
		(element): element is TemplateLiteral => element?.type === 'TemplateLiteral',
	);
	if (templates.length !== callee.object.elements.length) return undefined;
	const isHeadingSelector = (node: Node): boolean =>
		node.type === 'MemberExpression' &&
		node.object.type === 'ThisExpression' &&
		node.property.type === 'Identifier' &&
		node.property.name === 'tocHeadingSelector';
	if (!templates.every((template) => template.expressions.every(isHeadingSelector))) return undefined;
	return templates.map((template) => template.quasis.map((quasi) => quasi.value.cooked).join('${}'));
}

/** Source offsets of a node; Vite's parser (Oxc, through Rolldown) gives every node `start` and `end`. */
function range(node: Node): [number, number] {
	const { start, end } = node as Node & { start?: number; end?: number };
	if (start === undefined || end === undefined) throw new Error('The parser gave no source offsets.');
	return [start, end];
}
