/**
 * A long text (a pasted job description) does not fit a slash command's one-line option: a
 * command whose registry entry reads long text (`longText`) and is asked without it opens a
 * modal with a paragraph input instead, and the modal's submission is answered like the
 * command. The modal's custom_id names the command (`ask:<command>`), so whichever process
 * gets the submission can answer it.
 */
import {
  ComponentType,
  InteractionResponseType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Command } from '../../commands/definition.js';
import { commandTexts } from '../../commands/localized.js';
import { english, type Messages } from '../i18n/catalogue.js';
import { LIMITS } from './limits.js';
import { truncate } from './text.js';

const MODAL_PREFIX = 'ask:';
/** The paragraph input's custom_id inside the modal. */
export const TEXT_INPUT_ID = 'text';

export interface ModalResponse {
  type: InteractionResponseType.Modal;
  data: APIModalInteractionResponseCallbackData;
}

/** The modal asking for a long-text command's text; null for a command that reads no long text. */
export function modalFor(command: Command | undefined, words: Messages = english()): ModalResponse | null {
  const { data } = command ?? {};
  if (!command || !data?.longText || data.longText.after || !data.option) return null;
  const texts = commandTexts(command, words);
  return {
    type: InteractionResponseType.Modal,
    data: {
      custom_id: `${MODAL_PREFIX}${data.name}`,
      title: truncate(texts.description.replace(/:.*$/, ''), LIMITS.modalTitle),
      components: [
        {
          type: ComponentType.Label,
          label: truncate((texts.option ?? data.option.description).replace(/\s*\(.*\)$/, ''), LIMITS.labelText),
          description: truncate(
            words.t('discord.upTo', { max: Math.min(data.longText.maxLength, LIMITS.textInputValue).toLocaleString(words.locale) }),
            LIMITS.labelDescription,
          ),
          component: {
            type: ComponentType.TextInput,
            custom_id: TEXT_INPUT_ID,
            style: TextInputStyle.Paragraph,
            required: true,
            min_length: 1,
            max_length: Math.min(data.longText.maxLength, LIMITS.textInputValue),
            ...(texts.examples[0] ? { placeholder: truncate(texts.examples[0].replace(/^\S+\s+/, ''), LIMITS.textInputPlaceholder) } : {}),
          },
        },
      ],
    },
  };
}

/** The command a modal submission answers, from its custom_id; null when it is not one of ours. */
export function modalCommand(customId: string | undefined): string | null {
  const name = customId?.startsWith(MODAL_PREFIX) ? customId.slice(MODAL_PREFIX.length) : '';
  return /^[a-z0-9_-]{1,32}$/.test(name) ? name : null;
}

/** A submitted input as the payload carries it: untrusted, every field checked where read. */
export interface SubmittedInput {
  type?: number;
  custom_id?: string;
  value?: unknown;
}

/** A top-level component of a submission: a label holding one input, or an action row holding some. */
export interface SubmittedComponent extends SubmittedInput {
  component?: SubmittedInput;
  components?: SubmittedInput[];
}

/**
 * The paragraph's text in a submission: inside a label (how the modal is sent) or an action
 * row (the older layout). Empty when it is missing.
 */
export function submittedText(components: readonly SubmittedComponent[] | undefined): string {
  const inputs = (components ?? []).flatMap((c) => [
    c,
    ...(c.component ? [c.component] : []),
    ...(Array.isArray(c.components) ? c.components : []),
  ]);
  const input = inputs.find((c) => c.type === ComponentType.TextInput && c.custom_id === TEXT_INPUT_ID && typeof c.value === 'string');
  return typeof input?.value === 'string' ? input.value : '';
}
