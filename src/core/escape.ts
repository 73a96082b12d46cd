// Escaping of data-derived text (store, source, item, keyword, agent names from exports that
// other people control) for the formats storeops renders. Every export here is internal.

/**
 * Control characters (C0 but tab, DEL, C1), line and paragraph separators, bidi embeddings,
 * overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), and
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E): they can forge a line, flip
 * the text around them (U+202E) or hide characters.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\r\u2028\u2029]+/g;

/**
 * Makes a data-derived value safe to print on one line of any format: line breaks and tabs
 * become one space; control, bidi and zero-width characters are removed. Readable characters
 * (Chinese, emoji, punctuation) are kept. @internal
 */
export function sanitizeText(value: string): string {
  return value.replace(BREAKS, ' ').replace(UNSAFE, '');
}

/**
 * Escapes text for inline Markdown (CommonMark): a backslash before every character that could
 * start emphasis, code, a link or image, raw HTML, an entity, a table cell or strikethrough, so
 * a name like `[x](javascript:alert(1)) <img onerror=…>` prints as itself. @internal
 */
export function escapeMarkdown(value: string): string {
  return sanitizeText(value).replace(/[\\`*_[\]<>&|~]/g, '\\$&');
}

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. @internal */
export function escapeHtml(value: string): string {
  return sanitizeText(value).replace(/[&<>"']/g, (c) => HTML[c] as string);
}
