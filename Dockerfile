# The live relay alone (README, "Run the live relay"): Node 20, the relay's own dependencies and
# nothing of the app. It writes nothing, so the container can run with a read-only file system.
FROM node:20-alpine

ENV NODE_ENV=production \
    RELAY_HOST=0.0.0.0 \
    RELAY_PORT=1234

WORKDIR /app

# The root lockfile with only the relay workspace installed: @hocuspocus/server, its Redis
# extension, yjs and what they need; no dev tools, no install scripts.
COPY package.json package-lock.json ./
COPY relay/package.json relay/
RUN npm ci --omit=dev --workspace relay --ignore-scripts --no-audit --no-fund \
    && npm cache clean --force

COPY relay/src relay/src

USER node
EXPOSE 1234

HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.RELAY_PORT || 1234) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "relay/src/main.mjs"]
