import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Edition } from '../../src/edition/edition.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { pdfPagesText } from '../../src/handouts/pdf-text.ts';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** A built handout: its path and its text, page by page, whitespace and typography normalised. */
export interface HandoutFile {
	path: string;
	data: Uint8Array;
	pages: string[];
}

const cache = new Map<string, Promise<HandoutFile>>();

/** Reads one handout of one edition (once per test run). */
export function readHandout(edition: Edition, file: string): Promise<HandoutFile> {
	const path = join(root, 'dist', edition, 'handouts', file);
	let entry = cache.get(path);
	if (!entry) {
		entry = (async () => {
			const data = new Uint8Array(readFileSync(path));
			return { path, data, pages: (await pdfPagesText(data)).map(normalizeText) };
		})();
		cache.set(path, entry);
	}
	return entry;
}

/** How often a PDF draws vector paths and raster images, over all its pages. */
export async function drawingCounts(data: Uint8Array): Promise<{ paths: number; images: number }> {
	const task = getDocument({ data: data.slice(), verbosity: 0 });
	const pdf = await task.promise;
	const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
	let paths = 0;
	let images = 0;
	try {
		for (let number = 1; number <= pdf.numPages; number += 1) {
			const { fnArray } = await (await pdf.getPage(number)).getOperatorList();
			for (const op of fnArray) {
				if (op === OPS.constructPath) paths += 1;
				if (imageOps.has(op)) images += 1;
			}
		}
	} finally {
		await task.destroy();
	}
	return { paths, images };
}

/** Every web address a PDF's links lead to (links within the PDF itself are left out), in page order. */
export async function linkTargets(data: Uint8Array): Promise<string[]> {
	const task = getDocument({ data: data.slice(), verbosity: 0 });
	const pdf = await task.promise;
	const targets: string[] = [];
	try {
		for (let number = 1; number <= pdf.numPages; number += 1) {
			for (const annotation of (await (await pdf.getPage(number)).getAnnotations()) as { url?: string }[]) {
				if (annotation.url) targets.push(annotation.url);
			}
		}
	} finally {
		await task.destroy();
	}
	return targets;
}

/**
 * Renders one page with Poppler's `pdftoppm` as a greyscale image and returns the share of pixels that
 * are not white.
 */
export function inkCoverage(path: string, page: number): number {
	const pgm = execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), path]);
	// Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte a pixel.
	const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
	if (!header) throw new Error(`pdftoppm did not return a PGM image for ${path}`);
	const pixels = pgm.subarray(header[0].length);
	let inked = 0;
	for (const value of pixels) if (value < 200) inked += 1;
	return inked / pixels.length;
}

/**
 * Which part of the course book each page belongs to, read from its footer ("Course book" for the cover and
 * contents, then each page's name), or `undefined` for a page without one.
 */
export function bookParts(pages: string[]): (string | undefined)[] {
	return pages.map((text) => /AWS Machine Learning Training · (.*?) (?:Student|Instructor) edition/.exec(text)?.[1]);
}

/** A bookmark as a reader's PDF viewer shows it: its title, the page it opens (from 1), what is under it. */
export interface OutlineEntry {
	title: string;
	page: number;
	children: OutlineEntry[];
}

/** A PDF's outline (bookmarks), read with pdf.js as a viewer reads it; empty when it has none. */
export async function readOutline(data: Uint8Array): Promise<OutlineEntry[]> {
	const task = getDocument({ data: data.slice(), verbosity: 0 });
	const pdf = await task.promise;
	interface Item {
		title: string;
		dest: string | unknown[] | null;
		items: Item[];
	}
	const read = async (items: Item[]): Promise<OutlineEntry[]> =>
		Promise.all(
			items.map(async (item) => {
				const destination = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
				const target: unknown = destination?.[0];
				if (!target || typeof target !== 'object' || !('num' in target)) {
					throw new Error(`The bookmark "${item.title}" has no page destination`);
				}
				const page = (await pdf.getPageIndex(target as Parameters<typeof pdf.getPageIndex>[0])) + 1;
				return { title: item.title, page, children: await read(item.items) };
			}),
		);
	try {
		// pdf.js answers null, not an empty list, for a PDF without an outline.
		const outline = (await pdf.getOutline()) as Item[] | null;
		return await read(outline ?? []);
	} finally {
		await task.destroy();
	}
}
