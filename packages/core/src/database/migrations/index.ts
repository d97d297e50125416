import { Initial1763776800000 } from './1763776800000-initial';

/** Migrations in the order they apply; new ones are appended. */
export const MIGRATIONS = [Initial1763776800000];
