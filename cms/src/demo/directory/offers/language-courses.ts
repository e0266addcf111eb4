import type { OfferDemo } from '../types';
import { jobCourseFunding, linkLabels } from './common';
import { integrationCourseOffers } from './integration-courses';

/**
 * Demo offers of the category `language-course`: the integration courses (see
 * `./integration-courses`), job-related courses at B1, B2 and C1, and other ways to
 * learn German (a conversation group, a C2 writing workshop, a course for mothers at a
 * Kita).
 */
export const languageCourseOffers: OfferDemo[] = [
  ...integrationCourseOffers,
  {
    slug: 'berufssprachkurs-b2-abend-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers', 'refugees'],
    staffLanguages: ['de', 'en', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-16',
    links: [
      {
        url: 'https://vhs-ostkreis.example.org/berufssprachkurse',
        label: linkLabels.jobCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-berufssprachkurse'],
    languageCourse: {
      level: 'B2',
      courseType: 'job-related',
      startDate: '2026-12-14',
      endDate: '2027-11-12',
      schedule: { days: ['mon', 'tue', 'thu'], start: '17:30', end: '20:45' },
      seatsTotal: 18,
      seatsFree: 4,
      childcare: false,
      womenOnly: false,
      fundingNote: jobCourseFunding,
    },
    texts: {
      de: {
        title: 'Berufssprachkurs B2 am Abend – Deutsch für den Beruf',
        summary:
          'Deutsch für die Arbeit auf Niveau B2: E-Mails, Besprechungen, Fachwörter. Abendkurs, passend neben der Arbeit. Start am 14. Dezember 2026. Beratung auch auf Ukrainisch und Russisch.',
        description: `Im **Berufssprachkurs** lernen Sie Deutsch für den Beruf. Sie üben Telefonate, Besprechungen, E-Mails und Vorstellungsgespräche. Der Kurs passt zum Beispiel für Ingenieurinnen und Ingenieure, Pflegekräfte und andere Fachkräfte, die in ihrem Beruf in Deutschland arbeiten möchten.

Am Ende steht eine Prüfung auf Niveau B2. Viele Arbeitgeber und manche Anerkennungsstellen verlangen dieses Niveau.

- **Zeit:** Montag, Dienstag und Donnerstag, 17:30 bis 20:45 Uhr
- **Voraussetzung:** Niveau B1
- **Beratung auf:** Deutsch, Englisch, Ukrainisch und Russisch

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Job-related German course B2 in the evening',
        summary:
          'German for work at level B2: e-mails, meetings, technical vocabulary. Evening course that fits around your job. Starts on 14 December 2026. Advice also in Ukrainian and Russian.',
        description: `In the **Berufssprachkurs** (job-related German course) you learn German for your profession. You practise phone calls, meetings, e-mails and job interviews. The course suits, for example, engineers, nurses and other skilled workers who want to work in their profession in Germany.

The course ends with an exam at level B2. Many employers and some recognition authorities require this level.

- **Time:** Monday, Tuesday and Thursday, 17:30 to 20:45
- **Requirement:** level B1
- **Advice in:** German, English, Ukrainian and Russian

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة اللغة الألمانية المهنية B2 – مسائية',
        summary:
          'الألمانية للعمل على المستوى B2: الرسائل الإلكترونية والاجتماعات والمصطلحات المهنية. دورة مسائية تناسب أوقات العمل. تبدأ في 14 ديسمبر 2026.',
        description: `في **دورة اللغة المهنية (Berufssprachkurs)** تتعلّم الألمانية لمهنتك. تتدرّب على المكالمات الهاتفية والاجتماعات والرسائل الإلكترونية ومقابلات العمل. وتناسب الدورة مثلًا المهندسات والمهندسين وكوادر التمريض وغيرهم من أصحاب المهن الذين يريدون العمل في مهنتهم في ألمانيا.

تنتهي الدورة بامتحان على المستوى B2، وهو مستوى يطلبه كثير من أصحاب العمل وبعض جهات الاعتراف بالشهادات.

- **الموعد:** الاثنين والثلاثاء والخميس، من الساعة 17:30 إلى 20:45
- **الشرط:** المستوى B1
- **لغات الاستشارة:** الألمانية والإنجليزية والأوكرانية والروسية

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Професійний курс німецької мови B2 — вечірній',
        summary:
          'Німецька для роботи на рівні B2: листи, наради, фахова лексика. Вечірній курс, який можна поєднати з роботою. Початок 14 грудня 2026 року. Консультації також українською й російською.',
        description: `На **професійному мовному курсі (Berufssprachkurs)** ви вивчаєте німецьку для своєї професії. Ви тренуєте телефонні розмови, наради, електронні листи та співбесіди. Курс підходить, наприклад, інженеркам та інженерам, медсестрам і медбратам та іншим фахівцям, які хочуть працювати за фахом у Німеччині.

Курс завершується іспитом на рівні B2. Цей рівень вимагають багато роботодавців і деякі органи з визнання кваліфікацій.

- **Час:** понеділок, вівторок і четвер, з 17:30 до 20:45
- **Умова:** рівень B1
- **Мови консультацій:** німецька, англійська, українська та російська

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Akşam mesleki Almanca kursu B2',
        summary:
          "İş için B2 seviyesinde Almanca: e-postalar, toplantılar, mesleki terimler. İşle birlikte yürütülebilen akşam kursu. 14 Aralık 2026'da başlıyor.",
        description: `**Mesleki Almanca kursunda (Berufssprachkurs)** mesleğiniz için Almanca öğrenirsiniz. Telefon görüşmeleri, toplantılar, e-postalar ve iş görüşmeleri üzerinde çalışırsınız. Kurs; örneğin mühendislere, hemşirelere ve Almanya'da kendi mesleğinde çalışmak isteyen diğer uzmanlara uygundur.

Kurs, B2 seviyesinde bir sınavla sona erer. Birçok işveren ve bazı denklik makamları bu seviyeyi ister.

- **Zaman:** Pazartesi, salı ve perşembe, 17.30–20.45
- **Ön koşul:** B1 seviyesi
- **Danışmanlık dilleri:** Almanca, İngilizce, Ukraynaca ve Rusça

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Профессиональный курс немецкого языка B2 — вечерний',
        summary:
          'Немецкий для работы на уровне B2: письма, совещания, профессиональная лексика. Вечерний курс, который можно совмещать с работой. Начало 14 декабря 2026 года. Консультации также на украинском и русском.',
        description: `На **профессиональном языковом курсе (Berufssprachkurs)** вы учите немецкий для своей профессии. Вы тренируете телефонные разговоры, совещания, электронные письма и собеседования. Курс подходит, например, инженерам, медсёстрам и другим специалистам, которые хотят работать по специальности в Германии.

Курс заканчивается экзаменом на уровне B2. Этот уровень требуют многие работодатели и некоторые ведомства по признанию квалификаций.

- **Время:** понедельник, вторник и четверг, с 17:30 до 20:45
- **Условие:** уровень B1
- **Языки консультаций:** немецкий, английский, украинский и русский

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'berufssprachkurs-b1-vormittag-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers', 'refugees'],
    staffLanguages: ['de', 'ar', 'fa', 'tr', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-05',
    links: [
      {
        url: 'https://vhs-ostkreis.example.org/berufssprachkurse',
        label: linkLabels.jobCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-berufssprachkurse'],
    languageCourse: {
      level: 'B1',
      courseType: 'job-related',
      startDate: '2027-02-15',
      endDate: '2027-07-09',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '11:45' },
      seatsTotal: 20,
      seatsFree: 10,
      childcare: false,
      womenOnly: false,
      fundingNote: jobCourseFunding,
    },
    texts: {
      de: {
        title: 'Berufssprachkurs B1 am Vormittag – fit für den Arbeitsmarkt',
        summary:
          'Sie haben den Integrationskurs beendet, aber B1 noch nicht ganz geschafft? Dieser Kurs hilft Ihnen, B1 für den Beruf zu erreichen. Start am 15. Februar 2027.',
        description: `Dieser **Berufssprachkurs** ist für Menschen, die Arbeit oder eine Ausbildung suchen. Sie lernen Deutsch für typische Situationen im Betrieb: Arbeitsanweisungen verstehen, im Team sprechen, sich krankmelden.

Das Jobcenter oder die Agentur für Arbeit gibt Ihnen die Berechtigung für den Kurs. Fragen Sie Ihre Ansprechperson dort.

- **Zeit:** Montag bis Freitag, 8:30 bis 11:45 Uhr
- **Dauer:** etwa 5 Monate
- **Ziel:** Prüfung auf Niveau B1

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Job-related German course B1 in the morning – ready for the job market',
        summary:
          'You have finished the integration course but have not quite reached B1? This course helps you reach B1 for work. Starts on 15 February 2027.',
        description: `This **Berufssprachkurs** (job-related German course) is for people looking for work or vocational training. You learn German for typical situations at work: understanding instructions, talking in a team, calling in sick.

The Jobcenter or the employment agency (Agentur für Arbeit) gives you the entitlement for the course. Ask your contact person there.

- **Time:** Monday to Friday, 8:30 to 11:45
- **Duration:** about 5 months
- **Goal:** exam at level B1

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة اللغة الألمانية المهنية B1 – صباحية',
        summary:
          'أنهيت دورة الاندماج لكنك لم تصل بعد إلى المستوى B1 تمامًا؟ تساعدك هذه الدورة على بلوغ المستوى B1 للعمل. تبدأ في 15 فبراير 2027.',
        description: `**دورة اللغة المهنية (Berufssprachkurs)** هذه مخصّصة لمن يبحث عن عمل أو عن تدريب مهني. تتعلّم فيها الألمانية لمواقف معتادة في مكان العمل: فهم التعليمات، والتحدث مع الفريق، والإبلاغ عن المرض.

يمنحك مركز العمل (Jobcenter) أو وكالة العمل (Agentur für Arbeit) الإذن بالمشاركة في الدورة. اسأل الشخص المسؤول عنك هناك.

- **الموعد:** من الاثنين إلى الجمعة، من الساعة 8:30 إلى 11:45
- **المدة:** نحو 5 أشهر
- **الهدف:** امتحان على المستوى B1

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'کلاس زبان آلمانی برای کار B1 – صبح‌ها',
        summary:
          'دوره ادغام را تمام کرده‌اید ولی هنوز کاملاً به سطح B1 نرسیده‌اید؟ این کلاس کمک می‌کند برای کار به سطح B1 برسید. شروع: ۱۵ فوریه ۲۰۲۷.',
        description: `این **کلاس زبان برای کار (Berufssprachkurs)** برای کسانی است که دنبال کار یا آموزش حرفه‌ای هستند. آلمانی را برای موقعیت‌های معمول در محل کار یاد می‌گیرید: فهمیدن دستورهای کاری، صحبت در گروه، اطلاع دادن بیماری.

مجوز شرکت در کلاس را جاب‌سنتر (Jobcenter) یا اداره کار (Agentur für Arbeit) می‌دهد. از مسئول پرونده خود در آنجا بپرسید.

- **زمان:** دوشنبه تا جمعه، ساعت ۸:۳۰ تا ۱۱:۴۵
- **مدت:** حدود ۵ ماه
- **هدف:** آزمون سطح B1

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Професійний курс німецької мови B1 — ранковий',
        summary:
          'Ви завершили інтеграційний курс, але ще не зовсім досягли рівня B1? Цей курс допоможе досягти B1 для роботи. Початок 15 лютого 2027 року.',
        description: `Цей **професійний мовний курс (Berufssprachkurs)** для людей, які шукають роботу або професійне навчання. Ви вивчаєте німецьку для типових ситуацій на роботі: розуміти робочі інструкції, спілкуватися в команді, повідомляти про хворобу.

Дозвіл на курс дає Jobcenter або агентство з працевлаштування (Agentur für Arbeit). Запитайте свого консультанта там.

- **Час:** з понеділка по п’ятницю, з 8:30 до 11:45
- **Тривалість:** приблизно 5 місяців
- **Мета:** іспит на рівні B1

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Sabah mesleki Almanca kursu B1 – iş hayatına hazırlık',
        summary:
          "Uyum kursunu bitirdiniz ama B1'e tam ulaşamadınız mı? Bu kurs iş için B1 seviyesine ulaşmanıza yardımcı olur. 15 Şubat 2027'de başlıyor.",
        description: `Bu **mesleki Almanca kursu (Berufssprachkurs)** iş veya meslek eğitimi arayanlar içindir. İş yerindeki tipik durumlar için Almanca öğrenirsiniz: talimatları anlamak, ekip içinde konuşmak, hastalık bildirmek.

Kursa katılım belgesini Jobcenter veya İş Ajansı (Agentur für Arbeit) verir. Oradaki danışmanınıza sorun.

- **Zaman:** Pazartesiden cumaya, 08.30–11.45
- **Süre:** yaklaşık 5 ay
- **Hedef:** B1 seviyesinde sınav

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Профессиональный курс немецкого языка B1 — утренний',
        summary:
          'Вы закончили интеграционный курс, но ещё не совсем достигли уровня B1? Этот курс поможет достичь B1 для работы. Начало 15 февраля 2027 года.',
        description: `Этот **профессиональный языковой курс (Berufssprachkurs)** — для тех, кто ищет работу или профессиональное обучение. Вы учите немецкий для типичных ситуаций на работе: понимать рабочие указания, общаться в команде, сообщать о болезни.

Направление на курс выдаёт Jobcenter или агентство по труду (Agentur für Arbeit). Спросите своего консультанта там.

- **Время:** с понедельника по пятницу, с 8:30 до 11:45
- **Продолжительность:** примерно 5 месяцев
- **Цель:** экзамен на уровне B1

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'berufssprachkurs-c1-akademische-berufe',
    category: 'language-course',
    targetGroups: ['newcomers'],
    staffLanguages: ['de', 'en', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-09-30',
    links: [
      {
        url: 'https://vhs-ostkreis.example.org/berufssprachkurse',
        label: linkLabels.jobCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-berufssprachkurse'],
    languageCourse: {
      level: 'C1',
      courseType: 'job-related',
      startDate: '2027-05-03',
      endDate: '2028-03-17',
      schedule: { days: ['mon', 'tue', 'wed', 'thu'], start: '17:30', end: '20:45' },
      seatsTotal: 16,
      seatsFree: 7,
      childcare: false,
      womenOnly: false,
      fundingNote: jobCourseFunding,
    },
    texts: {
      de: {
        title: 'Berufssprachkurs C1 für akademische Berufe',
        summary:
          'Deutsch auf hohem Niveau für Menschen mit Studium: Fachtexte, Präsentationen, Verhandlungen. Abendkurs, Start am 3. Mai 2027.',
        description: `Sie haben studiert, zum Beispiel Ingenieurwesen, Informatik oder Wirtschaft, und sprechen schon gut Deutsch (B2)? In diesem **Berufssprachkurs** lernen Sie, sich im Beruf sicher und genau auszudrücken.

Themen sind zum Beispiel: Berichte schreiben, Präsentationen halten, in Besprechungen argumentieren. Am Ende gibt es eine Prüfung auf Niveau C1.

- **Zeit:** Montag bis Donnerstag, 17:30 bis 20:45 Uhr
- **Voraussetzung:** Niveau B2
- **Ort:** VHS-Lernort in der Kernstadt

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Job-related German course C1 for graduates',
        summary:
          'Advanced German for people with a university degree: technical texts, presentations, negotiations. Evening course, starts on 3 May 2027.',
        description: `Did you study, for example engineering, computer science or business, and do you already speak good German (B2)? In this **Berufssprachkurs** (job-related German course) you learn to express yourself confidently and precisely at work.

Topics include writing reports, giving presentations and making your case in meetings. The course ends with an exam at level C1.

- **Time:** Monday to Thursday, 17:30 to 20:45
- **Requirement:** level B2
- **Place:** VHS learning centre in the Kernstadt (town centre)

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة اللغة الألمانية المهنية C1 لأصحاب المؤهلات الجامعية',
        summary:
          'ألمانية بمستوى متقدم لمن أنهى دراسة جامعية: نصوص متخصصة وعروض تقديمية ومفاوضات. دورة مسائية تبدأ في 3 مايو 2027.',
        description: `هل درست مثلًا الهندسة أو علوم الحاسوب أو الاقتصاد، وتتحدث الألمانية جيدًا (B2)؟ في **دورة اللغة المهنية (Berufssprachkurs)** هذه تتعلّم أن تعبّر عن نفسك في العمل بثقة ودقة.

من مواضيع الدورة: كتابة التقارير، وتقديم العروض، والنقاش في الاجتماعات. وتنتهي الدورة بامتحان على المستوى C1.

- **الموعد:** من الاثنين إلى الخميس، من الساعة 17:30 إلى 20:45
- **الشرط:** المستوى B2
- **المكان:** مركز التعلم التابع لـ VHS في وسط المدينة

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Професійний курс німецької мови C1 для фахівців з вищою освітою',
        summary:
          'Німецька високого рівня для людей з вищою освітою: фахові тексти, презентації, переговори. Вечірній курс, початок 3 травня 2027 року.',
        description: `Ви здобули вищу освіту, наприклад інженерну, з інформатики чи економіки, і вже добре говорите німецькою (B2)? На цьому **професійному мовному курсі (Berufssprachkurs)** ви навчитеся впевнено й точно висловлюватися на роботі.

Теми, наприклад: писати звіти, робити презентації, аргументувати на нарадах. Курс завершується іспитом на рівні C1.

- **Час:** з понеділка по четвер, з 17:30 до 20:45
- **Умова:** рівень B2
- **Місце:** навчальний центр VHS у центрі міста

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Профессиональный курс немецкого языка C1 для специалистов с высшим образованием',
        summary:
          'Немецкий высокого уровня для людей с высшим образованием: профессиональные тексты, презентации, переговоры. Вечерний курс, начало 3 мая 2027 года.',
        description: `У вас высшее образование, например инженерное, в области информатики или экономики, и вы уже хорошо говорите по-немецки (B2)? На этом **профессиональном языковом курсе (Berufssprachkurs)** вы научитесь уверенно и точно выражать свои мысли на работе.

Темы, например: писать отчёты, делать презентации, аргументировать на совещаниях. Курс заканчивается экзаменом на уровне C1.

- **Время:** с понедельника по четверг, с 17:30 до 20:45
- **Условие:** уровень B2
- **Место:** учебный центр VHS в центре города

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'gespraechsrunde-deutsch-haemelerwald',
    category: 'language-course',
    targetGroups: ['everyone', 'newcomers'],
    staffLanguages: ['de', 'en'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    validFrom: '2026-09-01',
    validUntil: '2027-06-29',
    lastVerified: '2026-11-24',
    links: [
      { url: 'https://lehrte-hilft.example.org/gespraechsrunde', label: linkLabels.moreInfo },
    ],
    provider: 'lehrte-hilft',
    locations: ['schule-haemelerwald'],
    contacts: ['lehrte-hilft-koordination'],
    languageCourse: {
      level: 'B1',
      courseType: 'other',
      startDate: '2026-09-01',
      endDate: '2027-06-29',
      schedule: { days: ['tue'], start: '18:00', end: '19:30' },
      seatsTotal: 15,
      seatsFree: 6,
      childcare: false,
      womenOnly: false,
    },
    texts: {
      de: {
        title: 'Deutsch sprechen üben: Gesprächsrunde in Hämelerwald',
        summary:
          'Jeden Dienstagabend sprechen wir Deutsch über Alltag, Nachrichten und Hobbys. Ohne Prüfung, ohne Anmeldung, kostenlos. Gut ab Niveau A2 oder B1.',
        description: `Im Kurs lernen Sie viel, aber zum Sprechen bleibt oft wenig Zeit. In unserer Gesprächsrunde sprechen Sie Deutsch in kleinen Gruppen. Ehrenamtliche von Lehrte Hilft! helfen, wenn ein Wort fehlt.

Sie können jede Woche kommen oder nur manchmal. Es gibt Tee und Kekse.

- **Zeit:** jeden Dienstag, 18:00 bis 19:30 Uhr, nicht in den Schulferien
- **Ort:** Kursraum in der Grundschule Hämelerwald
- **Kosten:** keine

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Practise speaking German: conversation group in Hämelerwald',
        summary:
          'Every Tuesday evening we speak German about everyday life, the news and hobbies. No exam, no registration, free of charge. Best from level A2 or B1.',
        description: `In a course you learn a lot, but there is often little time to speak. In our conversation group you speak German in small groups. Volunteers from Lehrte Hilft! help when you are missing a word.

You can come every week or just now and then. There is tea and biscuits.

- **Time:** every Tuesday, 18:00 to 19:30, not during school holidays
- **Place:** course room in the primary school in Hämelerwald
- **Cost:** none

(Sample offer for the demo)`,
      },
      ar: {
        title: 'تدرّب على التحدث بالألمانية: حلقة حوار في هيميلرفالد',
        summary:
          'كل مساء ثلاثاء نتحدث بالألمانية عن الحياة اليومية والأخبار والهوايات. دون امتحان ودون تسجيل ومجانًا. مناسبة ابتداءً من المستوى A2 أو B1.',
        description: `في الدورة تتعلّم الكثير، لكن الوقت المتاح للكلام يكون غالبًا قليلًا. في حلقة الحوار نتحدث بالألمانية في مجموعات صغيرة، ويساعدك متطوعون من Lehrte Hilft! إذا غابت عنك كلمة.

يمكنك أن تأتي كل أسبوع أو من حين لآخر. ونقدّم الشاي والبسكويت.

- **الموعد:** كل يوم ثلاثاء، من الساعة 18:00 إلى 19:30، ما عدا العطل المدرسية
- **المكان:** قاعة الدورات في المدرسة الابتدائية في هيميلرفالد (Hämelerwald)
- **التكلفة:** مجانًا

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Практикуємо розмовну німецьку: розмовний клуб у Гемелервальді',
        summary:
          'Щовівторка ввечері говоримо німецькою про повсякденне життя, новини та хобі. Без іспиту, без реєстрації, безкоштовно. Підходить з рівня A2 або B1.',
        description: `На курсі ви багато вчите, але на розмову часто бракує часу. У нашому розмовному клубі ви говорите німецькою в невеликих групах. Волонтери Lehrte Hilft! допоможуть, якщо забракне слова.

Можна приходити щотижня або лише іноді. Є чай і печиво.

- **Час:** щовівторка, з 18:00 до 19:30, окрім шкільних канікул
- **Місце:** навчальна кімната в початковій школі Гемелервальда (Hämelerwald)
- **Вартість:** безкоштовно

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'schreibwerkstatt-deutsch-c2',
    category: 'language-course',
    targetGroups: ['everyone'],
    staffLanguages: ['de', 'en'],
    cost: { type: 'amount', amountEuro: 65 },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-10-14',
    links: [
      { url: 'https://vhs-ostkreis.example.org/schreibwerkstatt', label: linkLabels.vhsProgramme },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-kursberatung-deutsch'],
    languageCourse: {
      level: 'C2',
      courseType: 'other',
      startDate: '2027-03-03',
      endDate: '2027-05-19',
      schedule: { days: ['wed'], start: '18:00', end: '20:15' },
      seatsTotal: 12,
      seatsFree: 5,
      childcare: false,
      womenOnly: false,
    },
    texts: {
      de: {
        title: 'Schreibwerkstatt Deutsch C2: Texte für Beruf und Studium',
        summary:
          'Für Menschen, die sehr gut Deutsch können und noch sicherer schreiben möchten: Bewerbungen, Berichte, Briefe an Behörden. 10 Abende für 65 Euro.',
        description: `Sie sprechen sehr gut Deutsch, aber beim Schreiben sind Sie noch unsicher? In dieser Werkstatt schreiben Sie Texte, die Sie wirklich brauchen: Bewerbungen, Berichte, Stellungnahmen, E-Mails an Behörden.

Sie bekommen jede Woche eine Rückmeldung zu Ihren Texten. Die Gruppe ist klein, höchstens 12 Personen.

- **Zeit:** 10 Abende, mittwochs 18:00 bis 20:15 Uhr, ab 3. März 2027 (nicht in den Osterferien)
- **Kosten:** 65 Euro, Ermäßigung auf Anfrage
- **Voraussetzung:** Niveau C1 oder höher

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'German writing workshop C2: texts for work and study',
        summary:
          'For people who speak excellent German and want to write with even more confidence: applications, reports, letters to authorities. 10 evenings for 65 euros.',
        description: `You speak excellent German but still feel unsure when writing? In this workshop you write texts you really need: job applications, reports, statements, e-mails to authorities.

Every week you get feedback on your texts. The group is small, 12 people at most.

- **Time:** 10 evenings, Wednesdays 18:00 to 20:15, from 3 March 2027 (not during the Easter holidays)
- **Cost:** 65 euros, reduced fee on request
- **Requirement:** level C1 or higher

(Sample offer for the demo)`,
      },
      ar: {
        title: 'ورشة الكتابة بالألمانية C2: نصوص للعمل والدراسة',
        summary:
          'لمن يتقن الألمانية جيدًا جدًا ويريد أن يكتب بثقة أكبر: طلبات التوظيف والتقارير والرسائل إلى الجهات الرسمية. 10 أمسيات مقابل 65 يورو.',
        description: `تتحدث الألمانية جيدًا جدًا لكنك ما زلت مترددًا عند الكتابة؟ في هذه الورشة تكتب نصوصًا تحتاجها فعلًا: طلبات التوظيف، والتقارير، والآراء المكتوبة، والرسائل الإلكترونية إلى الجهات الرسمية.

تحصل كل أسبوع على ملاحظات حول نصوصك. المجموعة صغيرة، 12 شخصًا على الأكثر.

- **الموعد:** 10 أمسيات، أيام الأربعاء من الساعة 18:00 إلى 20:15، ابتداءً من 3 مارس 2027 (ما عدا عطلة عيد الفصح)
- **التكلفة:** 65 يورو، ويمكن طلب تخفيض
- **الشرط:** المستوى C1 أو أعلى

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Письмова майстерня німецької C2: тексти для роботи й навчання',
        summary:
          'Для тих, хто дуже добре знає німецьку й хоче писати ще впевненіше: резюме, звіти, листи до установ. 10 вечорів за 65 євро.',
        description: `Ви дуже добре говорите німецькою, але під час письма ще почуваєтеся невпевнено? У цій майстерні ви пишете тексти, які справді потрібні: заяви на роботу, звіти, пояснювальні записки, електронні листи до установ.

Щотижня ви отримуєте відгук на свої тексти. Група невелика, щонайбільше 12 осіб.

- **Час:** 10 вечорів, щосереди з 18:00 до 20:15, від 3 березня 2027 року (окрім великодніх канікул)
- **Вартість:** 65 євро, знижка за запитом
- **Умова:** рівень C1 або вище

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'muetter-lernen-deutsch-kita-aligse',
    category: 'language-course',
    targetGroups: ['women', 'parents', 'families'],
    staffLanguages: ['de', 'tr', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    lastVerified: '2026-11-11',
    links: [{ url: 'https://vhs-ostkreis.example.org/muetterkurs', label: linkLabels.moreInfo }],
    provider: 'vhs-ostkreis',
    locations: ['kita-pusteblume-aligse'],
    contacts: ['vhs-kursberatung-deutsch'],
    languageCourse: {
      level: 'A1',
      courseType: 'other',
      startDate: '2027-01-12',
      endDate: '2027-06-24',
      schedule: { days: ['tue', 'thu'], start: '08:30', end: '10:30' },
      seatsTotal: 12,
      seatsFree: 7,
      childcare: true,
      womenOnly: true,
    },
    texts: {
      de: {
        title: 'Mütter lernen Deutsch – Kurs in der Kita Pusteblume in Aligse',
        summary:
          'Ein Deutschkurs für Mütter direkt in der Kita: Sie bringen Ihr Kind und lernen im Raum nebenan. Jüngere Geschwister werden betreut. Kostenlos, Start am 12. Januar 2027.',
        description: `Sie bringen morgens Ihr Kind in die Kita und bleiben gleich da: Zweimal pro Woche lernen Mütter im Elternraum der Kita Deutsch. Sie lernen Wörter und Sätze für den Alltag mit Kindern: Kita, Arzt, Einkaufen, Spielplatz.

Babys und kleine Geschwister dürfen mitkommen. Eine Betreuerin spielt mit ihnen.

- **Zeit:** dienstags und donnerstags, 8:30 bis 10:30 Uhr
- **Für wen:** Mütter mit wenig Deutsch, auch wenn Ihr Kind eine andere Kita besucht
- **Kosten:** keine, eine Anmeldung ist nicht nötig

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Mothers learn German – course at the Kita Pusteblume in Aligse',
        summary:
          'A German course for mothers right at the Kita (day-care centre): you drop off your child and learn in the room next door. Younger siblings are looked after. Free, starts on 12 January 2027.',
        description: `You take your child to the Kita in the morning and simply stay: twice a week, mothers learn German in the Kita's parents' room. You learn words and sentences for everyday life with children: the Kita, the doctor, shopping, the playground.

Babies and younger siblings are welcome. A childcare worker plays with them.

- **Time:** Tuesdays and Thursdays, 8:30 to 10:30
- **For whom:** mothers with little German, even if your child goes to a different Kita
- **Cost:** none, no registration needed

(Sample offer for the demo)`,
      },
      ar: {
        title: 'الأمهات يتعلمن الألمانية – دورة في روضة Pusteblume في أليغزه',
        summary:
          'دورة ألمانية للأمهات داخل روضة الأطفال (Kita): تُوصلين طفلك وتتعلمين في الغرفة المجاورة، ويُعتنى بالإخوة الأصغر. مجانًا، وتبدأ في 12 يناير 2027.',
        description: `تُوصلين طفلك صباحًا إلى الروضة وتبقين هناك: مرتين في الأسبوع تتعلّم الأمهات الألمانية في غرفة الأهل في الروضة. تتعلمين كلمات وجملًا للحياة اليومية مع الأطفال: الروضة، والطبيب، والتسوق، وساحة اللعب.

يمكن إحضار الرضّع والإخوة الصغار، وتلعب معهم مربية.

- **الموعد:** يومي الثلاثاء والخميس، من الساعة 8:30 إلى 10:30
- **لمن:** للأمهات اللواتي يعرفن القليل من الألمانية، حتى لو كان طفلك في روضة أخرى
- **التكلفة:** مجانًا، ولا حاجة إلى التسجيل

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مادران آلمانی یاد می‌گیرند – کلاس در مهدکودک Pusteblume در آلیگزه',
        summary:
          'کلاس آلمانی برای مادران در خود مهدکودک (Kita): کودکتان را می‌آورید و در اتاق کناری درس می‌خوانید. از خواهر و برادرهای کوچک‌تر نگهداری می‌شود. رایگان، شروع: ۱۲ ژانویه ۲۰۲۷.',
        description: `صبح کودکتان را به مهدکودک می‌آورید و همان‌جا می‌مانید: هفته‌ای دو بار مادران در اتاق والدین مهدکودک آلمانی یاد می‌گیرند. کلمه‌ها و جمله‌هایی برای زندگی روزمره با کودکان یاد می‌گیرید: مهدکودک، پزشک، خرید، زمین بازی.

نوزادان و خواهر و برادرهای کوچک‌تر هم می‌توانند بیایند. یک مربی با آن‌ها بازی می‌کند.

- **زمان:** سه‌شنبه‌ها و پنجشنبه‌ها، ساعت ۸:۳۰ تا ۱۰:۳۰
- **برای چه کسی:** مادرانی که کمی آلمانی بلدند، حتی اگر کودکشان به مهدکودک دیگری می‌رود
- **هزینه:** رایگان، ثبت‌نام لازم نیست

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Мами вивчають німецьку — курс у дитячому садку Pusteblume в Алігзе',
        summary:
          'Курс німецької для мам просто в дитячому садку (Kita): ви приводите дитину й навчаєтеся в сусідній кімнаті. За молодшими дітьми доглядають. Безкоштовно, початок 12 січня 2027 року.',
        description: `Зранку ви приводите дитину до садка й залишаєтеся там: двічі на тиждень мами вивчають німецьку в батьківській кімнаті садка. Ви вчите слова й речення для повсякденного життя з дітьми: садок, лікар, покупки, дитячий майданчик.

Немовлят і молодших братиків та сестричок можна брати з собою. З ними грається вихователька.

- **Час:** щовівторка й щочетверга, з 8:30 до 10:30
- **Для кого:** мами, які знають трохи німецької, навіть якщо ваша дитина ходить до іншого садка
- **Вартість:** безкоштовно, реєстрація не потрібна

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "Anneler Almanca öğreniyor – Aligse'deki Pusteblume Kita'sında kurs",
        summary:
          "Doğrudan Kita'da (kreş ve anaokulu) annelere yönelik Almanca kursu: Çocuğunuzu bırakır, yan odada ders yaparsınız. Küçük kardeşlere bakılır. Ücretsiz, 12 Ocak 2027'de başlıyor.",
        description: `Sabah çocuğunuzu Kita'ya getirip orada kalıyorsunuz: Anneler haftada iki kez Kita'nın veli odasında Almanca öğreniyor. Çocuklarla günlük hayat için kelimeler ve cümleler öğrenirsiniz: Kita, doktor, alışveriş, oyun parkı.

Bebekler ve küçük kardeşler de gelebilir. Bir bakıcı onlarla oynar.

- **Zaman:** Salı ve perşembe günleri, 08.30–10.30
- **Kimler için:** Biraz Almanca bilen anneler; çocuğunuz başka bir Kita'ya gidiyor olsa bile
- **Ücret:** Ücretsiz, kayıt gerekmez

(Demo için örnek hizmet)`,
      },
    },
  },
];
