import { v7 as uuidv7, validate as isUuid } from 'uuid';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import type { DbContext, RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { projectLoaders } from '../projects/project.loaders';
import { compileCustomPrices, type CustomPrice, type CustomPriceRow } from './model-price.compute';
import { ModelPriceEntity } from './model-price.entity';
import type { UpsertModelPriceInput } from './model-price.input';
import { validateModelPrice } from './model-price.validate';

/** Custom prices one project may hold: every ingested batch reads and matches them all. */
const MAX_PRICES_PER_PROJECT = 500;

const COLUMNS = `id, model_pattern AS "modelPattern", provider, input_price AS "inputPrice", output_price AS "outputPrice",
  cache_read_price AS "cacheReadPrice", cache_write_price AS "cacheWritePrice", reasoning_price AS "reasoningPrice",
  effective_from AS "effectiveFrom", updated_at AS "updatedAt"`;

/** A project's custom prices compiled for matching: one indexed read, done per ingested batch so a change applies to the next call. */
export async function loadCustomPrices(ctx: DbContext, projectId: string): Promise<CustomPrice[]> {
  const rows: CustomPriceRow[] = await db(ctx).query(`SELECT ${COLUMNS} FROM model_prices WHERE project_id = $1`, [projectId]);
  return compileCustomPrices(rows);
}

/** A project's custom prices, by pattern, provider and start. */
export async function listModelPrices(ctx: RequestContext, projectId: string): Promise<ModelPriceEntity[]> {
  assertProjectAccess(ctx, projectId, 'read');
  return db(ctx)
    .getRepository(ModelPriceEntity)
    .createQueryBuilder('p')
    .where('p.projectId = :projectId', { projectId })
    .orderBy('p.modelPattern', 'ASC')
    .addOrderBy('p.provider', 'ASC', 'NULLS FIRST')
    .addOrderBy('p.effectiveFrom', 'ASC', 'NULLS FIRST')
    .getMany();
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (e: unknown) => {
  const err = e as { driverError?: { code?: string }; code?: string };
  return err.driverError?.code === UNIQUE_VIOLATION || err.code === UNIQUE_VIOLATION;
};

/**
 * Adds or changes a custom price (admin keys). With an id, that price is changed (NOT_FOUND when
 * the project has no such price); without, the one of the same pattern, provider and start is
 * replaced or a new one added. Calls ingested from then on get it; stored ones only through a recompute.
 */
export async function upsertModelPrice(ctx: RequestContext, input: UpsertModelPriceInput): Promise<ModelPriceEntity> {
  assertProjectAccess(ctx, input.projectId, 'admin');
  const v = validateModelPrice(input);
  if (!(await projectLoaders(ctx).projectById.load(input.projectId))) throw notFound('Project', input.projectId);
  const values = [v.modelPattern, v.provider, v.inputPrice, v.outputPrice, v.cacheReadPrice, v.cacheWritePrice, v.reasoningPrice, v.effectiveFrom];
  const m = db(ctx);
  let id: string;
  try {
    if (input.id !== undefined && input.id !== null) {
      if (!isUuid(input.id)) throw notFound('ModelPrice', input.id);
      const [rows]: [{ id: string }[], number] = await m.query(
        `UPDATE model_prices SET model_pattern = $3, provider = $4, input_price = $5, output_price = $6, cache_read_price = $7,
                cache_write_price = $8, reasoning_price = $9, effective_from = $10, updated_at = now()
          WHERE id = $1 AND project_id = $2 RETURNING id`,
        [input.id, input.projectId, ...values],
      );
      if (!rows.length) throw notFound('ModelPrice', input.id);
      id = rows[0].id;
    } else {
      const [{ n }]: { n: string }[] = await m.query('SELECT count(*) AS n FROM model_prices WHERE project_id = $1', [input.projectId]);
      if (Number(n) >= MAX_PRICES_PER_PROJECT) {
        throw badInput(`A project may hold at most ${MAX_PRICES_PER_PROJECT} custom prices; delete some or widen a modelPattern`);
      }
      const rows: { id: string }[] = await m.query(
        `INSERT INTO model_prices (id, project_id, model_pattern, provider, input_price, output_price, cache_read_price, cache_write_price,
                                   reasoning_price, effective_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (project_id, model_pattern, coalesce(provider, ''), coalesce(effective_from, '-infinity'::timestamptz))
         DO UPDATE SET input_price = excluded.input_price, output_price = excluded.output_price, cache_read_price = excluded.cache_read_price,
                       cache_write_price = excluded.cache_write_price, reasoning_price = excluded.reasoning_price, updated_at = now()
         RETURNING id`,
        [uuidv7(), input.projectId, ...values],
      );
      id = rows[0].id;
    }
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw badInput('The project already has a price with this modelPattern, provider and effectiveFrom: change that one (its id) instead');
    }
    throw e;
  }
  return m.getRepository(ModelPriceEntity).findOneByOrFail({ id });
}

/** Deletes a custom price (admin keys); calls priced with it keep their cost until a recompute. NOT_FOUND also for another project's price. */
export async function deleteModelPrice(ctx: RequestContext, id: string): Promise<{ id: string; deleted: boolean }> {
  requireAuthenticated(ctx);
  if (!isUuid(id)) throw notFound('ModelPrice', id);
  const row = await db(ctx).getRepository(ModelPriceEntity).findOneBy({ id });
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('ModelPrice', id);
  assertProjectAccess(ctx, row.projectId, 'admin');
  await db(ctx).query('DELETE FROM model_prices WHERE id = $1', [id]);
  return { id, deleted: true };
}
