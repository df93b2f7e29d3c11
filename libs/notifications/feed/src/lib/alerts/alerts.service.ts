import { Inject, Injectable } from '@nestjs/common';
import {
  ANALYTICS_UPDATED_V1,
  PROTOCOL_ACCEPTED_V1,
  PROTOCOL_RETURNED_V1,
  PROTOCOL_SUBMITTED_V1,
  ROADMAP_ACTIVITY_DUE_SOON_V1,
  ROADMAP_ACTIVITY_OVERDUE_V1,
  schoolYearOf,
  type AnalyticsUpdatedV1,
  type ProtocolAcceptedV1,
  type ProtocolReturnedV1,
  type ProtocolSubmittedV1,
  type RoadmapActivityDueSoonV1,
  type RoadmapActivityOverdueV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { queueMails } from '@orbita/notifications/mail';
import type { EntityManager } from 'typeorm';
import { Directory, type Audience } from '../directory/directory.service';
import { ALERTS_CONSUMER } from '../event-consumers';
import { FeedService } from '../feed/feed.service';
import { FeedSettings } from '../feed-settings';
import { PreferencesService } from '../preferences/preferences.service';
import { renderMail, renderNotification, type NotificationFacts } from '../templates/notification-templates';

/**
 * Roadmap reminders go to the people named responsible, and to people holding a responsible role at the
 * schools taking part that school year. The events name neither the programme nor the schools, so "taking
 * part" is any programme participation in the school year of the deadline.
 */
const responsibleFor = (
  event: Pick<RoadmapActivityDueSoonV1, 'responsiblePersonIds' | 'responsibleRoles' | 'windowEnd'>,
): Audience => ({
  kind: 'responsible',
  personIds: event.responsiblePersonIds,
  roles: event.responsibleRoles,
  schoolYear: schoolYearOf(event.windowEnd),
});

/**
 * The notification rules: which event tells whom what. For each event it finds the recipients in the
 * read model, adds the notification to their feeds and queues one e-mail per recipient with an e-mail
 * address who has not turned that kind off — all in the event's transaction, so an event applied once
 * (the `alerts` consumer's inbox) yields one feed item and one mail per person, and none if the transaction fails.
 */
@Injectable()
export class Alerts {
  @OnEvent(PROTOCOL_SUBMITTED_V1, ALERTS_CONSUMER)
  async protocolSubmitted(event: ProtocolSubmittedV1, context: EventContext) {
    await this.notify(
      context,
      { kind: 'regional_staff' },
      {
        kind: 'protocol_submitted',
        ...(await this.protocolFacts(context.manager, event)),
        rowCount: event.rowCount,
        resubmission: event.replacesVersionId !== undefined,
      },
    );
  }

  @OnEvent(PROTOCOL_ACCEPTED_V1, ALERTS_CONSUMER)
  async protocolAccepted(event: ProtocolAcceptedV1, context: EventContext) {
    await this.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'protocol_accepted',
        ...(await this.protocolFacts(context.manager, event)),
      },
    );
  }

  @OnEvent(PROTOCOL_RETURNED_V1, ALERTS_CONSUMER)
  async protocolReturned(event: ProtocolReturnedV1, context: EventContext) {
    await this.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'protocol_returned',
        ...(await this.protocolFacts(context.manager, event)),
        comment: event.comment,
      },
    );
  }

  // Only figures the regional centre accepted: before review they may still be returned and leave the
  // figures, and the school already hears "accepted" / "returned" at that moment.
  @OnEvent(ANALYTICS_UPDATED_V1, ALERTS_CONSUMER)
  async analyticsUpdated(event: AnalyticsUpdatedV1, context: EventContext) {
    if (event.provisional) return;
    await this.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'analytics_updated',
        workId: event.workId,
        workTitle: event.workTitle ?? (await this.directory.workTitle(context.manager, event.workId)),
        schoolName: await this.directory.schoolName(context.manager, event.schoolId),
        participants: event.participants,
      },
    );
  }

  @OnEvent(ROADMAP_ACTIVITY_DUE_SOON_V1, ALERTS_CONSUMER)
  roadmapDueSoon(event: RoadmapActivityDueSoonV1, context: EventContext) {
    return this.notify(context, responsibleFor(event), {
      kind: 'roadmap_due_soon',
      activityId: event.activityId,
      deadline: event.windowEnd,
      daysLeft: event.daysLeft,
      missingDeliverables: event.missingDeliverableCount,
    });
  }

  @OnEvent(ROADMAP_ACTIVITY_OVERDUE_V1, ALERTS_CONSUMER)
  roadmapOverdue(event: RoadmapActivityOverdueV1, context: EventContext) {
    return this.notify(
      context,
      responsibleFor(event),
      {
        kind: 'roadmap_overdue',
        activityId: event.activityId,
        deadline: event.windowEnd,
        daysOverdue: event.daysOverdue,
        missingDeliverables: event.missingDeliverableCount,
      },
      { mail: event.daysOverdue <= this.settings.overdueMailMaxDays },
    );
  }

  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(FeedService) private readonly feed: FeedService,
    @Inject(PreferencesService) private readonly preferences: PreferencesService,
    @Inject(FeedSettings) private readonly settings: FeedSettings,
  ) {}

  /** Adds the notification to the recipients' feeds and, unless `mail` is false, mails it too. */
  notify(
    { manager, metadata }: Pick<EventContext, 'manager' | 'metadata'>,
    audience: Audience,
    facts: NotificationFacts,
    options: { mail?: boolean } = {},
  ): Promise<void> {
    return this.deliver(manager, metadata.eventId, audience, facts, options);
  }

  /**
   * `notify` for what is not an event (a scheduled reminder): `occasionId` takes the event id's part,
   * one feed item and one mail per person and occasion.
   */
  async deliver(
    manager: EntityManager,
    occasionId: string,
    audience: Audience,
    facts: NotificationFacts,
    { mail: mailed = true }: { mail?: boolean } = {},
  ): Promise<void> {
    const recipients = await this.directory.recipients(manager, audience);
    if (recipients.length === 0) return;
    const notification = renderNotification(facts);
    const personIds = recipients.map((recipient) => recipient.personId);
    await this.feed.record(manager, occasionId, personIds, notification);
    if (!mailed) return;

    const optedOut = await this.preferences.emailOptOuts(manager, personIds, notification.kind);
    const mail = renderMail(notification, this.settings.webBaseUrl);
    await queueMails(
      manager,
      recipients.flatMap(({ personId, email }) =>
        email && !optedOut.has(personId)
          ? [
              {
                eventId: occasionId,
                recipientId: personId,
                toAddress: email,
                subject: mail.subject,
                textBody: mail.text,
                htmlBody: mail.html,
              },
            ]
          : [],
      ),
    );
  }

  private async protocolFacts(manager: EntityManager, event: ProtocolAcceptedV1) {
    return {
      protocolId: event.protocolId,
      versionNumber: event.versionNumber,
      workTitle: await this.directory.workTitle(manager, event.workId),
      schoolName: await this.directory.schoolName(manager, event.schoolId),
    };
  }
}
