# syntax=docker/dockerfile:1
# Node 26, the active LTS line (Node 20 reached its end of life in April 2026); the code runs on Node 20 and later.
# Build: compile TypeScript with the dev dependencies.
FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime: production dependencies only, no embedded PostgreSQL binaries, non-root user.
FROM node:26-trixie-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY openapi ./openapi
USER node
EXPOSE 3000
# DATABASE_URL (PostgreSQL 15+) and OPERATOR_TOKEN are required in a container.
# The node flags of `npm start` (package.json): see "Memory" in the README.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=100", "dist/server.js"]
