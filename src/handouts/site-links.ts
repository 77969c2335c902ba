import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';

/**
 * Points the links of a printed page at the published site. A page is printed from a temporary local server,
 * so Chromium writes that server's address into every link to another page; a reader of the PDF needs the
 * edition's own address (its canonical URL: `SITE_URL` and `BASE_PATH`). Links elsewhere are left alone.
 */
export async function relinkToSite(pdf: Uint8Array, from: string, to: string): Promise<Uint8Array> {
	if (from === to) return pdf;
	const document = await PDFDocument.load(pdf, { updateMetadata: false });
	let changed = 0;
	for (const page of document.getPages()) {
		const annotations = page.node.Annots();
		if (!annotations) continue;
		for (let index = 0; index < annotations.size(); index += 1) {
			const annotation = annotations.lookupMaybe(index, PDFDict);
			const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
			const uri = action?.lookup(PDFName.of('URI'));
			if (!action || !(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
			const target = uri.decodeText();
			if (!target.startsWith(from)) continue;
			action.set(PDFName.of('URI'), PDFString.of(to + target.slice(from.length)));
			changed += 1;
		}
	}
	return changed === 0 ? pdf : document.save();
}
