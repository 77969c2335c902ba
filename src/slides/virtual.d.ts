/** The reveal.js plugins of this edition's decks, from `vitePluginDeckPlugins`: notes only in the instructor edition. */
declare module 'virtual:course/deck-plugins' {
	export const notes: (() => import('reveal.js/plugin/notes').NotesPlugin) | undefined;
}
