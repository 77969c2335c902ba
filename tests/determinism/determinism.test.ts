// Two clean builds of the same commit must publish the same bytes: the sites (HTML, scripts, styles, search
// index, sitemaps), the handouts, and the notebooks with labs.zip. The second build has its own output and its own Astro render cache, so
// every page is rendered again, and is compared with dist/, which `npm test` built just before. It shares the
// two caches keyed by their whole input, the drawn diagrams and the printed pages: drawing a diagram twice is
// proven identical by the remark-mermaid unit test, and a printed page's inputs (its HTML and assets) are
// compared here; the course book's cover and contents are printed again and compared.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'tests/.work/determinism');

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/** Where two versions of a file first differ, with a little of each around it. */
function firstDifference(a: Buffer, b: Buffer): string {
	let at = 0;
	while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
	const around = (data: Buffer): string =>
		JSON.stringify(data.subarray(Math.max(0, at - 40), at + 60).toString('latin1'));
	return `byte ${String(at)} (sizes ${String(a.length)} and ${String(b.length)}):\n      ${around(a)}\n      ${around(b)}`;
}

test('a second clean build of this commit is byte-identical to dist/, handouts included', async () => {
	await rm(work, { recursive: true, force: true });
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		env: { ...process.env, COURSE_DIST_DIR: join(work, 'dist'), COURSE_ASTRO_CACHE_DIR: join(work, 'astro-cache') },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	assert.equal(build.status, 0, `the second build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);

	for (const edition of ['student', 'instructor']) {
		const first = join(root, 'dist', edition);
		const second = join(work, 'dist', edition);
		const files = filesUnder(first);
		assert.deepEqual(filesUnder(second), files, `the same files in dist/${edition}/`);
		assert.ok(
			files.some((file) => file.startsWith('pagefind/')),
			'the search index is compared',
		);
		assert.ok(
			files.some((file) => file.startsWith('handouts/')),
			'the handouts are compared',
		);
		assert.ok(
			files.some((file) => file.endsWith('.ipynb')) && files.includes('notebooks/labs.zip'),
			'the notebooks and labs.zip are compared',
		);
		const different = files.flatMap((file) => {
			const a = readFileSync(join(first, file));
			const b = readFileSync(join(second, file));
			return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
		});
		assert.deepEqual(different, [], `files of dist/${edition}/ that differ between two builds`);
	}
	await rm(work, { recursive: true, force: true });
});
