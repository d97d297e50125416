# syntax=docker/dockerfile:1
# One image for every Sextant process: `sextant api` (the default), `sextant worker`, `sextant migrate`.
#   docker build -t sextant .
#   docker run --rm sextant migrate      (with DATABASE_URL; see infra/docker-compose.yml)
# The build stage runs the commands `pnpm check:deploy` runs in CI (pnpm build, then pnpm bundle),
# so CI exercises the very bundle this image holds.

FROM node:20-bookworm AS build
RUN npm i -g pnpm@12
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
    pnpm build && pnpm bundle /app

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    OTLP_GRPC_PORT=4317 \
    SEXTANT_DATA_DIR=/data \
    PATH=/app/bin:$PATH
# A user of its own, no shell login, owning only the data folder; the bundle stays root's, read-only to it.
RUN groupadd --system --gid 10001 sextant \
 && useradd --system --uid 10001 --gid sextant --home-dir /data --no-create-home --shell /usr/sbin/nologin sextant \
 && mkdir -p /data \
 && chown sextant:sextant /data
COPY --from=build /app /app
USER sextant
WORKDIR /data
VOLUME ["/data"]
EXPOSE 4000 4317
# /livez: the API's port, or a worker's METRICS_PORT (9464); either answering 200 means alive.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "const e=process.env;Promise.any([e.PORT||4000,e.METRICS_PORT||9464].map(p=>fetch('http://127.0.0.1:'+p+'/livez').then(r=>{if(!r.ok)throw new Error(r.status)}))).then(()=>process.exit(0),()=>process.exit(1))"]
ENTRYPOINT ["sextant"]
CMD ["api"]
