import { readCodeBlocks, type CodeBlock } from './blocks.ts';
import { checkClientCall, type Place } from './boto3-check.ts';
import { checkDataBlock, checkShell } from './data-checks.ts';
import type { AnalyzerRequest, AnalyzerResponse, BoundValue, CallExpr, Event, Expr } from './facts.ts';
import { sortFindings, type Finding } from './findings.ts';
import { checkPrefixOnClient, checkPrefixOnSdk, type PrefixContext } from './prefix-check.ts';
import { runAnalyzer } from './python.ts';
import {
	checkSdkConstructor,
	checkSdkFunction,
	checkSdkImport,
	checkSdkInstanceAttribute,
	checkSdkMethod,
	checkSdkModuleAttribute,
} from './sdk-check.ts';
import { Bindings, Evaluator, type Value } from './values.ts';

/** The fence languages read as Python. */
export const pythonLanguages = new Set(['python', 'py', 'python3', 'ipython', 'py3']);

/** The fence meta marker of a snippet that is deliberately not runnable on its own: `check=fragment`. */
export const fragmentMarker = 'fragment';
const knownMarkers = new Set([fragmentMarker]);

/** A run of Python blocks that execute as one program: a page's notebook cells, or one file shown on a page. */
interface Program {
	blocks: CodeBlock[];
}

/** Checks every code block of the course; the findings are empty when the labs are right. */
export function checkLabs(docsDir: string, root: string): Finding[] {
	return checkBlocks(readCodeBlocks(docsDir, root));
}

export function checkBlocks(blocks: CodeBlock[]): Finding[] {
	const findings: Finding[] = [];
	for (const block of blocks) {
		findings.push(...checkDataBlock(block));
		const marker = block.options['check'];
		if (marker !== undefined && !knownMarkers.has(marker)) {
			findings.push({
				file: block.file,
				line: block.line - 1,
				rule: 'marker',
				message: `unknown lab-check marker "check=${marker}" in the fence`,
				expected: `check=${fragmentMarker} (a snippet that is deliberately not runnable on its own)`,
			});
		}
	}
	const programs = pythonPrograms(blocks);
	const request: AnalyzerRequest = {
		programs: programs.map((program) => ({
			blocks: program.blocks.map((block) => ({
				code: block.code,
				instructor: block.instructor,
				fragment: block.options['check'] === fragmentMarker,
			})),
		})),
	};
	if (programs.length === 0) return sortFindings(findings);
	const response = runAnalyzer(request);
	programs.forEach((program, index) => {
		findings.push(...checkProgram(program, response.programs[index] ?? []));
	});
	return sortFindings(findings);
}

/** Each page's Python blocks form one program, except a block titled as a file (`title="pipeline/train.py"`). */
function pythonPrograms(blocks: CodeBlock[]): Program[] {
	const programs = new Map<string, Program>();
	for (const block of blocks) {
		if (!pythonLanguages.has(block.lang)) continue;
		const title = block.options['title'];
		const key = title && /\.py$/.test(title) ? `${block.file}\u0000${title}` : block.file;
		const program = programs.get(key) ?? { blocks: [] };
		program.blocks.push(block);
		programs.set(key, program);
	}
	return [...programs.values()];
}

function checkProgram(program: Program, analyses: AnalyzerResponse['programs'][number]): Finding[] {
	const findings: Finding[] = [];
	const bindings = new Bindings();
	const evaluator = new Evaluator(bindings);
	program.blocks.forEach((block, index) => {
		const analysis = analyses[index];
		if (!analysis) return;
		const place: Place = { file: block.file, offset: block.line };
		if (analysis.cellMagic) {
			const { magic } = analysis.cellMagic;
			if (magic === 'bash' || magic === 'sh') {
				findings.push(...checkShell(block, block.code.split('\n').slice(1).join('\n'), block.line + 1));
			}
			return;
		}
		if (analysis.syntaxError) {
			const { line, message } = analysis.syntaxError;
			findings.push({
				file: block.file,
				line: block.line + line - 1,
				rule: 'python-syntax',
				message: `Python does not compile: ${message}`,
				expected: 'code that compiles for Python 3.11 (Jupyter `!command` and `%magic` lines are allowed)',
			});
			return;
		}
		for (const missing of analysis.missing) {
			findings.push({
				file: block.file,
				line: block.line + missing.line - 1,
				rule: 'undefined-name',
				message: `"${missing.name}" is used but no earlier block of this ${block.instructor ? 'page (instructor edition)' : 'page'} defines it`,
				expected: `a block above that defines ${missing.name}, or \`check=fragment\` in the fence meta for a snippet that is deliberately a fragment`,
			});
		}
		const fragment = block.options['check'] === fragmentMarker;
		if (fragment) bindings.startFragment();
		for (const event of analysis.events) {
			const found = checkEvent(event, bindings, evaluator, place);
			// Instructor-only pages set up account-wide things (billing alarms, the cross-account sweep) that no
			// student runs: the student prefix does not apply to them.
			findings.push(...(block.instructorPage ? found.filter((finding) => finding.rule !== 'prefix') : found));
		}
		if (fragment) bindings.endFragment();
	});
	return findings;
}

