# syntax=docker/dockerfile:1
# The server image: it also serves the admin SPA (web/dist). Production dependencies only, non-root.

FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install -g pnpm@10
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc ./
COPY currency/package.json currency/
COPY emulator/package.json emulator/
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter server build && pnpm --filter web build
# A self-contained copy of the server with its production dependencies (test/e2e/deploy.test.ts runs the same).
RUN pnpm --filter server deploy --prod --legacy /out/server && cp -r server/dist /out/server/dist && cp -r web/dist /out/web-dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/server /app/server
COPY --from=build /out/web-dist /app/web/dist
USER 10001:10001
EXPOSE 4000
ENTRYPOINT ["node"]
CMD ["server/dist/main.js"]
