# syntax=docker/dockerfile:1
# The image of any app in apps/ (one Dockerfile for all; docker-compose.yml passes the arguments). Build
# from the repository root:
#   docker build -f tools/ops/service.Dockerfile --build-arg APP=registry --build-arg PORT=3001 -t orbita/registry .
#   docker build -f tools/ops/service.Dockerfile --build-arg APP=gateway --build-arg PORT=3000 --build-arg WEB_UI=true -t orbita/gateway .
# APP: the Nx project; PORT: its project.json "metadata.port"; WEB_UI=true: the image also carries the web UI
# (only the gateway serves it). service.Dockerfile.dockerignore beside this file keeps node_modules, dist
# and .git out of the context.

# --- build: the whole workspace, then the app's webpack bundle (and the web UI) gathered in /out ----------
FROM node:20-bookworm-slim AS build
ARG APP
ARG WEB_UI=false
RUN test -n "${APP}" || { echo 'missing --build-arg APP=<app in apps/>' >&2; exit 1; }
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx build "${APP}" \
  && cp -r "dist/apps/${APP}" /out \
  && if [ "${WEB_UI}" = true ]; then npx nx build web && cp -r dist/apps/web /out/web; fi

# --- prod-deps: only what the bundle requires, from the package.json/lock Nx generated for it ---------
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY --from=build /out/package.json /out/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

# --- runtime --------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ARG PORT
RUN test -n "${PORT}" || { echo 'missing --build-arg PORT=<metadata.port of the app>' >&2; exit 1; }
# WEB_ROOT: where the gateway finds the web UI (the other apps do not read it).
ENV NODE_ENV=production \
    PORT=${PORT} \
    HOST=0.0.0.0 \
    WEB_ROOT=/app/web
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/live', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: the app stops taking requests, consuming and relaying its outbox, drains NATS and exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "main.js"]
