import type { Edition } from '../edition/edition.ts';

/** A line of the table of contents: a page's name and the book page it starts on, and the same for its sections. */
export interface ContentsEntry {
	name: string;
	page: number;
	sections?: { name: string; page: number }[];
}

/** One line of the contents, its name, a dotted leader and its page number. */
function line({ name, page }: { name: string; page: number }): string {
	return `<span class="name">${escape(name)}</span><span class="leader"></span><span class="page">${String(page)}</span>`;
}

/** The cover and table of contents of the course book, as one HTML document to print. */
export function bookFrontHtml({
	title,
	edition,
	date,
	groups,
}: {
	title: string;
	edition: Edition;
	date: string;
	groups: { label: string; entries: ContentsEntry[] }[];
}): string {
	const contents = groups
		.map(
			(group) =>
				`<section><h2>${escape(group.label)}</h2><ol>${group.entries
					.map((entry) => {
						const sections = entry.sections ?? [];
						const list = sections.length
							? `<ol class="sections">${sections.map((section) => `<li>${line(section)}</li>`).join('')}</ol>`
							: '';
						return `<li class="page-entry"><div class="line">${line(entry)}</div>${list}</li>`;
					})
					.join('')}</ol></section>`,
		)
		.join('');
	const warning =
		edition === 'instructor'
			? '<p class="warning">For course instructors only. Not for distribution to students.</p>'
			: '';
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
	@page { margin: 16mm 15mm 20mm; }
	body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111; font-size: 10.5pt; margin: 0; }
	.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
	.cover h1 { font-size: 30pt; margin: 0 0 6mm; }
	.cover .edition { font-size: 16pt; margin: 0 0 2mm; }
	.cover .date { color: #444; margin: 0; }
	.cover .warning { margin-top: 8mm; padding: 2mm 3mm; border: 1px solid #4a1d75; }
	.contents h1 { font-size: 18pt; margin: 0 0 4mm; }
	.contents h2 { font-size: 12pt; margin: 5mm 0 1mm; break-after: avoid; }
	.contents ol { list-style: none; margin: 0; padding: 0; }
	.contents .line, .contents .sections li { display: flex; align-items: baseline; gap: 2mm; padding: 0.6mm 0; break-inside: avoid; }
	.contents .page-entry { margin-top: 1.2mm; }
	.contents .page-entry > .line { font-weight: 600; break-after: avoid; }
	.contents .sections { padding-inline-start: 6mm; font-size: 9.5pt; color: #333; }
	.contents .sections li { padding: 0.2mm 0; }
	.contents .leader { flex: 1; border-bottom: 1px dotted #888; }
</style></head><body>
<section class="cover"><h1>${escape(title)}</h1><p class="edition">${edition === 'instructor' ? 'Instructor' : 'Student'} edition</p><p class="date">${escape(date)}</p>${warning}</section>
<section class="contents"><h1>Contents</h1>${contents}</section>
</body></html>`;
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (character) => `&#${String(character.codePointAt(0))};`);
}
