// Writes an edition's notebooks and labs.zip into its output folder, the same bytes on every build: keys sorted
// and indented as Jupyter writes them, zip entries in a fixed order with a fixed time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { Edition } from '../edition/edition.ts';
import type { Lab } from '../labs/read-labs.ts';
import { requirementsFile, type Requirements } from '../labs/requirements.ts';
import { convertLab } from './convert.ts';
import { labsZipFile, notebooksFolder } from './names.ts';

/** JSON as nbformat writes it (`json.dumps(nb, sort_keys=True, indent=1)`), with a final newline. */
export function serializeNotebook(value: unknown): string {
	const sorted = (item: unknown): unknown => {
		if (Array.isArray(item)) return item.map(sorted);
		if (item && typeof item === 'object') {
			return Object.fromEntries(
				Object.entries(item as Record<string, unknown>)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
					.map(([key, entry]) => [key, sorted(entry)]),
			);
		}
		return item;
	};
	return `${JSON.stringify(sorted(value), null, 1)}\n`;
}

/**
 * Zip entries' time: DOS times are local, so this is built from local parts and reads 1980-01-01 00:00 on any
 * machine in any time zone (the earliest time a zip can hold).
 */
const fixedTime = new Date(1980, 0, 1, 0, 0, 0);

export interface NotebookReport {
	notebooks: string[];
	zipEntries: string[];
}

export function writeNotebooks({
	labs,
	edition,
	outDir,
	siteRoot,
	requirements,
}: {
	labs: Lab[];
	edition: Edition;
	outDir: string;
	siteRoot: string;
	requirements: Requirements | undefined;
}): NotebookReport {
	if (labs.length === 0) return { notebooks: [], zipEntries: [] };
	const folder = join(outDir, notebooksFolder);
	mkdirSync(folder, { recursive: true });
	const entries: [string, Uint8Array][] = [];
	if (requirements) entries.push([requirementsFile, strToU8(requirements.text)]);
	const notebooks: string[] = [];
	for (const lab of [...labs].sort((a, b) => a.notebook.localeCompare(b.notebook))) {
		const { notebook, files } = convertLab({ lab, edition, siteRoot });
		const text = serializeNotebook(notebook);
		const name = `${lab.notebook}.ipynb`;
		writeFileSync(join(folder, name), text);
		notebooks.push(name);
		// Each lab its own folder in the zip: the notebook and the files its cells write, where they write them.
		entries.push([`${lab.notebook}/${name}`, strToU8(text)]);
		const paths = new Set<string>();
		for (const file of files) {
			if (paths.has(file.path)) continue;
			paths.add(file.path);
			entries.push([`${lab.notebook}/${file.path}`, strToU8(file.text)]);
		}
	}
	const zippable: Zippable = {};
	for (const [path, data] of entries) zippable[path] = [data, { mtime: fixedTime, level: 9 }];
	writeFileSync(join(folder, labsZipFile), zipSync(zippable));
	return { notebooks, zipEntries: entries.map(([path]) => path) };
}
