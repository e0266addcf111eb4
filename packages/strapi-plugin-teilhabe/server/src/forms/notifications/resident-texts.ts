import type { LocaleCode } from '@teilhabe/locales';

/**
 * What a resident reads in the forms' e-mails. Every message names the
 * reference and says where to look the status up; none names the status
 * code (it is never stored, and mail is no place for it), the answers or the
 * status itself.
 */
export interface ResidentTexts {
  greeting: string;
  confirmationSubject: (title: string) => string;
  received: (title: string) => string;
  referenceLabel: string;
  checkStatus: string;
  codeNotInMail: string;
  laterNotices: string;
  statusSubject: (reference: string) => string;
  statusChanged: (reference: string) => string;
  statusWhere: string;
  statusPrivacy: string;
  notYou: string;
  automatic: string;
}

/**
 * The texts in all seven locales, with the portal's words for reference and
 * status code (`portal/i18n/locales`) and its forms of address (German "Sie",
 * Ukrainian and Russian "Ви"/"Вы" capitalised, Arabic plural of politeness,
 * Turkish "-iniz"). German is the source; the other six are demo
 * translations until a translator has reviewed them.
 */
export const RESIDENT_TEXTS: Record<LocaleCode, ResidentTexts> = {
  de: {
    greeting: 'Guten Tag,',
    confirmationSubject: (title) => `Ihr Antrag ist eingegangen: ${title}`,
    received: (title) => `vielen Dank! Ihr Antrag „${title}“ ist bei uns eingegangen.`,
    referenceLabel: 'Ihr Aktenzeichen',
    checkStatus:
      'Den Stand Ihres Antrags sehen Sie jederzeit mit dem Aktenzeichen und dem Status-Code, den Sie nach dem Absenden erhalten haben:',
    codeNotInMail:
      'Den Status-Code schicken wir zu Ihrer Sicherheit nie per E-Mail. Bewahren Sie ihn gut auf.',
    laterNotices: 'Wenn sich der Stand ändert, schreiben wir Ihnen eine kurze E-Mail.',
    statusSubject: (reference) => `Neuer Stand zu Ihrem Antrag ${reference}`,
    statusChanged: (reference) =>
      `der Stand Ihres Antrags mit dem Aktenzeichen ${reference} hat sich geändert.`,
    statusWhere: 'Den neuen Stand sehen Sie hier mit Ihrem Aktenzeichen und Ihrem Status-Code:',
    statusPrivacy: 'Zum Schutz Ihrer Daten steht der neue Stand nicht in dieser E-Mail.',
    notYou:
      'Sie haben kein Formular gesendet? Dann hat jemand vermutlich versehentlich Ihre E-Mail-Adresse angegeben; Sie können diese E-Mail ignorieren.',
    automatic: 'Diese E-Mail wurde automatisch verschickt.',
  },
  // Demo translation.
  en: {
    greeting: 'Hello,',
    confirmationSubject: (title) => `We have received your application: ${title}`,
    received: (title) => `Thank you! We have received your application “${title}”.`,
    referenceLabel: 'Your reference',
    checkStatus:
      'You can check the status of your application at any time with the reference and the status code you received after sending the form:',
    codeNotInMail:
      'For your security, we never send the status code by e-mail. Please keep it in a safe place.',
    laterNotices: 'When the status changes, we will send you a short e-mail.',
    statusSubject: (reference) => `The status of your application ${reference} has changed`,
    statusChanged: (reference) =>
      `The status of your application with the reference ${reference} has changed.`,
    statusWhere: 'You can see the new status here with your reference and your status code:',
    statusPrivacy: 'To protect your data, the new status is not included in this e-mail.',
    notYou:
      'You did not send a form? Then someone probably entered your e-mail address by mistake; you can ignore this e-mail.',
    automatic: 'This e-mail was sent automatically.',
  },
  // Demo translation.
  ar: {
    greeting: 'تحية طيبة،',
    confirmationSubject: (title) => `تم استلام طلبكم: ${title}`,
    received: (title) => `شكرًا لكم! لقد استلمنا طلبكم «${title}».`,
    referenceLabel: 'الرقم المرجعي لطلبكم',
    checkStatus:
      'يمكنكم الاطلاع على حالة طلبكم في أي وقت باستخدام الرقم المرجعي ورمز الحالة الذي حصلتم عليه بعد إرسال النموذج:',
    codeNotInMail:
      'حفاظًا على أمانكم، لا نرسل رمز الحالة بالبريد الإلكتروني أبدًا. يُرجى الاحتفاظ به في مكان آمن.',
    laterNotices: 'عندما تتغيّر حالة طلبكم، سنرسل إليكم رسالة قصيرة بالبريد الإلكتروني.',
    statusSubject: (reference) => `تغيّرت حالة طلبكم ${reference}`,
    statusChanged: (reference) => `تغيّرت حالة طلبكم ذي الرقم المرجعي ${reference}.`,
    statusWhere: 'يمكنكم الاطلاع على الحالة الجديدة هنا باستخدام الرقم المرجعي ورمز الحالة:',
    statusPrivacy: 'حمايةً لبياناتكم، لا تتضمّن هذه الرسالة الحالة الجديدة.',
    notYou:
      'إن لم تكونوا قد أرسلتم أي نموذج، فربما أدخل شخص آخر عنوان بريدكم الإلكتروني عن طريق الخطأ؛ ويمكنكم تجاهل هذه الرسالة.',
    automatic: 'أُرسلت هذه الرسالة تلقائيًا.',
  },
  // Demo translation.
  fa: {
    greeting: 'با سلام،',
    confirmationSubject: (title) => `درخواست شما دریافت شد: ${title}`,
    received: (title) => `از شما سپاسگزاریم! درخواست شما با عنوان «${title}» به دست ما رسید.`,
    referenceLabel: 'شماره پرونده شما',
    checkStatus:
      'با شماره پرونده و کد وضعیتی که پس از ارسال فرم دریافت کرده‌اید، می‌توانید هر زمان وضعیت درخواست خود را ببینید:',
    codeNotInMail:
      'برای امنیت شما، کد وضعیت را هرگز با ایمیل نمی‌فرستیم. لطفاً آن را در جای امنی نگه دارید.',
    laterNotices: 'هر گاه وضعیت درخواست شما تغییر کند، یک ایمیل کوتاه برایتان می‌فرستیم.',
    statusSubject: (reference) => `وضعیت درخواست ${reference} تغییر کرد`,
    statusChanged: (reference) => `وضعیت درخواست شما با شماره پرونده ${reference} تغییر کرده است.`,
    statusWhere: 'وضعیت جدید را اینجا با شماره پرونده و کد وضعیت خود ببینید:',
    statusPrivacy: 'برای حفاظت از داده‌های شما، وضعیت جدید در این ایمیل نوشته نشده است.',
    notYou:
      'اگر فرمی ارسال نکرده‌اید، احتمالاً کسی به اشتباه نشانی ایمیل شما را وارد کرده است؛ می‌توانید این ایمیل را نادیده بگیرید.',
    automatic: 'این ایمیل به‌طور خودکار ارسال شده است.',
  },
  // Demo translation.
  uk: {
    greeting: 'Добрий день!',
    confirmationSubject: (title) => `Вашу заяву отримано: ${title}`,
    received: (title) => `Дякуємо! Ми отримали Вашу заяву «${title}».`,
    referenceLabel: 'Номер Вашої справи',
    checkStatus:
      'Стан Вашої заяви Ви можете будь-коли переглянути за номером справи та кодом статусу, який Ви отримали після надсилання форми:',
    codeNotInMail:
      'З міркувань безпеки ми ніколи не надсилаємо код статусу електронною поштою. Зберігайте його в надійному місці.',
    laterNotices: 'Коли стан Вашої заяви зміниться, ми надішлемо Вам короткий лист.',
    statusSubject: (reference) => `Стан Вашої заяви ${reference} змінився`,
    statusChanged: (reference) => `Стан Вашої заяви з номером справи ${reference} змінився.`,
    statusWhere: 'Новий стан Ви можете переглянути тут за номером справи та кодом статусу:',
    statusPrivacy: 'Щоб захистити Ваші дані, ми не зазначаємо новий стан у цьому листі.',
    notYou:
      'Ви не надсилали жодної форми? Тоді, мабуть, хтось помилково вказав Вашу адресу електронної пошти; просто проігноруйте цей лист.',
    automatic: 'Цей лист надіслано автоматично.',
  },
  // Demo translation.
  tr: {
    greeting: 'Sayın başvuru sahibi,',
    confirmationSubject: (title) => `Başvurunuz alındı: ${title}`,
    received: (title) => `Teşekkür ederiz! “${title}” başvurunuz bize ulaştı.`,
    referenceLabel: 'Dosya numaranız',
    checkStatus:
      'Başvurunuzun durumunu, dosya numarası ve formu gönderdikten sonra aldığınız durum kodu ile istediğiniz zaman görebilirsiniz:',
    codeNotInMail:
      'Güvenliğiniz için durum kodunu hiçbir zaman e-postayla göndermiyoruz. Lütfen kodu güvenli bir yerde saklayınız.',
    laterNotices: 'Başvurunuzun durumu değiştiğinde size kısa bir e-posta göndereceğiz.',
    statusSubject: (reference) => `${reference} numaralı başvurunuzun durumu değişti`,
    statusChanged: (reference) => `${reference} dosya numaralı başvurunuzun durumu değişti.`,
    statusWhere: 'Yeni durumu dosya numaranız ve durum kodunuzla buradan görebilirsiniz:',
    statusPrivacy: 'Verilerinizi korumak için yeni durum bu e-postada yer almıyor.',
    notYou:
      'Form göndermediyseniz, başka biri e-posta adresinizi yanlışlıkla girmiş olabilir; bu e-postayı dikkate almayabilirsiniz.',
    automatic: 'Bu e-posta otomatik olarak gönderilmiştir.',
  },
  // Demo translation.
  ru: {
    greeting: 'Здравствуйте!',
    confirmationSubject: (title) => `Ваше заявление получено: ${title}`,
    received: (title) => `Спасибо! Мы получили Ваше заявление «${title}».`,
    referenceLabel: 'Номер Вашего дела',
    checkStatus:
      'Статус Вашего заявления Вы можете в любое время узнать по номеру дела и коду статуса, который Вы получили после отправки формы:',
    codeNotInMail:
      'В целях безопасности мы никогда не отправляем код статуса по электронной почте. Храните его в надёжном месте.',
    laterNotices: 'Когда статус Вашего заявления изменится, мы пришлём Вам короткое письмо.',
    statusSubject: (reference) => `Статус Вашего заявления ${reference} изменился`,
    statusChanged: (reference) => `Статус Вашего заявления с номером дела ${reference} изменился.`,
    statusWhere: 'Новый статус Вы можете узнать здесь по номеру дела и коду статуса:',
    statusPrivacy: 'Чтобы защитить Ваши данные, мы не указываем новый статус в этом письме.',
    notYou:
      'Вы не отправляли форму? Значит, кто-то, вероятно, по ошибке указал Ваш адрес электронной почты; просто не обращайте внимания на это письмо.',
    automatic: 'Это письмо отправлено автоматически.',
  },
};
