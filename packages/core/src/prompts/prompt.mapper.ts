import type { PromptEntity, PromptVersionEntity } from './prompt.entity';
import { Prompt, PromptTemplateFormatEnum, PromptVersion } from './prompt.type';

/** Maps a prompt row to its API type. */
export const toPrompt = (e: PromptEntity): Prompt => {
  const { project: _project, ...columns } = e;
  return Object.assign(new Prompt(), columns);
};

/** Maps a version row to its API type: the template as messages (CHAT) or text (TEXT); the author's key stays out. */
export function toPromptVersion(e: PromptVersionEntity): PromptVersion {
  const chat = e.templateFormat === 'chat';
  return Object.assign(new PromptVersion(), {
    id: e.id,
    projectId: e.projectId,
    promptId: e.promptId,
    version: e.version,
    templateFormat: chat ? PromptTemplateFormatEnum.CHAT : PromptTemplateFormatEnum.TEXT,
    messages: chat && Array.isArray(e.template) ? e.template : null,
    text: !chat && typeof e.template === 'string' ? e.template : null,
    variables: e.variables,
    model: e.model,
    parameters: e.parameters ?? {},
    commitMessage: e.commitMessage,
    createdAt: e.createdAt,
  });
}
