import { TemplateSchema, type ChecklistTemplate } from '../domain/templateSchema';
import type { TemplateLanguage } from '../domain/caseSchema';
import defaultFlowEn from './default-flow.en.json';
import defaultFlowZh from './default-flow.zh-CN.json';

/** Parsed once so a typo in the JSON fails loudly at start-up and in the tests. */
export const builtInTemplates: readonly ChecklistTemplate[] = [
  TemplateSchema.parse(defaultFlowEn),
  TemplateSchema.parse(defaultFlowZh),
];

export function defaultTemplateFor(language: TemplateLanguage): ChecklistTemplate {
  const template = builtInTemplates.find((t) => t.id === 'default-flow' && t.language === language);
  if (!template) throw new Error(`No built-in template for ${language}`);
  return template;
}

export function templateKey(template: Pick<ChecklistTemplate, 'id' | 'language'>): string {
  return `${template.id}@${template.language}`;
}
