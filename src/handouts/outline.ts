import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFNull,
	PDFNumber,
	PDFRef,
	PDFString,
	type PDFObject,
} from 'pdf-lib';

/** One bookmark of a PDF outline: where it leads (a page, counted from 0, and a height on it) and what is under it. */
export interface Bookmark {
	title: string;
	page: number;
	/** The height on the page, in PDF points from the bottom; absent for the top of the page. */
	top?: number | undefined;
	children: Bookmark[];
}

/**
 * The outline Chromium wrote into a printed page (`page.pdf({ outline: true })`: one bookmark per heading,
 * nested by level), down to `depth` levels. Chromium builds a title from the heading's text runs and drops
 * the space where a heading wrapped ("accuracymisleads"): each title is replaced by the page's own heading
 * text when the two differ in whitespace only.
 */
export async function readOutline(pdf: Uint8Array, headings: string[], depth: number): Promise<Bookmark[]> {
	const document = await PDFDocument.load(pdf, { updateMetadata: false });
	const pages = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
	const bySqueezed = new Map(headings.map((heading) => [squeeze(heading), heading]));
	const read = (first: PDFDict | undefined, level: number): Bookmark[] => {
		const items: Bookmark[] = [];
		for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const title = textOf(item.lookup(PDFName.of('Title')));
			const destination = destinationOf(item);
			const page = pages.get(destination.get(0).toString());
			if (page === undefined) throw new Error(`The printed outline entry "${title}" leads to no page of its PDF.`);
			const top = destination.lookupMaybe(3, PDFNumber)?.asNumber();
			items.push({
				title: bySqueezed.get(squeeze(title)) ?? title,
				page,
				top,
				children: level < depth ? read(item.lookupMaybe(PDFName.of('First'), PDFDict), level + 1) : [],
			});
		}
		return items;
	};
	const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	return read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 1);
}

/** The same bookmarks, `offset` pages further on: a part's outline placed in the handout it joins. */
export function shifted(bookmarks: Bookmark[], offset: number): Bookmark[] {
	return bookmarks.map((bookmark) => ({
		...bookmark,
		page: bookmark.page + offset,
		children: shifted(bookmark.children, offset),
	}));
}

/**
 * Writes the bookmarks as the document's outline (the PDF's Outlines dictionary), shown when the file opens.
 * The first level is shown open, everything under it closed, so a long book opens on a short list.
 */
export function writeOutline(document: PDFDocument, bookmarks: Bookmark[]): void {
	const { context } = document;
	const pages = document.getPages();
	/** How many entries show under a list when its items are closed or, for the first level, open. */
	const shown = (items: Bookmark[], open: boolean): number =>
		items.reduce((sum, item) => sum + 1 + (open ? shown(item.children, false) : 0), 0);
	const write = (items: Bookmark[], parent: PDFRef, level: number): { first: PDFRef; last: PDFRef } | undefined => {
		const refs = items.map(() => context.nextRef());
		items.forEach((item, index) => {
			const ref = refs[index];
			const page = pages[item.page];
			if (!ref || !page)
				throw new Error(`The bookmark "${item.title}" leads to page ${String(item.page + 1)}, which does not exist.`);
			const entry = new Map<string, PDFObject>([
				['Title', PDFHexString.fromText(item.title)],
				['Parent', parent],
				['Dest', context.obj([page.ref, PDFName.of('XYZ'), PDFNull, item.top ?? page.getHeight(), PDFNull])],
			]);
			const previous = refs[index - 1];
			const next = refs[index + 1];
			if (previous) entry.set('Prev', previous);
			if (next) entry.set('Next', next);
			const children = write(item.children, ref, level + 1);
			if (children) {
				const open = level === 0;
				entry.set('First', children.first);
				entry.set('Last', children.last);
				entry.set('Count', PDFNumber.of((open ? 1 : -1) * shown(item.children, false)));
			}
			const dict = PDFDict.withContext(context);
			for (const [key, value] of entry) dict.set(PDFName.of(key), value);
			context.assign(ref, dict);
		});
		const [first] = refs;
		const last = refs.at(-1);
		return first && last ? { first, last } : undefined;
	};
	const root = context.nextRef();
	const top = write(bookmarks, root, 0);
	if (!top) return;
	context.assign(
		root,
		context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: shown(bookmarks, true) }),
	);
	document.catalog.set(PDFName.of('Outlines'), root);
	document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** An outline entry's destination: a `Dest` array, or the `D` of a go-to action. */
function destinationOf(item: PDFDict): PDFArray {
	const direct = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
	const action = item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
	const destination = direct ?? action;
	if (!destination) {
		throw new Error('A printed outline entry has no page destination; has Chromium changed how it writes outlines?');
	}
	return destination;
}

function textOf(value: PDFObject | undefined): string {
	return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}
