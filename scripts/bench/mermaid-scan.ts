import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scripts in a built site that mention Mermaid, with their sizes: the site-wide proof of "no Mermaid runtime". */
export function scriptsMentioningMermaid(dir: string): { file: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.m?js$/.test(file))
		.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }))
		.filter(({ text }) => /mermaid/i.test(text))
		.map(({ file, text }) => ({ file, bytes: Buffer.byteLength(text) }));
}
