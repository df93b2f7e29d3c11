/** A class whose instances are an event's payload; its class-validator decorators are the schema. */
export type PayloadClass<T extends object> = new () => T;

/**
 * One published event: its subject and its payload class. A published contract is never edited;
 * a changed payload gets a new contract beside it with the next version (`….v2`).
 */
export interface EventContract<T extends object = object> {
  /** `<service>.<aggregate>.<past-tense-event>.v<N>` */
  readonly subject: string;
  readonly payload: PayloadClass<T>;
}

/** Four dot-separated tokens ending in the version; request/reply subjects have three and never collide. */
export const EVENT_SUBJECT_PATTERN = /^[a-z]+\.[a-z][a-z-]*\.[a-z][a-z-]*\.v[1-9][0-9]*$/;

export function defineEvent<T extends object>(subject: string, payload: PayloadClass<T>): EventContract<T> {
  if (!EVENT_SUBJECT_PATTERN.test(subject)) {
    throw new Error(`Event subject "${subject}" does not read <service>.<aggregate>.<event>.v<N>`);
  }
  return Object.freeze({ subject, payload });
}

/** The producing service of an event subject: its first token. */
export function producerOf(subject: string): string {
  return subject.slice(0, subject.indexOf('.'));
}

/** Payload type carried by a contract. */
export type PayloadOf<C> = C extends EventContract<infer T> ? T : never;
