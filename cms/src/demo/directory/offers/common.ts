import type { LocalizedTexts } from '../types';

/**
 * Texts that several demo offers share: link labels and funding notes. German is the
 * source text; every label exists in all seven locales.
 */

export const linkLabels = {
  vhsProgramme: {
    de: 'Kursprogramm der VHS',
    en: 'VHS course programme',
    ar: 'برنامج دورات VHS',
    fa: 'برنامه کلاس‌های VHS',
    uk: 'Програма курсів VHS',
    tr: 'VHS kurs programı',
    ru: 'Программа курсов VHS',
  },
  integrationCourseInfo: {
    de: 'Was ist ein Integrationskurs?',
    en: 'What is an integration course?',
    ar: 'ما هي دورة الاندماج؟',
    fa: 'دوره ادغام چیست؟',
    uk: 'Що таке інтеграційний курс?',
    tr: 'Uyum kursu nedir?',
    ru: 'Что такое интеграционный курс?',
  },
  jobCourseInfo: {
    de: 'Was ist ein Berufssprachkurs?',
    en: 'What is a job-related German course?',
    ar: 'ما هي دورة اللغة الألمانية المهنية؟',
    fa: 'کلاس زبان آلمانی برای کار چیست؟',
    uk: 'Що таке професійний курс німецької мови?',
    tr: 'Mesleki Almanca kursu nedir?',
    ru: 'Что такое профессиональный курс немецкого языка?',
  },
  moreInfo: {
    de: 'Mehr Informationen',
    en: 'More information',
    ar: 'مزيد من المعلومات',
    fa: 'اطلاعات بیشتر',
    uk: 'Докладніше',
    tr: 'Daha fazla bilgi',
    ru: 'Подробнее',
  },
  appointment: {
    de: 'Termin anfragen',
    en: 'Request an appointment',
    ar: 'طلب موعد',
    fa: 'درخواست نوبت',
    uk: 'Записатися на прийом',
    tr: 'Randevu talep edin',
    ru: 'Записаться на приём',
  },
  registerOnline: {
    de: 'Online anmelden',
    en: 'Register online',
    ar: 'التسجيل عبر الإنترنت',
    fa: 'ثبت‌نام آنلاین',
    uk: 'Зареєструватися онлайн',
    tr: 'İnternetten kayıt olun',
    ru: 'Записаться онлайн',
  },
} satisfies Record<string, LocalizedTexts<string>>;

/** Who pays for an integration course (BAMF rules, kept general). */
export const integrationCourseFunding: LocalizedTexts<string> = {
  de: 'Das BAMF bezahlt den größten Teil. Wenn Sie Leistungen vom Jobcenter oder vom Sozialamt bekommen, können Sie sich vom Eigenanteil befreien lassen. Sonst zahlen Sie einen Eigenanteil pro Unterrichtsstunde. Die Kursberatung hilft beim Antrag.',
  en: 'The BAMF pays most of the cost. If you receive benefits from the Jobcenter or the social welfare office, you can apply to be exempted from your share. Otherwise you pay a share per lesson hour. The course advisers help you with the application.',
  ar: 'يدفع المكتب الاتحادي (BAMF) الجزء الأكبر من التكاليف. إذا كنت تحصل على إعانات من مركز العمل (Jobcenter) أو من مكتب الشؤون الاجتماعية، فيمكنك طلب الإعفاء من حصتك. وإلا فإنك تدفع مساهمة عن كل حصة دراسية. ويساعدك فريق الاستشارة حول الدورات في تقديم الطلب.',
  fa: 'بیشتر هزینه را BAMF می‌پردازد. اگر از جاب‌سنتر (Jobcenter) یا اداره امور اجتماعی کمک‌هزینه می‌گیرید، می‌توانید درخواست معافیت از سهم خود را بدهید. در غیر این صورت برای هر ساعت درس سهمی می‌پردازید. مشاوران کلاس در نوشتن درخواست به شما کمک می‌کنند.',
  uk: 'Більшу частину вартості оплачує BAMF. Якщо ви отримуєте допомогу від Jobcenter або від соціальної служби, можна подати заяву про звільнення від власного внеску. Інакше ви сплачуєте внесок за кожну навчальну годину. Консультанти з курсів допоможуть із заявою.',
  tr: "Masrafların büyük kısmını BAMF karşılar. Jobcenter'dan veya sosyal yardım dairesinden yardım alıyorsanız katkı payından muaf tutulmak için başvurabilirsiniz. Aksi hâlde her ders saati için bir katkı payı ödersiniz. Kurs danışmanları başvuruda size yardımcı olur.",
  ru: 'Большую часть стоимости оплачивает BAMF. Если вы получаете пособие от Jobcenter или от социальной службы, можно подать заявление об освобождении от собственного взноса. Иначе вы платите взнос за каждый учебный час. Консультанты по курсам помогут с заявлением.',
};

