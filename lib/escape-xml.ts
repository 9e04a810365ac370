/** Text made safe inside XML or HTML markup, attribute values included. Kept apart from the picture code so the browser's embed snippet can use it without the font reader. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
