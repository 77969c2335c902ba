import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectInstructorText } from '../../src/edition/instructor-text.ts';
import { findInstructorPages } from '../../src/edition/instructor-pages.ts';
import { slugOf } from '../../src/sources/source-pages.ts';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'src/content/docs');

/** What the tests know about the course, read from its source rather than typed into the tests. */
export const instructorPages = findInstructorPages(root, docsDir);
const text = collectInstructorText(docsDir);

/**
 * A phrase that stands only in instructor material, for an exact-phrase search: four consecutive words of
 * an instructor note that students can read nowhere.
 */
export const instructorOnlyPhrase: string = (() => {
	const student = text.studentText.toLowerCase();
	const phrases = text.pieces.flatMap((piece) => {
		const words = piece.text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [];
		return words.slice(0, -3).map((_, index) => words.slice(index, index + 4).join(' '));
	});
	const phrase = phrases.filter((candidate) => !student.includes(candidate) && piecesContain(candidate)).sort()[0];
	if (!phrase) throw new Error('The course has no phrase that only instructors read; the search tests need one.');
	return phrase;
})();

function piecesContain(phrase: string): boolean {
	return text.pieces.some((piece) => piece.text.toLowerCase().includes(phrase));
}

/** Student pages that hold both a diagram and instructor blocks, by URL path. */
export const pagesWithDiagramAndNotes: string[] = readdirSync(docsDir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
	.map((entry) => join(entry.parentPath, entry.name))
	.filter((file) => {
		const source = readFileSync(file, 'utf8');
		return !/^audience: instructor$/m.test(source) && source.includes('```mermaid') && source.includes(':::instructor');
	})
	.map((file) => `/${slugOf(relative(docsDir, file))}/`)
	.sort();

/** Student pages whose source contains the text (a component or an HTML element), by URL path. */
export function studentPagesContaining(marker: string): string[] {
	return readdirSync(docsDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => {
			const source = readFileSync(file, 'utf8');
			return !/^audience: instructor$/m.test(source) && source.includes(marker);
		})
		.map((file) => `/${slugOf(relative(docsDir, file))}/`)
		.sort();
}
