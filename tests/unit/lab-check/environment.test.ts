import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from 'hast-util-to-html';
import { findPython311, MissingPythonError } from '../../../src/lab-check/python.ts';
import { metaOptions } from '../../../src/lab-check/blocks.ts';

describe('the lab check around the site', () => {
	it('leaves the rendered code block unchanged by the check=fragment marker', async () => {
		const expressiveCode = new ExpressiveCode();
		const render = async (meta: string): Promise<string> =>
			toHtml((await expressiveCode.render({ code: 'print(payload)', language: 'python', meta })).renderedGroupAst);
		const plain = await render('title="score.py"');
		const marked = await render('title="score.py" check=fragment');
		assert.equal(marked, plain);
		assert.ok(plain.includes('score.py'));
		assert.ok(!marked.includes('fragment'));
	});

	it('reads the marker among the fence options', () => {
		assert.deepEqual(metaOptions('title="buildspec deploy.yml" check=fragment {2-3}'), {
			title: 'buildspec deploy.yml',
			check: 'fragment',
		});
	});

	it('says how to install Python 3.11 when there is none', () => {
		assert.throws(
			() => findPython311(['/nonexistent/python3.11']),
			(error: unknown) =>
				error instanceof MissingPythonError &&
				error.message.includes('apt-get install python3') &&
				error.message.includes('python.org'),
		);
	});
});
