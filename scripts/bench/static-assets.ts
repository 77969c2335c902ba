import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/** The code one built page ships: its HTML, every stylesheet and script it references, inline or external. */
export interface PageAssets {
	html: Buffer;
	/** External stylesheets' bodies and inline `<style>` texts. */
	css: Buffer[];
	/** Script bodies: external and inline scripts plus every module they import, statically or dynamically. */
	js: { url: string; body: Buffer }[];
}

const executable = new Set(['', 'module', 'text/javascript']);

/**
 * Reads a page of a built site from disk and follows what it references: `<link rel="stylesheet">`,
 * `<script src>`, inline scripts and styles, and, for JavaScript modules, their `import`s and `import()`s
 * with literal specifiers. Static, so a script the browser loads in an idle callback (Starlight's search
 * UI) counts every time, not only when the idle callback wins the race against the measurement.
 */
export async function readPageAssets(siteDir: string, pagePath: string): Promise<PageAssets> {
	await init();
	const htmlFile = join(siteDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(htmlFile);
	const tree = fromHtml(html.toString());
	const css: Buffer[] = [];
	const scripts: string[] = [];
	const inline: { url: string; body: Buffer }[] = [];
	visit(tree, 'element', (node) => {
		const { tagName, properties } = node;
		if (
			tagName === 'link' &&
			String(properties['rel'] ?? '') === 'stylesheet' &&
			typeof properties['href'] === 'string'
		) {
			css.push(readSiteFile(siteDir, properties['href']));
		} else if (tagName === 'style') {
			css.push(Buffer.from(rawText(node)));
		} else if (
			tagName === 'script' &&
			executable.has(typeof properties['type'] === 'string' ? properties['type'] : '')
		) {
			if (typeof properties['src'] === 'string') scripts.push(new URL(properties['src'], 'http://site/').pathname);
			else inline.push({ url: `${pagePath} (inline)`, body: Buffer.from(rawText(node)) });
		}
	});
	// Inline modules import too (Astro hoists small modules into the page).
	for (const { body } of inline) scripts.push(...importsOf(body.toString(), `http://site${pagePath}`));
	const seen = new Set<string>();
	const js = [...inline];
	while (scripts.length > 0) {
		const path = scripts.shift() ?? '';
		if (seen.has(path)) continue;
		seen.add(path);
		const body = readSiteFile(siteDir, path);
		js.push({ url: path, body });
		scripts.push(...importsOf(body.toString(), `http://site${path}`));
	}
	return { html, css, js };
}

/** The site paths a module imports, resolved against its own URL; bare and computed specifiers are skipped. */
function importsOf(source: string, base: string): string[] {
	try {
		const [imports] = parse(source);
		return imports
			.flatMap((entry) => (entry.type === 'static' || entry.type === 'dynamic' ? [entry.specifier] : []))
			.filter((specifier): specifier is string => specifier !== undefined && /^(\.{0,2}\/)/.test(specifier))
			.map((specifier) => new URL(specifier, base).pathname);
	} catch {
		// A classic (non-module) inline script with syntax the lexer refuses imports nothing.
		return [];
	}
}

function readSiteFile(siteDir: string, urlPath: string): Buffer {
	const file = join(siteDir, decodeURIComponent(urlPath));
	if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in ${siteDir}.`);
	return readFileSync(file);
}

/** The raw text inside a `<script>` or `<style>` (its text children, as the parser keeps them). */
function rawText(node: Element): string {
	return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
