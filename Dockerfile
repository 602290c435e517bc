# One image for every service of the directory; docker-compose.yml picks the command.
# TypeScript runs through @swc-node/register (decorator metadata included), so there is no build step.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc* ./
COPY services/common/package.json services/common/
COPY services/territories/package.json services/territories/
COPY services/actors/package.json services/actors/
COPY services/collaborations/package.json services/collaborations/
COPY services/search/package.json services/search/
COPY services/web/package.json services/web/
COPY gateway/package.json gateway/
COPY tests/package.json tests/
# Dev dependencies too: TypeScript runs through @swc-node/register, a devDependency (no build step).
RUN npm ci --include=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY services services
COPY gateway gateway
COPY schema schema
COPY seed seed
# The web application, built once into services/web/dist: the gateway serves it at / (and its
# offline GraphQL explorer at /graphql).
RUN npm run web:build
USER node
