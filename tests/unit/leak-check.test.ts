import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { after, before, describe, it } from 'node:test';
import { checkLeaks } from '../../src/edition/leak-check.ts';
import { checkPrintedTextLeaks } from '../../src/handouts/pdf-leak-check.ts';

const note = 'Pause here and ask who has paged an on-call engineer for a model before.';
const page = `---
title: Monitoring
---

Models drift; monitoring tells you when.

:::instructor
${note}
:::
`;

let root: string;
let docsDir: string;

/** Writes an edition's output folder: each entry is a file path and its contents. */
function output(name: string, files: Record<string, string | Buffer>): string {
	const directory = join(root, name);
	for (const [path, contents] of Object.entries(files)) {
		mkdirSync(join(directory, path, '..'), { recursive: true });
		writeFileSync(join(directory, path), contents);
	}
	return directory;
}

const html = (body: string): string => `<!doctype html><html><body><main>${body}</main></body></html>`;

describe('the leak check', () => {
	before(() => {
		root = mkdtempSync(join(tmpdir(), 'leak-check-'));
		docsDir = join(root, 'docs');
		mkdirSync(docsDir, { recursive: true });
		writeFileSync(join(docsDir, 'monitoring.mdx'), page);
		// The instructor build is newer than the content, so the check also proves the note is there.
		const past = new Date(Date.now() - 60_000);
		utimesSync(join(docsDir, 'monitoring.mdx'), past, past);
		output('instructor', { 'index.html': html(`<p>Models drift.</p><aside>${note}</aside>`) });
	});
	after(() => {
		rmSync(root, { recursive: true, force: true });
	});

	it('passes a student edition without the note, and proves the note is in the instructor edition', () => {
		const studentDir = output('clean', { 'index.html': html('<p>Models drift; monitoring tells you when.</p>') });
		const report = checkLeaks({ docsDir, studentDir, instructorDir: join(root, 'instructor') });
		assert.equal(report.pieces, 1);
		assert.equal(report.presenceChecked, true);
	});

	it('names the file and the note when the note reaches student HTML, split by inline markup', () => {
		const studentDir = output('leaky-html', {
			'index.html': html('<p>Models drift.</p>'),
			'monitoring/index.html': html(
				`<p>Pause here and <em>ask who has paged</em> an on-call engineer for a model before.</p>`,
			),
		});
		assert.throws(
			() => checkLeaks({ docsDir, studentDir, instructorDir: join(root, 'instructor') }),
			/leaked into the student edition \(1\):\n.*monitoring\/index\.html contains "Pause here and ask who has paged/,
		);
	});

	it('finds the note inside the compressed search index, and an instructor marker in a script', () => {
		const studentDir = output('leaky-index', {
			'index.html': html('<p>Models drift.</p>'),
			'pagefind/fragment/en_1.pf_fragment': gzipSync(JSON.stringify({ content: note })),
			'_astro/page.js': 'document.body.classList.add("instructor-note");',
		});
		assert.throws(
			() => checkLeaks({ docsDir, studentDir, instructorDir: join(root, 'instructor') }),
			(error: Error) =>
				/en_1\.pf_fragment contains "Pause here/.test(error.message) &&
				/page\.js contains the instructor marker "instructor-note"/.test(error.message),
		);
	});

	it('finds the note in a notebook cell split by Markdown emphasis, and an instructor cell tag in its JSON', () => {
		const cell = (source: string[], tags?: string[]) => ({
			cell_type: 'markdown',
			id: 'cell-001',
			metadata: tags ? { tags } : {},
			source,
		});
		const notebook = (cells: unknown[]): string =>
			JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 });
		const studentDir = output('leaky-notebook', {
			'index.html': html('<p>Models drift.</p>'),
			'notebooks/lab.ipynb': notebook([
				cell(['> Pause here and **ask who has paged**\n', '> an on-call engineer for a model before.']),
			]),
			'notebooks/tagged.ipynb': notebook([cell(['Models drift.'], ['instructor-note'])]),
		});
		assert.throws(
			() => checkLeaks({ docsDir, studentDir, instructorDir: join(root, 'instructor') }),
			(error: Error) =>
				/lab\.ipynb contains "Pause here and ask who has paged/.test(error.message) &&
				/tagged\.ipynb contains the instructor marker "instructor-note"/.test(error.message),
		);
	});

	it('finds the note in a notebook inside labs.zip', () => {
		const notebook = JSON.stringify({
			cells: [{ cell_type: 'code', id: 'c', metadata: {}, outputs: [], source: [`print("${note}")`] }],
		});
		const studentDir = output('leaky-zip', {
			'index.html': html('<p>Models drift.</p>'),
			'notebooks/labs.zip': Buffer.from(zipSync({ 'lab/lab.ipynb': strToU8(notebook) })),
		});
		assert.throws(
			() => checkLeaks({ docsDir, studentDir, instructorDir: join(root, 'instructor') }),
			/labs\.zip contains "Pause here and ask who has paged/,
		);
	});

	it('refuses to vouch for a note the instructor edition does not hold', () => {
		const studentDir = output('clean-again', { 'index.html': html('<p>Models drift.</p>') });
		const instructorDir = output('instructor-without-note', { 'index.html': html('<p>Models drift.</p>') });
		assert.throws(
			() => checkLeaks({ docsDir, studentDir, instructorDir }),
			/missing from the instructor edition \(1\)[^]*"Pause here and ask/,
		);
	});

	it('finds the note in the text printed into a handout', () => {
		const texts = [
			{ path: join(root, 'handouts/clean.pdf'), text: 'Models drift; monitoring tells you when.' },
			// Extracted text breaks lines where the page did.
			{ path: join(root, 'handouts/leaky.pdf'), text: `Page 3\n${note.replace(' an on-call', '\nan on-call')}` },
		];
		assert.throws(() => checkPrintedTextLeaks({ docsDir, texts }), /handouts\/leaky\.pdf contains "Pause here/);
		assert.deepEqual(checkPrintedTextLeaks({ docsDir, texts: texts.slice(0, 1) }), { pieces: 1, files: 1 });
	});
});
