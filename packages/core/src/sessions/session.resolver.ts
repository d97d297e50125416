import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { TraceConnection } from '../traces/trace.type';
import { getSession, listSessions, listSessionTraces } from './session.service';
import { Session, SessionConnection } from './session.type';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => SessionConnection, { complexity: QUERY_COST.projectAggregate, description: "A project's sessions (conversations), most recently active first" })
  sessions(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listSessions(ctx, projectId, first, after);
  }

  @Query(() => Session, { complexity: QUERY_COST.counters, description: 'One session of a project, by the session id the client sent' })
  session(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string, @Arg('id', () => String) id: string) {
    return getSession(ctx, projectId, id);
  }

  @FieldResolver(() => TraceConnection, {
    description: "The traces of the session in start order, for chat playback; totalCount is the session's traceCount, always exact",
  })
  traces(
    @Ctx() ctx: RequestContext,
    @Root() session: Session,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listSessionTraces(ctx, session, first, after);
  }
}
