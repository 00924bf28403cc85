import type { Catalog, MessageId } from './catalog.js';

/** Values that fill a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Something the library says, as an id and parameters, so any UI can word it in its own language. */
export type Message = { readonly id: MessageId; readonly params?: MessageParams };

/** Builds a {@link Message}, leaving `params` out when there are none. */
export function message(id: MessageId, params?: MessageParams): Message {
  return params === undefined ? { id } : { id, params };
}

/**
 * Renders a message with a catalog, replacing each `{name}` with its parameter.
 * A placeholder without a parameter is left as it is, so a missing value shows instead of vanishing.
 *
 * @example
 * formatMessage({ id: 'fairness.class.winWin' }, en)
 */
export function formatMessage(msg: Message, catalog: Catalog): string {
  const template = catalog[msg.id];
  const params = msg.params;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
