import type { OfferDemo } from '../types';
import { linkLabels } from './common';

/**
 * Demo offers of the categories `participation` and `meeting-place`: a language café, a
 * women's breakfast, football with a focus on integration rather than performance,
 * volunteering, an intercultural garden, an open tea room at a mosque and taking part in
 * the integration concept.
 */
export const participationOffers: OfferDemo[] = [
  {
    slug: 'sprachcafe-international-drk',
    category: 'meeting-place',
    targetGroups: ['everyone', 'seniors', 'newcomers'],
    staffLanguages: ['de', 'en', 'ru', 'pl'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'thu', opens: '15:00', closes: '17:00' }],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-19',
    links: [{ url: 'https://drk-lehrte.example.org/sprachcafe', label: linkLabels.moreInfo }],
    provider: 'drk-ortsverein-lehrte',
    locations: ['drk-haus-kernstadt'],
    contacts: ['drk-begegnung'],
    texts: {
      de: {
        title: 'Internationales Sprachcafé beim DRK',
        summary:
          'Jeden Donnerstagnachmittag: Kaffee, Kuchen und Gespräche auf Deutsch mit Nachbarinnen und Nachbarn aus Lehrte und aus aller Welt. Jedes Sprachniveau ist willkommen.',
        description: `Im **Sprachcafé** treffen sich Menschen, die Deutsch üben möchten, und Menschen, die schon lange in Lehrte leben – viele davon Seniorinnen und Senioren. Man sitzt an kleinen Tischen, trinkt Kaffee und erzählt: vom Wochenende, vom Essen, von früher.

Sie müssen nichts vorbereiten und können jederzeit dazukommen. Auch Anfängerinnen und Anfänger sind willkommen – zur Not verständigt man sich mit Händen und Füßen.

- **Zeit:** jeden Donnerstag, 15:00 bis 17:00 Uhr
- **Ort:** DRK-Haus Lehrte in der Kernstadt
- **Kosten:** keine, Spenden für den Kuchen sind willkommen

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'International language café at the Red Cross (DRK)',
        summary:
          'Every Thursday afternoon: coffee, cake and conversation in German with neighbours from Lehrte and from all over the world. All language levels are welcome.',
        description: `At the **Sprachcafé** (language café), people who want to practise German meet people who have lived in Lehrte for a long time – many of them older people. You sit at small tables, drink coffee and chat: about the weekend, about food, about the old days.

You do not need to prepare anything and can join at any time. Beginners are welcome too – if necessary, you can make yourself understood with gestures.

- **Time:** every Thursday, 15:00 to 17:00
- **Place:** DRK-Haus Lehrte in the Kernstadt (town centre)
- **Cost:** none, donations for the cake are welcome

(Sample offer for the demo)`,
      },
      ar: {
        title: 'مقهى اللغات الدولي لدى الصليب الأحمر (DRK)',
        summary:
          'كل يوم خميس بعد الظهر: قهوة وكعك وأحاديث بالألمانية مع جيران من ليرته ومن أنحاء العالم. كل مستويات اللغة مرحّب بها.',
        description: `في **مقهى اللغات (Sprachcafé)** يلتقي من يريدون التدرّب على الألمانية بأشخاص يعيشون في ليرته منذ زمن طويل، كثير منهم من كبار السن. نجلس إلى طاولات صغيرة، ونشرب القهوة، ونتحدث عن عطلة نهاية الأسبوع، وعن الطعام، وعن الماضي.

لا تحتاج إلى أي تحضير، ويمكنك الانضمام في أي وقت. والمبتدئون مرحّب بهم أيضًا، فعند الحاجة نتفاهم بالإشارات.

- **الموعد:** كل يوم خميس، من الساعة 15:00 إلى 17:00
- **المكان:** مقر الصليب الأحمر (DRK-Haus Lehrte) في وسط المدينة
- **التكلفة:** مجانًا، والتبرعات لشراء الكعك مرحّب بها

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Міжнародне мовне кафе в Червоному Хресті (DRK)',
        summary:
          'Щочетверга по обіді: кава, пиріг і розмови німецькою із сусідами з Лерте та з усього світу. Запрошуємо з будь-яким рівнем мови.',
        description: `У **мовному кафе (Sprachcafé)** зустрічаються ті, хто хоче практикувати німецьку, і ті, хто давно живе в Лерте, — серед них багато людей похилого віку. Ми сидимо за невеликими столиками, п’ємо каву й розповідаємо: про вихідні, про їжу, про минуле.

Нічого готувати не потрібно, приєднатися можна будь-коли. Початківцям теж раді — якщо треба, порозуміємося й жестами.

- **Час:** щочетверга, з 15:00 до 17:00
- **Місце:** DRK-Haus Lehrte у центрі міста
- **Вартість:** безкоштовно, пожертви на пиріг вітаються

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Международное языковое кафе в Красном Кресте (DRK)',
        summary:
          'Каждый четверг после обеда: кофе, пирог и разговоры на немецком с соседями из Лерте и со всего мира. Приглашаем с любым уровнем языка.',
        description: `В **языковом кафе (Sprachcafé)** встречаются те, кто хочет практиковать немецкий, и те, кто давно живёт в Лерте, — среди них много пожилых людей. Мы сидим за маленькими столиками, пьём кофе и рассказываем: о выходных, о еде, о прошлом.

Ничего готовить не нужно, присоединиться можно в любой момент. Начинающим тоже рады — если надо, объяснимся и жестами.

- **Время:** каждый четверг, с 15:00 до 17:00
- **Место:** DRK-Haus Lehrte в центре города
- **Стоимость:** бесплатно, пожертвования на пирог приветствуются

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'frauenfruehstueck-international-arpke',
    category: 'meeting-place',
    targetGroups: ['women'],
    staffLanguages: ['de', 'ar', 'fa', 'tr', 'ku'],
    cost: { type: 'amount', amountEuro: 1.5 },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'wed', opens: '09:30', closes: '11:30' }],
      exceptions: [
        { date: '2026-12-23', closed: true },
        { date: '2026-12-30', closed: true },
      ],
    },
    lastVerified: '2026-11-18',
    links: [{ url: 'https://bruecke.example.org/fruehstueck', label: linkLabels.moreInfo }],
    provider: 'musterverein-bruecke',
    locations: ['treffpunkt-arpke'],
    contacts: ['bruecke-vereinsbuero'],
    texts: {
      de: {
        title: 'Frauenfrühstück international in Arpke',
        summary:
          'Jeden Mittwochvormittag frühstücken Frauen aus vielen Ländern zusammen. Kleine Kinder dürfen mitkommen. Beitrag: 1,50 Euro.',
        description: `Beim **Frauenfrühstück** sind Frauen unter sich. Wer möchte, bringt etwas mit – Brot, Käse, Oliven, Gebäck. Wir reden über Alltag, Kinder, Gesundheit und alles, was uns bewegt. Manchmal kommt eine Expertin und beantwortet Fragen, zum Beispiel eine Hebamme oder eine Beraterin.

Viele Frauen sind hier schon Freundinnen geworden. Wir sprechen Deutsch, so gut es geht, und helfen uns gegenseitig beim Übersetzen.

- **Zeit:** jeden Mittwoch, 9:30 bis 11:30 Uhr, nicht in den Weihnachtsferien
- **Ort:** Dorftreff Arpke
- **Beitrag:** 1,50 Euro für Kaffee und Tee

(Beispielangebot für die Demo)`,
      },
      en: {
        title: "International women's breakfast in Arpke",
        summary:
          'Every Wednesday morning, women from many countries have breakfast together. Young children are welcome. Contribution: 1.50 euros.',
        description: `The **Frauenfrühstück** (women's breakfast) is for women only. If you like, bring something along – bread, cheese, olives, pastries. We talk about everyday life, children, health and whatever is on our minds. Sometimes an expert comes to answer questions, for example a midwife or a counsellor.

Many women have become friends here. We speak German as well as we can and help each other with translating.

- **Time:** every Wednesday, 9:30 to 11:30, not during the Christmas holidays
- **Place:** Dorftreff Arpke (village meeting place)
- **Contribution:** 1.50 euros for coffee and tea

(Sample offer for the demo)`,
      },
      ar: {
        title: 'فطور النساء الدولي في آربكه',
        summary:
          'كل صباح أربعاء تتناول نساء من بلدان كثيرة الفطور معًا. يمكن إحضار الأطفال الصغار. المساهمة: 1.50 يورو.',
        description: `في **فطور النساء (Frauenfrühstück)** تجتمع النساء وحدهن. ومن تشاء تُحضر معها شيئًا: خبزًا أو جبنًا أو زيتونًا أو معجنات. نتحدث عن الحياة اليومية والأطفال والصحة وكل ما يشغلنا. وأحيانًا تأتي خبيرة لتجيب عن الأسئلة، مثل قابلة أو مستشارة.

أصبحت نساء كثيرات هنا صديقات. نتحدث الألمانية قدر استطاعتنا، ونساعد بعضنا بعضًا في الترجمة.

- **الموعد:** كل يوم أربعاء، من الساعة 9:30 إلى 11:30، ما عدا عطلة عيد الميلاد
- **المكان:** ملتقى قرية آربكه (Dorftreff Arpke)
- **المساهمة:** 1.50 يورو للقهوة والشاي

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'صبحانه بین‌المللی زنان در آرپکه',
        summary:
          'هر چهارشنبه صبح زنانی از کشورهای مختلف با هم صبحانه می‌خورند. کودکان خردسال هم می‌توانند بیایند. سهم هزینه: ۱٫۵۰ یورو.',
        description: `در **صبحانه زنان (Frauenfrühstück)** فقط زنان حضور دارند. هر کس بخواهد چیزی همراه می‌آورد: نان، پنیر، زیتون، شیرینی. درباره زندگی روزمره، بچه‌ها، سلامت و هر چیزی که ذهنمان را مشغول کرده صحبت می‌کنیم. گاهی یک متخصص، مثلاً یک ماما یا یک مشاور، می‌آید و به سؤال‌ها پاسخ می‌دهد.

زنان زیادی اینجا با هم دوست شده‌اند. ما تا جایی که می‌توانیم آلمانی حرف می‌زنیم و در ترجمه به هم کمک می‌کنیم.

- **زمان:** هر چهارشنبه، ساعت ۹:۳۰ تا ۱۱:۳۰، به جز تعطیلات کریسمس
- **مکان:** محل دیدار روستای آرپکه (Dorftreff Arpke)
- **سهم هزینه:** ۱٫۵۰ یورو برای قهوه و چای

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Міжнародний жіночий сніданок в Арпке',
        summary:
          'Щосереди зранку жінки з різних країн снідають разом. Маленьких дітей можна брати з собою. Внесок: 1,50 євро.',
        description: `На **жіночому сніданку (Frauenfrühstück)** збираються лише жінки. Хто хоче, приносить щось із собою — хліб, сир, оливки, випічку. Ми говоримо про повсякденне життя, дітей, здоров’я і все, що нас хвилює. Іноді приходить фахівчиня, наприклад акушерка чи консультантка, і відповідає на запитання.

Багато жінок тут уже стали подругами. Ми говоримо німецькою, як уміємо, і допомагаємо одна одній з перекладом.

- **Час:** щосереди, з 9:30 до 11:30, окрім різдвяних канікул
- **Місце:** сільський клуб Dorftreff Arpke
- **Внесок:** 1,50 євро за каву й чай

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "Arpke'de uluslararası kadın kahvaltısı",
        summary:
          'Her çarşamba sabahı birçok ülkeden kadınlar birlikte kahvaltı yapıyor. Küçük çocuklar da gelebilir. Katkı payı: 1,50 Euro.',
        description: `**Kadın kahvaltısına (Frauenfrühstück)** sadece kadınlar katılır. İsteyen yanında bir şey getirir: ekmek, peynir, zeytin, börek. Gündelik hayat, çocuklar, sağlık ve bizi meşgul eden her şey hakkında konuşuruz. Bazen bir uzman, örneğin bir ebe ya da bir danışman, gelip soruları yanıtlar.

Burada birçok kadın arkadaş oldu. Elimizden geldiğince Almanca konuşur, çeviride birbirimize yardım ederiz.

- **Zaman:** Her çarşamba, 09.30–11.30, Noel tatili hariç
- **Yer:** Dorftreff Arpke (köy buluşma yeri)
- **Katkı payı:** Kahve ve çay için 1,50 Euro

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'fussball-fuer-alle-roeddensen',
    category: 'participation',
    targetGroups: ['youth', 'everyone', 'refugees'],
    staffLanguages: ['de', 'en', 'ar', 'fa'],
    cost: { type: 'amount', amountEuro: 5 },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'tue', opens: '17:30', closes: '19:00' },
        { day: 'thu', opens: '17:30', closes: '19:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-29', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-10',
    links: [
      {
        url: 'https://tsv-musterverein.example.org/fussball-fuer-alle',
        label: linkLabels.moreInfo,
      },
    ],
    provider: 'tsv-musterverein',
    locations: ['sportplatz-roeddensen'],
    contacts: ['tsv-integration-sport'],
    texts: {
      de: {
        title: 'Fußball für alle: offenes Training beim TSV Musterverein in Röddensen',
        summary:
          'Mitspielen ohne Leistungsdruck: offenes Fußballtraining für Jugendliche und Erwachsene aus allen Ländern. Die ersten 3 Monate sind kostenlos, danach 5 Euro im Monat.',
        description: `Beim **offenen Training** geht es um Spaß und Gemeinschaft, nicht um Leistung. Jugendliche ab 14 Jahren und Erwachsene spielen zusammen, egal wie gut sie Fußball spielen oder Deutsch sprechen.

Sie haben keine Fußballschuhe? Kein Problem: Der Verein verleiht Schuhe in fast jeder Größe. Nach dem Training bleibt oft noch Zeit zum Reden. Wer möchte, kann später in einer Mannschaft spielen oder im Verein mithelfen.

- **Training:** dienstags und donnerstags, 17:30 bis 19:00 Uhr
- **Ort:** Sportplatz Röddensen, im Winter in der Sporthalle (bitte nachfragen)
- **Kosten:** die ersten 3 Monate kostenlos, danach 5 Euro im Monat. Für Jugendliche unter 18 Jahren kann das Bildungspaket den Beitrag bezahlen.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Football for everyone: open training at TSV Musterverein in Röddensen',
        summary:
          'Play without pressure: open football training for teenagers and adults from all countries. The first 3 months are free, then 5 euros a month.',
        description: `**Open training** is about fun and community, not performance. Teenagers from 14 and adults play together, no matter how well they play football or speak German.

No football boots? No problem: the club lends boots in almost every size. After training there is often time to chat. If you like, you can later play in a team or help out at the club.

- **Training:** Tuesdays and Thursdays, 17:30 to 19:00
- **Place:** Röddensen sports ground, in winter in the sports hall (please ask)
- **Cost:** the first 3 months are free, then 5 euros a month. For young people under 18 the education package (Bildungspaket) can pay the fee.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'كرة القدم للجميع: تدريب مفتوح في نادي TSV Musterverein في رودنزن',
        summary:
          'العب دون ضغط: تدريب مفتوح لكرة القدم لليافعين والبالغين من كل البلدان. الأشهر الثلاثة الأولى مجانية، ثم 5 يورو شهريًا.',
        description: `في **التدريب المفتوح** المهم هو المتعة وروح الجماعة، لا الأداء. يلعب اليافعون من عمر 14 عامًا والبالغون معًا، مهما كان مستواهم في كرة القدم أو في اللغة الألمانية.

ليس لديك حذاء كرة قدم؟ لا مشكلة: يعير النادي أحذية بكل المقاسات تقريبًا. وبعد التدريب يبقى غالبًا وقت للحديث. ومن يرغب يمكنه لاحقًا اللعب في فريق أو المساعدة في النادي.

- **التدريب:** يومي الثلاثاء والخميس، من الساعة 17:30 إلى 19:00
- **المكان:** ملعب رودنزن (Röddensen)، وفي الشتاء في الصالة الرياضية (يُرجى السؤال)
- **التكلفة:** الأشهر الثلاثة الأولى مجانية، ثم 5 يورو شهريًا. ولمن هم دون 18 عامًا يمكن دفع الاشتراك عبر حزمة التعليم (Bildungspaket).

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'فوتبال برای همه: تمرین آزاد در باشگاه TSV Musterverein در رودنزن',
        summary:
          'بازی بدون فشار: تمرین آزاد فوتبال برای نوجوانان و بزرگسالان از همه کشورها. سه ماه اول رایگان، بعد از آن ماهی ۵ یورو.',
        description: `در **تمرین آزاد** مهم تفریح و با هم بودن است، نه نتیجه. نوجوانان از ۱۴ سال و بزرگسالان با هم بازی می‌کنند، مهم نیست چقدر خوب فوتبال بازی می‌کنند یا آلمانی حرف می‌زنند.

کفش فوتبال ندارید؟ مشکلی نیست: باشگاه تقریباً در هر اندازه‌ای کفش امانت می‌دهد. بعد از تمرین اغلب برای گپ زدن هم وقت هست. هر کس بخواهد، می‌تواند بعداً در یک تیم بازی کند یا در باشگاه کمک کند.

- **تمرین:** سه‌شنبه‌ها و پنجشنبه‌ها، ساعت ۱۷:۳۰ تا ۱۹:۰۰
- **مکان:** زمین ورزشی رودنزن (Röddensen)، در زمستان در سالن ورزشی (لطفاً بپرسید)
- **هزینه:** سه ماه اول رایگان، بعد از آن ماهی ۵ یورو. برای نوجوانان زیر ۱۸ سال، بسته آموزشی (Bildungspaket) می‌تواند حق عضویت را بپردازد.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Футбол для всіх: відкрите тренування в TSV Musterverein у Рьодденсені',
        summary:
          'Грайте без тиску: відкрите футбольне тренування для підлітків і дорослих з усіх країн. Перші 3 місяці безкоштовно, далі 5 євро на місяць.',
        description: `На **відкритому тренуванні** головне — задоволення й спільнота, а не результат. Підлітки від 14 років і дорослі грають разом, незалежно від того, наскільки добре вони грають у футбол чи говорять німецькою.

Немає бутс? Не біда: клуб дає напрокат взуття майже будь-якого розміру. Після тренування часто є час поговорити. Хто хоче, згодом може грати в команді або допомагати клубу.

- **Тренування:** щовівторка й щочетверга, з 17:30 до 19:00
- **Місце:** спортивний майданчик Рьодденсена (Röddensen), узимку — у спортзалі (уточнюйте)
- **Вартість:** перші 3 місяці безкоштовно, далі 5 євро на місяць. Для підлітків до 18 років внесок може оплатити освітній пакет (Bildungspaket).

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'ehrenamt-lehrte-hilft',
    category: 'participation',
    targetGroups: ['everyone', 'seniors', 'newcomers'],
    staffLanguages: ['de', 'en', 'ar', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    lastVerified: '2026-11-06',
    links: [
      {
        url: 'https://lehrte-hilft.example.org/mitmachen',
        label: {
          de: 'Ehrenamtlich mitmachen',
          en: 'Volunteer with us',
          ar: 'تطوّع معنا',
          fa: 'داوطلب شوید',
          uk: 'Стати волонтером',
          tr: 'Gönüllü olun',
          ru: 'Стать волонтёром',
        },
      },
    ],
    provider: 'lehrte-hilft',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['lehrte-hilft-koordination'],
    texts: {
      de: {
        title: 'Ehrenamt bei Lehrte Hilft!: mitmachen und helfen',
        summary:
          'Sie haben ein paar Stunden im Monat Zeit? Begleiten Sie Menschen zu Terminen, helfen Sie bei Hausaufgaben oder im Sprachcafé. Auch Zugewanderte sind als Ehrenamtliche sehr willkommen.',
        description: `**Lehrte Hilft!** sucht Menschen, die sich engagieren möchten – ob Sie schon lange in Lehrte leben oder selbst neu hier sind. Gerade wer selbst Deutsch gelernt hat und andere Sprachen spricht, kann vielen Menschen helfen.

Es gibt viele Möglichkeiten: Begleitung zu Arztpraxen und Ämtern, Hausaufgabenhilfe für Kinder, Übersetzen, Hilfe beim Umzug, Mitarbeit in der Gesprächsrunde oder in der Formularhilfe. Sie entscheiden, wie viel Zeit Sie geben.

- **Einstieg:** Infoabend jeden ersten Montag im Monat um 18:30 Uhr im Beratungszentrum am Bahnhof
- **Unterstützung:** Schulungen, regelmäßige Treffen und eine feste Ansprechperson
- **Versicherung:** Ehrenamtliche sind während ihres Einsatzes versichert.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Volunteering with Lehrte Hilft!: get involved and help',
        summary:
          'Do you have a few hours a month? Accompany people to appointments, help with homework or at the conversation group. Migrants are also very welcome as volunteers.',
        description: `**Lehrte Hilft!** is looking for people who want to get involved – whether you have lived in Lehrte for a long time or are new here yourself. Especially people who have learned German themselves and speak other languages can help many others.

There are many ways to help: accompanying people to doctors and public offices, homework help for children, translating, help with moving house, joining the conversation group or the help with forms. You decide how much time you give.

- **Getting started:** information evening on the first Monday of every month at 18:30 at the Beratungszentrum am Bahnhof (advice centre by the station)
- **Support:** training, regular meetings and a named contact person
- **Insurance:** volunteers are insured while volunteering.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'العمل التطوعي مع Lehrte Hilft!: شارِك وساعِد',
        summary:
          'لديك بضع ساعات في الشهر؟ رافِق أشخاصًا إلى مواعيدهم، أو ساعِد الأطفال في واجباتهم المدرسية، أو شارِك في حلقة الحوار. والمهاجرون مرحّب بهم جدًا كمتطوعين.',
        description: `تبحث **Lehrte Hilft!** عن أشخاص يريدون التطوع، سواء كنت تعيش في ليرته منذ زمن طويل أو وصلت إليها حديثًا. فمن تعلّم الألمانية بنفسه ويتحدث لغات أخرى يستطيع أن يساعد كثيرين.

هناك إمكانيات كثيرة: مرافقة الناس إلى عيادات الأطباء والدوائر الرسمية، ومساعدة الأطفال في الواجبات المدرسية، والترجمة، والمساعدة في الانتقال إلى مسكن جديد، والمشاركة في حلقة الحوار أو في المساعدة في الاستمارات. وأنت تقرّر كم من الوقت تمنح.

- **البداية:** أمسية تعريفية في أول يوم اثنين من كل شهر في الساعة 18:30 في مركز الاستشارات قرب المحطة (Beratungszentrum am Bahnhof)
- **الدعم:** دورات تدريبية ولقاءات منتظمة وشخص ثابت للتواصل
- **التأمين:** المتطوعون مؤمَّن عليهم أثناء قيامهم بالعمل التطوعي.

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Волонтерство в Lehrte Hilft!: долучайтеся й допомагайте',
        summary:
          'Маєте кілька годин на місяць? Супроводжуйте людей на прийоми, допомагайте дітям з домашніми завданнями чи в розмовному клубі. Мігрантам як волонтерам теж дуже раді.',
        description: `**Lehrte Hilft!** шукає людей, які хочуть долучитися, — незалежно від того, чи ви давно живете в Лерте, чи самі нещодавно приїхали. Саме ті, хто сам вивчив німецьку й говорить іншими мовами, можуть допомогти багатьом.

Можливостей багато: супровід до лікарів і установ, допомога дітям із домашніми завданнями, переклад, допомога з переїздом, участь у розмовному клубі чи в допомозі з формулярами. Скільки часу приділяти, вирішуєте ви.

- **Початок:** інформаційний вечір щомісяця в перший понеділок о 18:30 у консультаційному центрі біля вокзалу (Beratungszentrum am Bahnhof)
- **Підтримка:** навчання, регулярні зустрічі та постійна контактна особа
- **Страхування:** волонтери застраховані під час своєї роботи.

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Волонтёрство в Lehrte Hilft!: участвуйте и помогайте',
        summary:
          'У вас есть несколько часов в месяц? Сопровождайте людей на приёмы, помогайте детям с домашними заданиями или в разговорном клубе. Мигрантам в роли волонтёров тоже очень рады.',
        description: `**Lehrte Hilft!** ищет людей, которые хотят помогать, — неважно, живёте ли вы в Лерте давно или сами недавно приехали. Именно те, кто сам выучил немецкий и говорит на других языках, могут помочь многим.

Возможностей много: сопровождение к врачам и в ведомства, помощь детям с домашними заданиями, переводы, помощь с переездом, участие в разговорном клубе или в помощи с формулярами. Сколько времени уделять, решаете вы.

- **Начало:** информационный вечер каждый первый понедельник месяца в 18:30 в консультационном центре у вокзала (Beratungszentrum am Bahnhof)
- **Поддержка:** обучение, регулярные встречи и постоянное контактное лицо
- **Страхование:** волонтёры застрахованы во время своей работы.

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'interkultureller-garten-kolshorn',
    category: 'meeting-place',
    targetGroups: ['families', 'everyone', 'seniors'],
    staffLanguages: ['de', 'en', 'ar', 'ti'],
    cost: { type: 'amount', amountEuro: 12 },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'wed', opens: '16:00', closes: '19:00' },
        { day: 'sat', opens: '10:00', closes: '14:00' },
      ],
      exceptions: [{ date: '2026-12-26', closed: true }],
    },
    lastVerified: '2026-10-03',
    links: [{ url: 'https://gartenfreunde.example.org', label: linkLabels.moreInfo }],
    provider: 'gartenfreunde-international',
    locations: ['garten-kolshorn'],
    contacts: ['garten-gruppe'],
    texts: {
      de: {
        title: 'Interkultureller Garten in Kolshorn',
        summary:
          'Gemüse, Kräuter und Blumen gemeinsam anbauen: Im interkulturellen Garten hat jede Familie ein kleines Beet. Mitgliedsbeitrag 12 Euro im Jahr, Werkzeug ist da.',
        description: `Im **interkulturellen Garten** gärtnern Menschen aus vielen Ländern zusammen. Jede Familie oder Gruppe bekommt ein eigenes Beet. Dazu gibt es gemeinsame Flächen mit Obstbäumen und Kräutern. Werkzeug, Wasser und Saatgut sind vorhanden.

Beim Gärtnern kommt man leicht ins Gespräch. Man tauscht Samen und Rezepte und lernt nebenbei Deutsch. Im Spätsommer feiern wir zusammen ein Erntefest.

- **Gartenzeiten:** mittwochs 16:00 bis 19:00 Uhr und samstags 10:00 bis 14:00 Uhr; von November bis Februar treffen wir uns samstags nur zum Planen
- **Ort:** Am Mustergarten 1 in Kolshorn
- **Beitrag:** 12 Euro im Jahr, Ermäßigung möglich

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Intercultural garden in Kolshorn',
        summary:
          'Grow vegetables, herbs and flowers together: in the intercultural garden every family has a small bed. Membership 12 euros a year, tools provided.',
        description: `In the **intercultural garden** people from many countries garden together. Each family or group gets its own bed, and there are shared areas with fruit trees and herbs. Tools, water and seeds are provided.

Gardening makes it easy to start a conversation. People swap seeds and recipes and learn German along the way. In late summer we celebrate a harvest festival together.

- **Garden times:** Wednesdays 16:00 to 19:00 and Saturdays 10:00 to 14:00; from November to February we only meet on Saturdays to plan
- **Place:** Am Mustergarten 1 in Kolshorn
- **Fee:** 12 euros a year, reduced fee possible

(Sample offer for the demo)`,
      },
      ar: {
        title: 'الحديقة متعددة الثقافات في كولسهورن',
        summary:
          'ازرعوا الخضار والأعشاب والزهور معًا: في الحديقة متعددة الثقافات لكل عائلة حوض صغير. رسم العضوية 12 يورو في السنة، والأدوات متوفرة.',
        description: `في **الحديقة متعددة الثقافات** يزرع أناس من بلدان كثيرة معًا. تحصل كل عائلة أو مجموعة على حوض خاص بها، وهناك أيضًا مساحات مشتركة فيها أشجار فاكهة وأعشاب. والأدوات والماء والبذور متوفرة.

أثناء العمل في الحديقة يسهل بدء الحديث. نتبادل البذور ووصفات الطبخ، ونتعلم الألمانية في الوقت نفسه. وفي أواخر الصيف نحتفل معًا بعيد الحصاد.

- **أوقات الحديقة:** أيام الأربعاء من الساعة 16:00 إلى 19:00، وأيام السبت من الساعة 10:00 إلى 14:00؛ ومن نوفمبر إلى فبراير نلتقي أيام السبت للتخطيط فقط
- **المكان:** Am Mustergarten 1 في كولسهورن (Kolshorn)
- **الرسم:** 12 يورو في السنة، ويمكن الحصول على تخفيض

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Міжкультурний сад у Кольсгорні',
        summary:
          'Вирощуймо разом овочі, зелень і квіти: у міжкультурному саду кожна сім’я має невелику грядку. Членський внесок 12 євро на рік, інструменти є.',
        description: `У **міжкультурному саду** люди з різних країн разом доглядають рослини. Кожна сім’я чи група отримує власну грядку, а ще є спільні ділянки з фруктовими деревами й травами. Інструменти, вода й насіння є на місці.

У саду легко розговоритися. Тут обмінюються насінням і рецептами й водночас вивчають німецьку. Наприкінці літа ми разом святкуємо свято врожаю.

- **Години роботи саду:** щосереди з 16:00 до 19:00 і щосуботи з 10:00 до 14:00; з листопада до лютого зустрічаємося лише в суботу, щоб планувати
- **Місце:** Am Mustergarten 1 у Кольсгорні (Kolshorn)
- **Внесок:** 12 євро на рік, можлива знижка

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'offene-teestube-moscheegemeinde',
    category: 'meeting-place',
    targetGroups: ['everyone', 'families', 'seniors'],
    staffLanguages: ['de', 'tr', 'ar', 'ku'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: false, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'sun', opens: '14:00', closes: '17:00' }],
    },
    lastVerified: '2026-11-01',
    links: [{ url: 'https://moscheegemeinde.example.org/teestube', label: linkLabels.moreInfo }],
    provider: 'moscheegemeinde-lehrte',
    locations: ['gemeinderaeume-kernstadt'],
    contacts: ['moscheegemeinde-ansprechstelle'],
    texts: {
      de: {
        title: 'Offene Teestube der Moscheegemeinde – Nachbarn treffen sich',
        summary:
          'Jeden Sonntagnachmittag lädt die Moscheegemeinde alle Nachbarinnen und Nachbarn zu Tee und Gebäck ein. Sie können Fragen stellen, die Räume ansehen und ins Gespräch kommen.',
        description: `Sie wollten schon immer wissen, wie eine Moschee von innen aussieht und was dort passiert? In der **offenen Teestube** sind alle willkommen – egal welcher Religion sie angehören oder ob sie überhaupt religiös sind.

Es gibt Tee, Gebäck und Zeit für Gespräche. Mitglieder der Gemeinde zeigen gern den Gebetsraum und beantworten Fragen. Für Kinder gibt es eine Spielecke.

- **Zeit:** jeden Sonntag, 14:00 bis 17:00 Uhr
- **Ort:** Gemeinderäume der Moscheegemeinde in der Kernstadt
- **Gut zu wissen:** Vor dem Gebetsraum ziehen alle die Schuhe aus. Der Eingang hat leider Stufen.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: "The mosque community's open tea room – where neighbours meet",
        summary:
          'Every Sunday afternoon the mosque community invites all neighbours for tea and pastries. You can ask questions, look around and get talking.',
        description: `Have you always wanted to know what a mosque looks like inside and what happens there? Everyone is welcome at the **open tea room** – whatever their religion, or whether they are religious at all.

There is tea, pastries and time to talk. Members of the community are happy to show you the prayer room and answer questions. There is a play corner for children.

- **Time:** every Sunday, 14:00 to 17:00
- **Place:** community rooms of the mosque community in the Kernstadt (town centre)
- **Good to know:** everyone takes off their shoes before entering the prayer room. Unfortunately, there are steps at the entrance.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'ركن الشاي المفتوح لدى جماعة المسجد – لقاء الجيران',
        summary:
          'كل يوم أحد بعد الظهر تدعو جماعة المسجد جميع الجيران إلى الشاي والحلويات. يمكنك طرح الأسئلة والتجوّل في المكان والتحدث مع الناس.',
        description: `هل أردت دائمًا أن تعرف كيف يبدو المسجد من الداخل وما الذي يجري فيه؟ في **ركن الشاي المفتوح** الجميع مرحّب بهم، أيًّا كان دينهم، أو حتى إن لم يكونوا متدينين.

نقدّم الشاي والحلويات، ويكون هناك وقت للحديث. ويسعد أعضاء الجماعة بأن يُروك قاعة الصلاة ويجيبوا عن أسئلتك. وهناك ركن لعب للأطفال.

- **الموعد:** كل يوم أحد، من الساعة 14:00 إلى 17:00
- **المكان:** قاعات جماعة المسجد في وسط المدينة
- **معلومة مفيدة:** يخلع الجميع أحذيتهم قبل دخول قاعة الصلاة. وللأسف يوجد درج عند المدخل.

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Відкрита чайна мусульманської громади — місце зустрічі сусідів',
        summary:
          'Щонеділі по обіді мусульманська громада запрошує всіх сусідів на чай і випічку. Можна поставити запитання, роздивитися приміщення й поспілкуватися.',
        description: `Вам завжди було цікаво, як виглядає мечеть усередині і що там відбувається? У **відкритій чайній** раді всім — незалежно від релігії чи від того, чи ви взагалі віруюча людина.

Є чай, випічка й час для розмов. Члени громади охоче покажуть молитовну залу й дадуть відповіді на запитання. Для дітей є ігровий куточок.

- **Час:** щонеділі, з 14:00 до 17:00
- **Місце:** приміщення мусульманської громади в центрі міста
- **Варто знати:** перед молитовною залою всі знімають взуття. На жаль, при вході є сходинки.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Cami cemaatinin açık çay ocağı – komşular buluşuyor',
        summary:
          'Cami cemaati her pazar öğleden sonra tüm komşuları çay ve kurabiyeye davet ediyor. Soru sorabilir, mekânı gezebilir ve sohbet edebilirsiniz.',
        description: `Bir caminin içinin nasıl göründüğünü ve orada neler olduğunu hep merak ettiniz mi? **Açık çay ocağında** dini ne olursa olsun, hatta hiç dindar olmasa bile herkes hoş karşılanır.

Çay, kurabiye ve sohbet için zaman var. Cemaat üyeleri size memnuniyetle ibadet salonunu gösterir ve sorularınızı yanıtlar. Çocuklar için bir oyun köşesi var.

- **Zaman:** Her pazar, 14.00–17.00
- **Yer:** Şehir merkezindeki cami cemaatinin salonları
- **Bilmekte fayda var:** İbadet salonuna girmeden önce herkes ayakkabılarını çıkarır. Girişte maalesef basamaklar var.

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'integrationskonzept-mitreden',
    category: 'participation',
    targetGroups: ['everyone'],
    staffLanguages: ['de', 'en', 'tr', 'ru', 'uk'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: false,
    validFrom: '2027-01-01',
    validUntil: '2027-06-30',
    lastVerified: '2026-11-25',
    links: [
      {
        url: 'https://lehrte.example.org/integrationskonzept',
        label: {
          de: 'Integrationskonzept lesen und kommentieren',
          en: 'Read and comment on the integration concept',
          ar: 'قراءة خطة الاندماج والتعليق عليها',
          fa: 'خواندن برنامه ادغام و نظر دادن درباره آن',
          uk: 'Прочитати й прокоментувати концепцію інтеграції',
          tr: 'Entegrasyon konseptini okuyun ve yorumlayın',
          ru: 'Прочитать и прокомментировать концепцию интеграции',
        },
      },
    ],
    provider: 'stadt-lehrte-stabsstelle',
    locations: ['rathaus-kernstadt'],
    contacts: ['stabsstelle-migration'],
    texts: {
      de: {
        title: 'Mitreden beim Integrationskonzept: offene Treffen und Kommentare online',
        summary:
          'Das Integrationskonzept der Stadt Lehrte ist ein „lebendes Dokument“. Lesen Sie die Kapitel online, kommentieren Sie sie und kommen Sie zu den offenen Treffen. Ihre Erfahrungen zählen.',
        description: `2021 und 2022 haben Menschen aus Lehrte in Workshops gesagt, was sich ändern muss: mehr Sprachkurse, eine einfachere Kita-Anmeldung, eine Anlaufstelle bei Diskriminierung, eine offenere Verwaltung. Daraus entsteht das **Integrationskonzept**. Es wird immer weiter bearbeitet.

In diesem Portal können Sie jedes Kapitel lesen und kommentieren, in Ihrer Sprache. Sie sehen auch, welche Maßnahmen geplant sind und wie weit sie sind. Zusätzlich gibt es offene Treffen im Rathaus, mit Übersetzung.

- **Offene Treffen 2027:** 24. Februar und 26. Mai, jeweils 18:00 bis 20:00 Uhr im Rathaus
- **Online:** Kommentare jederzeit, ohne Konto
- **Besonders willkommen:** Menschen mit Migrationsgeschichte – ihre Sicht hat in den ersten Workshops oft gefehlt

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Have your say on the integration concept: open meetings and online comments',
        summary:
          'The City of Lehrte\'s integration concept is a "living document". Read the chapters online, comment on them and come to the open meetings. Your experience counts.',
        description: `In 2021 and 2022, people from Lehrte said in workshops what needs to change: more language courses, simpler Kita registration, a contact point for discrimination, a more open administration. This is the basis of the **Integrationskonzept** (integration concept), which is being developed further all the time.

On this portal you can read and comment on every chapter in your language. You can also see which measures are planned and how far they have got. In addition, there are open meetings at the town hall, with interpreting.

- **Open meetings 2027:** 24 February and 26 May, each from 18:00 to 20:00 at the town hall
- **Online:** comment at any time, no account needed
- **Especially welcome:** people with a migration background – their view was often missing in the first workshops

(Sample offer for the demo)`,
      },
      ar: {
        title: 'شارِك برأيك في خطة الاندماج: لقاءات مفتوحة وتعليقات عبر الإنترنت',
        summary:
          'خطة الاندماج لمدينة ليرته «وثيقة حيّة». اقرأ الفصول عبر الإنترنت، وعلّق عليها، واحضر اللقاءات المفتوحة. تجاربك مهمة.',
        description: `في عامي 2021 و2022 قال سكان من ليرته في ورش العمل ما الذي يجب أن يتغيّر: مزيد من دورات اللغة، وتسجيل أسهل في رياض الأطفال، ونقطة اتصال في حالات التمييز، وإدارة أكثر انفتاحًا. ومن ذلك تنشأ **خطة الاندماج (Integrationskonzept)** التي يستمر العمل عليها باستمرار.

في هذه البوابة يمكنك قراءة كل فصل والتعليق عليه بلغتك. وترى أيضًا الإجراءات المخطط لها ومدى تقدّمها. وإلى جانب ذلك تُعقد لقاءات مفتوحة في مبنى البلدية مع ترجمة.

- **اللقاءات المفتوحة في 2027:** 24 فبراير و26 مايو، من الساعة 18:00 إلى 20:00 في مبنى البلدية
- **عبر الإنترنت:** التعليق في أي وقت ودون حساب
- **مرحّب بهم بشكل خاص:** الأشخاص من أصول مهاجرة، فقد غابت وجهة نظرهم في كثير من الأحيان عن ورش العمل الأولى

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Долучайтеся до концепції інтеграції: відкриті зустрічі й коментарі онлайн',
        summary:
          'Концепція інтеграції міста Лерте — це «живий документ». Читайте розділи онлайн, коментуйте їх і приходьте на відкриті зустрічі. Ваш досвід важливий.',
        description: `У 2021 і 2022 роках мешканці Лерте на семінарах сказали, що має змінитися: більше мовних курсів, простіша реєстрація в дитячі садки, контактний пункт з питань дискримінації, відкритіша адміністрація. З цього постає **концепція інтеграції (Integrationskonzept)**, над якою постійно працюють далі.

На цьому порталі ви можете читати й коментувати кожен розділ своєю мовою. Також ви бачите, які заходи заплановано і як просувається їх виконання. Крім того, у ратуші відбуваються відкриті зустрічі з перекладом.

- **Відкриті зустрічі 2027 року:** 24 лютого та 26 травня, щоразу з 18:00 до 20:00 у ратуші
- **Онлайн:** коментарі будь-коли, без облікового запису
- **Особливо чекаємо:** людей з міграційною історією — на перших семінарах їхнього погляду часто бракувало

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'themenworkshops-integrationskonzept-2022',
    category: 'participation',
    targetGroups: ['everyone'],
    staffLanguages: ['de'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: false, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    validFrom: '2022-02-17',
    validUntil: '2022-05-12',
    lastVerified: '2022-05-12',
    links: [],
    provider: 'stadt-lehrte-stabsstelle',
    locations: [],
    contacts: ['stabsstelle-migration'],
    texts: {
      de: {
        title: 'Themenworkshops zum Integrationskonzept 2022 (beendet)',
        summary:
          'Fünf Online-Workshops von Februar bis Mai 2022: Arbeit und Ausbildung, Sprachkurse, Rassismus und Diskriminierung, Kinderbetreuung, Interkulturelle Öffnung der Verwaltung. Ihre Ergebnisse fließen in das Integrationskonzept ein.',
        description: `Nach der Auftaktveranstaltung hat die Stadt Lehrte die wichtigsten Handlungsfelder in fünf **Themenworkshops** vertieft. Wegen der Corona-Pandemie fanden sie online statt.

- **17. Februar 2022:** Arbeit und Ausbildung
- **16. März 2022:** Sprachkurse
- **17. März 2022:** Rassismus und Diskriminierung
- **4. Mai 2022:** Kinderbetreuung
- **12. Mai 2022:** Interkulturelle Öffnung der Verwaltung

Die Workshops sind vorbei. Wie es weitergeht, lesen Sie beim Angebot „Mitreden beim Integrationskonzept“.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Topic workshops on the integration concept 2022 (ended)',
        summary:
          'Five online workshops from February to May 2022: work and training, language courses, racism and discrimination, childcare, intercultural opening of the administration. Their results feed into the integration concept.',
        description: `After the opening event, the City of Lehrte explored the most important fields of action in five **topic workshops**. Because of the coronavirus pandemic, they took place online.

- **17 February 2022:** work and training
- **16 March 2022:** language courses
- **17 March 2022:** racism and discrimination
- **4 May 2022:** childcare
- **12 May 2022:** intercultural opening of the administration

The workshops are over. To find out what happens next, see the service "Have your say on the integration concept".

(Sample offer for the demo)`,
      },
      ar: {
        title: 'ورش العمل الموضوعية حول خطة الاندماج 2022 (انتهت)',
        summary:
          'خمس ورش عمل عبر الإنترنت من فبراير إلى مايو 2022: العمل والتدريب المهني، دورات اللغة، العنصرية والتمييز، رعاية الأطفال، الانفتاح بين الثقافات في الإدارة. تدخل نتائجها في خطة الاندماج.',
        description: `بعد الفعالية الافتتاحية تعمّقت مدينة ليرته في أهم مجالات العمل من خلال خمس **ورش عمل موضوعية**. وبسبب جائحة كورونا عُقدت عبر الإنترنت.

- **17 فبراير 2022:** العمل والتدريب المهني
- **16 مارس 2022:** دورات اللغة
- **17 مارس 2022:** العنصرية والتمييز
- **4 مايو 2022:** رعاية الأطفال
- **12 مايو 2022:** الانفتاح بين الثقافات في الإدارة

انتهت ورش العمل. لمعرفة الخطوات التالية اقرأ العرض «شارِك برأيك في خطة الاندماج».

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Тематичні семінари щодо концепції інтеграції 2022 (завершено)',
        summary:
          'П’ять онлайн-семінарів з лютого по травень 2022 року: робота й професійне навчання, мовні курси, расизм і дискримінація, догляд за дітьми, міжкультурна відкритість адміністрації. Їхні результати увійдуть до концепції інтеграції.',
        description: `Після стартового заходу місто Лерте докладніше опрацювало найважливіші напрями в п’яти **тематичних семінарах**. Через пандемію коронавірусу вони відбувалися онлайн.

- **17 лютого 2022 року:** робота й професійне навчання
- **16 березня 2022 року:** мовні курси
- **17 березня 2022 року:** расизм і дискримінація
- **4 травня 2022 року:** догляд за дітьми
- **12 травня 2022 року:** міжкультурна відкритість адміністрації

Семінари завершилися. Що буде далі, читайте в пропозиції «Долучайтеся до концепції інтеграції».

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
];
