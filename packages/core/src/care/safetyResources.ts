import * as z from 'zod/mini';
import { type Message, message } from '../i18n/index.js';
import type { CareMessageId } from '../i18n/messages/care.js';
import { typeError } from '../schemas/text.js';

/** How a resource can be reached. */
export type ContactKind = 'call' | 'tty' | 'text' | 'chat';

/** One way to reach a resource: a label to show (with the number as a parameter) and a link a device can open. */
export type ResourceContact = {
  readonly kind: ContactKind;
  readonly label: Message;
  readonly href: string;
};

/**
 * A crisis resource: its name and description as message ids, how to reach it, where the details come from, and the
 * ISO date they were last reviewed. Numbers are data, not text, so a translation can never change one.
 */
export type CrisisResource = {
  readonly id: string;
  readonly name: CareMessageId;
  readonly description: CareMessageId;
  readonly contacts: readonly ResourceContact[];
  readonly source: string;
  readonly reviewed: string;
};

// `@__PURE__` tells bundlers that building the schema changes nothing else (zod marks its own factories so, but not
// `.check(...)`), so an app that only shows the resources, and never validates one, can leave it out.

/** The shape every shipped resource must have; the tests hold the data to it, and apps can check their own additions. */
export const CrisisResourceSchema = z.object(
  {
    id: /* @__PURE__ */ z.string({ error: typeError('text') }).check(z.minLength(1, { error: 'must not be empty' })),
    name: /* @__PURE__ */ z
      .string({ error: typeError('a care.resources message id') })
      .check(z.startsWith('care.resources.', { error: 'must be a care.resources message id' })),
    description: /* @__PURE__ */ z
      .string({ error: typeError('a care.resources message id') })
      .check(z.startsWith('care.resources.', { error: 'must be a care.resources message id' })),
    contacts: z.array(
      z.object(
        {
          kind: z.enum(['call', 'tty', 'text', 'chat'], { error: 'must be "call", "tty", "text" or "chat"' }),
          label: z.object(
            {
              id: z.string({ error: typeError('a message id') }),
              params: z.optional(
                z.record(z.string(), z.union([z.string(), z.number()], { error: typeError('text or a number') }), {
                  error: typeError('an object of message parameters'),
                }),
              ),
            },
            { error: typeError('a message, as { id, params }') },
          ),
          href: /* @__PURE__ */ z
            .string({ error: typeError('a tel:, sms: or https:// link') })
            .check(z.regex(/^(tel:|sms:|https:\/\/)/, { error: 'must be a tel:, sms: or https:// link' })),
        },
        { error: typeError('a contact object') },
      ),
      { error: typeError('a list of contacts') },
    ),
    source: /* @__PURE__ */ z
      .string({ error: typeError('text naming where the details come from') })
      .check(z.minLength(1, { error: 'must name where the details come from' })),
    reviewed: z.iso.date({ error: 'must be an ISO date such as 2026-11-26' }),
  },
  { error: typeError('a crisis resource object') },
);

// The day these entries were last checked against the sources cited in docs/concepts.md.
const REVIEWED = '2026-11-26';

// Freezing all the way down keeps a caller from emptying or editing the lists the safety screen depends on.
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The resource shown wherever no verified resources are known: contact your local emergency services.
 * It names no number, because the right number depends on where the person is.
 */
export const EMERGENCY_FALLBACK: CrisisResource = freeze({
  id: 'emergency',
  name: 'care.resources.emergency.name',
  description: 'care.resources.emergency.description',
  contacts: [],
  source: 'Common Ground safety stance (docs/concepts.md, "Safety")',
  reviewed: REVIEWED,
});

const US_SOURCE = 'Office for Victims of Crime, ovc.ojp.gov (cited in docs/concepts.md, "Safety")';

/**
 * Verified crisis resources by region, the country part of a locale (`US` in `en-US` and `es-US`): phone numbers
 * depend on where someone is, not on the language they read. Only regions whose numbers we could check are listed;
 * every other region gets {@link EMERGENCY_FALLBACK}.
 */
export const CRISIS_RESOURCES: Readonly<Record<string, readonly CrisisResource[]>> = freeze({
  US: [
    {
      id: 'us.emergency',
      name: 'care.resources.us.emergency.name',
      description: 'care.resources.us.emergency.description',
      contacts: [{ kind: 'call', label: message('care.resources.contact.call', { number: '911' }), href: 'tel:911' }],
      source: US_SOURCE,
      reviewed: REVIEWED,
    },
    {
      id: 'us.hotline',
      name: 'care.resources.us.hotline.name',
      description: 'care.resources.us.hotline.description',
      contacts: [
        {
          kind: 'call',
          label: message('care.resources.contact.call', { number: '800-799-SAFE (7233)' }),
          href: 'tel:+18007997233',
        },
        {
          kind: 'tty',
          label: message('care.resources.contact.tty', { number: '800-787-3224' }),
          href: 'tel:+18007873224',
        },
        {
          kind: 'text',
          label: message('care.resources.contact.text', { keyword: 'START', number: '88788' }),
          href: 'sms:88788',
        },
        {
          kind: 'chat',
          label: message('care.resources.contact.chat', { site: 'thehotline.org' }),
          href: 'https://www.thehotline.org',
        },
      ],
      source: US_SOURCE,
      reviewed: REVIEWED,
    },
  ],
});

const FALLBACK_LIST: readonly CrisisResource[] = freeze([EMERGENCY_FALLBACK]);

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale.trim().replace(/_/g, '-')).region?.toUpperCase();
  } catch {
    return undefined;
  }
}

/**
 * The crisis resources for a locale such as `en-US` or `es-US`, never an empty list: a locale without a region, an
 * unknown region or an unreadable value gets {@link EMERGENCY_FALLBACK}. It never throws, unlike most functions here,
 * because resources must appear even when the locale is broken (fail closed; docs/concepts.md, "Fail closed").
 *
 * @example
 * resourcesFor('es-US').map((resource) => resource.id); // ['us.emergency', 'us.hotline']
 * resourcesFor('es-MX').map((resource) => resource.id); // ['emergency']
 */
export function resourcesFor(locale: string): readonly CrisisResource[] {
  const region = typeof locale === 'string' ? regionOf(locale) : undefined;
  const found = region === undefined || !Object.hasOwn(CRISIS_RESOURCES, region) ? undefined : CRISIS_RESOURCES[region];
  return found !== undefined && found.length > 0 ? found : FALLBACK_LIST;
}
