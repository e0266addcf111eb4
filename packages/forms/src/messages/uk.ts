import type { Catalogue } from './catalogue.ts';

/**
 * Ukrainian: formal register (the polite imperative, «Вкажіть»). Counts are
 * phrased as "the number of … must be at least N", so that no noun has to
 * agree with the number.
 */
export const uk: Catalogue = {
  interpreterLabel: 'Перекладач',
  messages: {
    required: (p) => `Вкажіть «${p.label}»`,
    requiredChoice: (p) => `Виберіть відповідь у полі «${p.label}»`,
    requiredFile: (p) => `Виберіть файл у полі «${p.label}»`,
    requiredConsent: (p) => `Щоб продовжити, підтвердьте «${p.label}»`,
    tooShort: (p) => `Кількість символів у полі «${p.label}» має бути не менше ніж ${p.min}`,
    tooLong: (p) => `Кількість символів у полі «${p.label}» має бути не більше ніж ${p.max}`,
    pattern: (p) => `Вкажіть «${p.label}» у правильному форматі`,
    invalidCharacters: (p) =>
      `Поле «${p.label}» містить недопустимі символи. Видаліть їх або введіть текст ще раз`,
    email: (p) =>
      `Вкажіть у полі «${p.label}» адресу електронної пошти в правильному форматі, наприклад name@example.com`,
    phone: (p) =>
      `Вкажіть у полі «${p.label}» номер телефону, наприклад 01234 567890 або +49 1234 567890`,
    number: (p) => `Значення поля «${p.label}» має бути числом`,
    integer: (p) => `Значення поля «${p.label}» має бути цілим числом`,
    numberTooSmall: (p) => `Значення поля «${p.label}» має бути не менше ніж ${p.min}`,
    numberTooLarge: (p) => `Значення поля «${p.label}» має бути не більше ніж ${p.max}`,
    date: (p) => `Поле «${p.label}» має містити правильну дату`,
    dateInPast: (p) => `Дата в полі «${p.label}» має бути в минулому`,
    dateTodayOrPast: (p) => `Дата в полі «${p.label}» має бути сьогоднішньою або в минулому`,
    dateInFuture: (p) => `Дата в полі «${p.label}» має бути в майбутньому`,
    dateTodayOrFuture: (p) => `Дата в полі «${p.label}» має бути сьогоднішньою або в майбутньому`,
    dateTooEarly: (p) => `Дата в полі «${p.label}» має бути не раніше ніж ${p.date}`,
    dateTooLate: (p) => `Дата в полі «${p.label}» має бути не пізніше ніж ${p.date}`,
    option: (p) => `Виберіть у полі «${p.label}» одну із запропонованих відповідей`,
    tooFewSelected: (p) =>
      `Кількість вибраних відповідей у полі «${p.label}» має бути не менше ніж ${p.min}`,
    tooManySelected: (p) =>
      `Кількість вибраних відповідей у полі «${p.label}» має бути не більше ніж ${p.max}`,
    givenName: (p) => `Вкажіть ім’я в полі «${p.label}»`,
    familyName: (p) => `Вкажіть прізвище в полі «${p.label}»`,
    street: (p) => `Вкажіть вулицю в полі «${p.label}»`,
    houseNumber: (p) => `Вкажіть номер будинку в полі «${p.label}», наприклад 12 або 12a`,
    postalCode: (p) => `Вкажіть у полі «${p.label}» п’ятизначний поштовий індекс, наприклад 12345`,
    city: (p) => `Вкажіть населений пункт у полі «${p.label}»`,
    tooFewItems: (p) => `Кількість записів у полі «${p.label}» має бути не менше ніж ${p.min}`,
    tooManyItems: (p) => `Кількість записів у полі «${p.label}» має бути не більше ніж ${p.max}`,
    fileCount: (p) => `Кількість файлів у полі «${p.label}» має бути не більше ніж ${p.max}`,
    fileToken: (p) => `Не вдалося знайти файл у полі «${p.label}». Завантажте його ще раз`,
    fileType: (p) => `Файл у полі «${p.label}» має бути у форматі ${p.types}`,
    fileTooLarge: (p) => `Розмір файлу в полі «${p.label}» має бути не більше ніж ${p.size}`,
    fileEmpty: (p) => `Вибраний файл у полі «${p.label}» порожній`,
    uploadsOff: (p) =>
      `У цій формі не можна завантажувати файли в полі «${p.label}». Надішліть документи поштою або принесіть їх із собою`,
    interpreter: (p) => `Назва мови для перекладача має містити не більше ніж ${p.max} символів`,
    type: (p) => `Відповідь у полі «${p.label}» має неочікуваний формат`,
    unknownField: () =>
      'Форма отримала відповідь, якої вона не знає. Оновіть сторінку та спробуйте ще раз',
    invalidAnswers: () =>
      'Не вдалося прочитати Ваші відповіді. Оновіть сторінку та спробуйте ще раз',
    answersTooLarge: () => 'Ваші відповіді задовгі. Скоротіть довгі тексти та спробуйте ще раз',
  },
};
