import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Edition } from '../../src/edition/edition.ts';
import { collectInstructorNotes } from '../../src/collected/instructor-notes.ts';
import { remarkInstructorNotes } from '../../src/collected/remark-instructor-notes.ts';

const root = mkdtempSync(join(tmpdir(), 'instructor-notes-'));
const docsDir = join(root, 'src/content/docs');
after(() => {
	rmSync(root, { recursive: true, force: true });
});

const session = (lines: string[]) => ['session:', ...lines.map((line) => `  ${line}`)].join('\n');
const moduleSession = (number: number, day: number) =>
	session([
		'kind: module',
		`number: ${number}`,
		`name: Topic ${number}`,
		`day: ${day}`,
		'hours: { min: 4, max: 6 }',
		'lecture: { minutes: 10, topics: [{ title: Intro, minutes: 10 }] }',
		'exercise: { min: 2, max: 3 }',
		'solutionReview: 30',
		'objectives: [o]',
		'discussion: [d]',
		'takeaways: [t]',
	]);

function write(path: string, frontmatter: string, body: string): void {
	const file = join(docsDir, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `---\n${frontmatter}\n---\n\n${body}\n`);
}

write(
	'modules/second.mdx',
	`title: Second\n${moduleSession(2, 2)}`,
	'## Lab\n\n:::instructor[Second timing]\nText of the second.\n:::\n',
);
write(
	'modules/first.mdx',
	`title: First\n${moduleSession(1, 1)}`,
	[
		'## Setup',
		'',
		':::instructor[Inside heading]',
		'### Setup',
		'Uses a component: <Badge text="x" />',
		':::',
		'',
		'## Setup',
		'',
		':::instructor',
		'Untitled note.',
		':::',
	].join('\n'),
);
write('getting-started.mdx', 'title: Getting started', ':::instructor[Before day 1]\nCheck the accounts.\n:::\n');
write('reference/faq.mdx', 'title: FAQ', 'No notes here.\n');
write('instructor/notes.mdx', 'title: Notes\naudience: instructor', '::instructor-notes\n');

describe('collectInstructorNotes', () => {
	const groups = collectInstructorNotes(docsDir, root);

	it('groups the notes by part of the course, in course order, and leaves out pages without notes', () => {
		assert.deepEqual(
			groups.map((group) => [group.label, group.notes.map((note) => note.title ?? '(untitled)')]),
			[
				['Start here', ['Before day 1']],
				['Module 1: Topic 1', ['Inside heading', '(untitled)']],
				['Module 2: Topic 2', ['Second timing']],
			],
		);
	});

	it("links each note to the nearest heading above it, with the anchor the page's repeated headings get", () => {
		const [inside, untitled] = groups[1]?.notes ?? [];
		assert.deepEqual(inside?.heading, { text: 'Setup', anchor: 'setup' });
		// The heading inside the first note is "setup-1", so the second "## Setup" of the page is "setup-2".
		assert.deepEqual(untitled?.heading, { text: 'Setup', anchor: 'setup-2' });
		assert.equal(inside.page.slug, 'modules/first');
	});

	it("detaches the content from its file: no positions, headings one level below the note's title, components replaced", () => {
		const body: Root = { type: 'root', children: groups[1]?.notes[0]?.body ?? [] };
		let positioned = 0;
		visit(body, (node) => {
			if (node.position) positioned += 1;
		});
		assert.equal(positioned, 0);
		const heading = body.children.find((node) => node.type === 'heading');
		// The note's title is an h3 on the collected page; its highest heading (an h3 in its page) becomes an h4.
		assert.equal(heading?.type === 'heading' ? heading.depth : 0, 4);
		assert.match(toString(body), /Uses a component: \(shown on its page\)/);
	});
});

describe('remarkInstructorNotes', () => {
	const groups = collectInstructorNotes(docsDir, root);
	const run = (edition: Edition, path: string) => {
		const processor = unified()
			.use(remarkParse)
			.use(remarkMdx)
			.use(remarkDirective)
			.use(remarkInstructorNotes, {
				edition,
				groups,
				instructorPages: [{ slug: 'instructor/notes', file: 'src/content/docs/instructor/notes.mdx' }],
				root,
				base: '/course/',
			});
		const file = new VFile({ value: '::instructor-notes\n', path: join(root, path) });
		return processor.run(processor.parse(file), file) as Promise<Root>;
	};

	it('replaces the directive on an instructor page with a heading per group and each note with a link back', async () => {
		const tree = await run('instructor', 'src/content/docs/instructor/notes.mdx');
		const headings: string[] = [];
		const links: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'heading') headings.push(`h${node.depth} ${toString(node)}`);
			if (node.type === 'link') links.push(node.url);
		});
		assert.deepEqual(headings.slice(0, 4), [
			'h2 Start here',
			'h3 Before day 1',
			'h2 Module 1: Topic 1',
			'h3 Inside heading',
		]);
		assert.deepEqual(links, [
			'/course/getting-started/',
			'/course/modules/first/#setup',
			'/course/modules/first/#setup-2',
			'/course/modules/second/#lab',
		]);
	});

	it('refuses the directive on a student page, naming the file', async () => {
		await assert.rejects(
			run('instructor', 'src/content/docs/reference/faq.mdx'),
			/faq\.mdx:1:1: .*instructor-only page/,
		);
		await assert.rejects(run('student', 'src/content/docs/instructor/notes.mdx'), /notes\.mdx:1:1: /);
	});
});
