/**
 * The web UI's page for a notification's `link`: the notifications service names the UI's own routes
 * (`/protocols/{id}`, `/analytics/works/{id}`, `/roadmap/activities/{id}`), the same as in its e-mails.
 * Undefined when there is nothing to open, or the link leaves the site.
 */
export function webPathOf(link: string | null | undefined): string | undefined {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return undefined;
  return link;
}
