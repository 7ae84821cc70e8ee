/** A VS Code command to link to from trusted Markdown: its id and the arguments it is called with. */
export interface CommandLink {
  readonly id: string;
  readonly args: readonly unknown[];
}

// CommonMark specials, plus `~` (GFM strikethrough), `&` (entities) and `:` (bare-URL autolinks).
const SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~&:]/g;
const WHITESPACE = /[ \t\n\v\f\r]+/g;
const WEB_URL = /^https?:\/\/[^\s/?#]+/i;
const COMMAND_ID = /^[A-Za-z0-9_.-]+$/;
const URL_SAFE = /[^A-Za-z0-9\-._~:/?#@&+,;=%]/g;

// VS Code renders `$(name)` as a codicon after Markdown has been parsed, so a backslash cannot stop
// it; an entity survives parsing and becomes a plain `$` only in the final DOM.
function neutraliseIcons(text: string): string {
  return text.replace(/\$/g, '&#36;');
}

/**
 * Inline Markdown that renders exactly as `text`: every Markdown special is backslash-escaped, `$`
 * cannot start a codicon, HTML shows as text, and whitespace runs (line breaks too) become one space.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseIcons(text.replace(WHITESPACE, ' ').replace(SPECIALS, '\\$&'));
}

/** Text for the inside of a double-quoted Markdown link title. */
export function escapeLinkTitle(text: string): string {
  return neutraliseIcons(text.replace(WHITESPACE, ' ').replace(/["\\&]/g, '\\$&'));
}

/** True for an absolute http or https URL with a host; the only URLs the hover turns into links. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url);
}

/** The host of a web URL without a leading `www.`, or undefined for anything else. */
export function urlHost(url: string): string | undefined {
  const m = isWebUrl(url) ? /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^/?#:]+)/i.exec(url) : undefined;
  return m?.[1]?.toLowerCase().replace(/^www\./, '');
}

// encodeURIComponent leaves ( ) ' ! * alone; a parenthesis would end a Markdown link destination.
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: encode U+FFFD rather than throw
  }
}

/** A Markdown link `[label](url "title")` for an http(s) URL; any other URL comes back as escaped text. */
export function webLink(label: string, url: string, title?: string): string {
  if (!isWebUrl(url)) return escapeMarkdown(label === url ? url : `${label} (${url})`);
  const destination = url.replace(URL_SAFE, percentEncode);
  const titlePart = title ? ` "${escapeLinkTitle(title)}"` : '';
  return `[${escapeMarkdown(label)}](${destination}${titlePart})`;
}

/**
 * A `command:` link: `[label](command:id?<URI-encoded JSON args> "tooltip")`. `label` is Markdown
 * (our own text); a malformed command id yields the label alone.
 */
export function commandLink(label: string, command: CommandLink, tooltip: string): string {
  if (!COMMAND_ID.test(command.id)) return label;
  return `[${label}](command:${command.id}?${percentEncode(JSON.stringify(command.args))} "${escapeLinkTitle(tooltip)}")`;
}
