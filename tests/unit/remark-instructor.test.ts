import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { transformMdx } from '../helpers/markdown.ts';

const page = `import { Badge } from '@astrojs/starlight/components';

## Lab

Students see this paragraph.

:::instructor[Timing plan]
Spend twenty minutes on the confusion matrix.

### Facilitation heading

| Block | Minutes |
| ----- | ------- |
| Demo  | 10      |

\`\`\`python
solution = train(threshold=0.37)
\`\`\`

\`\`\`mermaid
flowchart LR
  accTitle: Solution flow
  a --> b
\`\`\`

<Badge text="Instructor badge" />
:::

:::tip
Everyone sees this tip.
:::
`;

function headings(tree: Root): string[] {
	const found: string[] = [];
	visit(tree, 'heading', (node) => {
		found.push(toString(node));
	});
	return found;
}

function jsxNames(tree: Root): string[] {
	const names: string[] = [];
	visit(tree, (node) => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) names.push(node.name);
	});
	return names;
}

describe('remarkInstructor in the student edition', () => {
	it('removes the whole block: text, headings, tables, code, diagrams and components', async () => {
		const { tree, html } = await transformMdx(page, 'student');
		const text = toString(tree);
		for (const secret of [
			'Timing plan',
			'twenty minutes',
			'Facilitation heading',
			'Demo',
			'threshold=0.37',
			'Solution flow',
		]) {
			assert.ok(!text.includes(secret), `"${secret}" is still in the tree`);
			assert.ok(!html.includes(secret), `"${secret}" is still in the HTML`);
		}
		assert.deepEqual(headings(tree), ['Lab']);
		assert.deepEqual(jsxNames(tree), []);
		let code = 0;
		visit(tree, 'code', () => {
			code += 1;
		});
		assert.equal(code, 0);
	});

	it('keeps everything outside the block, including Starlight asides', async () => {
		const { tree } = await transformMdx(page, 'student');
		const text = toString(tree);
		assert.ok(text.includes('Students see this paragraph.'));
		const asides: string[] = [];
		visit(tree, 'containerDirective', (node) => {
			asides.push(node.name);
		});
		assert.deepEqual(asides, ['tip']);
	});
});

describe('remarkInstructor in the instructor edition', () => {
	it('renders the block as a labelled callout with its title', async () => {
		const { html } = await transformMdx(page, 'instructor');
		assert.match(
			html,
			/<aside class="instructor-note" id="note-timing-plan" aria-label="Instructor note: Timing plan" data-instructor-note="" data-pagefind-ignore="">/,
		);
		assert.match(
			html,
			/<p class="instructor-note__label"><svg[^>]*aria-hidden="true"[^>]*>.*<\/svg>Instructor note<span class="instructor-note__title">Timing plan<\/span><\/p>/s,
		);
	});

	it('keeps the nested heading, table, code, diagram and component inside the callout', async () => {
		const { tree, html } = await transformMdx(page, 'instructor');
		const content = html.slice(html.indexOf('instructor-note__content'), html.indexOf('</aside>'));
		assert.match(content, /<h3>Facilitation heading<\/h3>/);
		assert.match(content, /<table>/);
		assert.match(content, /threshold=0.37/);
		assert.match(content, /language-mermaid/);
		assert.deepEqual(headings(tree), ['Lab', 'Facilitation heading']);
		assert.deepEqual(jsxNames(tree), ['Badge']);
	});

	it('labels a block without a title as an instructor note', async () => {
		const { html } = await transformMdx(':::instructor\nJust a note.\n:::\n', 'instructor');
		assert.match(html, /aria-label="Instructor note"/);
		assert.match(html, /<p>Just a note.<\/p>/);
	});
});

describe('remarkInstructor on bad input', () => {
	for (const edition of ['student', 'instructor'] as const) {
		it(`stops the ${edition} build at a misspelt directive, with file, line and the likely fix`, async () => {
			await assert.rejects(
				transformMdx('# Page\n\nText.\n\n:::instuctor[Secret]\nHidden text.\n:::\n', edition),
				(error: Error) => {
					assert.match(error.message, /src\/content\/docs\/modules\/example\.mdx:5:1/);
					assert.match(error.message, /Unknown directive ":::instuctor"/);
					assert.match(error.message, /Did you mean ":::instructor"\?/);
					return true;
				},
			);
		});
	}

	it('stops the build at a block that is never closed', async () => {
		await assert.rejects(
			transformMdx('Intro.\n\n:::instructor[Open]\nNever closed.\n\n## Next section\n', 'student'),
			(error: Error) => {
				assert.match(error.message, /example\.mdx:3:1/);
				assert.match(error.message, /never closed/);
				return true;
			},
		);
	});

	it('accepts a text directive in prose, such as a time of day', async () => {
		const { tree } = await transformMdx('The lab starts at 10:30 sharp.\n', 'student');
		assert.ok(toString(tree).includes('10'));
	});
});
