import { z } from 'zod';
import { CategorySchema, TemplateLanguageSchema, checklistSections } from './caseSchema';

/** A checklist template. Built-in ones ship with the app; user templates will live in the database. */
export const TemplateSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().min(1),
  language: TemplateLanguageSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(4000),
  category: CategorySchema,
  defaultReviewBusinessDays: z.number().int().min(0).max(365).nullable(),
  items: z
    .array(
      z.object({
        key: z.string().min(1).max(100),
        section: z.enum(checklistSections),
        title: z.string().min(1).max(300),
        help: z.string().max(4000),
      }),
    )
    .min(1)
    .max(200),
});
export type ChecklistTemplate = z.infer<typeof TemplateSchema>;
