// What the Nx workspace holds, read from its project graph, so a new app or a new `migrate`/`seed` target
// needs no change in the scripts.
//
// Conventions (project.json of each app):
// - tag `type:app` marks a deployable; its build leaves `dist/apps/<name>/main.js` (apps without one,
//   such as a web UI the gateway serves, are built but not started);
// - `"metadata": { "port": 3001 }` is the HTTP port it listens on (PORT) for its API and /health/*.
//   Without it: the gateway gets 3000 and any other app a port from 3100 up, with a warning.
import devkit from '@nx/devkit';

export const GATEWAY_DEFAULT_PORT = 3000;
export const FALLBACK_PORT_BASE = 3100;

/** Reads the project graph once; returns the apps and a lookup of projects by target name. */
export async function readWorkspace() {
  const graph = await devkit.createProjectGraphAsync({ exitOnError: false });
  const projects = Object.values(graph.nodes).map((node) => ({
    name: node.name,
    root: node.data.root,
    tags: node.data.tags ?? [],
    targets: Object.keys(node.data.targets ?? {}),
    metadata: node.data.metadata ?? {},
  }));
  return {
    apps: projects
      .filter((project) => project.tags.includes('type:app'))
      .sort((a, b) => a.name.localeCompare(b.name)),
    projectsWithTarget: (target) =>
      projects
        .filter((project) => project.targets.includes(target))
        .map((project) => project.name)
        .sort(),
  };
}

/**
 * Gives each app its port: `metadata.port` when set, else the fallback described above, plus `offset`
 * (START_PORT_OFFSET). Pure, so it is easy to reason about; throws when two apps claim the same port.
 */
export function assignPorts(apps, offset = 0) {
  const taken = new Set(apps.map((app) => app.metadata?.port).filter(Number.isInteger));
  let next = FALLBACK_PORT_BASE;
  const result = apps.map((app) => {
    if (Number.isInteger(app.metadata?.port))
      return { ...app, port: app.metadata.port, portFrom: 'metadata' };
    if (app.name === 'gateway' && !taken.has(GATEWAY_DEFAULT_PORT)) {
      taken.add(GATEWAY_DEFAULT_PORT);
      return { ...app, port: GATEWAY_DEFAULT_PORT, portFrom: 'default' };
    }
    while (taken.has(next)) next += 1;
    taken.add(next);
    return { ...app, port: next, portFrom: 'fallback' };
  });
  for (const app of result) app.port += offset;
  const seen = new Map();
  for (const app of result) {
    if (seen.has(app.port))
      throw new Error(`apps ${seen.get(app.port)} and ${app.name} both use port ${app.port}`);
    seen.set(app.port, app.name);
  }
  return result;
}
