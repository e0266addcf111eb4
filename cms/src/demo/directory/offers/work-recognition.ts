import type { OfferDemo } from '../types';
import { linkLabels } from './common';

/**
 * Demo offers of the category `work-recognition`: recognition of foreign qualifications,
 * the Jobcenter, help with job applications, advice on vocational training (in the
 * style of KAUSA), volunteer job mentoring and a course for women on careers and
 * starting a business.
 */
export const workRecognitionOffers: OfferDemo[] = [
  {
    slug: 'anerkennungsberatung-auslaendische-abschluesse',
    category: 'work-recognition',
    targetGroups: ['newcomers', 'refugees', 'everyone'],
    staffLanguages: ['de', 'en', 'uk', 'ru', 'ar'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: true,
    openingHours: {
      weekly: [{ day: 'tue', opens: '09:00', closes: '13:00' }],
      exceptions: [{ date: '2026-12-29', closed: true }],
    },
    lastVerified: '2026-11-17',
    links: [
      { url: 'https://anerkennung.example.org/termin', label: linkLabels.appointment },
      {
        url: 'https://anerkennung.example.org/berufe',
        label: {
          de: 'Welche Stelle ist für meinen Beruf zuständig?',
          en: 'Which authority is responsible for my profession?',
          ar: 'ما الجهة المختصة بمهنتي؟',
          fa: 'کدام اداره مسئول حرفه من است؟',
          uk: 'Який орган відповідає за мою професію?',
          tr: 'Mesleğimden hangi kurum sorumlu?',
          ru: 'Какое ведомство отвечает за мою профессию?',
        },
      },
    ],
    provider: 'anerkennungsberatung',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['anerkennungsberatung'],
    texts: {
      de: {
        title: 'Anerkennungsberatung: ausländische Berufs- und Studienabschlüsse',
        summary:
          'Sie haben im Ausland studiert oder einen Beruf gelernt, zum Beispiel als Ingenieur, Ärztin oder Elektriker? Wir zeigen Ihnen den Weg zur Anerkennung. Beratung auch auf Ukrainisch und Russisch.',
        description: `In Deutschland brauchen manche Berufe eine **Anerkennung**, zum Beispiel Ärztin, Pflegefachkraft, Lehrer oder Erzieherin. In anderen Berufen hilft eine Anerkennung bei der Jobsuche und beim Gehalt. Wer sich in Deutschland „Ingenieur“ nennen möchte, braucht oft eine Genehmigung der Ingenieurkammer. Für viele Studienabschlüsse gibt es eine Zeugnisbewertung der Zentralstelle für ausländisches Bildungswesen (ZAB).

Wir sagen Ihnen, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen Sie brauchen und was es kostet. Wir helfen beim Antrag und prüfen mit Ihnen, ob jemand die Kosten für Übersetzungen und Gebühren übernimmt.

- **Beratung:** dienstags 9:00 bis 13:00 Uhr, mit Termin, auch per Video
- **Sprachen:** Deutsch, Englisch, Ukrainisch, Russisch, Arabisch
- **Mitbringen:** Zeugnisse, Diplom mit Fächern und Noten, Arbeitszeugnisse – Kopien reichen

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Recognition advice: foreign vocational and university qualifications',
        summary:
          'Did you study or train for a profession abroad, for example as an engineer, doctor or electrician? We show you the way to recognition. Advice also in Ukrainian and Russian.',
        description: `In Germany, some professions require **recognition** (Anerkennung), for example doctors, nurses, teachers or nursery teachers. In other professions, recognition helps you find a job and get a fair salary. If you want to call yourself an "Ingenieur" (engineer) in Germany, you often need approval from the chamber of engineers (Ingenieurkammer). For many university degrees, the Central Office for Foreign Education (ZAB) issues a statement of comparability.

We tell you which authority is responsible for your profession, which documents you need and what it costs. We help you with the application and check with you whether someone can cover the costs of translations and fees.

- **Advice:** Tuesdays 9:00 to 13:00, by appointment, also by video
- **Languages:** German, English, Ukrainian, Russian, Arabic
- **Bring:** certificates, your diploma with subjects and grades, references from employers – copies are fine

(Sample offer for the demo)`,
      },
      ar: {
        title: 'الاستشارة حول الاعتراف بالشهادات المهنية والجامعية الأجنبية',
        summary:
          'هل درست في الخارج أو تعلّمت مهنة هناك، مثلًا مهندسًا أو طبيبة أو كهربائيًا؟ نوضّح لك طريق الاعتراف بشهادتك. الاستشارة متاحة أيضًا بالأوكرانية والروسية.',
        description: `في ألمانيا تحتاج بعض المهن إلى **الاعتراف بالشهادة (Anerkennung)**، مثل الطب والتمريض والتدريس والتربية في رياض الأطفال. وفي مهن أخرى يساعدك الاعتراف في البحث عن عمل وفي الحصول على راتب مناسب. ومن يريد أن يحمل لقب «مهندس» (Ingenieur) في ألمانيا يحتاج غالبًا إلى إذن من نقابة المهندسين (Ingenieurkammer). أما كثير من الشهادات الجامعية فيمكن الحصول لها على تقييم من المكتب المركزي للتعليم الأجنبي (ZAB).

نخبرك بالجهة المختصة بمهنتك، وبالأوراق التي تحتاج إليها، وبالتكاليف. ونساعدك في تقديم الطلب، ونبحث معك إن كانت هناك جهة تتحمّل تكاليف الترجمة والرسوم.

- **الاستشارة:** أيام الثلاثاء من الساعة 9:00 إلى 13:00، بموعد مسبق، وعبر الفيديو أيضًا
- **اللغات:** الألمانية والإنجليزية والأوكرانية والروسية والعربية
- **أحضِر معك:** الشهادات، والشهادة الجامعية مع المواد والدرجات، وشهادات الخبرة – تكفي النسخ

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مشاوره به رسمیت شناختن مدارک حرفه‌ای و دانشگاهی خارجی',
        summary:
          'در خارج از آلمان درس خوانده‌اید یا حرفه‌ای آموخته‌اید، مثلاً مهندس، پزشک یا برق‌کار هستید؟ ما راه به رسمیت شناختن مدرکتان را نشانتان می‌دهیم.',
        description: `در آلمان برخی از حرفه‌ها به **به رسمیت شناختن مدرک (Anerkennung)** نیاز دارند، مثلاً پزشکی، پرستاری، معلمی یا مربی‌گری مهدکودک. در حرفه‌های دیگر هم به رسمیت شناختن مدرک در پیدا کردن کار و گرفتن حقوق مناسب کمک می‌کند. کسی که می‌خواهد در آلمان عنوان «مهندس» (Ingenieur) را داشته باشد، اغلب به مجوز سازمان مهندسی (Ingenieurkammer) نیاز دارد. برای بسیاری از مدارک دانشگاهی، اداره مرکزی آموزش خارجی (ZAB) ارزیابی مدرک صادر می‌کند.

ما به شما می‌گوییم کدام اداره مسئول حرفه شماست، چه مدارکی لازم دارید و هزینه آن چقدر است. در نوشتن درخواست کمک می‌کنیم و با هم بررسی می‌کنیم که آیا کسی هزینه ترجمه و عوارض را می‌پردازد.

- **مشاوره:** سه‌شنبه‌ها ساعت ۹:۰۰ تا ۱۳:۰۰، با نوبت، به‌صورت تصویری هم ممکن است
- **زبان‌ها:** آلمانی، انگلیسی، اوکراینی، روسی، عربی
- **همراه بیاورید:** مدارک تحصیلی، دانشنامه با ریز نمرات، گواهی‌های سابقه کار – کپی کافی است

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Консультації щодо визнання іноземних професійних і вищих освітніх кваліфікацій',
        summary:
          'Ви навчалися або здобули професію за кордоном, наприклад як інженер, лікарка чи електрик? Ми покажемо вам шлях до визнання. Консультації також українською та російською.',
        description: `У Німеччині для деяких професій потрібне **визнання кваліфікації (Anerkennung)**, наприклад для лікарів, медсестер, учителів чи вихователів. В інших професіях визнання допомагає знайти роботу й отримувати гідну зарплату. Хто хоче називатися в Німеччині «інженером» (Ingenieur), часто потребує дозволу інженерної палати (Ingenieurkammer). Для багатьох дипломів про вищу освіту Центральне бюро з питань іноземної освіти (ZAB) видає оцінку диплома.

Ми підкажемо, який орган відповідає за вашу професію, які документи потрібні та скільки це коштує. Допоможемо з заявою й разом з вами з’ясуємо, чи може хтось покрити витрати на переклади та збори.

- **Консультації:** щовівторка з 9:00 до 13:00, за записом, також відеозв’язком
- **Мови:** німецька, англійська, українська, російська, арабська
- **Візьміть із собою:** атестати, диплом із додатком (предмети й оцінки), характеристики з місць роботи — достатньо копій

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Denklik danışmanlığı: yurt dışında alınan meslek ve üniversite diplomaları',
        summary:
          "Yurt dışında üniversite okudunuz veya bir meslek öğrendiniz mi, örneğin mühendis, doktor veya elektrikçi olarak? Diplomanızın Almanya'da tanınması için izlemeniz gereken yolu gösteriyoruz.",
        description: `Almanya'da bazı meslekler için **denklik (Anerkennung)** gerekir; örneğin doktorlar, hemşireler, öğretmenler veya Kita eğitmenleri için. Diğer mesleklerde de denklik, iş bulmaya ve hak ettiğiniz maaşı almaya yardımcı olur. Almanya'da “mühendis” (Ingenieur) unvanını kullanmak isteyenlerin çoğu zaman Mühendisler Odası'nın (Ingenieurkammer) onayına ihtiyacı vardır. Birçok üniversite diploması için Yabancı Eğitim Merkez Bürosu (ZAB) bir değerlendirme belgesi düzenler.

Mesleğinizden hangi kurumun sorumlu olduğunu, hangi belgelere ihtiyacınız olduğunu ve bunun ne kadar tuttuğunu size söylüyoruz. Başvuruda yardım ediyor ve çeviri ile harç masraflarını karşılayabilecek bir yer olup olmadığını sizinle birlikte araştırıyoruz.

- **Danışmanlık:** Salı günleri 09.00–13.00, randevuyla, görüntülü görüşmeyle de mümkün
- **Diller:** Almanca, İngilizce, Ukraynaca, Rusça, Arapça
- **Yanınızda getirin:** okul ve mezuniyet belgeleri, ders ve not dökümüyle birlikte diploma, işyerlerinden referans yazıları – fotokopiler yeterli

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Консультации по признанию иностранных профессиональных и вузовских дипломов',
        summary:
          'Вы учились или получили профессию за границей, например инженера, врача или электрика? Мы покажем вам путь к признанию диплома. Консультации также на украинском и русском языках.',
        description: `В Германии для некоторых профессий требуется **признание квалификации (Anerkennung)**, например для врачей, медсестёр, учителей или воспитателей. В других профессиях признание помогает найти работу и получать достойную зарплату. Тому, кто хочет называться в Германии «инженером» (Ingenieur), часто нужно разрешение инженерной палаты (Ingenieurkammer). Для многих вузовских дипломов Центральное бюро по вопросам иностранного образования (ZAB) выдаёт оценку диплома.

Мы подскажем, какое ведомство отвечает за вашу профессию, какие документы нужны и сколько это стоит. Поможем с заявлением и вместе с вами выясним, может ли кто-то оплатить переводы и пошлины.

- **Консультации:** по вторникам с 9:00 до 13:00, по записи, также по видеосвязи
- **Языки:** немецкий, английский, украинский, русский, арабский
- **Возьмите с собой:** аттестаты, диплом с приложением (предметы и оценки), характеристики с мест работы — достаточно копий

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'jobcenter-lehrte-arbeit-integration',
    category: 'work-recognition',
    targetGroups: ['newcomers', 'refugees', 'everyone'],
    staffLanguages: ['de', 'en', 'uk', 'ru', 'ar', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: true,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '08:00', closes: '12:00' },
        { day: 'tue', opens: '08:00', closes: '12:00' },
        { day: 'wed', opens: '08:00', closes: '12:00' },
        { day: 'thu', opens: '08:00', closes: '12:00' },
        { day: 'thu', opens: '14:00', closes: '17:30' },
        { day: 'fri', opens: '08:00', closes: '12:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-19',
    links: [
      { url: 'https://jobcenter.example.org/termin', label: linkLabels.appointment },
      { url: 'https://jobcenter.example.org/lehrte', label: linkLabels.moreInfo },
    ],
    provider: 'jobcenter',
    locations: ['jobcenter-kernstadt'],
    contacts: ['jobcenter-integration'],
    texts: {
      de: {
        title: 'Jobcenter Lehrte: Team für Arbeit und Integration',
        summary:
          'Das Jobcenter hilft bei der Suche nach Arbeit, Ausbildung und Deutschkurs und zahlt die Grundsicherung. Beratung auch auf Ukrainisch, Russisch, Arabisch und Türkisch.',
        description: `Wenn Sie Leistungen vom **Jobcenter** bekommen, haben Sie dort eine feste Ansprechperson. Sie plant mit Ihnen die nächsten Schritte: Deutschkurs, Anerkennung Ihres Abschlusses, Weiterbildung, Bewerbung. Das Jobcenter kann zum Beispiel einen Berufssprachkurs oder eine Weiterbildung bezahlen.

Im Team Arbeit und Integration arbeiten Beraterinnen und Berater, die auch Ukrainisch, Russisch, Arabisch, Türkisch oder Englisch sprechen. Für andere Sprachen gibt es Dolmetschende.

- **Öffnungszeiten:** Montag bis Freitag 8:00 bis 12:00 Uhr, Donnerstag auch 14:00 bis 17:30 Uhr
- **Termin:** Bitte vereinbaren Sie einen Termin. In dringenden Fällen können Sie ohne Termin kommen.
- **Mitbringen:** Pass oder Aufenthaltstitel und Briefe vom Jobcenter

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Jobcenter Lehrte: work and integration team',
        summary:
          'The Jobcenter helps you find work, vocational training and German courses, and pays basic income support. Advice also in Ukrainian, Russian, Arabic and Turkish.',
        description: `If you receive benefits from the **Jobcenter**, you have a named contact person there. Together you plan the next steps: German course, recognition of your qualification, further training, job applications. The Jobcenter can pay, for example, for a job-related German course or further training.

The work and integration team includes advisers who also speak Ukrainian, Russian, Arabic, Turkish or English. Interpreters are available for other languages.

- **Opening hours:** Monday to Friday 8:00 to 12:00, Thursday also 14:00 to 17:30
- **Appointment:** please make an appointment. In urgent cases you can come without one.
- **Bring:** your passport or residence permit and letters from the Jobcenter

(Sample offer for the demo)`,
      },
      ar: {
        title: 'مركز العمل (Jobcenter) في ليرته: فريق العمل والاندماج',
        summary:
          'يساعدك مركز العمل في البحث عن عمل أو تدريب مهني أو دورة لغة، ويدفع إعانة الضمان الأساسي. الاستشارة متاحة أيضًا بالأوكرانية والروسية والعربية والتركية.',
        description: `إذا كنت تحصل على إعانات من **مركز العمل (Jobcenter)** فسيكون لك هناك موظف مسؤول عنك بشكل ثابت. يخطط معك للخطوات التالية: دورة اللغة الألمانية، والاعتراف بشهادتك، والتدريب المستمر، والتقدّم للوظائف. ويمكن لمركز العمل مثلًا أن يدفع تكاليف دورة لغة مهنية أو تدريب مستمر.

يضم فريق العمل والاندماج مستشارات ومستشارين يتحدثون أيضًا الأوكرانية والروسية والعربية والتركية أو الإنجليزية، ويتوفر مترجمون للغات الأخرى.

- **أوقات الدوام:** من الاثنين إلى الجمعة من الساعة 8:00 إلى 12:00، والخميس أيضًا من الساعة 14:00 إلى 17:30
- **الموعد:** يُرجى حجز موعد مسبق. وفي الحالات العاجلة يمكنك الحضور دون موعد.
- **أحضِر معك:** جواز السفر أو وثيقة الإقامة ورسائل مركز العمل

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Jobcenter Лерте: команда «Робота та інтеграція»',
        summary:
          'Jobcenter допомагає знайти роботу, професійне навчання та курс німецької мови й виплачує базову допомогу. Консультації також українською, російською, арабською та турецькою.',
        description: `Якщо ви отримуєте виплати від **Jobcenter**, у вас там є постійний консультант. Разом із ним ви плануєте наступні кроки: курс німецької, визнання вашого диплома, підвищення кваліфікації, пошук роботи. Jobcenter може, наприклад, оплатити професійний мовний курс або перекваліфікацію.

У команді «Робота та інтеграція» працюють консультантки й консультанти, які говорять також українською, російською, арабською, турецькою чи англійською. Для інших мов є перекладачі.

- **Години роботи:** з понеділка по п’ятницю з 8:00 до 12:00, у четвер також з 14:00 до 17:30
- **Запис:** будь ласка, запишіться на прийом. У термінових випадках можна прийти без запису.
- **Візьміть із собою:** паспорт або посвідку на проживання та листи від Jobcenter

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Jobcenter Lehrte: İş ve Entegrasyon Ekibi',
        summary:
          'Jobcenter iş, meslek eğitimi ve Almanca kursu bulmanıza yardım eder ve temel geçim desteğini öder. Danışmanlık Ukraynaca, Rusça, Arapça ve Türkçe de yapılır.',
        description: `**Jobcenter'dan** yardım alıyorsanız orada size atanmış bir danışmanınız olur. Danışmanınız sizinle birlikte sonraki adımları planlar: Almanca kursu, diplomanızın denkliği, mesleki gelişim, iş başvuruları. Jobcenter örneğin bir mesleki Almanca kursunun veya bir mesleki eğitimin masraflarını karşılayabilir.

İş ve Entegrasyon Ekibinde Ukraynaca, Rusça, Arapça, Türkçe veya İngilizce de konuşan danışmanlar çalışır. Diğer diller için tercümanlar vardır.

- **Açılış saatleri:** Pazartesiden cumaya 08.00–12.00, perşembe ayrıca 14.00–17.30
- **Randevu:** Lütfen randevu alın. Acil durumlarda randevusuz gelebilirsiniz.
- **Yanınızda getirin:** pasaport veya oturma izni ve Jobcenter'dan gelen mektuplar

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Jobcenter Лерте: команда «Работа и интеграция»',
        summary:
          'Jobcenter помогает найти работу, профессиональное обучение и курс немецкого языка и выплачивает базовое пособие. Консультации также на украинском, русском, арабском и турецком.',
        description: `Если вы получаете выплаты от **Jobcenter**, у вас там есть постоянный консультант. Вместе с ним вы планируете следующие шаги: курс немецкого, признание вашего диплома, повышение квалификации, поиск работы. Jobcenter может, например, оплатить профессиональный языковой курс или переобучение.

В команде «Работа и интеграция» работают консультанты, которые говорят также на украинском, русском, арабском, турецком или английском. Для других языков есть переводчики.

- **Часы работы:** с понедельника по пятницу с 8:00 до 12:00, в четверг также с 14:00 до 17:30
- **Запись:** пожалуйста, запишитесь на приём. В срочных случаях можно прийти без записи.
- **Возьмите с собой:** паспорт или вид на жительство и письма от Jobcenter

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'bewerbungswerkstatt-pro-regio',
    category: 'work-recognition',
    targetGroups: ['everyone', 'newcomers', 'youth'],
    staffLanguages: ['de', 'en', 'ru', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'wed', opens: '14:00', closes: '17:00' }],
      exceptions: [
        { date: '2026-12-23', closed: true },
        { date: '2026-12-30', closed: true },
      ],
    },
    lastVerified: '2026-11-12',
    links: [{ url: 'https://pro-regio.example.org/bewerbung', label: linkLabels.moreInfo }],
    provider: 'pro-regio',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['bewerbungswerkstatt'],
    texts: {
      de: {
        title: 'Bewerbungswerkstatt: Lebenslauf, Anschreiben und Vorstellungsgespräch',
        summary:
          'Jeden Mittwoch helfen wir Ihnen bei Ihrer Bewerbung: Lebenslauf, Anschreiben, Online-Bewerbung. Mit Computern vor Ort. Ohne Termin, kostenlos.',
        description: `Eine Bewerbung in Deutschland sieht oft anders aus als in Ihrem Herkunftsland. In der **Bewerbungswerkstatt** erstellen wir mit Ihnen einen Lebenslauf und ein Anschreiben. Wir zeigen Ihnen, wie Sie sich online bewerben und wo Sie Stellenangebote finden.

Sie können auch üben, wie ein Vorstellungsgespräch abläuft. Wir spielen das Gespräch zusammen durch.

- **Zeit:** jeden Mittwoch, 14:00 bis 17:00 Uhr
- **Mitbringen:** Zeugnisse und, wenn vorhanden, einen USB-Stick
- **Vor Ort:** Computer und Drucker

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Job application workshop: CV, cover letter and job interview',
        summary:
          'Every Wednesday we help you with your job application: CV, cover letter, online applications. Computers available. No appointment needed, free of charge.',
        description: `A job application in Germany often looks different from one in your country of origin. In the **Bewerbungswerkstatt** (job application workshop) we create a CV and a cover letter with you. We show you how to apply online and where to find job offers.

You can also practise a job interview. We act out the interview together.

- **Time:** every Wednesday, 14:00 to 17:00
- **Bring:** your certificates and, if you have one, a USB stick
- **On site:** computers and a printer

(Sample offer for the demo)`,
      },
      ar: {
        title: 'ورشة طلبات التوظيف: السيرة الذاتية ورسالة التقديم ومقابلة العمل',
        summary:
          'كل يوم أربعاء نساعدك في طلب التوظيف: السيرة الذاتية ورسالة التقديم والتقديم عبر الإنترنت. تتوفر أجهزة كمبيوتر في المكان. دون موعد ومجانًا.',
        description: `كثيرًا ما يختلف طلب التوظيف في ألمانيا عنه في بلدك الأصلي. في **ورشة طلبات التوظيف (Bewerbungswerkstatt)** نُعدّ معك سيرة ذاتية ورسالة تقديم، ونريك كيف تتقدّم للوظائف عبر الإنترنت وأين تجد عروض العمل.

ويمكنك أيضًا التدرّب على مقابلة العمل، إذ نمثّل المقابلة معًا خطوة بخطوة.

- **الموعد:** كل يوم أربعاء، من الساعة 14:00 إلى 17:00
- **أحضِر معك:** شهاداتك، وذاكرة USB إن وُجدت
- **في المكان:** أجهزة كمبيوتر وطابعة

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Майстерня резюме: резюме, супровідний лист і співбесіда',
        summary:
          'Щосереди допомагаємо з документами для пошуку роботи: резюме, супровідний лист, онлайн-заявка. На місці є комп’ютери. Без запису, безкоштовно.',
        description: `Заявка на роботу в Німеччині часто виглядає інакше, ніж у вашій країні. У **майстерні резюме (Bewerbungswerkstatt)** ми разом з вами складемо резюме й супровідний лист. Покажемо, як подавати заявку онлайн і де шукати вакансії.

Також можна потренуватися проходити співбесіду. Ми разом розіграємо розмову.

- **Час:** щосереди, з 14:00 до 17:00
- **Візьміть із собою:** документи про освіту та, якщо є, USB-флешку
- **На місці:** комп’ютери та принтер

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Мастерская резюме: резюме, сопроводительное письмо и собеседование',
        summary:
          'Каждую среду помогаем с документами для поиска работы: резюме, сопроводительное письмо, онлайн-заявка. На месте есть компьютеры. Без записи, бесплатно.',
        description: `Заявление о приёме на работу в Германии часто выглядит иначе, чем в вашей стране. В **мастерской резюме (Bewerbungswerkstatt)** мы вместе с вами составим резюме и сопроводительное письмо. Покажем, как подавать заявку онлайн и где искать вакансии.

Также можно потренироваться проходить собеседование. Мы вместе разыграем разговор.

- **Время:** каждую среду, с 14:00 до 17:00
- **Возьмите с собой:** документы об образовании и, если есть, USB-флешку
- **На месте:** компьютеры и принтер

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'ausbildungslotsen-beratung',
    category: 'work-recognition',
    targetGroups: ['youth', 'parents'],
    staffLanguages: ['de', 'en', 'tr', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-10-26',
    links: [{ url: 'https://ausbildungslotsen.example.org/termin', label: linkLabels.appointment }],
    provider: 'ausbildungslotsen',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['ausbildungsberatung'],
    texts: {
      de: {
        title: 'Ausbildungslotsen: Beratung zur Ausbildung für Jugendliche, Eltern und Betriebe',
        summary:
          'Wie funktioniert eine Ausbildung in Deutschland? Wir beraten junge Menschen und ihre Eltern – und Unternehmerinnen und Unternehmer mit Migrationsgeschichte, die ausbilden möchten.',
        description: `In Deutschland lernt man viele Berufe in einer **Ausbildung**: Sie arbeiten im Betrieb und gehen zur Berufsschule. Dabei verdienen Sie schon Geld. Viele Eltern kennen dieses System aus ihrem Herkunftsland nicht. Wir erklären es – auch auf Türkisch, Arabisch und Persisch.

Wir helfen bei der Berufswahl, bei der Suche nach einem Ausbildungsplatz und bei der Bewerbung. Betriebe, die zum ersten Mal ausbilden möchten, begleiten wir Schritt für Schritt bis zum Ausbildungsvertrag.

- **Beratung:** mit Termin, auch am Abend oder in Vereinen und Gemeinden
- **Für wen:** Jugendliche, junge Erwachsene, Eltern, Betriebe
- **Kosten:** keine

(Beispielangebot für die Demo)`,
      },
      en: {
        title:
          'Training guides: advice on vocational training for young people, parents and businesses',
        summary:
          'How does vocational training work in Germany? We advise young people and their parents – and business owners with a migration background who would like to train apprentices.',
        description: `In Germany, many professions are learned through an **Ausbildung** (vocational training): you work in a company and attend a vocational school, and you already earn money. Many parents do not know this system from their country of origin. We explain it – also in Turkish, Arabic and Persian.

We help with choosing a career, finding a training place and applying. We guide businesses that want to train apprentices for the first time step by step up to the training contract.

- **Advice:** by appointment, also in the evening or at associations and religious communities
- **For whom:** teenagers, young adults, parents, businesses
- **Cost:** none

(Sample offer for the demo)`,
      },
      ar: {
        title: 'مرشدو التدريب المهني: استشارات للشباب والأهل والشركات',
        summary:
          'كيف يسير التدريب المهني في ألمانيا؟ نقدّم الاستشارة للشباب وأهاليهم، ولأصحاب الأعمال من أصول مهاجرة الذين يرغبون في تدريب متدرّبين.',
        description: `في ألمانيا تُتعلَّم مهن كثيرة عبر **التدريب المهني (Ausbildung)**: تعمل في شركة وتذهب إلى مدرسة مهنية، وتحصل خلال ذلك على أجر. كثير من الأهل لا يعرفون هذا النظام من بلدانهم الأصلية، ونحن نشرحه لهم، بالتركية والعربية والفارسية أيضًا.

نساعد في اختيار المهنة، وفي البحث عن مكان للتدريب، وفي التقديم. ونرافق الشركات التي تريد تدريب متدرّبين لأول مرة خطوة بخطوة حتى توقيع عقد التدريب.

- **الاستشارة:** بموعد مسبق، وفي المساء أيضًا أو في الجمعيات والجماعات الدينية
- **لمن:** المراهقون والشباب والأهل والشركات
- **التكلفة:** مجانًا

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'راهنمایان آموزش حرفه‌ای: مشاوره برای نوجوانان، والدین و کسب‌وکارها',
        summary:
          'آموزش حرفه‌ای در آلمان چگونه است؟ ما به جوانان و والدینشان مشاوره می‌دهیم؛ و همچنین به صاحبان کسب‌وکار مهاجر که می‌خواهند کارآموز بپذیرند.',
        description: `در آلمان بسیاری از حرفه‌ها از راه **آموزش حرفه‌ای (Ausbildung)** یاد گرفته می‌شوند: در یک شرکت کار می‌کنید و به مدرسه حرفه‌ای می‌روید و در همین مدت حقوق هم می‌گیرید. بسیاری از والدین این نظام را از کشور خود نمی‌شناسند. ما آن را توضیح می‌دهیم، به ترکی، عربی و فارسی هم.

در انتخاب حرفه، پیدا کردن جای آموزش و نوشتن درخواست کمک می‌کنیم. کسب‌وکارهایی را هم که می‌خواهند برای اولین بار کارآموز بپذیرند، قدم به قدم تا بستن قرارداد آموزش همراهی می‌کنیم.

- **مشاوره:** با نوبت، عصرها هم، یا در انجمن‌ها و جامعه‌های مذهبی
- **برای چه کسانی:** نوجوانان، جوانان، والدین، کسب‌وکارها
- **هزینه:** رایگان

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Навігатори професійного навчання: консультації для молоді, батьків і підприємств',
        summary:
          'Як влаштоване професійне навчання в Німеччині? Ми консультуємо молодь та їхніх батьків, а також підприємців із міграційною історією, які хочуть навчати учнів.',
        description: `У Німеччині багато професій здобувають через **професійне навчання (Ausbildung)**: ви працюєте на підприємстві й ходите до професійної школи, а також уже отримуєте гроші. Багато батьків не знають цієї системи зі своєї країни. Ми її пояснюємо — зокрема турецькою, арабською та перською.

Ми допомагаємо з вибором професії, пошуком місця навчання та заявою. Підприємства, які вперше хочуть навчати учнів, супроводжуємо крок за кроком аж до підписання договору про навчання.

- **Консультації:** за записом, також увечері або в об’єднаннях і громадах
- **Для кого:** підлітки, молодь, батьки, підприємства
- **Вартість:** безкоштовно

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Meslek eğitimi rehberleri: gençlere, ailelere ve işletmelere danışmanlık',
        summary:
          "Almanya'da meslek eğitimi nasıl işler? Gençlere ve ailelerine, ayrıca çırak yetiştirmek isteyen göçmen kökenli işletme sahiplerine danışmanlık yapıyoruz.",
        description: `Almanya'da birçok meslek **meslek eğitimiyle (Ausbildung)** öğrenilir: Bir işletmede çalışır ve meslek okuluna gidersiniz; bu sırada maaş da alırsınız. Birçok anne baba bu sistemi kendi ülkesinden tanımaz. Biz bunu Türkçe, Arapça ve Farsça da açıklıyoruz.

Meslek seçiminde, eğitim yeri aramada ve başvuruda yardım ediyoruz. İlk kez çırak yetiştirmek isteyen işletmelere eğitim sözleşmesine kadar adım adım eşlik ediyoruz.

- **Danışmanlık:** randevuyla; akşamları veya derneklerde ve cemaatlerde de
- **Kimler için:** gençler, genç yetişkinler, anne babalar, işletmeler
- **Ücret:** Ücretsiz

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'job-patenschaften-lehrte-hilft',
    category: 'work-recognition',
    targetGroups: ['newcomers', 'refugees', 'women'],
    staffLanguages: ['de', 'en', 'ar', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-08-28',
    links: [{ url: 'https://lehrte-hilft.example.org/job-paten', label: linkLabels.moreInfo }],
    provider: 'lehrte-hilft',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['lehrte-hilft-koordination'],
    texts: {
      de: {
        title: 'Job-Patenschaften: Ehrenamtliche begleiten Sie auf dem Weg in die Arbeit',
        summary:
          'Eine ehrenamtliche Patin oder ein Pate trifft sich regelmäßig mit Ihnen: Bewerbungen schreiben, Deutsch für den Beruf üben, Kontakte zu Betrieben knüpfen. Kostenlos.',
        description: `Viele Wege in die Arbeit führen über Kontakte. Unsere **Job-Patinnen und Job-Paten** sind Ehrenamtliche mit Berufserfahrung, zum Beispiel aus Handwerk, Technik, Pflege oder Büro. Sie treffen sich etwa alle zwei Wochen mit Ihnen.

Gemeinsam schreiben Sie Bewerbungen, üben Gespräche und suchen Praktika. Ihre Patin oder Ihr Pate kennt Betriebe in Lehrte und in der Region und kann Türen öffnen.

- **Dauer:** etwa 6 Monate, länger nach Absprache
- **Erster Schritt:** ein Kennenlerngespräch mit der Koordination von Lehrte Hilft!
- **Selbst Patin oder Pate werden?** Melden Sie sich gern bei uns.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Job mentoring: volunteers support you on your way into work',
        summary:
          'A volunteer mentor meets you regularly: writing applications, practising German for work, making contacts with companies. Free of charge.',
        description: `Many paths into work lead through personal contacts. Our **job mentors** (Job-Patinnen und Job-Paten) are volunteers with work experience, for example in a trade, engineering, care or office work. They meet you about every two weeks.

Together you write applications, practise conversations and look for internships. Your mentor knows companies in Lehrte and the region and can open doors.

- **Duration:** about 6 months, longer by arrangement
- **First step:** a getting-to-know-you meeting with the Lehrte Hilft! coordinators
- **Would you like to become a mentor yourself?** Please get in touch.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'رعاية مهنية: متطوعون يرافقونك في طريقك إلى العمل',
        summary:
          'يلتقي بك مرشد متطوع أو مرشدة متطوعة بانتظام: لكتابة طلبات التوظيف، والتدرّب على الألمانية للعمل، وبناء علاقات مع الشركات. مجانًا.',
        description: `كثير من الطرق إلى العمل تمرّ عبر العلاقات الشخصية. **المرشدون المهنيون (Job-Patinnen und Job-Paten)** لدينا متطوعون لديهم خبرة مهنية، مثلًا في الحِرف أو التقنية أو التمريض أو العمل المكتبي، ويلتقون بك مرة كل أسبوعين تقريبًا.

تكتبان معًا طلبات التوظيف، وتتدرّبان على المحادثات، وتبحثان عن فرص للتدريب العملي. ويعرف مرشدك شركات في ليرته والمنطقة، ويمكنه أن يفتح لك الأبواب.

- **المدة:** نحو 6 أشهر، وأطول بالاتفاق
- **الخطوة الأولى:** لقاء تعارف مع فريق التنسيق في Lehrte Hilft!
- **هل تريد أن تصبح مرشدًا بنفسك؟** تواصل معنا.

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Наставництво у працевлаштуванні: волонтери супроводжують вас на шляху до роботи',
        summary:
          'Волонтер-наставник регулярно зустрічається з вами: пишете заявки, тренуєте німецьку для роботи, налагоджуєте контакти з підприємствами. Безкоштовно.',
        description: `Багато шляхів до роботи пролягають через знайомства. Наші **наставниці й наставники (Job-Patinnen und Job-Paten)** — волонтери з професійним досвідом, наприклад у ремеслі, техніці, догляді чи офісній роботі. Вони зустрічаються з вами приблизно раз на два тижні.

Разом ви пишете заявки, тренуєте розмови й шукаєте практику. Ваш наставник знає підприємства в Лерте та регіоні й може відчинити потрібні двері.

- **Тривалість:** близько 6 місяців, довше за домовленістю
- **Перший крок:** знайомство з координаторами Lehrte Hilft!
- **Хочете самі стати наставником?** Звертайтеся до нас.

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'mein-weg-in-den-beruf-frauen',
    category: 'work-recognition',
    targetGroups: ['women', 'youth'],
    staffLanguages: ['de', 'en', 'tr', 'ar'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: true,
    validFrom: '2027-02-02',
    validUntil: '2027-04-20',
    lastVerified: '2026-11-22',
    links: [{ url: 'https://awo-frauenberatung.example.org/beruf', label: linkLabels.moreInfo }],
    provider: 'awo-frauenberatung',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['awo-frauenberatung'],
    texts: {
      de: {
        title: 'Mein Weg in den Beruf: Orientierung und Gründung für Frauen',
        summary:
          'Ein Kurs für Frauen mit Migrationsgeschichte: Welcher Beruf passt zu mir? Wie mache ich mich selbstständig? 10 Vormittage mit Kinderbetreuung, kostenlos.',
        description: `Sie möchten arbeiten, eine Ausbildung machen oder ein eigenes Geschäft gründen, zum Beispiel einen Friseursalon, einen Catering-Service oder eine Schneiderei? In diesem Kurs finden Sie heraus, was Sie schon können und was Sie noch brauchen.

Wir besuchen Frauen, die in Lehrte ein Unternehmen führen, und sprechen über Geld, Zeit und Familie. Eine Gründungsberaterin erklärt die ersten Schritte: Gewerbeanmeldung, Steuern, Versicherung.

- **Zeit:** 10 Termine, dienstags 9:00 bis 12:00 Uhr, vom 2. Februar bis 20. April 2027 (nicht in den Osterferien)
- **Kinderbetreuung:** im Haus, bitte bei der Anmeldung sagen
- **Anmeldung:** bei der Frauenberatungsstelle der AWO

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'My way into work: career guidance and starting a business for women',
        summary:
          'A course for women with a migration background: Which job suits me? How do I become self-employed? 10 mornings with childcare, free of charge.',
        description: `Would you like to work, start vocational training or open your own business, for example a hair salon, a catering service or a tailoring shop? In this course you find out what you can already do and what you still need.

We visit women who run a business in Lehrte and talk about money, time and family. A business start-up adviser explains the first steps: registering a business, taxes, insurance.

- **Time:** 10 sessions, Tuesdays 9:00 to 12:00, from 2 February to 20 April 2027 (not during the Easter holidays)
- **Childcare:** in the same building, please mention it when you register
- **Registration:** with the AWO counselling centre for women

(Sample offer for the demo)`,
      },
      ar: {
        title: 'طريقي إلى المهنة: توجيه مهني وتأسيس مشروع للنساء',
        summary:
          'دورة للنساء من أصول مهاجرة: ما المهنة التي تناسبني؟ كيف أبدأ عملًا حرًا؟ 10 جلسات صباحية مع رعاية للأطفال، مجانًا.',
        description: `هل تريدين أن تعملي، أو أن تبدئي تدريبًا مهنيًا، أو أن تؤسسي مشروعك الخاص، مثل صالون تجميل أو خدمة تقديم طعام أو مشغل خياطة؟ في هذه الدورة تكتشفين ما تجيدينه بالفعل وما ما زلتِ تحتاجين إليه.

نزور نساءً يُدرن مشاريع في ليرته، ونتحدث عن المال والوقت والأسرة. وتشرح مستشارة متخصصة في تأسيس المشاريع الخطوات الأولى: تسجيل النشاط التجاري، والضرائب، والتأمين.

- **الموعد:** 10 جلسات، أيام الثلاثاء من الساعة 9:00 إلى 12:00، من 2 فبراير حتى 20 أبريل 2027 (ما عدا عطلة عيد الفصح)
- **رعاية الأطفال:** في المبنى نفسه، يُرجى ذكر ذلك عند التسجيل
- **التسجيل:** لدى مركز الاستشارات للنساء التابع لـ AWO

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Мій шлях до професії: профорієнтація та власна справа для жінок',
        summary:
          'Курс для жінок з міграційною історією: яка професія мені підходить? Як відкрити власну справу? 10 ранкових зустрічей із доглядом за дітьми, безкоштовно.',
        description: `Ви хочете працювати, здобути професію або відкрити власну справу, наприклад перукарню, кейтеринг чи ательє? На цьому курсі ви з’ясуєте, що вже вмієте і чого вам ще бракує.

Ми відвідаємо жінок, які ведуть власний бізнес у Лерте, і поговоримо про гроші, час і сім’ю. Консультантка з відкриття бізнесу пояснить перші кроки: реєстрацію підприємницької діяльності, податки, страхування.

- **Час:** 10 зустрічей, щовівторка з 9:00 до 12:00, з 2 лютого до 20 квітня 2027 року (окрім великодніх канікул)
- **Догляд за дітьми:** у тому самому будинку, повідомте про це під час реєстрації
- **Реєстрація:** у консультаційному центрі для жінок AWO

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Mesleğe giden yolum: kadınlar için meslek seçimi ve iş kurma',
        summary:
          'Göçmen kökenli kadınlar için bir kurs: Hangi meslek bana uygun? Kendi işimi nasıl kurarım? Çocuk bakımı olan 10 sabah buluşması, ücretsiz.',
        description: `Çalışmak, bir meslek eğitimine başlamak veya kendi işinizi kurmak mı istiyorsunuz; örneğin bir kuaför salonu, bir catering hizmeti ya da bir terzi atölyesi? Bu kursta neleri zaten yapabildiğinizi ve nelere hâlâ ihtiyacınız olduğunu keşfedeceksiniz.

Lehrte'de işletme yöneten kadınları ziyaret ediyor, para, zaman ve aile hakkında konuşuyoruz. Bir girişimcilik danışmanı ilk adımları anlatıyor: işyeri kaydı, vergiler, sigorta.

- **Zaman:** 10 buluşma, salı günleri 09.00–12.00, 2 Şubat – 20 Nisan 2027 (Paskalya tatili hariç)
- **Çocuk bakımı:** aynı binada; lütfen kayıt sırasında belirtin
- **Kayıt:** AWO Kadın Danışma Merkezi'nde

(Demo için örnek hizmet)`,
      },
    },
  },
];
