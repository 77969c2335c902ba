import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RenderedDiagram } from './render.ts';
import { mermaidConfig, type DiagramScheme } from './themes.ts';

/** Both drawings of one diagram, as Mermaid made them; merging them into one SVG happens after the cache. */
export type DrawnDiagram = Record<DiagramScheme, RenderedDiagram>;

/** Bump when what is stored changes shape (2: both schemes in one entry, with their measure). */
const format = 2;

const mermaidVersion: string = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

/**
 * Rendered SVGs on disk, keyed by the diagram's source, the Mermaid configuration of both colour schemes and
 * Mermaid's version: the second edition and every unchanged rebuild draw nothing. Deleting the folder is
 * always safe; it only costs one cold build.
 */
export class DiagramCache {
	readonly directory: string;
	hits = 0;
	misses = 0;

	constructor(directory: string) {
		this.directory = directory;
	}

	/** The key a diagram is stored under; also the base of its SVG ids, so ids are stable across builds. */
	static key(source: string): string {
		return createHash('sha256')
			.update(JSON.stringify([format, mermaidVersion, mermaidConfig('light'), mermaidConfig('dark'), source]))
			.digest('hex');
	}

	async get(key: string): Promise<DrawnDiagram | undefined> {
		try {
			const diagram = JSON.parse(await readFile(this.path(key), 'utf8')) as DrawnDiagram;
			this.hits += 1;
			return diagram;
		} catch {
			this.misses += 1;
			return undefined;
		}
	}

	async set(key: string, diagram: DrawnDiagram): Promise<void> {
		await mkdir(this.directory, { recursive: true });
		// Write then rename, so a concurrent build never reads half a file.
		const temporary = `${this.path(key)}.${process.pid}.tmp`;
		await writeFile(temporary, JSON.stringify(diagram));
		await rename(temporary, this.path(key));
	}

	private path(key: string): string {
		return join(this.directory, `${key}.json`);
	}
}
