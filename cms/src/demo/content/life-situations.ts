import type { LifeSituationDemo } from '../types';

/**
 * Demo content of the six life situations on the home page, in display order.
 *
 * Each entry leads to a category of the service directory. The themes follow the fields of
 * action of Lehrte's integration concept (language courses, childcare, work and training,
 * racism and discrimination, participation). Teasers use plain words for readers with
 * little German or little digital experience. German is the source text.
 */
export const lifeSituations: LifeSituationDemo[] = [
  {
    code: 'learn-german',
    position: 1,
    icon: 'language',
    directoryCategory: 'language-course',
    texts: {
      de: {
        title: 'Ich möchte Deutsch lernen',
        teaser:
          'Finden Sie einen Deutschkurs in Lehrte, der zu Ihnen passt: für Anfänger, für den Beruf oder mit Kinderbetreuung.',
      },
      en: {
        title: 'I want to learn German',
        teaser:
          'Find a German course in Lehrte that suits you: for beginners, for work, or with childcare.',
      },
      ar: {
        title: 'أريد أن أتعلم اللغة الألمانية',
        teaser:
          'ابحث عن دورة لغة ألمانية في ليرته تناسبك: للمبتدئين، أو للعمل، أو مع رعاية للأطفال.',
      },
      fa: {
        title: 'می‌خواهم آلمانی یاد بگیرم',
        teaser:
          'یک کلاس زبان آلمانی در لهرته پیدا کنید که مناسب شما باشد: برای مبتدی‌ها، برای کار یا همراه با نگهداری از کودک.',
      },
      uk: {
        title: 'Я хочу вивчати німецьку',
        teaser:
          'Знайдіть курс німецької мови в Лерте, який вам підходить: для початківців, для роботи або з доглядом за дітьми.',
      },
      tr: {
        title: 'Almanca öğrenmek istiyorum',
        teaser:
          "Lehrte'de size uygun bir Almanca kursu bulun: yeni başlayanlar için, iş hayatı için veya çocuk bakımı imkânı olan kurslar.",
      },
      ru: {
        title: 'Я хочу учить немецкий',
        teaser:
          'Найдите курс немецкого языка в Лерте, который вам подходит: для начинающих, для работы или с присмотром за детьми.',
      },
    },
  },
  {
    code: 'childcare',
    position: 2,
    icon: 'childcare',
    directoryCategory: 'childcare',
    texts: {
      de: {
        title: 'Ich brauche Kinderbetreuung',
        teaser:
          'Melden Sie Ihr Kind online für einen Kita-Platz an – in Ihrer Sprache. Sie können jederzeit sehen, wie weit Ihre Anmeldung ist.',
      },
      en: {
        title: 'I need childcare',
        teaser:
          'Register your child online for a place in a Kita (day-care centre), in your language. You can check the status of your registration at any time.',
      },
      ar: {
        title: 'أحتاج إلى رعاية لطفلي',
        teaser:
          'سجّل طفلك عبر الإنترنت للحصول على مكان في روضة أطفال (Kita) بلغتك. ويمكنك متابعة حالة طلبك في أي وقت.',
      },
      fa: {
        title: 'به نگهداری از کودک نیاز دارم',
        teaser:
          'فرزندتان را به‌صورت آنلاین و به زبان خودتان برای یک جا در مهدکودک (Kita) ثبت‌نام کنید. هر زمان می‌توانید وضعیت ثبت‌نام را ببینید.',
      },
      uk: {
        title: 'Мені потрібен догляд за дитиною',
        teaser:
          'Зареєструйте дитину онлайн на місце в дитячому садку (Kita) — вашою мовою. Статус заявки можна перевірити будь-коли.',
      },
      tr: {
        title: 'Çocuk bakımına ihtiyacım var',
        teaser:
          "Çocuğunuzu Kita'da (kreş ve anaokulu) bir yer için internetten, kendi dilinizde kaydettirin. Başvurunuzun durumunu istediğiniz zaman görebilirsiniz.",
      },
      ru: {
        title: 'Мне нужен присмотр за ребёнком',
        teaser:
          'Запишите ребёнка онлайн на место в детском саду (Kita) — на своём языке. Статус заявки можно проверить в любое время.',
      },
    },
  },
  {
    code: 'advice',
    position: 3,
    icon: 'advice',
    directoryCategory: 'counselling',
    texts: {
      de: {
        title: 'Ich brauche Beratung',
        teaser:
          'Sie haben Fragen zu Aufenthalt, Familie, Geld, Steuern oder Krankmeldung? Hier finden Sie Beratungsstellen und sehen, welche Sprachen dort gesprochen werden.',
      },
      en: {
        title: 'I need advice',
        teaser:
          'Questions about residence, family, money, taxes or sick notes? Find advice centres here and see which languages are spoken there.',
      },
      ar: {
        title: 'أحتاج إلى استشارة',
        teaser:
          'هل لديك أسئلة حول الإقامة أو الأسرة أو المال أو الضرائب أو الإجازة المرضية؟ هنا تجد مراكز الاستشارة وتعرف اللغات التي يُتحدَّث بها هناك.',
      },
      fa: {
        title: 'به مشاوره نیاز دارم',
        teaser:
          'درباره اقامت، خانواده، پول، مالیات یا گواهی بیماری سؤال دارید؟ اینجا مراکز مشاوره را پیدا می‌کنید و می‌بینید در آنجا به چه زبان‌هایی صحبت می‌شود.',
      },
      uk: {
        title: 'Мені потрібна консультація',
        teaser:
          'Маєте питання про дозвіл на проживання, сім’ю, гроші, податки чи лікарняний? Тут ви знайдете консультаційні центри й побачите, якими мовами там говорять.',
      },
      tr: {
        title: 'Danışmanlığa ihtiyacım var',
        teaser:
          'Oturum izni, aile, para, vergi veya hastalık raporu hakkında sorularınız mı var? Burada danışma merkezlerini ve orada hangi dillerin konuşulduğunu bulabilirsiniz.',
      },
      ru: {
        title: 'Мне нужна консультация',
        teaser:
          'Есть вопросы о виде на жительство, семье, деньгах, налогах или больничном? Здесь вы найдёте консультационные службы и увидите, на каких языках там говорят.',
      },
    },
  },
  {
    code: 'work',
    position: 4,
    icon: 'work',
    directoryCategory: 'work-recognition',
    texts: {
      de: {
        title: 'Arbeit und Anerkennung',
        teaser:
          'Sie suchen Arbeit oder eine Ausbildung? Hier erfahren Sie, wie Ihr Schul- oder Berufsabschluss aus dem Ausland anerkannt wird und wer Ihnen hilft.',
      },
      en: {
        title: 'Work and recognition',
        teaser:
          'Looking for a job or training? Find out how to get your school or professional qualification from abroad recognised, and who can help you.',
      },
      ar: {
        title: 'العمل والاعتراف بالشهادات',
        teaser:
          'هل تبحث عن عمل أو تدريب مهني؟ اعرف هنا كيف تحصل على الاعتراف بشهادتك المدرسية أو المهنية من الخارج، ومن يمكنه مساعدتك.',
      },
      fa: {
        title: 'کار و به رسمیت شناختن مدارک',
        teaser:
          'دنبال کار یا آموزش حرفه‌ای هستید؟ اینجا می‌فهمید مدرک تحصیلی یا حرفه‌ای شما از خارج چگونه به رسمیت شناخته می‌شود و چه کسی به شما کمک می‌کند.',
      },
      uk: {
        title: 'Робота та визнання документів',
        teaser:
          'Шукаєте роботу чи професійне навчання? Дізнайтеся, як визнати ваш шкільний або професійний диплом, здобутий за кордоном, і хто вам допоможе.',
      },
      tr: {
        title: 'İş ve diploma denkliği',
        teaser:
          'İş ya da meslek eğitimi mi arıyorsunuz? Yurt dışında aldığınız okul veya meslek diplomanızın nasıl tanındığını ve size kimin yardım edebileceğini öğrenin.',
      },
      ru: {
        title: 'Работа и признание дипломов',
        teaser:
          'Ищете работу или профессиональное обучение? Узнайте, как признать ваш школьный или профессиональный диплом, полученный за границей, и кто вам поможет.',
      },
    },
  },
  {
    code: 'discrimination',
    position: 5,
    icon: 'discrimination',
    directoryCategory: 'anti-discrimination',
    texts: {
      de: {
        title: 'Ich habe Diskriminierung erlebt',
        teaser:
          'Sie wurden ungerecht behandelt, zum Beispiel wegen Ihrer Herkunft oder Religion? Hier können Sie das melden – auch anonym – und Beratung finden.',
      },
      en: {
        title: 'I have experienced discrimination',
        teaser:
          'Were you treated unfairly, for example because of your origin or religion? You can report it here, anonymously if you wish, and find advice.',
      },
      ar: {
        title: 'تعرّضتُ للتمييز',
        teaser:
          'هل عوملت بشكل غير عادل، مثلًا بسبب أصلك أو دينك؟ يمكنك هنا الإبلاغ عن ذلك، دون ذكر اسمك إن أردت، والحصول على استشارة.',
      },
      fa: {
        title: 'با تبعیض روبه‌رو شده‌ام',
        teaser:
          'با شما ناعادلانه رفتار شده است، مثلاً به خاطر کشوری که از آن آمده‌اید یا دینتان؟ اینجا می‌توانید آن را گزارش دهید، اگر بخواهید بی‌نام، و مشاوره بگیرید.',
      },
      uk: {
        title: 'Мене дискримінували',
        teaser:
          'З вами повелися несправедливо, наприклад через ваше походження чи релігію? Тут ви можете про це повідомити — за бажання анонімно — і знайти консультацію.',
      },
      tr: {
        title: 'Ayrımcılığa uğradım',
        teaser:
          'Örneğin kökeniniz veya dininiz yüzünden haksız muameleye mi uğradınız? Bunu burada, isterseniz isimsiz olarak bildirebilir ve danışmanlık alabilirsiniz.',
      },
      ru: {
        title: 'Меня дискриминировали',
        teaser:
          'С вами обошлись несправедливо, например из-за вашего происхождения или религии? Здесь вы можете сообщить об этом — по желанию анонимно — и найти консультацию.',
      },
    },
  },
  {
    code: 'get-involved',
    position: 6,
    icon: 'participation',
    directoryCategory: 'participation',
    texts: {
      de: {
        title: 'Mitmachen',
        teaser:
          'Lesen Sie das Integrationskonzept der Stadt Lehrte und sagen Sie Ihre Meinung. Oder finden Sie Vereine und Ehrenamt in Ihrer Nähe.',
      },
      en: {
        title: 'Get involved',
        teaser:
          "Read the City of Lehrte's integration concept and tell us what you think. Or find clubs and volunteering near you.",
      },
      ar: {
        title: 'شارِك معنا',
        teaser:
          'اقرأ خطة الاندماج لمدينة ليرته وأخبرنا برأيك. أو ابحث عن جمعيات وأعمال تطوعية قريبة منك.',
      },
      fa: {
        title: 'مشارکت کنید',
        teaser:
          'برنامه ادغام شهر لهرته را بخوانید و نظرتان را به ما بگویید. یا انجمن‌ها و کارهای داوطلبانه نزدیک خودتان را پیدا کنید.',
      },
      uk: {
        title: 'Долучайтеся',
        teaser:
          'Прочитайте концепцію інтеграції міста Лерте й висловіть свою думку. Або знайдіть товариства та можливості для волонтерства поруч із вами.',
      },
      tr: {
        title: 'Siz de katılın',
        teaser:
          'Lehrte Belediyesinin entegrasyon konseptini okuyun ve görüşünüzü bize bildirin. Ya da yakınınızdaki dernekleri ve gönüllü çalışma imkânlarını bulun.',
      },
      ru: {
        title: 'Участвуйте',
        teaser:
          'Прочитайте концепцию интеграции города Лерте и выскажите своё мнение. Или найдите клубы, объединения и волонтёрскую работу рядом с вами.',
      },
    },
  },
];
