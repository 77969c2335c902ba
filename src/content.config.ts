import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { edition } from 'virtual:course/config';
import { coursePageFields } from './course/schema.ts';
import { editionDocsLoader } from './edition/loader.ts';
import { LabCardSchema } from './labs/schema.ts';

export const collections = {
	docs: defineCollection({
		loader: editionDocsLoader(edition),
		schema: docsSchema({ extend: z.object({ ...coursePageFields, lab: LabCardSchema.optional() }) }),
	}),
};