function checkEvent(event: Event, bindings: Bindings, evaluator: Evaluator, place: Place): Finding[] {
	switch (event.e) {
		case 'bind':
			bindings.bind(event.scope, event.name, event.value);
			return attributeFindings(event.value, event.scope, evaluator, place);
		case 'import':
			return checkSdkImport(event.module, event.name, event.line, place);
		case 'scope':
			return [];
		case 'call':
			return checkCall(event.call, event.scope, event.guards, bindings, evaluator, place);
	}
}

function checkCall(
	call: CallExpr,
	scope: number,
	guards: Expr[],
	bindings: Bindings,
	evaluator: Evaluator,
	place: Place,
): Finding[] {
	const findings: Finding[] = [];
	const value = (expr: Expr): Value => evaluator.value(expr, scope);
	const context: PrefixContext = {
		lookup: (name) => bindings.lookup(scope, name),
		guards,
		operationOf: (inner) => {
			if (inner.func.k !== 'attr') return undefined;
			const receiver = value(inner.func.value);
			if (receiver.t === 'client') return inner.func.attr;
			if (receiver.t === 'paginator' && inner.func.attr === 'paginate') return receiver.operation;
			return undefined;
		},
	};
	const literalOf = (expr: Expr): Expr | undefined => {
		if (expr.k !== 'name') return undefined;
		const bound: BoundValue | undefined = bindings.lookup(scope, expr.id);
		return bound && (bound.k === 'dict' || bound.k === 'list') ? bound : undefined;
	};
	for (const arg of [...call.args, ...call.kwargs.map((kwarg) => kwarg.value)]) {
		findings.push(...attributeFindings(arg, scope, evaluator, place));
	}
	if (call.func.k === 'attr') {
		const func = call.func;
		findings.push(...attributeFindings(func.value, scope, evaluator, place));
		const receiver = value(func.value);
		switch (receiver.t) {
			case 'client':
				findings.push(...checkClientCall(receiver.service, { ...call, func }, place, literalOf));
				findings.push(...checkPrefixOnClient(receiver.service, func.attr, call, context, place));
				break;
			case 'paginator':
				if (func.attr === 'paginate') {
					const kwargs = call.kwargs.filter((kwarg) => kwarg.name !== 'PaginationConfig');
					const asOperation = { ...call, kwargs, func: { ...func, attr: receiver.operation } };
					findings.push(...checkClientCall(receiver.service, asOperation, place, literalOf));
					findings.push(...checkPrefixOnClient(receiver.service, receiver.operation, asOperation, context, place));
				}
				break;
			case 'sdk-instance':
			case 'sdk-class':
				findings.push(...checkSdkMethod(receiver.name, func.attr, call, place, receiver.t === 'sdk-class'));
				findings.push(...checkPrefixOnSdk(receiver.name, func.attr, call, context, place));
				break;
			case 'module':
				findings.push(...checkSdkModuleAttribute(receiver.module, func.attr, call.line, place));
				findings.push(...checkCallee(value(func), call, context, place));
				break;
			default:
				break;
		}
	} else {
		findings.push(...checkCallee(value(call.func), call, context, place));
	}
	return findings;
}

function checkCallee(callee: Value, call: CallExpr, context: PrefixContext, place: Place): Finding[] {
	if (callee.t === 'sdk-class') {
		return [
			...checkSdkConstructor(callee.name, call, place),
			...checkPrefixOnSdk(callee.name, '__init__', call, context, place),
		];
	}
	if (callee.t === 'sdk-function') return checkSdkFunction(callee.name, call, place);
	return [];
}

/** Attribute reads on SDK modules and instances (`sagemaker.__version__`, `trainer.latest_job`) in an expression. */
function attributeFindings(expr: Expr | BoundValue, scope: number, evaluator: Evaluator, place: Place): Finding[] {
	const findings: Finding[] = [];
	const walk = (node: Expr | BoundValue): void => {
		switch (node.k) {
			case 'attr': {
				const base = evaluator.value(node.value, scope);
				if (base.t === 'module')
					findings.push(...checkSdkModuleAttribute(base.module, node.attr, node.line ?? 1, place));
				if (base.t === 'sdk-instance')
					findings.push(...checkSdkInstanceAttribute(base.name, node.attr, node.line ?? 1, place));
				walk(node.value);
				return;
			}
			case 'call':
				// Its own call event checks it.
				return;
			case 'subscript':
				walk(node.value);
				walk(node.index);
				return;
			case 'fstr':
				for (const part of node.parts) if ('e' in part) walk(part.e);
				return;
			case 'dict':
				for (const item of node.items) {
					if (item.key) walk(item.key);
					walk(item.value);
				}
				return;
			case 'list':
				node.items.forEach(walk);
				return;
			case 'binop':
				walk(node.left);
				walk(node.right);
				return;
			case 'starred':
			case 'not':
				walk(node.value);
				return;
			case 'ifexp':
				walk(node.body);
				walk(node.orelse);
				return;
			default:
				return;
		}
	};
	walk(expr);
	return findings;
}
