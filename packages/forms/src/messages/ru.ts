import type { Catalogue } from './catalogue.ts';

/**
 * Russian: formal register (the polite imperative, «Укажите»). Counts are
 * phrased as "the number of … must be at least N", so that no noun has to
 * agree with the number.
 */
export const ru: Catalogue = {
  interpreterLabel: 'Переводчик',
  messages: {
    required: (p) => `Укажите «${p.label}»`,
    requiredChoice: (p) => `Выберите ответ в поле «${p.label}»`,
    requiredFile: (p) => `Выберите файл в поле «${p.label}»`,
    requiredConsent: (p) => `Чтобы продолжить, подтвердите «${p.label}»`,
    tooShort: (p) => `Количество символов в поле «${p.label}» должно быть не меньше ${p.min}`,
    tooLong: (p) => `Количество символов в поле «${p.label}» должно быть не больше ${p.max}`,
    pattern: (p) => `Укажите «${p.label}» в правильном формате`,
    invalidCharacters: (p) =>
      `Поле «${p.label}» содержит недопустимые символы. Удалите их или введите текст заново`,
    email: (p) =>
      `Укажите в поле «${p.label}» адрес электронной почты в правильном формате, например name@example.com`,
    phone: (p) =>
      `Укажите в поле «${p.label}» номер телефона, например 01234 567890 или +49 1234 567890`,
    number: (p) => `Значение поля «${p.label}» должно быть числом`,
    integer: (p) => `Значение поля «${p.label}» должно быть целым числом`,
    numberTooSmall: (p) => `Значение поля «${p.label}» должно быть не меньше ${p.min}`,
    numberTooLarge: (p) => `Значение поля «${p.label}» должно быть не больше ${p.max}`,
    date: (p) => `Поле «${p.label}» должно содержать существующую дату`,
    dateInPast: (p) => `Дата в поле «${p.label}» должна быть в прошлом`,
    dateTodayOrPast: (p) => `Дата в поле «${p.label}» должна быть сегодняшней или в прошлом`,
    dateInFuture: (p) => `Дата в поле «${p.label}» должна быть в будущем`,
    dateTodayOrFuture: (p) => `Дата в поле «${p.label}» должна быть сегодняшней или в будущем`,
    dateTooEarly: (p) => `Дата в поле «${p.label}» должна быть не раньше ${p.date}`,
    dateTooLate: (p) => `Дата в поле «${p.label}» должна быть не позже ${p.date}`,
    option: (p) => `Выберите в поле «${p.label}» один из предложенных ответов`,
    tooFewSelected: (p) =>
      `Количество выбранных ответов в поле «${p.label}» должно быть не меньше ${p.min}`,
    tooManySelected: (p) =>
      `Количество выбранных ответов в поле «${p.label}» должно быть не больше ${p.max}`,
    givenName: (p) => `Укажите имя в поле «${p.label}»`,
    familyName: (p) => `Укажите фамилию в поле «${p.label}»`,
    street: (p) => `Укажите улицу в поле «${p.label}»`,
    houseNumber: (p) => `Укажите номер дома в поле «${p.label}», например 12 или 12a`,
    postalCode: (p) => `Укажите в поле «${p.label}» пятизначный почтовый индекс, например 12345`,
    city: (p) => `Укажите населённый пункт в поле «${p.label}»`,
    tooFewItems: (p) => `Количество записей в поле «${p.label}» должно быть не меньше ${p.min}`,
    tooManyItems: (p) => `Количество записей в поле «${p.label}» должно быть не больше ${p.max}`,
    fileCount: (p) => `Количество файлов в поле «${p.label}» должно быть не больше ${p.max}`,
    fileToken: (p) => `Не удалось найти файл в поле «${p.label}». Загрузите его ещё раз`,
    interpreter: (p) =>
      `Название языка для переводчика должно содержать не больше ${p.max} символов`,
    type: (p) => `Ответ в поле «${p.label}» имеет неожиданный формат`,
    unknownField: () =>
      'Форма получила ответ, который ей неизвестен. Обновите страницу и попробуйте ещё раз',
    invalidAnswers: () =>
      'Не удалось прочитать Ваши ответы. Обновите страницу и попробуйте ещё раз',
    answersTooLarge: () =>
      'Ваши ответы слишком длинные. Сократите длинные тексты и попробуйте ещё раз',
  },
};
