import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Stops the build at a node of a content file with a message an author can act on:
 * where (file:line:column), what is wrong, and how to fix it.
 */
export function failAt(file: VFile, node: Node | undefined, problem: string, fix: string, ruleId: string): never {
	const start = node?.position?.start;
	const where = `${displayPath(file.path)}${start ? `:${start.line}:${start.column}` : ''}`;
	return file.fail(`${where}: ${problem}\n  Fix: ${fix}`, { place: node?.position, ruleId, source: 'course' });
}

/** A path relative to the working directory, as authors see it in their editor. */
export function displayPath(path: string | undefined): string {
	if (!path) return '<unknown file>';
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel;
}
