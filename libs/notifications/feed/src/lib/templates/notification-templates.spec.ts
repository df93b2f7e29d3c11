import { plainText, plural, renderMail, renderNotification, russianDate } from './notification-templates';

describe('notification templates', () => {
  it('picks the Russian plural form', () => {
    const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(
      (n) => `${n} ${plural(n, 'день', 'дня', 'дней')}`,
    );
    expect(forms).toEqual([
      '1 день',
      '2 дня',
      '4 дня',
      '5 дней',
      '11 дней',
      '12 дней',
      '14 дней',
      '21 день',
      '22 дня',
      '25 дней',
      '101 день',
      '111 дней',
    ]);
    expect(russianDate('2025-03-07')).toBe('07.03.2025');
  });

  it('writes a returned protocol with its comment, and links to the protocol', () => {
    const notification = renderNotification({
      kind: 'protocol_returned',
      protocolId: 'p-1',
      workTitle: 'Математика, 7 класс',
      schoolName: 'Лицей № 1',
      versionNumber: 2,
      comment: 'Нет баллов за задание 5',
    });
    expect(notification.title).toBe('Протокол возвращён на доработку: Математика, 7 класс');
    expect(plainText(notification)).toBe(
      'Региональный центр вернул протокол вашей школы на доработку. Исправьте его и отправьте снова.\n' +
        'Работа: Математика, 7 класс\nШкола: Лицей № 1\nВерсия протокола: 2\nКомментарий: Нет баллов за задание 5',
    );
    expect(notification.link).toBe('/protocols/p-1');
  });

  it('names what it does not know plainly rather than leaving a gap', () => {
    const notification = renderNotification({ kind: 'protocol_accepted', protocolId: 'p', versionNumber: 1 });
    expect(plainText(notification)).toContain('Работа: диагностическая работа\nШкола: школа');
  });

  it('counts the days of roadmap reminders', () => {
    const dueSoon = renderNotification({
      kind: 'roadmap_due_soon',
      activityId: 'a',
      deadline: '2025-05-20',
      daysLeft: 3,
      missingDeliverables: 2,
    });
    expect(dueSoon.title).toBe('Скоро срок мероприятия дорожной карты: 20.05.2025');
    expect(plainText(dueSoon)).toBe(
      'До срока мероприятия дорожной карты осталось 3 дня.\nСрок: 20.05.2025\nНе хватает документов: 2',
    );
    const today = renderNotification({
      kind: 'roadmap_due_soon',
      activityId: 'a',
      deadline: '2025-05-20',
      daysLeft: 0,
      missingDeliverables: 0,
    });
    expect(plainText(today)).toContain('истекает сегодня');
    const overdue = renderNotification({
      kind: 'roadmap_overdue',
      activityId: 'a',
      deadline: '2025-05-20',
      daysOverdue: 21,
      missingDeliverables: 0,
    });
    expect(plainText(overdue)).toContain('прошёл 21 день назад');
    expect(plainText(overdue)).toContain('Не хватает документов: нет, все документы приложены');
  });

  it('makes an e-mail with absolute links and escapes what people typed', () => {
    const notification = renderNotification({
      kind: 'protocol_returned',
      protocolId: 'p-1',
      versionNumber: 1,
      comment: 'Строки <7А> & "7Б"\nисправить',
    });
    const mail = renderMail(notification, 'https://orbita.example/');
    expect(mail.subject).toBe(notification.title);
    expect(mail.text).toContain('Открыть в «Орбите»: https://orbita.example/protocols/p-1');
    expect(mail.text).toContain('https://orbita.example/notifications/settings');
    expect(mail.html).toContain('Строки &lt;7А&gt; &amp; &quot;7Б&quot;<br>исправить');
    expect(mail.html).toContain('href="https://orbita.example/protocols/p-1"');
    expect(mail.html).not.toContain('<7А>');
  });
});
