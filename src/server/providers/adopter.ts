import type { Meeting, ProviderId } from '../../shared/api';
import type { InjectorContext } from '../vault/token-injector';

export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * One provider behind one small interface. Adopters know no Express and no storage; they get
 * access tokens only through the Token Injector, via `ctx`.
 */
export interface Adopter {
  readonly id: ProviderId;
  upcomingMeetings(ctx: InjectorContext, range: TimeRange, limit: number): Promise<Meeting[]>;
}
