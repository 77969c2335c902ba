// What the labs add to a page's Markdown: a file block's title, and the card's time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { formatMinutes } from '../../src/labs/card-content.ts';
import { remarkFileTitle } from '../../src/labs/remark-file-title.ts';

function metasAfterFileTitle(markdown: string): (string | null | undefined)[] {
	const processor = unified().use(remarkParse).use(remarkFileTitle);
	const tree = processor.runSync(processor.parse(markdown));
	const metas: (string | null | undefined)[] = [];
	visit(tree, 'code', (code: Code) => {
		metas.push(code.meta);
	});
	return metas;
}

test('a block a lab writes shows its path as its title, and a title of its own wins', () => {
	const markdown = [
		'```python file=src/app.py run=local',
		'print(1)',
		'```',
		'',
		'```yaml file=buildspec.yml title="The build"',
		'version: 0.2',
		'```',
		'',
		'```bash',
		'ls',
		'```',
	].join('\n');
	assert.deepEqual(metasAfterFileTitle(markdown), [
		'file=src/app.py run=local title="src/app.py"',
		'file=buildspec.yml title="The build"',
		null,
	]);
});

test("the card's time gives the clock form only when it says more", () => {
	assert.equal(formatMinutes(40), '40 minutes');
	assert.equal(formatMinutes(60), '60 minutes (1 h)');
	assert.equal(formatMinutes(150), '150 minutes (2 h 30 min)');
});
