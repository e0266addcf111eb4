import type { Catalogue } from './catalogue.ts';

/** A left-to-right example (a phone number) kept whole inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/**
 * Arabic: Modern Standard Arabic in a formal, polite register (يُرجى …).
 * Counts are phrased as "the number of … must be at least N", so that no
 * noun has to agree with the number.
 */
export const ar: Catalogue = {
  interpreterLabel: 'الترجمة الفورية',
  messages: {
    required: (p) => `يُرجى إدخال «${p.label}»`,
    requiredChoice: (p) => `يُرجى اختيار إجابة في «${p.label}»`,
    requiredFile: (p) => `يُرجى اختيار ملف في «${p.label}»`,
    requiredConsent: (p) => `يُرجى تأكيد «${p.label}» للمتابعة`,
    tooShort: (p) => `يجب ألّا يقلّ عدد الأحرف في «${p.label}» عن ${p.min}`,
    tooLong: (p) => `يجب ألّا يزيد عدد الأحرف في «${p.label}» على ${p.max}`,
    pattern: (p) => `يُرجى إدخال «${p.label}» بالصيغة الصحيحة`,
    invalidCharacters: (p) =>
      `يحتوي «${p.label}» على رموز غير مسموح بها. يُرجى حذفها أو كتابة النص من جديد`,
    email: (p) =>
      `يُرجى إدخال عنوان بريد إلكتروني بالصيغة الصحيحة في «${p.label}»، مثل ${ltr('name@example.com')}`,
    phone: (p) =>
      `يُرجى إدخال رقم هاتف في «${p.label}»، مثل ${ltr('01234 567890')} أو ${ltr('+49 1234 567890')}`,
    number: (p) => `يجب أن يكون «${p.label}» رقمًا`,
    integer: (p) => `يجب أن يكون «${p.label}» عددًا صحيحًا`,
    numberTooSmall: (p) => `يجب أن يكون «${p.label}» ${p.min} أو أكثر`,
    numberTooLarge: (p) => `يجب أن يكون «${p.label}» ${p.max} أو أقل`,
    date: (p) => `يجب أن يكون «${p.label}» تاريخًا صحيحًا`,
    dateInPast: (p) => `يجب أن يكون «${p.label}» في الماضي`,
    dateTodayOrPast: (p) => `يجب أن يكون «${p.label}» اليوم أو في الماضي`,
    dateInFuture: (p) => `يجب أن يكون «${p.label}» في المستقبل`,
    dateTodayOrFuture: (p) => `يجب أن يكون «${p.label}» اليوم أو في المستقبل`,
    dateTooEarly: (p) => `يجب أن يكون «${p.label}» في ${p.date} أو بعده`,
    dateTooLate: (p) => `يجب أن يكون «${p.label}» في ${p.date} أو قبله`,
    option: (p) => `يُرجى اختيار إحدى الإجابات المعروضة في «${p.label}»`,
    tooFewSelected: (p) => `يُرجى اختيار ${p.min} على الأقل في «${p.label}»`,
    tooManySelected: (p) => `يُرجى اختيار ${p.max} على الأكثر في «${p.label}»`,
    givenName: (p) => `يُرجى إدخال الاسم الأول في «${p.label}»`,
    familyName: (p) => `يُرجى إدخال اسم العائلة في «${p.label}»`,
    street: (p) => `يُرجى إدخال اسم الشارع في «${p.label}»`,
    houseNumber: (p) => `يُرجى إدخال رقم المنزل في «${p.label}»، مثل ${ltr('12')} أو ${ltr('12a')}`,
    postalCode: (p) => `يُرجى إدخال رمز بريدي من خمسة أرقام في «${p.label}»، مثل ${ltr('12345')}`,
    city: (p) => `يُرجى إدخال اسم المدينة في «${p.label}»`,
    tooFewItems: (p) => `يجب ألّا يقلّ عدد الإدخالات في «${p.label}» عن ${p.min}`,
    tooManyItems: (p) => `يجب ألّا يزيد عدد الإدخالات في «${p.label}» على ${p.max}`,
    fileCount: (p) => `يجب ألّا يزيد عدد الملفات في «${p.label}» على ${p.max}`,
    fileToken: (p) => `تعذّر العثور على الملف في «${p.label}». يُرجى تحميله مرة أخرى`,
    fileType: (p) => `يجب أن يكون الملف في «${p.label}» بصيغة ${p.types}`,
    fileTooLarge: (p) => `يجب ألّا يزيد حجم الملف في «${p.label}» على ${p.size}`,
    fileEmpty: (p) => `الملف المختار في «${p.label}» فارغ`,
    uploadsOff: (p) =>
      `لا يمكن تحميل ملفات في «${p.label}» في هذا النموذج. يُرجى إرسال المستندات بالبريد أو إحضارها معكم`,
    interpreter: (p) => `يجب ألّا يزيد عدد الأحرف في بيان لغة الترجمة الفورية على ${p.max}`,
    type: (p) => `الإجابة في «${p.label}» ليست بالصيغة المتوقعة`,
    unknownField: () => 'تلقّى النموذج إجابة غير معروفة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى',
    invalidAnswers: () => 'تعذّرت قراءة إجاباتكم. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى',
    answersTooLarge: () => 'إجاباتكم طويلة جدًا. يُرجى اختصار النصوص الطويلة والمحاولة مرة أخرى',
  },
};
