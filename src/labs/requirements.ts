// The course's pinned packages: one block on the Getting started page, marked `file=requirements.txt`. Students
// save it from there; each notebook's first cell installs the lines its lab's card names; labs.zip carries it.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeBlocksIn, metaOptions, parsePage } from './source.ts';

/** The page that holds the course's requirements, relative to the docs folder. */
export const requirementsPage = 'getting-started.mdx';
export const requirementsFile = 'requirements.txt';

export interface Requirements {
	/** The block as written, for labs.zip. */
	text: string;
	/** Each package's requirement line by its normalised name: `scikit-learn` → `scikit-learn>=1.4,<2`. */
	lines: Map<string, string>;
}

/** A package name as pip compares them: lowercase, with runs of `-`, `_` and `.` as one `-`. */
export function normalizePackageName(name: string): string {
	return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Reads the requirements block, or `undefined` when the course has no Getting started page with one. */
export function readRequirements(docsDir: string, root: string): Requirements | undefined {
	const file = join(docsDir, requirementsPage);
	if (!existsSync(file)) return undefined;
	const { tree } = parsePage(file, 'student');
	const blocks = codeBlocksIn(tree.children).filter((code) => metaOptions(code.meta).get('file') === requirementsFile);
	if (blocks.length > 1) {
		throw new Error(
			`${relative(root, file)}: ${String(blocks.length)} blocks are marked file=${requirementsFile}; keep one, the course's only list of pins.`,
		);
	}
	const block = blocks[0];
	if (!block) return undefined;
	const lines = new Map<string, string>();
	for (const raw of block.value.split('\n')) {
		const line = raw.replace(/#.*/, '').trim();
		const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(line)?.[0];
		if (name) lines.set(normalizePackageName(name), line);
	}
	return { text: block.value.endsWith('\n') ? block.value : `${block.value}\n`, lines };
}
