# One image for every service of the directory; docker-compose.yml picks the command
# (`node <workspace>/dist/main.js`). Two stages: the build, with dev dependencies, compiles the
# TypeScript (npm run build: swc, decorator metadata included) and the web application; the runtime
# has production dependencies only and the built files, and runs no TypeScript loader.
# tests/src/production-build.test.ts builds the runtime stage's tree from this file and runs it.

# The manifests and the lockfile: what both stages install from.
FROM node:24-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
COPY services/common/package.json services/common/
COPY services/territories/package.json services/territories/
COPY services/actors/package.json services/actors/
COPY services/collaborations/package.json services/collaborations/
COPY services/search/package.json services/search/
COPY services/web/package.json services/web/
COPY gateway/package.json gateway/
COPY tools/package.json tools/
COPY tests/package.json tests/

FROM manifests AS build
RUN npm ci --include=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY scripts scripts
COPY services services
COPY gateway gateway
COPY tools tools
COPY schema schema
COPY seed seed
# <workspace>/dist for each service, and services/web/dist: the gateway serves it at / (and its
# offline GraphQL explorer at /graphql).
RUN npm run build && npm run web:build

FROM manifests AS runtime
ENV NODE_ENV=production
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/services/common/dist services/common/dist
COPY --from=build /app/services/territories/dist services/territories/dist
COPY --from=build /app/services/actors/dist services/actors/dist
COPY --from=build /app/services/collaborations/dist services/collaborations/dist
COPY --from=build /app/services/search/dist services/search/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/tools/dist tools/dist
COPY --from=build /app/services/web/dist services/web/dist
# Data the services read at run time, found from dist/ as from src/.
COPY services/actors/data services/actors/data
COPY services/search/data services/search/data
COPY schema schema
COPY seed seed
USER node
