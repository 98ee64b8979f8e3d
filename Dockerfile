# resume-bot in a container: the same process the tests start (node --max-semi-space-size=8 --v8-pool-size=0 dist/src/main.js).
# UNTESTED HERE: Docker cannot run on the machines this project is developed and tested on; kept minimal.
# Build: docker build -t resume-bot .   Run: docker run --env-file .env -p 3000:3000 resume-bot
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci compiles the TypeScript (prepare); the development tools are dropped afterwards.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=2s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Run directly (not through npm), so that SIGTERM reaches the bot and it drains before exiting.
CMD ["node", "--max-semi-space-size=8", "--v8-pool-size=0", "dist/src/main.js"]
