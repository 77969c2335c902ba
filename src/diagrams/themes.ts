/** The Mermaid themes every diagram is drawn in: one for Starlight's light theme (and print), one for dark. */
export const diagramThemes = { light: 'default', dark: 'dark' } as const;

/** Which of Starlight's colour schemes a rendering belongs to. */
export type DiagramScheme = keyof typeof diagramThemes;

/** The Mermaid configuration shared by every rendering; part of the cache key. */
export function mermaidConfig(scheme: DiagramScheme): Record<string, unknown> {
	return {
		startOnLoad: false,
		theme: diagramThemes[scheme],
		securityLevel: 'strict',
		// Stable ids and a fixed seed make two builds of the same commit byte-identical: Mermaid 11 draws node
		// shapes with Rough.js even in the classic look, and without a seed their curves vary from run to run.
		deterministicIds: true,
		handDrawnSeed: 1,
		suppressErrorRendering: true,
		// SVG text instead of HTML in <foreignObject>: prints, extracts from PDFs and scales reliably.
		htmlLabels: false,
		// Nodes closer together than Mermaid's 50 px: diagrams fit a column (and an A4 page) at a readable size.
		flowchart: { htmlLabels: false, useMaxWidth: true, nodeSpacing: 30, rankSpacing: 30 },
		// Messages wrap and actors sit closer, so a sequence diagram fits the column at a readable size.
		sequence: { wrap: true, actorMargin: 20, width: 120 },
		// A page-wide Gantt drawn 1200 px wide would shrink its labels to nothing in a 45rem column.
		gantt: { useWidth: 720, barHeight: 24, barGap: 6, fontSize: 13, sectionFontSize: 13, leftPadding: 60 },
		// d3 draws a Gantt's time axis at 10 px, below the readable minimum (src/diagrams/readability.ts).
		themeCSS: '.grid .tick text { font-size: 12px; }',
		fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
	};
}
