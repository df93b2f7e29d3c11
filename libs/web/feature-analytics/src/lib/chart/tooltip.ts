import type { TooltipComponentFormatterCallbackParams, TooltipComponentOption } from 'echarts';

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

/**
 * The tooltip of a chart along an axis (one bar or group per item): the HTML of the item under the
 * pointer, found by its index; nothing where there is none.
 */
export function axisTooltip<T>(items: readonly T[], html: (item: T) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    formatter: (params: TooltipComponentFormatterCallbackParams) => {
      const [point] = Array.isArray(params) ? params : [params];
      const item = items[point?.dataIndex ?? 0];
      return item === undefined ? '' : html(item);
    },
  };
}
