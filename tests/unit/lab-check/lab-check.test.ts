// The lab check on pages written for it: every planted error is reported at its line and nothing else is, and a
// page of valid but tricky code passes. The pages are real MDX read with the course's own parsers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBlocks, checkLabs } from '../../../src/lab-check/check.ts';
import { codeBlocksOf } from '../../../src/lab-check/blocks.ts';
import { formatFinding, type Finding } from '../../../src/lab-check/findings.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'lab-check');
const plantedFile = join(fixtures, 'planted', 'planted-errors.mdx');

/** The planted errors: each line with an `expect: <rule>` comment, plus the two that cannot carry a comment. */
function plantedErrors(): string[] {
	const lines = readFileSync(plantedFile, 'utf8').split('\n');
	const expected: string[] = [];
	lines.forEach((line, index) => {
		for (const match of line.matchAll(/expect: ([a-z0-9-]+)/g)) expected.push(`${index + 1} ${match[1] ?? ''}`);
		if (line.includes('"Trailing": 1')) expected.push(`${index + 1} json`);
		if (line.includes('check=frgament')) expected.push(`${index + 1} marker`);
	});
	return expected.sort();
}

const lineAndRule = (finding: Finding): string => `${finding.line} ${finding.rule}`;

describe('the lab check', () => {
	const planted = checkLabs(join(fixtures, 'planted'), root);

	it('reports every planted error at its line, and nothing else', () => {
		const found = [...new Set(planted.map(lineAndRule))].sort();
		assert.deepEqual(found, plantedErrors(), planted.map(formatFinding).join('\n'));
	});

	it('passes a page of valid, tricky code (IPython lines, fragments, instructor blocks, filtered cleanup loops)', () => {
		assert.deepEqual(checkLabs(join(fixtures, 'valid'), root).map(formatFinding), []);
	});

	it('names the file, the line and what the API expects', () => {
		const message = planted.map(formatFinding).find((text) => text.includes('"role"'));
		assert.match(
			message ?? '',
			/^tests\/fixtures\/lab-check\/planted\/planted-errors\.mdx:\d+: ModelBuilder\(\) has no keyword argument "role" in sagemaker 3\.20\.0 \(expected role_arn/,
		);
		const operation = planted.map(formatFinding).find((text) => text.includes('create_endpoint_configs'));
		assert.match(operation ?? '', /no operation "create_endpoint_configs".*expected create_endpoint_config/);
	});

	it('judges a student block without the instructor blocks before it, and an instructor block with them', () => {
		const page = [
			'---',
			'title: Editions',
			'---',
			'',
			':::instructor[Setup]',
			'```python',
			'helper = 1',
			'```',
			':::',
			'',
			'```python',
			'print(helper)',
			'```',
			'',
			':::instructor[Use]',
			'```python',
			'print(helper)',
			'```',
			':::',
		].join('\n');
		const findings = checkBlocks(codeBlocksOf(join(fixtures, 'editions.mdx'), page, fixtures));
		assert.deepEqual(findings.map(lineAndRule), ['12 undefined-name']);
	});

	it('reads a block titled as a Python file as its own program', () => {
		const page = [
			'---',
			'title: Files',
			'---',
			'',
			'```python',
			'value = 1',
			'```',
			'',
			'```python title="pipeline/evaluate.py"',
			'print(value)',
			'```',
		].join('\n');
		const findings = checkBlocks(codeBlocksOf(join(fixtures, 'files.mdx'), page, fixtures));
		assert.deepEqual(findings.map(lineAndRule), ['10 undefined-name']);
	});
});
