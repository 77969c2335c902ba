/** The components course pages import: `import { KeyTakeaways } from '~/components/course';`. */
export { default as DiscussionQuestions } from './DiscussionQuestions.astro';
export { default as KeyTakeaways } from './KeyTakeaways.astro';
