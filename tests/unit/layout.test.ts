// The code's layout says what depends on what: `src/` never reaches into `scripts/` (entry points), and no two
// folders of `src/` import each other, so each folder can be read, tested and changed from the bottom up.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** Every TypeScript, JavaScript and Astro file under a folder, outside the course content. */
function codeFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => /\.(ts|mjs|js|astro)$/.test(path) && !path.startsWith('content/'))
		.map((path) => join(folder, path));
}

/** The files a file imports by a relative or `~/` specifier, resolved to absolute paths. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
	return specifiers
		.filter((specifier) => specifier.startsWith('.') || specifier.startsWith('~/'))
		.map((specifier) =>
			specifier.startsWith('~/') ? join(src, specifier.slice(2)) : resolve(dirname(file), specifier),
		);
}

/** The top folder of `src/` a path lies in, or undefined for a path outside `src/` or a file at its top. */
function srcFolder(path: string): string | undefined {
	const inside = relative(src, path);
	if (inside.startsWith('..')) return undefined;
	const [first, ...rest] = inside.split('/');
	return rest.length > 0 ? first : undefined;
}

describe('the layout of the code', () => {
	const files = codeFiles(src);

	it('never imports an entry point of scripts/ from src/', () => {
		const offenders = files.flatMap((file) =>
			importsOf(file)
				.filter((target) => !relative(join(root, 'scripts'), target).startsWith('..'))
				.map((target) => `${relative(root, file)} imports ${relative(root, target)}`),
		);
		assert.deepEqual(offenders, []);
	});

	it('has no two folders of src/ that import each other', () => {
		const edges = new Map<string, Set<string>>();
		const example = new Map<string, string>();
		for (const file of files) {
			const from = srcFolder(file);
			if (!from) continue;
			for (const target of importsOf(file)) {
				const to = srcFolder(target);
				if (!to || to === from) continue;
				if (!edges.has(from)) edges.set(from, new Set());
				edges.get(from)?.add(to);
				if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, relative(root, file));
			}
		}
		const cycles: string[] = [];
		for (const [from, targets] of edges) {
			for (const to of targets) {
				if (from < to && edges.get(to)?.has(from)) {
					cycles.push(`${from} ⇄ ${to} (${example.get(`${from}>${to}`)}, ${example.get(`${to}>${from}`)})`);
				}
			}
		}
		assert.deepEqual(cycles, []);
	});

	it('keeps only the content schema at the top of src/, as Astro requires', () => {
		const top = readdirSync(src, { withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => entry.name);
		assert.deepEqual(top, ['content.config.ts']);
	});
});
