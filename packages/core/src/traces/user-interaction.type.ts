import { Field, ID, ObjectType } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.type';

@ObjectType({ description: "A user's input to an agent, or an output shown to the user" })
export class UserInteraction {
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field({ description: 'input or output (or another kind the client chose)' }) interactionType: string;
  @Field() content: string;
  @Field(() => String, { nullable: true }) userId: string | null;
  @Field() timestamp: Date;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
}
