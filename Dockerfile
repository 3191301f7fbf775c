# laureates-bot: a small production image. Build: docker build -t laureates-bot .
# Run (HTTP interactions; see README "Deploy"):
#   docker run --rm -p 8080:8080 -e BOT_MODE=http -e DISCORD_PUBLIC_KEY=… laureates-bot
# Run (gateway): docker run --rm -e DISCORD_TOKEN=… -e DISCORD_CLIENT_ID=… laureates-bot

# --- build: every dependency, then the bundle in dist/ (npm run build) -------------------------------------------
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts later: `prepare` builds dist/, and the sources are not in the image yet.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: production dependencies, the bundle, the data and fonts; nothing else ------------------------------
FROM node:20-slim AS runtime
# tini as PID 1: forwards SIGTERM to node (which shuts down gracefully) and reaps zombies, whether or not the
# orchestrator remembers `docker run --init`. From Debian's packages, so nothing is downloaded outside apt.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
# GLIBC_TUNABLES as `npm start` sets it: what malloc gives (typed arrays) in transparent huge pages, which a large
# dataset's first build fills with fewer page faults.
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    GLIBC_TUNABLES=glibc.malloc.hugetlb=1
WORKDIR /app
COPY package.json package-lock.json ./
# No scripts: `prepare` would rebuild dist/, which comes from the build stage; the native renderer (resvg) ships as a
# per-platform package and needs none.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY data ./data
COPY assets ./assets
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8080
# No curl in the slim image: node's own fetch asks /livez (the process answers; readiness is /readyz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/livez').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# As `npm start` runs it: a young generation of at most 2 × 8 MB (node's default lets it grow to 2 × 16 MB while a large
# dataset is read, and keeps it: 15 MB more RSS for nothing; the build takes as long).
CMD ["node", "--max-semi-space-size=8", "dist/main.js"]
