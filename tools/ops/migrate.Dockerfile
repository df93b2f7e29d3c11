# Image of docker-compose's one-off `migrate` job: the workspace with its dependencies, running every
# project's Nx `migrate` target against DATABASE_URL, i.e. exactly `npm run migrate` on a developer
# machine. One image for all services, so a service needs nothing extra to have its migrations run.
# docker-compose.yml's command first makes the database roles (tools/scripts/provision-database.ts).
FROM node:20-bookworm-slim
ENV NX_DAEMON=false NX_TUI=false NX_NO_CLOUD=true CI=true
WORKDIR /repo
RUN chown node:node /repo
USER node

COPY --chown=node:node package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY --chown=node:node . .

CMD ["npx", "nx", "run-many", "-t", "migrate", "--outputStyle=stream"]
