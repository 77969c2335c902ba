import { spawnSync } from 'node:child_process';
import { isMap, isScalar, parseAllDocuments, type YAMLMap } from 'yaml';
import type { CodeBlock } from './blocks.ts';
import type { Finding } from './findings.ts';

export const shellLanguages = new Set(['bash', 'sh', 'shell']);

/**
 * The buildspec format (CodeBuild User Guide, "Build specification reference for CodeBuild", buildspec
 * syntax): its top-level keys, phases and the keys of a phase.
 */
const buildspecKeys = ['version', 'run-as', 'env', 'proxy', 'batch', 'phases', 'reports', 'artifacts', 'cache'];
const buildspecPhases = ['install', 'pre_build', 'build', 'post_build'];
const phaseKeys = ['run-as', 'on-failure', 'runtime-versions', 'commands', 'finally'];

/** YAML (and buildspecs), JSON and shell blocks: does each parse? */
export function checkDataBlock(block: CodeBlock): Finding[] {
	if (block.lang === 'yaml' || block.lang === 'yml') return checkYaml(block);
	if (block.lang === 'json') return checkJson(block);
	if (shellLanguages.has(block.lang)) return checkShell(block, block.code);
	return [];
}

function checkYaml(block: CodeBlock): Finding[] {
	const findings: Finding[] = [];
	const documents = parseAllDocuments(block.code, { prettyErrors: true });
	const list = Array.isArray(documents) ? documents : [documents];
	for (const document of list) {
		for (const error of document.errors) {
			findings.push({
				file: block.file,
				line: block.line + (error.linePos?.[0].line ?? 1) - 1,
				rule: 'yaml',
				message: `YAML does not parse: ${error.message.split('\n')[0] ?? ''}`,
				expected: 'valid YAML (YAML 1.2, as CodeBuild and most tools read it)',
			});
		}
	}
	if (findings.length > 0) return findings;
	for (const document of list) {
		const contents = document.contents;
		if (!isMap(contents)) continue;
		const isBuildspec = /buildspec/i.test(block.options['title'] ?? '') || contents.has('phases');
		if (isBuildspec) findings.push(...checkBuildspec(block, contents));
	}
	return findings;
}

function lineOf(block: CodeBlock, offset: number | undefined): number {
	return block.line + (offset === undefined ? 0 : block.code.slice(0, offset).split('\n').length - 1);
}

function checkBuildspec(block: CodeBlock, spec: YAMLMap): Finding[] {
	const findings: Finding[] = [];
	const at = (node: { range?: [number, number, number] | null } | null | undefined): number =>
		lineOf(block, node?.range?.[0]);
	const version = spec.get('version', true);
	const versionText = isScalar(version) ? String(version.source ?? version.value) : undefined;
	if (versionText !== '0.2') {
		findings.push({
			file: block.file,
			line: version ? at(version) : block.line,
			rule: 'buildspec',
			message: version ? `buildspec version is ${versionText ?? 'not a number'}` : 'buildspec has no version',
			expected: '`version: 0.2`, the buildspec version CodeBuild recommends',
		});
	}
	for (const pair of spec.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if (!buildspecKeys.includes(key)) {
			findings.push({
				file: block.file,
				line: at(pair.key as never),
				rule: 'buildspec',
				message: `buildspec has an unknown top-level key "${key}"`,
				expected: `one of ${buildspecKeys.join(', ')}`,
			});
		}
	}
	const phases = spec.get('phases', true);
	if (isMap(phases)) {
		for (const pair of phases.items) {
			const phase = isScalar(pair.key) ? String(pair.key.value) : '';
			if (!buildspecPhases.includes(phase)) {
				findings.push({
					file: block.file,
					line: at(pair.key as never),
					rule: 'buildspec',
					message: `buildspec has an unknown phase "${phase}"`,
					expected: `one of ${buildspecPhases.join(', ')}`,
				});
				continue;
			}
			if (!isMap(pair.value)) continue;
			for (const item of pair.value.items) {
				const key = isScalar(item.key) ? String(item.key.value) : '';
				const allowed = phase === 'install' ? phaseKeys : phaseKeys.filter((name) => name !== 'runtime-versions');
				if (!allowed.includes(key)) {
					findings.push({
						file: block.file,
						line: at(item.key as never),
						rule: 'buildspec',
						message: `buildspec phase "${phase}" has an unknown key "${key}"`,
						expected: `one of ${allowed.join(', ')}`,
					});
				}
			}
		}
	}
	return findings;
}

function checkJson(block: CodeBlock): Finding[] {
	try {
		JSON.parse(block.code);
		return [];
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /line (\d+)/.exec(message)?.[1];
		const position = /position (\d+)/.exec(message)?.[1];
		const offset = line ? undefined : position ? Number(position) : undefined;
		return [
			{
				file: block.file,
				line: line ? block.line + Number(line) - 1 : lineOf(block, offset),
				rule: 'json',
				message: `JSON does not parse: ${message.replace(/ \(line \d+ column \d+\)$/, '')}`,
				expected: 'valid JSON: no comments, no trailing commas, no `...` placeholders (use a text block for a sketch)',
			},
		];
	}
}

/** `bash -n`: the shell's own syntax check, which runs nothing. */
export function checkShell(block: CodeBlock, code: string, firstLine = block.line): Finding[] {
	const result = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
	if (result.status === 0) return [];
	const message = result.stderr.trim().split('\n')[0] ?? 'syntax error';
	const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
	return [
		{
			file: block.file,
			line: firstLine + line - 1,
			rule: 'shell',
			message: `shell code fails \`bash -n\`: ${message.replace(/^bash: (line \d+: )?/, '')}`,
			expected: 'a script bash can parse; write placeholders as variables ("$BUCKET"), not <bucket>',
		},
	];
}
