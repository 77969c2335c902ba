import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { collectInstructorText } from './instructor-text.ts';
import { leakFinder, type ScannedText } from './find-leaks.ts';
import { TextFinder } from './text-finder.ts';
import { normalizeText } from './normalize-text.ts';
import { listContentFiles } from '../sources/source-pages.ts';
import { notebookText, zipText } from './notebook-text.ts';

/** Marks the instructor edition's own markup; none of it may reach the student edition. */
const instructorMarkers = ['instructor-note', 'instructor-banner', 'Instructor note'];

/** What was scanned, for the build log. */
export interface LeakReport {
	pieces: number;
	blocks: number;
	pages: number;
	scanned: Record<string, number>;
	presenceChecked: boolean;
}

/**
 * Proves the student edition holds no instructor text: every piece from every instructor block and
 * instructor-only page is absent from every file under the student output (HTML as text and attributes,
 * scripts, styles, sitemaps, the Pagefind index decompressed, notebooks and the zip of them), and present in the instructor output when
 * it has been built, so the check cannot pass by looking for the wrong thing.
 */
export function checkLeaks({
	docsDir,
	studentDir,
	instructorDir,
}: {
	docsDir: string;
	studentDir: string;
	instructorDir: string;
}): LeakReport {
	const { pieces, blocks, pages } = collectInstructorText(docsDir);
	const student = readOutput(studentDir);
	const leaksIn = leakFinder(pieces, instructorMarkers);
	const found = student.files.flatMap(leaksIn);
	if (found.length > 0) {
		throw new Error(
			`Instructor text leaked into the student edition (${found.length}):\n  ${found.slice(0, 40).join('\n  ')}`,
		);
	}
	// An instructor build older than the content cannot hold its newest notes: say so instead of failing.
	const presenceChecked = isNewerThanContent(instructorDir, docsDir);
	if (presenceChecked) {
		const instructor = readOutput(instructorDir)
			.files.map((file) => file.text)
			.join('\n');
		const present = new Set(new TextFinder(pieces.map((piece) => piece.text)).findIn(instructor));
		const missing = pieces.filter((_, index) => !present.has(index));
		if (missing.length > 0) {
			throw new Error(
				`Instructor text is missing from the instructor edition (${missing.length}), so the leak check cannot vouch for it:\n  ` +
					missing
						.slice(0, 40)
						.map((piece) => `"${piece.text}" (from ${piece.source})`)
						.join('\n  '),
			);
		}
	}
	return { pieces: pieces.length, blocks, pages, scanned: student.counts, presenceChecked };
}

function isNewerThanContent(outputDir: string, docsDir: string): boolean {
	const home = join(outputDir, 'index.html');
	if (!existsSync(home)) return false;
	const built = statSync(home).mtimeMs;
	return listContentFiles(docsDir).every((file) => statSync(file).mtimeMs <= built);
}

function readOutput(directory: string): { files: ScannedText[]; counts: Record<string, number> } {
	if (!existsSync(directory)) throw new Error(`${directory} does not exist: build the edition first.`);
	const counts: Record<string, number> = {};
	const files: ScannedText[] = [];
	for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const kind = kindOf(entry.name);
		if (!kind) continue;
		counts[kind] = (counts[kind] ?? 0) + 1;
		files.push({ path, text: normalizeText(textOf(path, kind)) });
	}
	return { files, counts };
}

function kindOf(name: string): string | undefined {
	if (name.endsWith('.html')) return 'HTML';
	if (/\.m?js$/.test(name)) return 'scripts';
	if (name.endsWith('.css')) return 'styles';
	if (name.endsWith('.xml')) return 'sitemaps and feeds';
	if (/\.pf_\w+$/.test(name)) return 'Pagefind files';
	if (name.endsWith('.ipynb')) return 'notebooks';
	if (name.endsWith('.zip')) return 'zip archives';
	if (/\.(json|txt|svg|webmanifest)$/.test(name)) return 'other text';
	return undefined;
}

function textOf(path: string, kind: string): string {
	const bytes = readFileSync(path);
	if (kind === 'Pagefind files') return gunzipSync(bytes).toString('utf8');
	if (kind === 'zip archives') return zipText(bytes);
	const raw = bytes.toString('utf8');
	if (kind === 'notebooks') return notebookText(raw);
	if (kind !== 'HTML') return raw;
	// Text as a reader sees it (entities decoded, inline markup joined), every attribute value, and the
	// inline scripts and styles that reading text skips.
	const tree: Root = fromHtml(raw);
	const extra: string[] = [];
	visit(tree, 'element', (element) => {
		for (const value of Object.values(element.properties)) {
			if (typeof value === 'string') extra.push(value);
			else if (Array.isArray(value)) extra.push(value.join(' '));
		}
		if (element.tagName === 'script' || element.tagName === 'style') extra.push(toText(element));
	});
	return `${toText(tree)}\n${extra.join('\n')}`;
}
