import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
test('the table of contents script that ships no longer scans the page with :has()', () => {
	for (const edition of ['student', 'instructor'] as const) {
		const assets = new URL(`../../dist/${edition}/_astro/`, import.meta.url);
		const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
		const toc = scripts.filter((name) => readFileSync(new URL(name, assets), 'utf8').includes('tocHeadingSelector'));
		expect(toc.length, `${edition}: the script defining Starlight's table of contents`).toBeGreaterThan(0);
		for (const name of toc) expect(readFileSync(new URL(name, assets), 'utf8'), name).not.toContain(':has(');
	}
});
