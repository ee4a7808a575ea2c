# syntax=docker/dockerfile:1
# Claimdesk production image: Next.js standalone output on a slim Node image,
# run as a non-root user. Build: docker build -t claimdesk .
# Configuration comes only from environment variables (README, "Configuration";
# .env.example). Migrations run once per deploy: see docker-compose.yml's
# "migrate" service and docs/deploy.md.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# The build stage keeps the dev tools: it also serves the one-off
# "npm run db:migrate" of a deploy.
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npm run db:generate && node node_modules/next/dist/bin/next build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
WORKDIR /app
RUN groupadd --system claimdesk && useradd --system --gid claimdesk --home-dir /app claimdesk \
  && mkdir -p /exports && chown claimdesk:claimdesk /exports
COPY --from=build --chown=claimdesk:claimdesk /app/.next/standalone ./
COPY --from=build --chown=claimdesk:claimdesk /app/.next/static ./.next/static
COPY --from=build --chown=claimdesk:claimdesk /app/public ./public
# /api/ready compares these with the database's applied migrations.
COPY --from=build --chown=claimdesk:claimdesk /app/prisma/migrations ./prisma/migrations
USER claimdesk
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --no-liftoff: Prisma's query compiler (WebAssembly) is compiled once, optimised,
# not twice; measured on `npm start`'s server, which runs the same flag
# (docs/benchmarks.md, "Idle memory").
CMD ["node", "--no-liftoff", "server.js"]
