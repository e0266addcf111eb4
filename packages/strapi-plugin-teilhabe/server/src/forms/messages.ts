import { FORM_LOCALES, type FormLocale } from '@teilhabe/forms';

/** Why the forms API refuses a request (`details.code` of the error). */
export type RefusalCode =
  | 'VALIDATION'
  | 'FORM_CLOSED'
  | 'FORM_FULL'
  | 'FORM_NOT_FOUND'
  | 'VERSION_RETIRED'
  | 'RATE_LIMITED'
  | 'TOO_FAST'
  | 'PAYLOAD_TOO_LARGE'
  | 'LOCKED'
  | 'NOT_FOUND'
  | 'FILE_TYPE'
  | 'FILE_TOO_LARGE'
  | 'UPLOADS_OFF';

type Messages = Record<FormLocale, string>;

/** What a resident reads when a request is refused, in every locale. */
const MESSAGES: Record<RefusalCode, Messages> = {
  VALIDATION: {
    de: 'Bitte prüfen Sie Ihre Angaben.',
    en: 'Please check your answers.',
    ar: 'يرجى التحقق من بياناتك.',
    fa: 'لطفاً پاسخ‌های خود را بررسی کنید.',
    uk: 'Будь ласка, перевірте свої відповіді.',
    tr: 'Lütfen bilgilerinizi kontrol edin.',
    ru: 'Пожалуйста, проверьте свои ответы.',
  },
  FORM_CLOSED: {
    de: 'Dieses Formular nimmt zurzeit keine Anträge an.',
    en: 'This form is not accepting submissions at the moment.',
    ar: 'لا يقبل هذا النموذج طلبات في الوقت الحالي.',
    fa: 'این فرم در حال حاضر درخواستی نمی‌پذیرد.',
    uk: 'Ця форма зараз не приймає заявки.',
    tr: 'Bu form şu anda başvuru kabul etmiyor.',
    ru: 'Эта форма сейчас не принимает заявки.',
  },
  FORM_FULL: {
    de: 'Alle Plätze sind vergeben. Es werden keine Anträge mehr angenommen.',
    en: 'All places are taken. No more submissions are accepted.',
    ar: 'جميع الأماكن محجوزة. لا تُقبل طلبات أخرى.',
    fa: 'همه جاها پر شده است. درخواست دیگری پذیرفته نمی‌شود.',
    uk: 'Усі місця зайняті. Заявки більше не приймаються.',
    tr: 'Tüm yerler doldu. Başka başvuru kabul edilmiyor.',
    ru: 'Все места заняты. Заявки больше не принимаются.',
  },
  FORM_NOT_FOUND: {
    de: 'Dieses Formular gibt es nicht.',
    en: 'This form does not exist.',
    ar: 'هذا النموذج غير موجود.',
    fa: 'این فرم وجود ندارد.',
    uk: 'Такої форми не існує.',
    tr: 'Bu form mevcut değil.',
    ru: 'Такой формы не существует.',
  },
  VERSION_RETIRED: {
    de: 'Das Formular wurde inzwischen geändert. Bitte laden Sie die Seite neu; Ihre Angaben bleiben erhalten.',
    en: 'The form has changed in the meantime. Please reload the page; your answers are kept.',
    ar: 'تم تغيير النموذج في هذه الأثناء. يرجى إعادة تحميل الصفحة؛ ستبقى إجاباتك محفوظة.',
    fa: 'فرم در این فاصله تغییر کرده است. لطفاً صفحه را دوباره بارگیری کنید؛ پاسخ‌های شما حفظ می‌شوند.',
    uk: 'Форму тим часом змінено. Будь ласка, оновіть сторінку; ваші відповіді збережуться.',
    tr: 'Form bu arada değişti. Lütfen sayfayı yeniden yükleyin; yanıtlarınız korunur.',
    ru: 'Форма тем временем изменилась. Пожалуйста, обновите страницу; ваши ответы сохранятся.',
  },
  RATE_LIMITED: {
    de: 'Zu viele Anfragen. Bitte versuchen Sie es in einigen Minuten erneut.',
    en: 'Too many requests. Please try again in a few minutes.',
    ar: 'طلبات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد بضع دقائق.',
    fa: 'درخواست‌های بیش از حد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.',
    uk: 'Забагато запитів. Будь ласка, спробуйте ще раз за кілька хвилин.',
    tr: 'Çok fazla istek. Lütfen birkaç dakika sonra tekrar deneyin.',
    ru: 'Слишком много запросов. Пожалуйста, повторите попытку через несколько минут.',
  },
  TOO_FAST: {
    de: 'Das ging zu schnell. Bitte prüfen Sie Ihre Angaben und senden Sie erneut.',
    en: 'That was too fast. Please check your answers and send again.',
    ar: 'كان ذلك سريعًا جدًا. يرجى التحقق من إجاباتك والإرسال مرة أخرى.',
    fa: 'خیلی سریع بود. لطفاً پاسخ‌ها را بررسی کنید و دوباره بفرستید.',
    uk: 'Це було занадто швидко. Перевірте відповіді та надішліть ще раз.',
    tr: 'Bu çok hızlıydı. Lütfen yanıtlarınızı kontrol edip tekrar gönderin.',
    ru: 'Слишком быстро. Пожалуйста, проверьте ответы и отправьте снова.',
  },
  PAYLOAD_TOO_LARGE: {
    de: 'Die Angaben sind zu umfangreich.',
    en: 'The submission is too large.',
    ar: 'البيانات المرسلة كبيرة جدًا.',
    fa: 'اطلاعات ارسالی بیش از حد بزرگ است.',
    uk: 'Надіслані дані завеликі.',
    tr: 'Gönderilen bilgiler çok büyük.',
    ru: 'Отправленные данные слишком велики.',
  },
  LOCKED: {
    de: 'Zu viele falsche Versuche. Bitte versuchen Sie es in 15 Minuten erneut.',
    en: 'Too many wrong attempts. Please try again in 15 minutes.',
    ar: 'محاولات خاطئة كثيرة جدًا. يرجى المحاولة مرة أخرى بعد 15 دقيقة.',
    fa: 'تلاش‌های نادرست بیش از حد. لطفاً ۱۵ دقیقه دیگر دوباره تلاش کنید.',
    uk: 'Забагато невдалих спроб. Спробуйте ще раз через 15 хвилин.',
    tr: 'Çok fazla hatalı deneme. Lütfen 15 dakika sonra tekrar deneyin.',
    ru: 'Слишком много неверных попыток. Повторите попытку через 15 минут.',
  },
  NOT_FOUND: {
    de: 'Zu dieser Kennung und diesem Code haben wir keinen Antrag gefunden.',
    en: 'We found no submission with this reference and code.',
    ar: 'لم نعثر على طلب بهذا الرقم المرجعي وهذا الرمز.',
    fa: 'درخواستی با این شناسه و این کد پیدا نکردیم.',
    uk: 'Ми не знайшли заявки з таким номером і кодом.',
    tr: 'Bu referans ve kodla bir başvuru bulamadık.',
    ru: 'Мы не нашли заявку с таким номером и кодом.',
  },
  FILE_TYPE: {
    de: 'Diese Art von Datei kann nicht angenommen werden.',
    en: 'This kind of file cannot be accepted.',
    ar: 'لا يمكن قبول هذا النوع من الملفات.',
    fa: 'این نوع فایل پذیرفته نمی‌شود.',
    uk: 'Файл такого типу не може бути прийнятий.',
    tr: 'Bu tür bir dosya kabul edilemez.',
    ru: 'Файл такого типа не может быть принят.',
  },
  FILE_TOO_LARGE: {
    de: 'Die Datei ist zu groß.',
    en: 'The file is too large.',
    ar: 'الملف كبير جدًا.',
    fa: 'فایل بیش از حد بزرگ است.',
    uk: 'Файл завеликий.',
    tr: 'Dosya çok büyük.',
    ru: 'Файл слишком большой.',
  },
  UPLOADS_OFF: {
    de: 'In diesem Formular können keine Dateien hochgeladen werden.',
    en: 'Files cannot be uploaded on this form.',
    ar: 'لا يمكن تحميل ملفات في هذا النموذج.',
    fa: 'در این فرم نمی‌توان فایل بارگذاری کرد.',
    uk: 'У цій формі не можна завантажувати файли.',
    tr: 'Bu formda dosya yüklenemez.',
    ru: 'В этой форме нельзя загружать файлы.',
  },
};

/** A known locale of the request, German otherwise. */
export const requestLocale = (value: unknown): FormLocale =>
  (FORM_LOCALES as readonly string[]).includes(value as string) ? (value as FormLocale) : 'de';

/**
 * The message of a refusal in a locale.
 * @param code why the request is refused
 * @param locale the request's locale (German when unknown)
 */
export const refusalMessage = (code: RefusalCode, locale: unknown): string =>
  MESSAGES[code][requestLocale(locale)];

/** Text the status page shows when the submission's data has been deleted. */
export const DELETED_MESSAGE: Messages = {
  de: 'Die Daten dieses Antrags wurden gelöscht.',
  en: 'The data of this submission has been deleted.',
  ar: 'تم حذف بيانات هذا الطلب.',
  fa: 'داده‌های این درخواست حذف شده است.',
  uk: 'Дані цієї заявки видалено.',
  tr: 'Bu başvurunun verileri silindi.',
  ru: 'Данные этой заявки удалены.',
};
