import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import * as pagefind from 'pagefind';
import { visit } from 'unist-util-visit';
import { instructorNoteKind } from './search-filters.ts';

/** One instructor note as its own search record. */
export interface NoteRecord {
	/** The note on its page, e.g. `/modules/fraud-detection/#note-timing-plan` (Pagefind's UI adds the base path). */
	url: string;
	title: string;
	content: string;
	filters: Record<string, string[]>;
}

/**
 * Every instructor note of a built instructor edition, as a search record of its own: the note's text, a title
 * ("Instructor note: Timing plan · Fraud detection"), a link to the note, the kind "Instructor note" and the
 * page's module. Pages left out of search (the collected notes) are skipped.
 */
export function instructorNoteRecords(dir: string): NoteRecord[] {
	return htmlFiles(dir).flatMap((file) => {
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-pagefind-body') || !html.includes('instructor-note')) return [];
		const tree = fromHtml(html);
		const path = `/${relative(dir, file).replace(/index\.html$/, '')}`;
		const pageTitle = toText(findFirst(tree, (element) => element.tagName === 'h1') ?? tree).trim();
		const module = findFirst(tree, (element) =>
			String(element.properties['dataPagefindFilter'] ?? '').startsWith('module:'),
		);
		const moduleFilter = module
			? { module: [String(module.properties['dataPagefindFilter']).slice('module:'.length)] }
			: {};
		const records: NoteRecord[] = [];
		visit(tree, 'element', (element) => {
			if (element.tagName !== 'aside' || !hasClass(element, 'instructor-note')) return;
			const { id, ariaLabel } = element.properties;
			const label = typeof ariaLabel === 'string' ? ariaLabel : instructorNoteKind;
			const content = findFirst(element, (child) => hasClass(child, 'instructor-note__content')) ?? element;
			records.push({
				url: `${path}#${typeof id === 'string' ? id : ''}`,
				title: `${label} · ${pageTitle}`,
				content: toText(content).replace(/\s+/g, ' ').trim(),
				filters: { kind: [instructorNoteKind], ...moduleFilter },
			});
		});
		return records;
	});
}

/**
 * Rebuilds the edition's Pagefind index with each instructor note as a record of its own. Pagefind filters a
 * page as a whole, so a page-level "Instructor note" filter returned ordinary sections ("Step 11: Clean up") of
 * every page holding a note; the notes themselves are what an instructor looks for. The pages' own records leave
 * the notes out (`data-pagefind-ignore`), so each note is found once, as itself. Runs after Starlight's own
 * indexing and replaces its output.
 */
export async function indexInstructorNotes(dir: string): Promise<{ pages: number; notes: number }> {
	const records = instructorNoteRecords(dir);
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: dir });
		const failures = [...added.errors];
		for (const record of records) {
			const { errors: recordErrors } = await index.addCustomRecord({
				...record,
				language: 'en',
				meta: { title: record.title },
			});
			failures.push(...recordErrors);
		}
		failures.push(...(await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors);
		if (failures.length > 0)
			throw new Error(`Pagefind could not index the instructor notes:\n  ${failures.join('\n  ')}`);
		return { pages: added.page_count, notes: records.length };
	} finally {
		await pagefind.close();
	}
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
		.map((path) => join(dir, path));
}

function hasClass(element: Element, name: string): boolean {
	const classes = element.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
}

function findFirst(tree: Root | Element, test: (element: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	visit(tree, 'element', (element) => {
		if (found) return false;
		if (test(element)) found = element;
		return undefined;
	});
	return found;
}
