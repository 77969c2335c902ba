// The strings a page writes into its printed footer (print/page-margins.ts): any title, safely quoted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cssString, pageMarginsCss } from '../../src/print/page-margins.ts';

describe('pageMarginsCss', () => {
	it('puts the page name on the left and the edition with "page N of M" on the right', () => {
		const css = pageMarginsCss({ left: 'AWS Machine Learning Training · FAQ', right: 'Student edition' });
		assert.match(css, /@bottom-left\{content:"AWS Machine Learning Training · FAQ"\}/);
		assert.match(css, /@bottom-right\{content:"Student edition · page " counter\(page\) " of " counter\(pages\)\}/);
	});

	it('escapes quotes, backslashes and line breaks, and never lets a title close the style element', () => {
		assert.equal(cssString('Say "hi"'), '"Say \\"hi\\""');
		assert.equal(cssString('C:\\path'), '"C:\\\\path"');
		assert.equal(cssString('two\nlines'), '"two\\a lines"');
		const css = pageMarginsCss({ left: 'Title</style><script>alert(1)</script>', right: 'Student edition' });
		assert.ok(!css.includes('<'), css);
		assert.match(css, /"Title\\3c \/style>\\3c script>alert\(1\)\\3c \/script>"/);
	});
});
