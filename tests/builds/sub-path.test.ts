import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture } from '../helpers/fixture-site.ts';

/** The `href`s of the links in a built page's Markdown content, in order. */
function contentLinks(html: string): string[] {
	const content = /<div class="sl-markdown-content">([\s\S]*?)<\/div>\s*<\/div>/.exec(html)?.[1] ?? '';
	return [...content.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('a build for a sub-path', () => {
	it('puts BASE_PATH in front of every link, stylesheet and canonical address, and its links validate', async () => {
		const build = await buildFixture('valid', 'student', {
			name: 'sub-path',
			env: { BASE_PATH: '/ml-course/', SITE_URL: 'https://training.example.com' },
		});
		assert.equal(build.code, 0, build.output);
		const home = readFileSync(join(build.root, 'dist/student/index.html'), 'utf8');
		// Written by the author as "/modules/demo/".
		assert.deepEqual(contentLinks(home), ['/ml-course/modules/demo/']);
		assert.match(home, /<link rel="canonical" href="https:\/\/training\.example\.com\/ml-course\/"/);
		assert.match(home, /<link rel="stylesheet" href="\/ml-course\/_astro\//);
		const sitemap = readFileSync(join(build.root, 'dist/student/sitemap-0.xml'), 'utf8');
		assert.match(sitemap, /<loc>https:\/\/training\.example\.com\/ml-course\/modules\/demo\/<\/loc>/);
	});

	it('does not build with a BASE_PATH that is not a path, and says what a good one looks like', async () => {
		const build = await buildFixture('valid', 'student', { name: 'bad-sub-path', env: { BASE_PATH: '/ml/../x' } });
		assert.notEqual(build.code, 0);
		assert.match(build.output, /BASE_PATH="\/ml\/\.\.\/x" must not contain "\.\."\. Example: BASE_PATH=\/ml-course\//);
		assert.equal(build.published, false);
	});
});
