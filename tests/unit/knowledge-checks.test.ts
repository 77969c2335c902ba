import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Edition } from '../../src/edition/edition.ts';
import { remarkKnowledgeChecks } from '../../src/knowledge-checks/remark-knowledge-checks.ts';

const path = 'src/content/docs/modules/example.mdx';

/** Runs real MDX through the knowledge-check transform as the build does and returns its HTML. */
async function render(source: string, edition: Edition = 'student'): Promise<string> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkKnowledgeChecks, { edition, collected: [], instructorPages: [], root: process.cwd() });
	const file = new VFile({ value: source, path });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	return toHtml(toHast(tree));
}

const option = (mark: 'x' | ' ', text: string, why = `Because ${text.toLowerCase()}`) =>
	`- [${mark}] ${text}\n\n  ${why}\n`;
const single = (n: number) =>
	`:::question[Question ${n}?]\n${option('x', `Right ${n}`)}${option(' ', `Wrong ${n}`)}:::\n`;
const check = (questions: string[]) =>
	`# Page\n\n::::knowledge-check\n${questions.join('\n')}::::\n\nAfter the check.\n`;
const five = [1, 2, 3, 4, 5].map(single);

/** The error a source stops the build with. */
async function failure(source: string): Promise<string> {
	try {
		await render(source);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	assert.fail('the source should not build');
}

describe('knowledge checks', () => {
	it('renders each question as a fieldset of radio buttons or checkboxes, with its explanations behind a disclosure', async () => {
		const multiple = `:::question[Which are right?]{multiple}\n${option('x', 'One')}${option('x', 'Two')}${option(' ', 'Three')}:::\n`;
		const html = await render(check([...five.slice(0, 4), multiple]));
		assert.equal(html.match(/<fieldset/g)?.length, 5);
		assert.equal(html.match(/type="radio" name="kc-1-1"/g)?.length, 2);
		assert.equal(html.match(/type="checkbox" name="kc-1-5"/g)?.length, 3);
		assert.match(html, /Which are right\? <span class="kc-question__hint">Choose all that apply\.<\/span>/);
		assert.match(html, /<details class="kc-answer"><summary>Answer and explanations<\/summary>/);
		assert.match(html, /<strong>A: right\.<\/strong> Right 1<\/p>\n<p>Because right 1<\/p>/);
		assert.match(html, /<button type="button" class="kc-check" data-kc-check="" hidden>Check answer<\/button>/);
	});

	it('puts the printed answers after everything else on the page, questions first', async () => {
		const html = await render(check(five));
		const key = html.indexOf('class="kc-print-key"');
		assert.ok(key > html.indexOf('After the check.'));
		assert.ok(html.indexOf('Question 5?') < key);
		assert.match(html.slice(key), /Question 1\? \(key: A\)/);
	});

	it('shows the key inline, marked instructor-only, in the instructor edition only', async () => {
		assert.match(
			await render(check(five), 'instructor'),
			/<p class="kc-key" data-instructor-only=""><strong>Key:<\/strong> A<\/p>/,
		);
		assert.doesNotMatch(await render(check(five), 'student'), /kc-key/);
	});

	it('refuses a question without a right option, naming the file and line', async () => {
		const none = `:::question[Nothing right?]\n${option(' ', 'A')}${option(' ', 'B')}:::\n`;
		const message = await failure(check([...five.slice(0, 4), none]));
		assert.match(
			message,
			/^src\/content\/docs\/modules\/example\.mdx:\d+:1: The question "Nothing right\?" has no right option\./,
		);
		assert.match(message, /Fix: Mark the right option/);
	});

	it('refuses a single-choice question with two right options', async () => {
		const two = `:::question[Two right?]\n${option('x', 'A')}${option('x', 'B')}:::\n`;
		assert.match(await failure(check([...five.slice(0, 4), two])), /has 2 right options but is single choice/);
	});

	it('refuses an option without an explanation, at its line', async () => {
		const bare = `:::question[Bare?]\n- [x] Right\n- [ ] Wrong\n\n  Explained.\n:::\n`;
		const message = await failure(check([...five.slice(0, 4), bare]));
		const line =
			check([...five.slice(0, 4), bare])
				.split('\n')
				.indexOf('- [x] Right') + 1;
		assert.match(message, new RegExp(`example\\.mdx:${String(line)}:1: The option "Right" has no explanation\\.`));
	});

	it('refuses a check with fewer than 5 or more than 8 questions, and a question outside a check', async () => {
		assert.match(await failure(check(five.slice(0, 4))), /has 4 questions; a check holds 5 to 8/);
		assert.match(await failure(check([...five, ...five])), /has 10 questions; a check holds 5 to 8/);
		assert.match(await failure(`# Page\n\n${single(1)}`), /A ":::question" stands outside a knowledge check/);
	});

	it('refuses the collected checks outside an instructor-only page', async () => {
		assert.match(await failure('# Page\n\n::knowledge-checks\n'), /it belongs on an instructor-only page/);
	});
});
