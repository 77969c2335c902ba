import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bookmark } from './outline.ts';

/**
 * A page printed to PDF, its headings as bookmarks (pages counted within this PDF) and, for the student
 * edition's leak check, the text a reader would copy from it.
 */
export interface PrintedPage {
	pdf: Uint8Array;
	outline: Bookmark[];
	text?: string | undefined;
}

/**
 * Printed pages kept between builds, keyed by everything that decides how a page prints: its HTML, every
 * stylesheet, script and image of the site's `_astro/` bundle it names, the paper, the browser's version and
 * the address its links are rewritten to. A rebuild that changed one page prints one page. Safe to delete.
 */
export class PrintCache {
	readonly #dir: string;
	readonly #assets = new Map<string, string>();

	constructor(dir: string) {
		this.#dir = dir;
	}

	/** The key of one page of a built edition; `context` holds what is the same for every page of a run. */
	key(editionDir: string, htmlFile: string, context: string): string {
		const html = readFileSync(htmlFile);
		const hash = createHash('sha256').update(context).update(html);
		const names = new Set(html.toString('utf8').match(/\/_astro\/[^"'\s)>]+/g) ?? []);
		for (const name of [...names].sort()) hash.update(name).update(this.#assetHash(editionDir, name));
		return hash.digest('hex');
	}

	async get(key: string, { withText }: { withText: boolean }): Promise<PrintedPage | undefined> {
		const file = join(this.#dir, key);
		if (!existsSync(`${file}.pdf`) || !existsSync(`${file}.outline.json`)) return undefined;
		if (withText && !existsSync(`${file}.txt`)) return undefined;
		return {
			pdf: new Uint8Array(await readFile(`${file}.pdf`)),
			outline: JSON.parse(await readFile(`${file}.outline.json`, 'utf8')) as Bookmark[],
			text: withText ? await readFile(`${file}.txt`, 'utf8') : undefined,
		};
	}

	async set(key: string, printed: PrintedPage): Promise<void> {
		await mkdir(this.#dir, { recursive: true });
		// Each written whole, then renamed, the PDF last: a run stopped half-way leaves no entry that looks whole.
		const file = join(this.#dir, key);
		if (printed.text !== undefined) {
			await writeFile(`${file}.txt.partial`, printed.text);
			await rename(`${file}.txt.partial`, `${file}.txt`);
		}
		await writeFile(`${file}.outline.json.partial`, JSON.stringify(printed.outline));
		await rename(`${file}.outline.json.partial`, `${file}.outline.json`);
		await writeFile(`${file}.pdf.partial`, printed.pdf);
		await rename(`${file}.pdf.partial`, `${file}.pdf`);
	}

	#assetHash(editionDir: string, name: string): string {
		const file = join(editionDir, name.slice(name.indexOf('/_astro/') + 1));
		let hash = this.#assets.get(file);
		if (hash === undefined) {
			hash = existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
			this.#assets.set(file, hash);
		}
		return hash;
	}
}
