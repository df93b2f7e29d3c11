import { TRAINING_RECORDED_V1, type TrainingRecordedV1 } from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent, type OnEventOptions } from '@orbita/service-host';

/** The durable consumer `reporting_trainings` on the REGISTRY stream. */
export const TRAININGS_CONSUMER: OnEventOptions = { durable: 'trainings', deliverFrom: 'all' };

/**
 * Each course's attendees as of its latest version: an event carries the whole training, so a newer one
 * replaces what is kept, and an older or repeated one changes nothing. Courses train; webinars inform
 * (seed 000: 31 teachers trained, while 100 % of them attended the webinars), so a webinar keeps no one.
 */
export class TrainedTeachersProjection {
  @OnEvent(TRAINING_RECORDED_V1, TRAININGS_CONSUMER)
  async recorded(training: TrainingRecordedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO training_attendance (training_id, version, school_year, attendees) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (training_id) DO UPDATE SET
         version = EXCLUDED.version, school_year = EXCLUDED.school_year, attendees = EXCLUDED.attendees
       WHERE training_attendance.version < EXCLUDED.version`,
      [
        training.trainingId,
        training.version,
        training.schoolYear,
        JSON.stringify(
          training.kind === 'course'
            ? training.attendees.map(({ personId, schoolId }) => ({ personId, schoolId }))
            : [],
        ),
      ],
    );
  }
}
