const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * A tooltip's HTML: a bold heading and plain lines, every piece escaped (names of schools and topics
 * come from users; ECharts renders a formatter's string as HTML).
 */
export function tooltipHtml(heading: string, lines: readonly string[]): string {
  return [`<b>${escapeHtml(heading)}</b>`, ...lines.map(escapeHtml)].join('<br/>');
}
