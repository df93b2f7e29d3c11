import { RoadmapErrorCode, TrainingErrorCode } from '@orbita/registry/rpc';
import { CodedException } from '@orbita/observability';

export class TrainingNotFound extends CodedException<TrainingErrorCode> {
  constructor(id: string) {
    super(TrainingErrorCode.TRAINING_NOT_FOUND, 404, `Training ${id} does not exist`);
  }
}

export class TrainingDatesInvalid extends CodedException<TrainingErrorCode> {
  constructor(startsOn: string, endsOn: string) {
    const message = `The training ends (${endsOn}) before it starts (${startsOn})`;
    super(TrainingErrorCode.INVALID_DATES, 400, message, [{ field: 'endsOn', message }]);
  }
}

/** 422 naming each row of `personIds` that is not an active teacher of a school. */
export class AttendeesNotTeachers extends CodedException<TrainingErrorCode> {
  constructor(rows: readonly number[]) {
    super(
      TrainingErrorCode.ATTENDEE_NOT_A_TEACHER,
      422,
      `Attendees must be active teachers of a school: ${rows.map((row) => `personIds[${row}]`).join(', ')} ${rows.length === 1 ? 'is' : 'are'} not`,
      rows.map((row) => ({ field: `personIds[${row}]`, message: 'not an active teacher of a school' })),
    );
  }
}

export class TrainingChanged extends CodedException<RoadmapErrorCode> {
  constructor(expected: number, current: number) {
    const message = `The training is at version ${current}, not ${expected}: someone changed it meanwhile; reload and apply the change again`;
    super(RoadmapErrorCode.STALE_VERSION, 409, message, [{ field: 'expectedVersion', message }]);
  }
}

/** 404 naming the field: the activity a training is said to fulfil does not exist. */
export class TrainingActivityNotFound extends CodedException<RoadmapErrorCode> {
  constructor(activityId: string) {
    const message = `Roadmap activity ${activityId} does not exist`;
    super(RoadmapErrorCode.ACTIVITY_NOT_FOUND, 404, message, [{ field: 'activityId', message }]);
  }
}
