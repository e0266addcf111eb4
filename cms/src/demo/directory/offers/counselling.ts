import type { OfferDemo } from '../types';
import { linkLabels } from './common';

/**
 * Demo offers of the category `counselling`: migration counselling for adults, the youth
 * migration service, refugee social work, women's counselling, legal advice on asylum,
 * information evenings on the social system, a consultation hour for people from
 * Ukraine and volunteer help with forms.
 */
export const counsellingOffers: OfferDemo[] = [
  {
    slug: 'migrationsberatung-erwachsene-awo',
    category: 'counselling',
    targetGroups: ['newcomers', 'families', 'everyone'],
    staffLanguages: ['de', 'en', 'ar', 'fa', 'ru', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'tue', opens: '09:00', closes: '12:00' },
        { day: 'thu', opens: '14:00', closes: '17:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-13',
    links: [
      { url: 'https://awo-migration.example.org/termin', label: linkLabels.appointment },
      { url: 'https://awo-migration.example.org/mbe', label: linkLabels.moreInfo },
    ],
    provider: 'awo-migrationsberatung',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['awo-migrationsberatung'],
    texts: {
      de: {
        title: 'Migrationsberatung für Erwachsene (MBE) der AWO',
        summary:
          'Beratung für Zugewanderte ab 27 Jahren: Aufenthalt, Deutschkurs, Arbeit, Wohnung, Familie. Kostenlos und vertraulich. Offene Sprechstunde dienstags und donnerstags.',
        description: `Die **Migrationsberatung für Erwachsene (MBE)** hilft Menschen ab 27 Jahren, die neu in Deutschland sind oder schon länger hier leben. Wir erklären Briefe von Behörden, helfen bei Anträgen und suchen mit Ihnen einen passenden Deutschkurs.

Die Beratung ist kostenlos und vertraulich. Wir geben nichts ohne Ihr Einverständnis weiter. Wir sprechen Deutsch, Englisch, Arabisch, Persisch, Russisch und Türkisch. Für andere Sprachen organisieren wir eine Dolmetscherin oder einen Dolmetscher.

- **Offene Sprechstunde:** Dienstag 9:00 bis 12:00 Uhr, Donnerstag 14:00 bis 17:00 Uhr
- **Termine:** auch zu anderen Zeiten nach Vereinbarung
- **Mitbringen:** Pass oder Aufenthaltstitel und die Briefe, um die es geht

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Migration counselling for adults (MBE) by the AWO',
        summary:
          'Advice for migrants aged 27 and over: residence, German courses, work, housing, family. Free and confidential. Drop-in hours on Tuesdays and Thursdays.',
        description: `The **Migrationsberatung für Erwachsene (MBE)** (migration counselling for adults) helps people aged 27 and over who are new to Germany or have lived here for some time. We explain letters from authorities, help with applications and look for a suitable German course with you.

The counselling is free and confidential. We do not pass anything on without your consent. We speak German, English, Arabic, Persian, Russian and Turkish. For other languages we arrange an interpreter.

- **Drop-in hours:** Tuesday 9:00 to 12:00, Thursday 14:00 to 17:00
- **Appointments:** also at other times by arrangement
- **Bring:** your passport or residence permit and the letters you have questions about

(Sample offer for the demo)`,
      },
      ar: {
        title: 'استشارات الهجرة للبالغين (MBE) لدى AWO',
        summary:
          'استشارات للمهاجرين من عمر 27 عامًا فما فوق: الإقامة ودورات اللغة والعمل والسكن والأسرة. مجانية وسرية. ساعات استقبال مفتوحة يومي الثلاثاء والخميس.',
        description: `تساعد **استشارات الهجرة للبالغين (Migrationsberatung für Erwachsene، MBE)** الأشخاص من عمر 27 عامًا فما فوق، سواء وصلوا حديثًا إلى ألمانيا أو يعيشون فيها منذ مدة. نشرح لك رسائل الجهات الرسمية، ونساعدك في تقديم الطلبات، ونبحث معك عن دورة لغة ألمانية مناسبة.

الاستشارة مجانية وسرية، ولا ننقل أي معلومات دون موافقتك. نتحدث الألمانية والإنجليزية والعربية والفارسية والروسية والتركية، ونوفّر مترجمًا أو مترجمة للغات الأخرى.

- **ساعات الاستقبال المفتوحة:** الثلاثاء من الساعة 9:00 إلى 12:00، والخميس من الساعة 14:00 إلى 17:00
- **المواعيد:** في أوقات أخرى أيضًا بالاتفاق
- **أحضِر معك:** جواز السفر أو وثيقة الإقامة والرسائل التي لديك أسئلة حولها

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مشاوره مهاجرت برای بزرگسالان (MBE) در AWO',
        summary:
          'مشاوره برای مهاجران ۲۷ سال به بالا: اقامت، کلاس زبان، کار، مسکن، خانواده. رایگان و محرمانه. ساعت مراجعه آزاد سه‌شنبه‌ها و پنجشنبه‌ها.',
        description: `**مشاوره مهاجرت برای بزرگسالان (Migrationsberatung für Erwachsene یا MBE)** به افراد ۲۷ سال به بالا کمک می‌کند؛ چه تازه به آلمان آمده باشند و چه مدتی است اینجا زندگی می‌کنند. ما نامه‌های اداری را توضیح می‌دهیم، در پر کردن درخواست‌ها کمک می‌کنیم و با شما یک کلاس زبان آلمانی مناسب پیدا می‌کنیم.

مشاوره رایگان و محرمانه است. ما هیچ اطلاعاتی را بدون رضایت شما به کسی نمی‌دهیم. ما به آلمانی، انگلیسی، عربی، فارسی، روسی و ترکی صحبت می‌کنیم و برای زبان‌های دیگر مترجم می‌آوریم.

- **ساعت مراجعه آزاد:** سه‌شنبه ۹:۰۰ تا ۱۲:۰۰، پنجشنبه ۱۴:۰۰ تا ۱۷:۰۰
- **نوبت:** در زمان‌های دیگر هم با هماهنگی قبلی
- **همراه بیاورید:** گذرنامه یا کارت اقامت و نامه‌هایی که درباره‌شان سؤال دارید

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Міграційна консультація для дорослих (MBE) від AWO',
        summary:
          'Консультації для мігрантів від 27 років: перебування, курс німецької, робота, житло, сім’я. Безкоштовно й конфіденційно. Відкриті години прийому у вівторок і четвер.',
        description: `**Міграційна консультація для дорослих (Migrationsberatung für Erwachsene, MBE)** допомагає людям від 27 років, які нещодавно приїхали до Німеччини або живуть тут уже давно. Ми пояснюємо листи від установ, допомагаємо із заявами й разом з вами шукаємо відповідний курс німецької мови.

Консультація безкоштовна й конфіденційна. Без вашої згоди ми нічого нікому не передаємо. Ми говоримо німецькою, англійською, арабською, перською, російською та турецькою. Для інших мов запрошуємо перекладача.

- **Відкриті години прийому:** вівторок з 9:00 до 12:00, четвер з 14:00 до 17:00
- **Запис:** також в інший час за домовленістю
- **Візьміть із собою:** паспорт або посвідку на проживання й листи, щодо яких маєте запитання

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "AWO'nun yetişkinlere yönelik göç danışmanlığı (MBE)",
        summary:
          '27 yaş ve üstü göçmenler için danışmanlık: oturum, Almanca kursu, iş, konut, aile. Ücretsiz ve gizli. Salı ve perşembe günleri randevusuz görüşme saatleri.',
        description: `**Yetişkinlere yönelik göç danışmanlığı (Migrationsberatung für Erwachsene, MBE)**, Almanya'ya yeni gelmiş veya uzun süredir burada yaşayan 27 yaş ve üstü kişilere yardımcı olur. Resmî kurumlardan gelen mektupları açıklıyor, başvurularda yardım ediyor ve sizinle birlikte uygun bir Almanca kursu arıyoruz.

Danışmanlık ücretsiz ve gizlidir. İzniniz olmadan hiçbir bilgiyi kimseye iletmeyiz. Almanca, İngilizce, Arapça, Farsça, Rusça ve Türkçe konuşuyoruz. Diğer diller için tercüman ayarlıyoruz.

- **Randevusuz görüşme saatleri:** Salı 09.00–12.00, perşembe 14.00–17.00
- **Randevu:** başka saatlerde de anlaşarak
- **Yanınızda getirin:** pasaport veya oturma izni ve sorunuz olan mektuplar

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Миграционная консультация для взрослых (MBE) от AWO',
        summary:
          'Консультации для мигрантов от 27 лет: пребывание, курс немецкого, работа, жильё, семья. Бесплатно и конфиденциально. Открытые приёмные часы по вторникам и четвергам.',
        description: `**Миграционная консультация для взрослых (Migrationsberatung für Erwachsene, MBE)** помогает людям от 27 лет, которые недавно приехали в Германию или живут здесь уже давно. Мы объясняем письма от ведомств, помогаем с заявлениями и вместе с вами ищем подходящий курс немецкого языка.

Консультация бесплатная и конфиденциальная. Без вашего согласия мы ничего никому не передаём. Мы говорим на немецком, английском, арабском, персидском, русском и турецком. Для других языков приглашаем переводчика.

- **Открытые приёмные часы:** вторник с 9:00 до 12:00, четверг с 14:00 до 17:00
- **Запись:** также в другое время по договорённости
- **Возьмите с собой:** паспорт или вид на жительство и письма, по которым у вас есть вопросы

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'jugendmigrationsdienst-lehrte',
    category: 'counselling',
    targetGroups: ['youth', 'newcomers', 'refugees'],
    staffLanguages: ['de', 'en', 'ar', 'fa', 'ps', 'ti'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '13:00', closes: '17:00' },
        { day: 'wed', opens: '13:00', closes: '17:00' },
      ],
      exceptions: [{ date: '2026-12-30', closed: true }],
    },
    lastVerified: '2026-10-30',
    links: [{ url: 'https://jmd.example.org', label: linkLabels.moreInfo }],
    provider: 'jugendmigrationsdienst',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['jmd-beratung'],
    texts: {
      de: {
        title: 'Jugendmigrationsdienst: Beratung für junge Menschen von 12 bis 27 Jahren',
        summary:
          'Hilfe bei Schule, Ausbildung, Deutschkurs und Alltag für junge Zugewanderte. Auch Eltern können kommen. Kostenlos, auch auf Paschtu, Persisch und Tigrinya.',
        description: `Der **Jugendmigrationsdienst (JMD)** berät junge Menschen mit Migrationsgeschichte. Wir helfen bei der Suche nach einer Schule, einem Deutschkurs oder einem Ausbildungsplatz. Wir unterstützen auch bei Problemen in der Familie, mit Geld oder mit Behörden.

Sie können allein kommen oder mit Eltern, Freundinnen oder Freunden. Wir hören zu und suchen gemeinsam eine Lösung.

- **Offene Sprechstunde:** Montag und Mittwoch, 13:00 bis 17:00 Uhr
- **Sprachen:** Deutsch, Englisch, Arabisch, Persisch, Paschtu, Tigrinya
- **Auch digital:** Beratung per Chat oder Video nach Absprache

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Youth migration service: advice for young people aged 12 to 27',
        summary:
          'Help with school, vocational training, German courses and everyday life for young migrants. Parents are welcome too. Free, also in Pashto, Persian and Tigrinya.',
        description: `The **Jugendmigrationsdienst (JMD)** (youth migration service) advises young people with a migration background. We help you find a school, a German course or a training place. We also support you with problems in the family, with money or with authorities.

You can come alone or with your parents or friends. We listen and look for a solution together.

- **Drop-in hours:** Monday and Wednesday, 13:00 to 17:00
- **Languages:** German, English, Arabic, Persian, Pashto, Tigrinya
- **Also online:** advice by chat or video by arrangement

(Sample offer for the demo)`,
      },
      ar: {
        title: 'خدمة الهجرة للشباب: استشارات للشباب من عمر 12 إلى 27 عامًا',
        summary:
          'مساعدة للمهاجرين الشباب في المدرسة والتدريب المهني ودورات اللغة والحياة اليومية. ويمكن للأهل الحضور أيضًا. مجانًا، وبالبشتوية والفارسية والتغرينية أيضًا.',
        description: `تقدّم **خدمة الهجرة للشباب (Jugendmigrationsdienst، JMD)** الاستشارة للشباب من أصول مهاجرة. نساعدك في البحث عن مدرسة أو دورة لغة ألمانية أو مكان للتدريب المهني، وندعمك أيضًا في المشكلات العائلية أو المالية أو مع الجهات الرسمية.

يمكنك أن تأتي وحدك أو مع أهلك أو أصدقائك. نستمع إليك ونبحث معًا عن حل.

- **ساعات الاستقبال المفتوحة:** الاثنين والأربعاء، من الساعة 13:00 إلى 17:00
- **اللغات:** الألمانية والإنجليزية والعربية والفارسية والبشتوية والتغرينية
- **عبر الإنترنت أيضًا:** استشارة بالدردشة أو بالفيديو بالاتفاق

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'خدمات مهاجرت جوانان: مشاوره برای جوانان ۱۲ تا ۲۷ ساله',
        summary:
          'کمک به مهاجران جوان در مدرسه، آموزش حرفه‌ای، کلاس زبان و زندگی روزمره. والدین هم می‌توانند بیایند. رایگان، به فارسی، پشتو و تیگرینیا هم.',
        description: `**خدمات مهاجرت جوانان (Jugendmigrationsdienst یا JMD)** به جوانانی که پیشینه مهاجرت دارند مشاوره می‌دهد. ما در پیدا کردن مدرسه، کلاس زبان آلمانی یا جای آموزش حرفه‌ای کمک می‌کنیم. در مشکلات خانوادگی، مالی یا اداری هم کنارتان هستیم.

می‌توانید تنها بیایید یا همراه پدر و مادر یا دوستانتان. ما به حرف شما گوش می‌دهیم و با هم راه‌حلی پیدا می‌کنیم.

- **ساعت مراجعه آزاد:** دوشنبه و چهارشنبه، ساعت ۱۳:۰۰ تا ۱۷:۰۰
- **زبان‌ها:** آلمانی، انگلیسی، عربی، فارسی، پشتو، تیگرینیا
- **به‌صورت آنلاین هم:** مشاوره از طریق چت یا تماس تصویری با هماهنگی

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Молодіжна міграційна служба: консультації для молоді від 12 до 27 років',
        summary:
          'Допомога молодим мігрантам зі школою, професійним навчанням, курсом німецької та повсякденними справами. Батьки теж можуть прийти. Безкоштовно, також пушту, перською й тигринья.',
        description: `**Молодіжна міграційна служба (Jugendmigrationsdienst, JMD)** консультує молодь з міграційною історією. Ми допомагаємо знайти школу, курс німецької мови або місце професійного навчання. Також підтримуємо, якщо є проблеми в сім’ї, з грошима чи з установами.

Можна прийти самому або з батьками, подругами чи друзями. Ми вислухаємо й разом шукатимемо рішення.

- **Відкриті години прийому:** понеділок і середа, з 13:00 до 17:00
- **Мови:** німецька, англійська, арабська, перська, пушту, тигринья
- **Також онлайн:** консультація в чаті або відеозв’язком за домовленістю

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'fluechtlingssozialarbeit-lehrte',
    category: 'counselling',
    targetGroups: ['refugees', 'families'],
    staffLanguages: ['de', 'en', 'ar', 'fa', 'ku', 'ti'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '09:00', closes: '12:00' },
        { day: 'wed', opens: '14:00', closes: '16:00' },
        { day: 'thu', opens: '09:00', closes: '12:00' },
      ],
      exceptions: [{ date: '2026-12-24', closed: true }],
    },
    lastVerified: '2026-11-04',
    links: [{ url: 'https://fluechtlingssozialarbeit.example.org', label: linkLabels.moreInfo }],
    provider: 'fluechtlingssozialarbeit',
    locations: ['beratungszentrum-bahnhof', 'dorfgemeinschaftshaus-immensen'],
    contacts: ['fluechtlingssozialarbeit-team'],
    texts: {
      de: {
        title: 'Flüchtlingssozialarbeit: Hilfe im Alltag für Geflüchtete',
        summary:
          'Sozialarbeiterinnen und Sozialarbeiter helfen Geflüchteten bei Briefen, Anträgen, Wohnung, Schule und Gesundheit. Sprechstunden in der Kernstadt und in Immensen.',
        description: `Sie sind nach Deutschland geflüchtet und leben in Lehrte? Die **Flüchtlingssozialarbeit** hilft Ihnen im Alltag: bei Briefen vom Amt, bei Anträgen und bei der Suche nach einer Ärztin oder einem Arzt, einer Schule oder einer Wohnung.

Wir kommen auch in die Unterkünfte. Wenn Sie Sorgen haben oder krank sind, sprechen Sie uns an. Wir vermitteln Sie an die richtige Stelle.

- **Sprechstunde Kernstadt:** Montag und Donnerstag, 9:00 bis 12:00 Uhr
- **Sprechstunde Immensen:** Mittwoch, 14:00 bis 16:00 Uhr
- **Sprachen:** Deutsch, Englisch, Arabisch, Persisch, Kurdisch, Tigrinya

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Refugee social work: everyday help for refugees',
        summary:
          'Social workers help refugees with letters, applications, housing, school and health. Consultation hours in the Kernstadt (town centre) and in Immensen.',
        description: `Did you flee to Germany and now live in Lehrte? **Flüchtlingssozialarbeit** (refugee social work) helps you in everyday life: with letters from the authorities, with applications and with finding a doctor, a school or a flat.

We also visit the accommodation centres. If you are worried or ill, talk to us. We will put you in touch with the right place.

- **Consultation hours in the Kernstadt:** Monday and Thursday, 9:00 to 12:00
- **Consultation hours in Immensen:** Wednesday, 14:00 to 16:00
- **Languages:** German, English, Arabic, Persian, Kurdish, Tigrinya

(Sample offer for the demo)`,
      },
      ar: {
        title: 'العمل الاجتماعي مع اللاجئين: مساعدة في الحياة اليومية',
        summary:
          'يساعد الأخصائيون الاجتماعيون اللاجئين في الرسائل والطلبات والسكن والمدرسة والصحة. ساعات استقبال في وسط المدينة وفي إيمنزن.',
        description: `هل لجأت إلى ألمانيا وتعيش في ليرته؟ يساعدك **العمل الاجتماعي مع اللاجئين (Flüchtlingssozialarbeit)** في حياتك اليومية: في فهم رسائل الدوائر الرسمية، وفي تقديم الطلبات، وفي البحث عن طبيب أو طبيبة أو مدرسة أو مسكن.

نأتي أيضًا إلى أماكن السكن. وإذا كانت لديك هموم أو كنت مريضًا فتحدّث إلينا، وسنوجّهك إلى الجهة المناسبة.

- **ساعات الاستقبال في وسط المدينة:** الاثنين والخميس، من الساعة 9:00 إلى 12:00
- **ساعات الاستقبال في إيمنزن (Immensen):** الأربعاء، من الساعة 14:00 إلى 16:00
- **اللغات:** الألمانية والإنجليزية والعربية والفارسية والكردية والتغرينية

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مددکاری اجتماعی پناهجویان: کمک در زندگی روزمره',
        summary:
          'مددکاران اجتماعی به پناهجویان در نامه‌ها، درخواست‌ها، مسکن، مدرسه و سلامت کمک می‌کنند. ساعت مراجعه در مرکز شهر و در ایمنزن.',
        description: `به آلمان پناه آورده‌اید و در لهرته زندگی می‌کنید؟ **مددکاری اجتماعی پناهجویان (Flüchtlingssozialarbeit)** در زندگی روزمره به شما کمک می‌کند: در فهمیدن نامه‌های اداری، پر کردن درخواست‌ها و پیدا کردن پزشک، مدرسه یا خانه.

ما به محل‌های اسکان هم می‌آییم. اگر نگرانی دارید یا بیمار هستید، با ما صحبت کنید. ما شما را به جای درست معرفی می‌کنیم.

- **ساعت مراجعه در مرکز شهر:** دوشنبه و پنجشنبه، ساعت ۹:۰۰ تا ۱۲:۰۰
- **ساعت مراجعه در ایمنزن (Immensen):** چهارشنبه، ساعت ۱۴:۰۰ تا ۱۶:۰۰
- **زبان‌ها:** آلمانی، انگلیسی، عربی، فارسی، کردی، تیگرینیا

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Соціальна робота з біженцями: допомога в повсякденному житті',
        summary:
          'Соціальні працівники допомагають біженцям з листами, заявами, житлом, школою та здоров’ям. Години прийому в центрі міста та в Іммензені.',
        description: `Ви були змушені втекти до Німеччини й живете в Лерте? **Соціальна робота з біженцями (Flüchtlingssozialarbeit)** допомагає вам у повсякденному житті: з листами від установ, із заявами, з пошуком лікаря, школи чи житла.

Ми також приходимо до місць проживання біженців. Якщо вас щось турбує або ви захворіли, зверніться до нас. Ми скеруємо вас туди, де допоможуть.

- **Прийом у центрі міста:** понеділок і четвер, з 9:00 до 12:00
- **Прийом в Іммензені (Immensen):** середа, з 14:00 до 16:00
- **Мови:** німецька, англійська, арабська, перська, курдська, тигринья

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'frauenberatung-awo',
    category: 'counselling',
    targetGroups: ['women'],
    staffLanguages: ['de', 'en', 'tr', 'ar', 'ku'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: true,
    openingHours: {
      weekly: [
        { day: 'tue', opens: '10:00', closes: '12:00' },
        { day: 'thu', opens: '15:00', closes: '18:00' },
      ],
      exceptions: [{ date: '2026-12-24', closed: true }],
    },
    lastVerified: '2026-11-21',
    links: [
      { url: 'https://awo-frauenberatung.example.org/termin', label: linkLabels.appointment },
    ],
    provider: 'awo-frauenberatung',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['awo-frauenberatung'],
    texts: {
      de: {
        title: 'Frauenberatung der AWO – vertraulich und kostenlos',
        summary:
          'Beratung für Frauen in schwierigen Situationen: Gewalt, Trennung, Stress in der Familie, Fragen zum Aufenthalt. Vertraulich, auf Wunsch mit Dolmetscherin.',
        description: `Die **Frauenberatungsstelle der AWO** ist für alle Frauen da, egal woher sie kommen. Sie können über alles sprechen: Probleme in der Ehe oder Familie, Gewalt, Trennung, Angst, Einsamkeit. Wir hören zu und überlegen mit Ihnen, was Sie tun können.

Die Beratung ist kostenlos und vertraulich. Niemand erfährt ohne Ihr Einverständnis davon, auch nicht Ihre Familie. Auf Wunsch kommt eine Dolmetscherin dazu.

- **Telefonsprechzeit:** Dienstag, 10:00 bis 12:00 Uhr
- **Beratung vor Ort:** Donnerstag, 15:00 bis 18:00 Uhr, bitte mit Termin
- **In einer Notlage:** Das Hilfetelefon „Gewalt gegen Frauen“ ist Tag und Nacht erreichbar, kostenlos und in vielen Sprachen: 116 016.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'AWO counselling for women – confidential and free',
        summary:
          'Counselling for women in difficult situations: violence, separation, stress in the family, questions about residence. Confidential, with a female interpreter if you wish.',
        description: `The **Frauenberatungsstelle der AWO** (AWO counselling centre for women) is there for all women, wherever they come from. You can talk about anything: problems in your marriage or family, violence, separation, fear, loneliness. We listen and think with you about what you can do.

The counselling is free and confidential. Nobody finds out without your consent, not even your family. If you wish, a female interpreter joins us.

- **Phone hours:** Tuesday, 10:00 to 12:00
- **Face-to-face counselling:** Thursday, 15:00 to 18:00, please make an appointment
- **In an emergency:** the national helpline "Violence against Women" (Hilfetelefon Gewalt gegen Frauen) is available day and night, free of charge and in many languages: 116 016.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'الاستشارات للنساء لدى AWO – سرية ومجانية',
        summary:
          'استشارات للنساء اللواتي يمررن بظروف صعبة: العنف، والانفصال، والضغط في الأسرة، وأسئلة الإقامة. سرية، ومع مترجمة عند الرغبة.',
        description: `**مركز الاستشارات للنساء لدى AWO (Frauenberatungsstelle)** موجود لكل النساء، أيًّا كان البلد الذي جئن منه. يمكنك أن تتحدثي عن كل شيء: مشكلات في الزواج أو الأسرة، والعنف، والانفصال، والخوف، والوحدة. نستمع إليك ونفكّر معك في ما يمكنك فعله.

الاستشارة مجانية وسرية، ولا يعرف بها أحد دون موافقتك، ولا حتى أسرتك. وعند الرغبة تحضر مترجمة.

- **ساعات الاستشارة الهاتفية:** الثلاثاء، من الساعة 10:00 إلى 12:00
- **الاستشارة الحضورية:** الخميس، من الساعة 15:00 إلى 18:00، بموعد مسبق
- **في حالة الطوارئ:** خط المساعدة «العنف ضد المرأة» (Hilfetelefon Gewalt gegen Frauen) متاح ليلًا ونهارًا، مجانًا وبلغات كثيرة: 116 016.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مشاوره زنان AWO – محرمانه و رایگان',
        summary:
          'مشاوره برای زنانی که در شرایط دشوار هستند: خشونت، جدایی، فشار در خانواده، سؤال‌های مربوط به اقامت. محرمانه، و در صورت تمایل با مترجم زن.',
        description: `**مرکز مشاوره زنان AWO (Frauenberatungsstelle)** برای همه زنان است، از هر کشوری که آمده باشند. می‌توانید درباره همه چیز صحبت کنید: مشکلات زناشویی یا خانوادگی، خشونت، جدایی، ترس، تنهایی. ما به حرف شما گوش می‌دهیم و با هم فکر می‌کنیم چه کاری می‌توانید انجام دهید.

مشاوره رایگان و محرمانه است. هیچ‌کس بدون رضایت شما از آن باخبر نمی‌شود، حتی خانواده‌تان. در صورت تمایل یک مترجم زن هم حضور خواهد داشت.

- **ساعت مشاوره تلفنی:** سه‌شنبه، ساعت ۱۰:۰۰ تا ۱۲:۰۰
- **مشاوره حضوری:** پنجشنبه، ساعت ۱۵:۰۰ تا ۱۸:۰۰، لطفاً با نوبت قبلی
- **در شرایط اضطراری:** خط کمک «خشونت علیه زنان» (Hilfetelefon Gewalt gegen Frauen) شبانه‌روز، رایگان و به زبان‌های زیادی در دسترس است: 116 016.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Консультації для жінок від AWO — конфіденційно й безкоштовно',
        summary:
          'Консультації для жінок у складних ситуаціях: насильство, розлучення, напруга в сім’ї, питання щодо перебування. Конфіденційно, за бажання — з перекладачкою.',
        description: `**Консультаційний центр для жінок AWO (Frauenberatungsstelle)** відкритий для всіх жінок, звідки б вони не приїхали. Ви можете говорити про все: проблеми в шлюбі чи сім’ї, насильство, розлучення, страх, самотність. Ми вислухаємо й разом подумаємо, що можна зробити.

Консультація безкоштовна й конфіденційна. Без вашої згоди ніхто про неї не дізнається, навіть ваша сім’я. За бажання до розмови долучиться перекладачка.

- **Консультації телефоном:** вівторок, з 10:00 до 12:00
- **Особиста консультація:** четвер, з 15:00 до 18:00, за попереднім записом
- **У разі небезпеки:** гаряча лінія «Насильство щодо жінок» (Hilfetelefon Gewalt gegen Frauen) працює цілодобово, безкоштовно й багатьма мовами: 116 016.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'AWO Kadın Danışma Merkezi – gizli ve ücretsiz',
        summary:
          'Zor durumdaki kadınlar için danışmanlık: şiddet, ayrılık, ailede stres, oturum izniyle ilgili sorular. Gizli; isterseniz bir kadın tercümanla.',
        description: `**AWO Kadın Danışma Merkezi (Frauenberatungsstelle)** nereden gelirse gelsin bütün kadınlar için vardır. Her şey hakkında konuşabilirsiniz: evlilikte veya ailede sorunlar, şiddet, ayrılık, korku, yalnızlık. Sizi dinliyor ve neler yapabileceğinizi birlikte düşünüyoruz.

Danışmanlık ücretsiz ve gizlidir. İzniniz olmadan kimse bundan haberdar olmaz, aileniz bile. İsterseniz görüşmeye bir kadın tercüman katılır.

- **Telefon görüşme saatleri:** Salı, 10.00–12.00
- **Yüz yüze danışmanlık:** Perşembe, 15.00–18.00, lütfen randevu alın
- **Acil bir durumda:** “Kadına Yönelik Şiddet” yardım hattı (Hilfetelefon Gewalt gegen Frauen) gece gündüz, ücretsiz ve birçok dilde ulaşılabilir: 116 016.

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'rechtsberatung-asyl-aufenthalt',
    category: 'counselling',
    targetGroups: ['refugees'],
    staffLanguages: ['de', 'en', 'ar', 'fa', 'ps'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: false, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: true,
    openingHours: {
      weekly: [{ day: 'wed', opens: '16:00', closes: '19:00' }],
      exceptions: [{ date: '2026-12-23', closed: true }],
    },
    lastVerified: '2026-09-15',
    links: [{ url: 'https://rechtsberatung.example.org/termin', label: linkLabels.appointment }],
    provider: 'rechtsberatung-musterverein',
    locations: ['beratungszentrum-bahnhof'],
    contacts: ['rechtsberatung-termine'],
    texts: {
      de: {
        title: 'Rechtsberatung zu Asyl und Aufenthalt',
        summary:
          'Ehrenamtliche Juristinnen und Juristen beraten kostenlos zu Asylverfahren, Duldung, Familiennachzug und Aufenthaltserlaubnis. Nur mit Termin.',
        description: `Sie haben einen Brief vom Bundesamt für Migration und Flüchtlinge (BAMF) oder von der Ausländerbehörde bekommen und verstehen ihn nicht? Sie möchten wissen, ob Ihre Familie nachkommen kann? In der **Rechtsberatung** bekommen Sie eine erste Einschätzung.

Wichtig: Bei vielen Bescheiden gibt es kurze Fristen, oft nur 1 oder 2 Wochen. Kommen Sie deshalb schnell und bringen Sie alle Briefe mit.

- **Zeit:** mittwochs 16:00 bis 19:00 Uhr, nur mit Termin
- **Sprachen:** Deutsch und Englisch; Dolmetschende für Arabisch, Persisch und Paschtu
- **Kosten:** keine

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Legal advice on asylum and residence',
        summary:
          'Volunteer lawyers give free advice on asylum procedures, toleration (Duldung), family reunification and residence permits. By appointment only.',
        description: `Have you received a letter from the Federal Office for Migration and Refugees (BAMF) or the immigration office (Ausländerbehörde) that you do not understand? Do you want to know whether your family can join you? At the **Rechtsberatung** (legal advice) you get a first assessment.

Important: many decisions have short deadlines, often only 1 or 2 weeks. So come quickly and bring all your letters.

- **Time:** Wednesdays 16:00 to 19:00, by appointment only
- **Languages:** German and English; interpreters for Arabic, Persian and Pashto
- **Cost:** none

(Sample offer for the demo)`,
      },
      ar: {
        title: 'استشارات قانونية حول اللجوء والإقامة',
        summary:
          'يقدّم حقوقيون متطوعون استشارات مجانية حول إجراءات اللجوء، ووثيقة التسامح (Duldung)، ولمّ شمل الأسرة، وتصاريح الإقامة. بموعد مسبق فقط.',
        description: `هل وصلتك رسالة من المكتب الاتحادي للهجرة واللاجئين (BAMF) أو من دائرة الأجانب (Ausländerbehörde) ولم تفهمها؟ هل تريد أن تعرف إن كان بإمكان أسرتك اللحاق بك؟ في **الاستشارة القانونية (Rechtsberatung)** تحصل على تقييم أولي لوضعك.

مهم: كثير من القرارات لها مهل قصيرة، غالبًا أسبوع واحد أو أسبوعان فقط. لذلك تعال بسرعة وأحضِر كل الرسائل معك.

- **الموعد:** أيام الأربعاء من الساعة 16:00 إلى 19:00، بموعد مسبق فقط
- **اللغات:** الألمانية والإنجليزية، مع مترجمين للعربية والفارسية والبشتوية
- **التكلفة:** مجانًا

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مشاوره حقوقی درباره پناهندگی و اقامت',
        summary:
          'حقوق‌دانان داوطلب به‌طور رایگان درباره روند پناهندگی، دولدونگ (Duldung)، پیوستن خانواده و اجازه اقامت مشاوره می‌دهند. فقط با نوبت.',
        description: `نامه‌ای از اداره فدرال مهاجرت و پناهندگان (BAMF) یا اداره اتباع خارجی (Ausländerbehörde) دریافت کرده‌اید و آن را نمی‌فهمید؟ می‌خواهید بدانید خانواده‌تان می‌تواند به شما بپیوندد یا نه؟ در **مشاوره حقوقی (Rechtsberatung)** یک ارزیابی اولیه دریافت می‌کنید.

مهم: برای بسیاری از تصمیم‌ها مهلت‌های کوتاهی وجود دارد، اغلب فقط ۱ یا ۲ هفته. پس زود بیایید و همه نامه‌ها را همراه بیاورید.

- **زمان:** چهارشنبه‌ها ساعت ۱۶:۰۰ تا ۱۹:۰۰، فقط با نوبت
- **زبان‌ها:** آلمانی و انگلیسی؛ مترجم برای عربی، فارسی و پشتو
- **هزینه:** رایگان

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Юридична консультація з питань притулку та перебування',
        summary:
          'Юристи-волонтери безкоштовно консультують щодо процедури надання притулку, толерування (Duldung), возз’єднання сім’ї та дозволу на проживання. Лише за записом.',
        description: `Ви отримали лист від Федерального відомства у справах міграції та біженців (BAMF) або від відомства у справах іноземців (Ausländerbehörde) і не розумієте його? Хочете дізнатися, чи може ваша сім’я приїхати до вас? На **юридичній консультації (Rechtsberatung)** ви отримаєте першу оцінку своєї ситуації.

Важливо: для багатьох рішень діють короткі строки, часто лише 1 або 2 тижні. Тому приходьте швидко й беріть із собою всі листи.

- **Час:** щосереди з 16:00 до 19:00, лише за записом
- **Мови:** німецька та англійська; перекладачі для арабської, перської та пушту
- **Вартість:** безкоштовно

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'infoabende-gesundheit-sozialsystem',
    category: 'counselling',
    targetGroups: ['newcomers', 'everyone'],
    staffLanguages: ['de', 'ar', 'fa', 'tr', 'ku', 'uk'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: false,
    validFrom: '2027-01-14',
    validUntil: '2027-06-10',
    lastVerified: '2026-11-08',
    links: [{ url: 'https://bruecke.example.org/infoabende', label: linkLabels.moreInfo }],
    provider: 'musterverein-bruecke',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['bruecke-vereinsbuero'],
    texts: {
      de: {
        title: 'Wie funktioniert das hier? Infoabende zu Gesundheit, Krankmeldung und Steuern',
        summary:
          'Einmal im Monat erklären Fachleute das deutsche Sozial- und Gesundheitssystem in einfachen Worten – mit Übersetzung. Januar bis Juni 2027.',
        description: `Viele Fragen kommen erst im Alltag: Wie bekomme ich einen Termin bei einer Fachärztin oder einem Facharzt? Was mache ich, wenn ich krank bin und arbeite? Brauche ich eine Steuererklärung? Welche Versicherungen sind wichtig?

An jedem Abend kommt eine Fachperson, zum Beispiel von einer Krankenkasse oder einer Steuerberatung. Sie erklärt alles in einfachen Worten. Danach ist Zeit für Ihre Fragen. Der Verein übersetzt in mehrere Sprachen.

- **Themen:** Arztbesuch und Krankenversicherung (Januar), Krankmeldung im Job (Februar), Steuererklärung (März), Versicherungen (April), Rente (Mai), Verträge und Schulden (Juni)
- **Zeit:** jeweils am zweiten Donnerstag im Monat, 18:00 bis 20:00 Uhr
- **Ort:** VHS-Lernort in der Kernstadt

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'How does it work here? Information evenings on health, sick notes and taxes',
        summary:
          'Once a month, experts explain the German social and health system in plain words – with interpreting. January to June 2027.',
        description: `Many questions only come up in everyday life: How do I get an appointment with a specialist doctor? What do I do if I am ill and have a job? Do I need to file a tax return? Which insurance policies are important?

Each evening an expert comes, for example from a health insurance fund or a tax advice office, and explains everything in plain words. Afterwards there is time for your questions. The association interprets into several languages.

- **Topics:** doctor's visits and health insurance (January), calling in sick at work (February), tax returns (March), insurance (April), pensions (May), contracts and debts (June)
- **Time:** on the second Thursday of each month, 18:00 to 20:00
- **Place:** VHS learning centre in the Kernstadt (town centre)

(Sample offer for the demo)`,
      },
      ar: {
        title: 'كيف تسير الأمور هنا؟ أمسيات إعلامية حول الصحة والإجازة المرضية والضرائب',
        summary:
          'مرة كل شهر يشرح مختصون نظام الرعاية الاجتماعية والصحية في ألمانيا بكلمات بسيطة، مع الترجمة. من يناير إلى يونيو 2027.',
        description: `كثير من الأسئلة لا تظهر إلا في الحياة اليومية: كيف أحصل على موعد لدى طبيب مختص؟ ماذا أفعل إذا مرضت وأنا أعمل؟ هل أحتاج إلى تقديم إقرار ضريبي؟ ما أنواع التأمين المهمة؟

في كل أمسية يحضر مختص، مثلًا من شركة تأمين صحي أو من مكتب استشارات ضريبية، ويشرح كل شيء بكلمات بسيطة. بعد ذلك يكون هناك وقت لأسئلتك. وتترجم الجمعية إلى عدة لغات.

- **المواضيع:** زيارة الطبيب والتأمين الصحي (يناير)، والإجازة المرضية في العمل (فبراير)، والإقرار الضريبي (مارس)، والتأمينات (أبريل)، والتقاعد (مايو)، والعقود والديون (يونيو)
- **الموعد:** الخميس الثاني من كل شهر، من الساعة 18:00 إلى 20:00
- **المكان:** مركز التعلم التابع لـ VHS في وسط المدينة

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Як тут усе влаштовано? Інформаційні вечори про здоров’я, лікарняний і податки',
        summary:
          'Раз на місяць фахівці простими словами пояснюють німецьку систему соціального захисту та охорони здоров’я — з перекладом. З січня до червня 2027 року.',
        description: `Багато запитань з’являються лише в повсякденному житті: як записатися до лікаря-спеціаліста? Що робити, якщо я захворів, а маю роботу? Чи потрібно мені подавати податкову декларацію? Які страховки важливі?

Щовечора приходить фахівець, наприклад з лікарняної каси чи податкової консультації, і простими словами все пояснює. Потім є час для ваших запитань. Об’єднання перекладає кількома мовами.

- **Теми:** візит до лікаря й медичне страхування (січень), лікарняний на роботі (лютий), податкова декларація (березень), страхування (квітень), пенсія (травень), договори й борги (червень)
- **Час:** щомісяця в другий четвер, з 18:00 до 20:00
- **Місце:** навчальний центр VHS у центрі міста

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title:
          'Burada işler nasıl yürüyor? Sağlık, hastalık raporu ve vergi üzerine bilgi akşamları',
        summary:
          "Ayda bir kez uzmanlar Almanya'daki sosyal ve sağlık sistemini basit bir dille, tercümeyle anlatıyor. Ocak–Haziran 2027.",
        description: `Birçok soru ancak günlük hayatta ortaya çıkar: Uzman doktordan nasıl randevu alırım? Çalışıyorsam ve hastalanırsam ne yapmalıyım? Vergi beyannamesi vermem gerekiyor mu? Hangi sigortalar önemli?

Her akşam bir uzman, örneğin bir sağlık sigortasından veya bir vergi danışmanlık bürosundan gelir ve her şeyi basit bir dille anlatır. Ardından sorularınız için zaman vardır. Dernek birçok dile tercüme yapar.

- **Konular:** Doktora gitmek ve sağlık sigortası (ocak), işte hastalık raporu (şubat), vergi beyannamesi (mart), sigortalar (nisan), emeklilik (mayıs), sözleşmeler ve borçlar (haziran)
- **Zaman:** Her ayın ikinci perşembesi, 18.00–20.00
- **Yer:** Şehir merkezindeki VHS eğitim yeri

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Как здесь всё устроено? Информационные вечера о здоровье, больничном и налогах',
        summary:
          'Раз в месяц специалисты простыми словами объясняют немецкую систему социальной защиты и здравоохранения — с переводом. С января по июнь 2027 года.',
        description: `Многие вопросы возникают только в повседневной жизни: как записаться к врачу-специалисту? Что делать, если я заболел, а у меня есть работа? Нужно ли мне подавать налоговую декларацию? Какие страховки важны?

Каждый вечер приходит специалист, например из больничной кассы или налоговой консультации, и простыми словами всё объясняет. Потом есть время для ваших вопросов. Объединение переводит на несколько языков.

- **Темы:** визит к врачу и медицинская страховка (январь), больничный на работе (февраль), налоговая декларация (март), страхование (апрель), пенсия (май), договоры и долги (июнь)
- **Время:** каждый второй четверг месяца, с 18:00 до 20:00
- **Место:** учебный центр VHS в центре города

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'sprechstunde-ukraine-rathaus',
    category: 'counselling',
    targetGroups: ['refugees', 'newcomers', 'families'],
    staffLanguages: ['de', 'uk', 'ru', 'en'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'wed', opens: '09:00', closes: '12:00' },
        { day: 'thu', opens: '14:00', closes: '17:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-24',
    links: [{ url: 'https://lehrte.example.org/ukraine', label: linkLabels.moreInfo }],
    provider: 'stadt-lehrte-stabsstelle',
    locations: ['rathaus-kernstadt'],
    contacts: ['stabsstelle-migration'],
    texts: {
      de: {
        title: 'Sprechstunde für Geflüchtete aus der Ukraine',
        summary:
          'Fragen zu Aufenthalt, Jobcenter, Schule, Kita und Wohnung? Die Stadt Lehrte berät auf Ukrainisch und Russisch. Ohne Termin, im Rathaus.',
        description: `Seit 2022 sind viele Menschen aus der Ukraine nach Lehrte gekommen. In dieser **Sprechstunde** bekommen Sie Antworten auf Fragen zum Alltag: Aufenthaltserlaubnis, Leistungen vom Jobcenter oder Sozialamt, Anmeldung in Schule oder Kita, Wohnungssuche.

Die Beratung ist auf Ukrainisch, Russisch, Deutsch und Englisch. Wenn wir etwas nicht selbst klären können, sagen wir Ihnen, wer zuständig ist, und helfen beim ersten Kontakt.

- **Zeit:** Mittwoch 9:00 bis 12:00 Uhr, Donnerstag 14:00 bis 17:00 Uhr
- **Ort:** Rathaus, Stabsstelle Migration und Teilhabe
- **Termin:** nicht nötig

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Consultation hours for refugees from Ukraine',
        summary:
          'Questions about residence, the Jobcenter, school, Kita or housing? The City of Lehrte gives advice in Ukrainian and Russian. No appointment needed, at the town hall.',
        description: `Since 2022, many people from Ukraine have come to Lehrte. During these **consultation hours** you get answers to everyday questions: residence permits, benefits from the Jobcenter or the social welfare office, registering at a school or Kita, finding a flat.

Advice is given in Ukrainian, Russian, German and English. If we cannot solve something ourselves, we tell you who is responsible and help you make the first contact.

- **Time:** Wednesday 9:00 to 12:00, Thursday 14:00 to 17:00
- **Place:** town hall, Stabsstelle Migration und Teilhabe
- **Appointment:** not needed

(Sample offer for the demo)`,
      },
      ar: {
        title: 'ساعات استشارة للاجئين من أوكرانيا',
        summary:
          'لديك أسئلة حول الإقامة أو مركز العمل أو المدرسة أو روضة الأطفال أو السكن؟ تقدّم مدينة ليرته الاستشارة بالأوكرانية والروسية، دون موعد، في مبنى البلدية.',
        description: `منذ عام 2022 جاء كثير من الناس من أوكرانيا إلى ليرته. في **ساعات الاستشارة** هذه تحصل على إجابات عن أسئلة الحياة اليومية: تصريح الإقامة، والإعانات من مركز العمل (Jobcenter) أو من مكتب الشؤون الاجتماعية، والتسجيل في المدرسة أو الروضة، والبحث عن مسكن.

تُقدَّم الاستشارة بالأوكرانية والروسية والألمانية والإنجليزية. وإذا لم نستطع حل أمر ما بأنفسنا، نخبرك بالجهة المختصة ونساعدك في التواصل معها أول مرة.

- **الموعد:** الأربعاء من الساعة 9:00 إلى 12:00، والخميس من الساعة 14:00 إلى 17:00
- **المكان:** مبنى البلدية، وحدة الهجرة والمشاركة
- **الموعد المسبق:** غير ضروري

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Години прийому для біженців з України',
        summary:
          'Маєте питання про перебування, Jobcenter, школу, дитячий садок чи житло? Місто Лерте консультує українською та російською. Без запису, у ратуші.',
        description: `Від 2022 року до Лерте приїхало багато людей з України. Під час цих **годин прийому** ви отримаєте відповіді на повсякденні питання: дозвіл на проживання, виплати від Jobcenter або соціальної служби, запис до школи чи дитячого садка, пошук житла.

Консультації проводяться українською, російською, німецькою та англійською мовами. Якщо ми не можемо щось вирішити самі, то підкажемо, хто за це відповідає, і допоможемо з першим зверненням.

- **Час:** середа з 9:00 до 12:00, четвер з 14:00 до 17:00
- **Місце:** ратуша, відділ з питань міграції та участі
- **Запис:** не потрібен

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Приёмные часы для беженцев из Украины',
        summary:
          'Есть вопросы о пребывании, Jobcenter, школе, детском саде или жилье? Город Лерте консультирует на украинском и русском языках. Без записи, в ратуше.',
        description: `С 2022 года в Лерте приехало много людей из Украины. В эти **приёмные часы** вы получите ответы на повседневные вопросы: вид на жительство, выплаты от Jobcenter или социальной службы, запись в школу или детский сад, поиск жилья.

Консультации проводятся на украинском, русском, немецком и английском языках. Если мы не можем решить вопрос сами, то подскажем, кто за него отвечает, и поможем с первым обращением.

- **Время:** среда с 9:00 до 12:00, четверг с 14:00 до 17:00
- **Место:** ратуша, отдел по вопросам миграции и участия
- **Запись:** не нужна

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'formularhilfe-lehrte-hilft-arpke',
    category: 'counselling',
    targetGroups: ['everyone', 'seniors', 'refugees'],
    staffLanguages: ['de', 'en', 'ar', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'fri', opens: '10:00', closes: '12:00' }],
      exceptions: [
        { date: '2026-12-25', closed: true },
        { date: '2027-01-01', closed: true },
      ],
    },
    lastVerified: '2026-11-20',
    links: [{ url: 'https://lehrte-hilft.example.org/formularhilfe', label: linkLabels.moreInfo }],
    provider: 'lehrte-hilft',
    locations: ['treffpunkt-arpke'],
    contacts: ['lehrte-hilft-koordination'],
    texts: {
      de: {
        title: 'Hilfe bei Formularen und Briefen – Lehrte Hilft! in Arpke',
        summary:
          'Ehrenamtliche helfen beim Lesen von Briefen und beim Ausfüllen von Formularen, zum Beispiel für Kindergeld, Wohngeld oder die Krankenkasse. Freitags, ohne Termin.',
        description: `Ein Brief vom Amt, ein langes Formular, eine E-Mail von der Schule – das ist oft schwer zu verstehen. Ehrenamtliche von **Lehrte Hilft!** lesen mit Ihnen und erklären, was drinsteht und was Sie tun müssen.

Wir helfen beim Ausfüllen, zum Beispiel von Anträgen auf Kindergeld oder Wohngeld oder von Formularen der Krankenkasse. Rechtsberatung machen wir nicht. Bei rechtlichen Fragen sagen wir Ihnen, wohin Sie gehen können.

- **Zeit:** jeden Freitag, 10:00 bis 12:00 Uhr
- **Ort:** Dorftreff Arpke
- **Mitbringen:** alle Briefe und Unterlagen, um die es geht

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Help with forms and letters – Lehrte Hilft! in Arpke',
        summary:
          'Volunteers help you read letters and fill in forms, for example for child benefit, housing benefit or your health insurance. Fridays, no appointment needed.',
        description: `A letter from an authority, a long form, an e-mail from school – these are often hard to understand. Volunteers from **Lehrte Hilft!** read them with you and explain what they say and what you need to do.

We help you fill in forms, for example applications for child benefit (Kindergeld) or housing benefit (Wohngeld), or forms from your health insurance fund. We do not give legal advice. If you have legal questions, we tell you where to go.

- **Time:** every Friday, 10:00 to 12:00
- **Place:** Dorftreff Arpke (village meeting place)
- **Bring:** all letters and documents concerned

(Sample offer for the demo)`,
      },
      ar: {
        title: 'المساعدة في الاستمارات والرسائل – Lehrte Hilft! في آربكه',
        summary:
          'يساعدك متطوعون في قراءة الرسائل وملء الاستمارات، مثل استمارات إعانة الأطفال أو بدل السكن أو التأمين الصحي. أيام الجمعة، دون موعد.',
        description: `رسالة من دائرة رسمية، أو استمارة طويلة، أو بريد إلكتروني من المدرسة: كثيرًا ما يكون فهمها صعبًا. يقرأ متطوعو **Lehrte Hilft!** هذه الأوراق معك، ويشرحون ما فيها وما عليك فعله.

نساعدك في ملء الاستمارات، مثل طلبات إعانة الأطفال (Kindergeld) أو بدل السكن (Wohngeld) أو استمارات التأمين الصحي. لكننا لا نقدّم استشارات قانونية، وإذا كانت لديك أسئلة قانونية نخبرك إلى أين تتوجّه.

- **الموعد:** كل يوم جمعة، من الساعة 10:00 إلى 12:00
- **المكان:** ملتقى قرية آربكه (Dorftreff Arpke)
- **أحضِر معك:** كل الرسائل والأوراق المتعلقة بالموضوع

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Допомога з формулярами та листами — Lehrte Hilft! в Арпке',
        summary:
          'Волонтери допомагають прочитати листи й заповнити формуляри, наприклад для отримання допомоги на дітей, житлової допомоги чи для лікарняної каси. Щоп’ятниці, без запису.',
        description: `Лист від установи, довгий формуляр, електронний лист зі школи — усе це часто важко зрозуміти. Волонтери **Lehrte Hilft!** прочитають його разом з вами й пояснять, що там написано і що вам потрібно зробити.

Ми допомагаємо заповнювати документи, наприклад заяви на допомогу на дітей (Kindergeld) чи житлову допомогу (Wohngeld) або формуляри лікарняної каси. Юридичних консультацій ми не надаємо. Якщо у вас юридичні питання, підкажемо, куди звернутися.

- **Час:** щоп’ятниці, з 10:00 до 12:00
- **Місце:** сільський клуб Dorftreff Arpke
- **Візьміть із собою:** усі листи й документи, яких стосується питання

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
];
