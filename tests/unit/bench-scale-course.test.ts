import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeScaleCourse } from '../../scripts/bench/scale-course.ts';

describe('the generated course of the scale benchmark', () => {
	it('has the pages and distinct, titled diagrams it was asked for, and instructor blocks', async () => {
		const root = await writeScaleCourse({ pages: 40, diagrams: 8 });
		const docs = join(root, 'src/content/docs');
		const pages = readdirSync(join(docs, 'modules'), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => readFileSync(join(docs, 'modules', file), 'utf8'));
		assert.equal(pages.length, 40);

		const fences = pages.flatMap((page) => [...page.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]));
		assert.equal(fences.length, 8);
		assert.equal(new Set(fences).size, 8, 'every diagram is distinct, so none comes from the cache');
		assert.ok(fences.every((fence) => fence?.includes('accTitle: ')));
		assert.equal(pages.filter((page) => page.includes(':::instructor[')).length, 10);
		assert.ok(readdirSync(root).includes('astro.config.mjs'), 'it builds on the shared fixture configuration');
	});
});
