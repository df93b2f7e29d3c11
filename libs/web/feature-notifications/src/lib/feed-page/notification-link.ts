/**
 * The web UI's page for a notification's `link`. The notifications service names pages by the service
 * that owns them (`/assessments/protocols/{id}`, `/reporting/works/{id}`); the UI's routes differ:
 * a protocol opens its review page, recalculated analytics the work's analytics. Roadmap links
 * (`/roadmap/activities/{id}`) are the UI's own. Undefined when there is nothing to open.
 */
export function webPathOf(link: string | null | undefined): string | undefined {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return undefined;
  const rewrites: [RegExp, string][] = [
    [/^\/assessments\/protocols\/([^/?#]+)/, '/protocols/$1'],
    [/^\/reporting\/works\/([^/?#]+)/, '/analytics/works/$1'],
    [/^\/assessments\/works\/([^/?#]+)/, '/works/$1'],
  ];
  for (const [pattern, target] of rewrites) if (pattern.test(link)) return link.replace(pattern, target);
  return link;
}