/** Who pays for a job-related German course (DeuFöV rules, kept general). */
export const jobCourseFunding: LocalizedTexts<string> = {
  de: 'Sie brauchen eine Berechtigung vom Jobcenter, von der Agentur für Arbeit oder vom BAMF. Für Arbeitsuchende ist der Kurs kostenlos. Wer arbeitet und gut verdient, zahlt einen Eigenanteil; oft übernimmt ihn der Arbeitgeber.',
  en: 'You need an entitlement from the Jobcenter, the employment agency (Agentur für Arbeit) or the BAMF. The course is free for jobseekers. People who work and earn above a certain amount pay a share; often the employer pays it.',
  ar: 'تحتاج إلى إذن من مركز العمل (Jobcenter) أو من وكالة العمل (Agentur für Arbeit) أو من المكتب الاتحادي (BAMF). الدورة مجانية للباحثين عن عمل. أما من يعمل ويكسب دخلًا يزيد على حد معيّن فيدفع مساهمة، وكثيرًا ما يتحملها صاحب العمل.',
  fa: 'به مجوز جاب‌سنتر (Jobcenter)، اداره کار (Agentur für Arbeit) یا BAMF نیاز دارید. این کلاس برای جویندگان کار رایگان است. کسی که کار می‌کند و درآمدش از حد معینی بیشتر است، سهمی می‌پردازد؛ اغلب کارفرما این سهم را می‌پردازد.',
  uk: 'Вам потрібен дозвіл від Jobcenter, агентства з працевлаштування (Agentur für Arbeit) або BAMF. Для тих, хто шукає роботу, курс безкоштовний. Хто працює й заробляє понад певну суму, сплачує власний внесок; часто його бере на себе роботодавець.',
  tr: "Jobcenter'dan, İş Ajansı'ndan (Agentur für Arbeit) veya BAMF'tan katılım belgesi almanız gerekir. İş arayanlar için kurs ücretsizdir. Çalışan ve belirli bir tutarın üzerinde kazananlar katkı payı öder; bu payı çoğu zaman işveren üstlenir.",
  ru: 'Вам нужно направление от Jobcenter, агентства по труду (Agentur für Arbeit) или BAMF. Для ищущих работу курс бесплатный. Кто работает и зарабатывает больше определённой суммы, платит собственный взнос; часто его берёт на себя работодатель.',
};

/** The line that marks every demo offer as sample data, per locale. */
export const SAMPLE_MARKERS = {
  de: '(Beispielangebot für die Demo)',
  en: '(Sample offer for the demo)',
  ar: '(عرض نموذجي للنسخة التجريبية)',
  fa: '(خدمت نمونه برای نسخه نمایشی)',
  uk: '(Приклад пропозиції для демоверсії)',
  tr: '(Demo için örnek hizmet)',
  ru: '(Пример предложения для демоверсии)',
} as const;
