import type { Catalogue } from './catalogue.ts';

/** A left-to-right example (a phone number) kept whole inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** Persian: formal register (لطفاً …، شما), Persian letters (ی، ک). */
export const fa: Catalogue = {
  interpreterLabel: 'مترجم شفاهی',
  messages: {
    required: (p) => `لطفاً «${p.label}» را وارد کنید`,
    requiredChoice: (p) => `لطفاً برای «${p.label}» یک پاسخ انتخاب کنید`,
    requiredFile: (p) => `لطفاً برای «${p.label}» یک فایل انتخاب کنید`,
    requiredConsent: (p) => `لطفاً برای ادامه، «${p.label}» را تأیید کنید`,
    tooShort: (p) => `«${p.label}» باید دست‌کم ${p.min} نویسه داشته باشد`,
    tooLong: (p) => `«${p.label}» نباید بیش از ${p.max} نویسه داشته باشد`,
    pattern: (p) => `لطفاً «${p.label}» را با قالب درست وارد کنید`,
    invalidCharacters: (p) =>
      `«${p.label}» نویسه‌های غیرمجاز دارد. لطفاً آن‌ها را حذف کنید یا متن را دوباره بنویسید`,
    email: (p) =>
      `لطفاً برای «${p.label}» یک نشانی ایمیل با قالب درست وارد کنید، مانند ${ltr('name@example.com')}`,
    phone: (p) =>
      `لطفاً برای «${p.label}» یک شماره تلفن وارد کنید، مانند ${ltr('01234 567890')} یا ${ltr('+49 1234 567890')}`,
    number: (p) => `«${p.label}» باید یک عدد باشد`,
    integer: (p) => `«${p.label}» باید یک عدد صحیح باشد`,
    numberTooSmall: (p) => `«${p.label}» باید ${p.min} یا بیشتر باشد`,
    numberTooLarge: (p) => `«${p.label}» باید ${p.max} یا کمتر باشد`,
    date: (p) => `«${p.label}» باید یک تاریخ معتبر باشد`,
    dateInPast: (p) => `«${p.label}» باید در گذشته باشد`,
    dateTodayOrPast: (p) => `«${p.label}» باید امروز یا در گذشته باشد`,
    dateInFuture: (p) => `«${p.label}» باید در آینده باشد`,
    dateTodayOrFuture: (p) => `«${p.label}» باید امروز یا در آینده باشد`,
    dateTooEarly: (p) => `«${p.label}» باید ${p.date} یا پس از آن باشد`,
    dateTooLate: (p) => `«${p.label}» باید ${p.date} یا پیش از آن باشد`,
    option: (p) => `لطفاً برای «${p.label}» یکی از پاسخ‌های پیشنهادشده را انتخاب کنید`,
    tooFewSelected: (p) => `لطفاً برای «${p.label}» دست‌کم ${p.min} گزینه انتخاب کنید`,
    tooManySelected: (p) => `لطفاً برای «${p.label}» حداکثر ${p.max} گزینه انتخاب کنید`,
    givenName: (p) => `لطفاً در «${p.label}» نام را وارد کنید`,
    familyName: (p) => `لطفاً در «${p.label}» نام خانوادگی را وارد کنید`,
    street: (p) => `لطفاً در «${p.label}» نام خیابان را وارد کنید`,
    houseNumber: (p) =>
      `لطفاً در «${p.label}» پلاک ساختمان را وارد کنید، مانند ${ltr('12')} یا ${ltr('12a')}`,
    postalCode: (p) => `لطفاً در «${p.label}» یک کد پستی پنج‌رقمی وارد کنید، مانند ${ltr('12345')}`,
    city: (p) => `لطفاً در «${p.label}» نام شهر را وارد کنید`,
    tooFewItems: (p) => `«${p.label}» باید دست‌کم ${p.min} مورد داشته باشد`,
    tooManyItems: (p) => `«${p.label}» نمی‌تواند بیش از ${p.max} مورد داشته باشد`,
    fileCount: (p) => `برای «${p.label}» حداکثر ${p.max} فایل می‌توانید بارگذاری کنید`,
    fileToken: (p) => `فایل مربوط به «${p.label}» پیدا نشد. لطفاً آن را دوباره بارگذاری کنید`,
    fileType: (p) => `فایل «${p.label}» باید از نوع ${p.types} باشد`,
    fileTooLarge: (p) => `حجم فایل «${p.label}» نباید بیش از ${p.size} باشد`,
    fileEmpty: (p) => `فایل انتخاب‌شده برای «${p.label}» خالی است`,
    uploadsOff: (p) =>
      `در این فرم نمی‌توان برای «${p.label}» فایل بارگذاری کرد. لطفاً مدارک را با پست بفرستید یا همراه خود بیاورید`,
    interpreter: (p) => `زبان مترجم شفاهی نباید بیش از ${p.max} نویسه داشته باشد`,
    type: (p) => `پاسخ «${p.label}» قالب مورد انتظار را ندارد`,
    unknownField: () =>
      'فرم پاسخی دریافت کرده است که آن را نمی‌شناسد. لطفاً صفحه را دوباره بارگیری کنید و دوباره تلاش کنید',
    invalidAnswers: () =>
      'پاسخ‌های شما خوانده نشد. لطفاً صفحه را دوباره بارگیری کنید و دوباره تلاش کنید',
    answersTooLarge: () =>
      'پاسخ‌های شما بیش از حد طولانی است. لطفاً متن‌های طولانی را کوتاه کنید و دوباره تلاش کنید',
  },
};
