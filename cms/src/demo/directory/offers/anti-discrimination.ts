import type { OfferDemo } from '../types';
import { linkLabels } from './common';

/**
 * Demo offers of the category `anti-discrimination`: the contact point the workshops
 * asked for, the online report form (announced, not yet live), a workshop series and an
 * empowerment group run by a migrant organisation.
 */
export const antiDiscriminationOffers: OfferDemo[] = [
  {
    slug: 'anlaufstelle-diskriminierung-lehrte',
    category: 'anti-discrimination',
    targetGroups: ['everyone'],
    staffLanguages: ['de', 'en', 'tr', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'wed', opens: '10:00', closes: '13:00' },
        { day: 'thu', opens: '15:00', closes: '18:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-24',
    links: [{ url: 'https://lehrte.example.org/antidiskriminierung', label: linkLabels.moreInfo }],
    provider: 'stadt-lehrte-stabsstelle',
    locations: ['rathaus-kernstadt'],
    contacts: ['anlaufstelle-diskriminierung'],
    texts: {
      de: {
        title: 'Anlaufstelle bei Diskriminierung: zuhören, beraten, melden',
        summary:
          'Sie wurden wegen Ihrer Herkunft, Hautfarbe, Religion, Sprache oder aus einem anderen Grund benachteiligt? Hier hört man Ihnen zu, berät Sie und nimmt Ihre Meldung auf – auf Wunsch anonym.',
        description: `Diskriminierung passiert an vielen Orten: im Amt, bei der Wohnungssuche, bei der Arbeit, in der Schule, im Bus. Die **Anlaufstelle** ist für alle da, die so etwas erlebt oder beobachtet haben.

Wir hören Ihnen zu und nehmen Sie ernst. Gemeinsam überlegen wir, was Sie tun können: eine Beschwerde schreiben, ein Gespräch vermitteln oder Hilfe bei einer spezialisierten Beratungsstelle finden. Nichts passiert ohne Ihre Zustimmung.

- **Sprechzeiten:** Mittwoch 10:00 bis 13:00 Uhr, Donnerstag 15:00 bis 18:00 Uhr, auch ohne Termin
- **Anonym:** Sie müssen Ihren Namen nicht sagen.
- **Sprachen:** Deutsch, Englisch, Türkisch, Arabisch, Persisch; für andere Sprachen mit Dolmetschenden

Alle Meldungen werden ohne Namen gezählt. So sieht die Stadt, wo es Probleme gibt, und kann etwas ändern.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Contact point for discrimination: we listen, advise and record reports',
        summary:
          'Were you treated unfairly because of your origin, skin colour, religion, language or for another reason? Here people listen to you, advise you and record your report – anonymously if you wish.',
        description: `Discrimination happens in many places: at public offices, when looking for a flat, at work, at school, on the bus. The **Anlaufstelle** (contact point) is there for everyone who has experienced or witnessed something like this.

We listen to you and take you seriously. Together we think about what you can do: write a complaint, arrange a conversation or find help at a specialised advice centre. Nothing happens without your consent.

- **Office hours:** Wednesday 10:00 to 13:00, Thursday 15:00 to 18:00, no appointment needed
- **Anonymous:** you do not have to give your name.
- **Languages:** German, English, Turkish, Arabic, Persian; interpreters for other languages

All reports are counted without names. This way the city sees where problems exist and can change things.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'نقطة الاتصال في حالات التمييز: نستمع ونقدّم الاستشارة ونسجّل البلاغات',
        summary:
          'هل عوملت بشكل غير عادل بسبب أصلك أو لون بشرتك أو دينك أو لغتك أو لسبب آخر؟ هنا يُستمع إليك، وتحصل على استشارة، ويُسجَّل بلاغك، دون ذكر اسمك إن أردت.',
        description: `يحدث التمييز في أماكن كثيرة: في الدوائر الرسمية، وعند البحث عن مسكن، وفي العمل، وفي المدرسة، وفي الحافلة. و**نقطة الاتصال (Anlaufstelle)** موجودة لكل من تعرّض لشيء كهذا أو شاهده.

نستمع إليك ونأخذ كلامك بجدية. ونفكّر معًا في ما يمكنك فعله: كتابة شكوى، أو ترتيب لقاء للحوار، أو إيجاد مساعدة لدى مركز استشارات متخصص. ولا يحدث أي شيء دون موافقتك.

- **ساعات الاستقبال:** الأربعاء من الساعة 10:00 إلى 13:00، والخميس من الساعة 15:00 إلى 18:00، دون موعد أيضًا
- **دون ذكر الاسم:** لا يلزمك أن تذكر اسمك.
- **اللغات:** الألمانية والإنجليزية والتركية والعربية والفارسية، ومع مترجمين للغات الأخرى

تُحصى جميع البلاغات دون أسماء. وبهذا ترى المدينة أين توجد المشكلات وتستطيع أن تغيّر شيئًا.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مرکز رسیدگی به تبعیض: گوش می‌دهیم، مشاوره می‌دهیم، گزارش را ثبت می‌کنیم',
        summary:
          'به خاطر کشوری که از آن آمده‌اید، رنگ پوست، دین، زبان یا دلیل دیگری با شما ناعادلانه رفتار شده است؟ اینجا به حرفتان گوش می‌دهند، مشاوره می‌دهند و گزارشتان را ثبت می‌کنند؛ اگر بخواهید بی‌نام.',
        description: `تبعیض در جاهای زیادی رخ می‌دهد: در اداره، هنگام خانه‌یابی، در محل کار، در مدرسه، در اتوبوس. **مرکز رسیدگی (Anlaufstelle)** برای همه کسانی است که چنین چیزی را تجربه کرده یا دیده‌اند.

ما به حرف شما گوش می‌دهیم و آن را جدی می‌گیریم. با هم فکر می‌کنیم چه کاری می‌توانید بکنید: نوشتن شکایت، ترتیب دادن یک گفت‌وگو یا پیدا کردن کمک در یک مرکز مشاوره تخصصی. هیچ کاری بدون رضایت شما انجام نمی‌شود.

- **ساعت‌های مراجعه:** چهارشنبه ۱۰:۰۰ تا ۱۳:۰۰، پنجشنبه ۱۵:۰۰ تا ۱۸:۰۰، بدون نوبت هم ممکن است
- **بی‌نام:** لازم نیست نامتان را بگویید.
- **زبان‌ها:** آلمانی، انگلیسی، ترکی، عربی، فارسی؛ برای زبان‌های دیگر با مترجم

همه گزارش‌ها بدون نام شمارش می‌شوند. به این ترتیب شهر می‌بیند کجا مشکل وجود دارد و می‌تواند چیزی را تغییر دهد.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title:
          'Контактний пункт з питань дискримінації: вислухаємо, порадимо, приймемо повідомлення',
        summary:
          'З вами повелися несправедливо через походження, колір шкіри, релігію, мову чи з іншої причини? Тут вас вислухають, проконсультують і приймуть ваше повідомлення — за бажання анонімно.',
        description: `Дискримінація трапляється в багатьох місцях: в установах, під час пошуку житла, на роботі, у школі, в автобусі. **Контактний пункт (Anlaufstelle)** відкритий для всіх, хто пережив або бачив щось подібне.

Ми вислухаємо вас і поставимося до цього серйозно. Разом подумаємо, що можна зробити: написати скаргу, організувати розмову або знайти допомогу в спеціалізованому консультаційному центрі. Без вашої згоди нічого не відбувається.

- **Години прийому:** середа з 10:00 до 13:00, четвер з 15:00 до 18:00, також без запису
- **Анонімно:** називати своє ім’я не обов’язково.
- **Мови:** німецька, англійська, турецька, арабська, перська; для інших мов — з перекладачами

Усі повідомлення враховуються без імен. Так місто бачить, де є проблеми, і може щось змінити.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title:
          'Ayrımcılık başvuru noktası: dinliyoruz, danışmanlık yapıyoruz, bildirimleri kaydediyoruz',
        summary:
          'Kökeniniz, ten renginiz, dininiz, diliniz veya başka bir nedenle haksızlığa mı uğradınız? Burada sizi dinliyor, size danışmanlık yapıyor ve bildiriminizi kaydediyoruz; isterseniz isimsiz olarak.',
        description: `Ayrımcılık birçok yerde yaşanır: resmî dairelerde, ev ararken, işte, okulda, otobüste. **Başvuru noktası (Anlaufstelle)**, böyle bir şey yaşamış veya tanık olmuş herkes içindir.

Sizi dinliyor ve ciddiye alıyoruz. Neler yapabileceğinizi birlikte düşünüyoruz: bir şikâyet yazmak, bir görüşme ayarlamak ya da uzman bir danışma merkezinde destek bulmak. Sizin onayınız olmadan hiçbir şey yapılmaz.

- **Görüşme saatleri:** Çarşamba 10.00–13.00, perşembe 15.00–18.00, randevusuz da gelebilirsiniz
- **İsimsiz:** Adınızı söylemek zorunda değilsiniz.
- **Diller:** Almanca, İngilizce, Türkçe, Arapça, Farsça; diğer diller için tercümanla

Tüm bildirimler isim olmadan sayılır. Böylece belediye nerede sorun olduğunu görür ve bir şeyleri değiştirebilir.

(Demo için örnek hizmet)`,
      },
      ru: {
        title:
          'Контактный пункт по вопросам дискриминации: выслушаем, проконсультируем, примем сообщение',
        summary:
          'С вами обошлись несправедливо из-за происхождения, цвета кожи, религии, языка или по другой причине? Здесь вас выслушают, проконсультируют и примут ваше сообщение — по желанию анонимно.',
        description: `Дискриминация встречается во многих местах: в ведомствах, при поиске жилья, на работе, в школе, в автобусе. **Контактный пункт (Anlaufstelle)** открыт для всех, кто пережил или видел что-то подобное.

Мы выслушаем вас и отнесёмся к этому серьёзно. Вместе подумаем, что можно сделать: написать жалобу, организовать разговор или найти помощь в специализированной консультационной службе. Без вашего согласия ничего не происходит.

- **Приёмные часы:** среда с 10:00 до 13:00, четверг с 15:00 до 18:00, также без записи
- **Анонимно:** называть своё имя не обязательно.
- **Языки:** немецкий, английский, турецкий, арабский, персидский; для других языков — с переводчиками

Все сообщения учитываются без имён. Так город видит, где есть проблемы, и может что-то изменить.

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'diskriminierung-online-melden',
    category: 'anti-discrimination',
    targetGroups: ['everyone'],
    staffLanguages: ['de', 'en', 'tr', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: false, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    validFrom: '2027-03-01',
    lastVerified: '2026-11-24',
    links: [
      {
        url: 'https://lehrte.example.org/antidiskriminierung/meldeformular',
        label: {
          de: 'Zum Meldeformular (ab 1. März 2027)',
          en: 'Go to the report form (from 1 March 2027)',
          ar: 'إلى استمارة البلاغ (ابتداءً من 1 مارس 2027)',
          fa: 'رفتن به فرم گزارش (از ۱ مارس ۲۰۲۷)',
          uk: 'До форми повідомлення (з 1 березня 2027 року)',
          tr: "Bildirim formuna git (1 Mart 2027'den itibaren)",
          ru: 'К форме сообщения (с 1 марта 2027 года)',
        },
      },
    ],
    provider: 'stadt-lehrte-stabsstelle',
    locations: [],
    contacts: ['anlaufstelle-diskriminierung'],
    texts: {
      de: {
        title: 'Diskriminierung online melden – anonym und in Ihrer Sprache (ab März 2027)',
        summary:
          'Ab 1. März 2027 können Sie Diskriminierung auch online melden, ohne Namen und in sieben Sprachen. Sie bekommen einen Code und können damit später nachfragen, was aus Ihrer Meldung geworden ist.',
        description: `Bald gibt es ein **Online-Formular**, mit dem Sie Diskriminierung melden können – zu jeder Zeit, vom Handy oder vom Computer. Das Formular gibt es auf Deutsch, Englisch, Arabisch, Persisch, Ukrainisch, Türkisch und Russisch.

Sie müssen keinen Namen, keine E-Mail-Adresse und keine Telefonnummer angeben. Nach dem Absenden bekommen Sie einen Code. Mit diesem Code können Sie später lesen, was die Anlaufstelle mit Ihrer Meldung gemacht hat, und Rückfragen beantworten.

- **Start:** 1. März 2027
- **Was mit Ihrer Meldung passiert:** Die Anlaufstelle liest sie, zählt sie ohne Namen für ihren Jahresbericht und antwortet Ihnen über den Code.
- **Löschung:** Im Formular steht genau, wann Ihre Meldung gelöscht wird.

Bis dahin erreichen Sie die Anlaufstelle persönlich, per Telefon oder per E-Mail.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Report discrimination online – anonymously and in your language (from March 2027)',
        summary:
          'From 1 March 2027 you can also report discrimination online, without giving your name and in seven languages. You receive a code to check later what has happened with your report.',
        description: `Soon there will be an **online form** for reporting discrimination – at any time, from your phone or computer. The form will be available in German, English, Arabic, Persian, Ukrainian, Turkish and Russian.

You do not have to give your name, e-mail address or phone number. After sending the form you receive a code. With this code you can later read what the contact point has done with your report and answer follow-up questions.

- **Start:** 1 March 2027
- **What happens to your report:** the contact point reads it, counts it without names for its annual report and replies to you via the code.
- **Deletion:** the form states exactly when your report will be deleted.

Until then you can reach the contact point in person, by phone or by e-mail.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'الإبلاغ عن التمييز عبر الإنترنت – دون ذكر الاسم وبلغتك (ابتداءً من مارس 2027)',
        summary:
          'ابتداءً من 1 مارس 2027 يمكنك الإبلاغ عن التمييز عبر الإنترنت أيضًا، دون ذكر اسمك وبسبع لغات. وستحصل على رمز تستطيع به لاحقًا أن تعرف ما الذي حدث لبلاغك.',
        description: `قريبًا ستتوفر **استمارة إلكترونية** للإبلاغ عن التمييز في أي وقت، من الهاتف المحمول أو من الكمبيوتر. وستكون الاستمارة متاحة بالألمانية والإنجليزية والعربية والفارسية والأوكرانية والتركية والروسية.

لا يلزمك ذكر اسمك ولا بريدك الإلكتروني ولا رقم هاتفك. وبعد إرسال الاستمارة تحصل على رمز، تستطيع به لاحقًا أن تقرأ ما قامت به نقطة الاتصال بشأن بلاغك، وأن تجيب عن أسئلتها.

- **البدء:** 1 مارس 2027
- **ما يحدث لبلاغك:** تقرؤه نقطة الاتصال، وتحصيه دون أسماء في تقريرها السنوي، وترد عليك عبر الرمز.
- **الحذف:** تذكر الاستمارة بدقة متى سيُحذف بلاغك.

وحتى ذلك الحين يمكنك التواصل مع نقطة الاتصال شخصيًا أو بالهاتف أو بالبريد الإلكتروني.

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Повідомити про дискримінацію онлайн — анонімно й вашою мовою (з березня 2027 року)',
        summary:
          'З 1 березня 2027 року про дискримінацію можна буде повідомити й онлайн — без імені та сімома мовами. Ви отримаєте код і згодом зможете дізнатися, що сталося з вашим повідомленням.',
        description: `Незабаром з’явиться **онлайн-форма**, через яку можна повідомити про дискримінацію — будь-коли, з телефона чи комп’ютера. Форма буде доступна німецькою, англійською, арабською, перською, українською, турецькою та російською.

Ім’я, електронну адресу чи номер телефону вказувати не потрібно. Після надсилання ви отримаєте код. З цим кодом ви згодом зможете прочитати, що контактний пункт зробив із вашим повідомленням, і відповісти на уточнювальні запитання.

- **Початок:** 1 березня 2027 року
- **Що відбувається з повідомленням:** контактний пункт читає його, враховує без імен у щорічному звіті й відповідає вам через код.
- **Видалення:** у формі точно вказано, коли ваше повідомлення буде видалено.

До того часу звертайтеся до контактного пункту особисто, телефоном або електронною поштою.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title:
          "Ayrımcılığı internetten bildirin – isimsiz ve kendi dilinizde (Mart 2027'den itibaren)",
        summary:
          "1 Mart 2027'den itibaren ayrımcılığı internetten de, adınızı vermeden ve yedi dilde bildirebileceksiniz. Size bir kod verilir; bu kodla daha sonra bildiriminize ne olduğunu öğrenebilirsiniz.",
        description: `Yakında ayrımcılığı bildirebileceğiniz bir **internet formu** olacak: istediğiniz zaman, telefondan veya bilgisayardan. Form Almanca, İngilizce, Arapça, Farsça, Ukraynaca, Türkçe ve Rusça olarak sunulacak.

Adınızı, e-posta adresinizi veya telefon numaranızı vermeniz gerekmez. Formu gönderdikten sonra bir kod alırsınız. Bu kodla daha sonra başvuru noktasının bildiriminizle ilgili ne yaptığını okuyabilir ve ek soruları yanıtlayabilirsiniz.

- **Başlangıç:** 1 Mart 2027
- **Bildiriminize ne olur:** Başvuru noktası bildirimi okur, yıllık raporu için isimsiz olarak sayar ve size kod üzerinden yanıt verir.
- **Silme:** Bildiriminizin ne zaman silineceği formda açıkça yazılıdır.

O zamana kadar başvuru noktasına şahsen, telefonla veya e-postayla ulaşabilirsiniz.

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Сообщить о дискриминации онлайн — анонимно и на вашем языке (с марта 2027 года)',
        summary:
          'С 1 марта 2027 года о дискриминации можно будет сообщить и онлайн — без имени и на семи языках. Вы получите код и позже сможете узнать, что стало с вашим сообщением.',
        description: `Скоро появится **онлайн-форма**, через которую можно сообщить о дискриминации — в любое время, с телефона или компьютера. Форма будет доступна на немецком, английском, арабском, персидском, украинском, турецком и русском языках.

Указывать имя, адрес электронной почты или номер телефона не нужно. После отправки вы получите код. С этим кодом вы позже сможете прочитать, что контактный пункт сделал с вашим сообщением, и ответить на уточняющие вопросы.

- **Начало:** 1 марта 2027 года
- **Что происходит с сообщением:** контактный пункт читает его, учитывает без имён в ежегодном отчёте и отвечает вам через код.
- **Удаление:** в форме точно указано, когда ваше сообщение будет удалено.

До этого времени обращайтесь в контактный пункт лично, по телефону или по электронной почте.

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'workshopreihe-gemeinsam-gegen-rassismus',
    category: 'anti-discrimination',
    targetGroups: ['everyone'],
    staffLanguages: ['de', 'en', 'tr', 'ar'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: true,
    validFrom: '2027-01-20',
    validUntil: '2027-05-19',
    lastVerified: '2026-11-15',
    links: [{ url: 'https://lehrte.example.org/hinsehen-und-handeln', label: linkLabels.moreInfo }],
    provider: 'stadt-lehrte-stabsstelle',
    locations: ['rathaus-kernstadt', 'gemeindesaal-sievershausen', 'familienzentrum-ahlten'],
    contacts: ['anlaufstelle-diskriminierung'],
    texts: {
      de: {
        title: 'Workshopreihe „Hinsehen und handeln“ – gemeinsam gegen Rassismus',
        summary:
          'Fünf Abende für alle, die Rassismus erkennen und etwas dagegen tun wollen: im Verein, im Betrieb, in der Nachbarschaft. Januar bis Mai 2027, an verschiedenen Orten in Lehrte.',
        description: `Im Beteiligungsprozess zum Integrationskonzept haben viele Menschen erzählt, dass sie Rassismus im Alltag erleben. Die **Workshopreihe** soll helfen, genauer hinzusehen und im richtigen Moment zu handeln.

Erfahrene Trainerinnen und Trainer leiten die Abende, darunter Menschen mit eigener Rassismuserfahrung. Es gibt kurze Inputs, Übungen und viel Zeit für Austausch.

- **Termine:** 20. Januar (Rathaus), 17. Februar (Sievershausen), 17. März (Ahlten), 21. April (Rathaus) und 19. Mai 2027 (Rathaus), jeweils 18:00 bis 21:00 Uhr
- **Für wen:** alle, zum Beispiel Ehrenamtliche, Vereine, Beschäftigte in Betrieben und in der Verwaltung
- **Anmeldung:** bitte bis eine Woche vorher; Sie können auch einzelne Abende besuchen

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Workshop series "Look and act" – together against racism',
        summary:
          'Five evenings for everyone who wants to recognise racism and do something about it: in clubs, at work, in the neighbourhood. January to May 2027, at different places in Lehrte.',
        description: `During the participation process for the integration concept, many people said that they experience racism in everyday life. The **workshop series** aims to help you look more closely and act at the right moment.

Experienced trainers lead the evenings, including people with their own experience of racism. There are short talks, exercises and plenty of time for discussion.

- **Dates:** 20 January (town hall), 17 February (Sievershausen), 17 March (Ahlten), 21 April (town hall) and 19 May 2027 (town hall), each from 18:00 to 21:00
- **For whom:** everyone, for example volunteers, clubs, people working in companies and in public administration
- **Registration:** please register one week in advance; you can also attend single evenings

(Sample offer for the demo)`,
      },
      ar: {
        title: 'سلسلة ورش «انتبه وتصرّف» – معًا ضد العنصرية',
        summary:
          'خمس أمسيات لكل من يريد أن يتعرّف على العنصرية ويفعل شيئًا ضدها: في الجمعيات وفي العمل وفي الحي. من يناير إلى مايو 2027، في أماكن مختلفة في ليرته.',
        description: `خلال عملية المشاركة في إعداد خطة الاندماج، روى كثير من الناس أنهم يواجهون العنصرية في حياتهم اليومية. وتهدف **سلسلة الورش** هذه إلى مساعدتك على الانتباه أكثر والتصرّف في اللحظة المناسبة.

يقود الأمسيات مدربون ومدربات ذوو خبرة، بينهم أشخاص عاشوا العنصرية بأنفسهم. وتتضمن الأمسيات مداخلات قصيرة وتمارين ووقتًا كافيًا لتبادل الآراء.

- **المواعيد:** 20 يناير (مبنى البلدية)، و17 فبراير (زيفرسهاوزن)، و17 مارس (آلتن)، و21 أبريل (مبنى البلدية)، و19 مايو 2027 (مبنى البلدية)، من الساعة 18:00 إلى 21:00
- **لمن:** للجميع، مثل المتطوعين والجمعيات والعاملين في الشركات وفي الإدارة
- **التسجيل:** قبل أسبوع على الأقل، ويمكن حضور أمسيات منفردة

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Серія семінарів «Помічати й діяти» — разом проти расизму',
        summary:
          'П’ять вечорів для всіх, хто хоче розпізнавати расизм і протидіяти йому: у клубі, на роботі, у сусідстві. З січня до травня 2027 року, у різних місцях Лерте.',
        description: `Під час обговорення концепції інтеграції багато людей розповідали, що стикаються з расизмом у повсякденному житті. **Серія семінарів** допоможе уважніше помічати такі ситуації й діяти в потрібний момент.

Вечори ведуть досвідчені тренерки й тренери, серед них люди, які самі зазнавали расизму. Будуть короткі виступи, вправи й багато часу для обміну думками.

- **Дати:** 20 січня (ратуша), 17 лютого (Зіверсгаузен), 17 березня (Альтен), 21 квітня (ратуша) і 19 травня 2027 року (ратуша), щоразу з 18:00 до 21:00
- **Для кого:** для всіх, наприклад волонтерів, клубів, працівників підприємств і адміністрації
- **Реєстрація:** будь ласка, за тиждень; можна відвідати й окремі вечори

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: '“Fark et ve harekete geç” atölye dizisi – ırkçılığa karşı birlikte',
        summary:
          "Irkçılığı fark etmek ve ona karşı bir şey yapmak isteyen herkes için beş akşam: derneklerde, iş yerinde, mahallede. Ocak–Mayıs 2027, Lehrte'nin farklı yerlerinde.",
        description: `Entegrasyon konsepti için yapılan katılım sürecinde birçok kişi gündelik hayatta ırkçılık yaşadığını anlattı. **Atölye dizisi**, daha dikkatli bakmanıza ve doğru anda harekete geçmenize yardımcı olmayı amaçlıyor.

Akşamları deneyimli eğitmenler yönetiyor; aralarında ırkçılığı kendisi yaşamış kişiler de var. Kısa sunumlar, alıştırmalar ve fikir alışverişi için bolca zaman var.

- **Tarihler:** 20 Ocak (belediye binası), 17 Şubat (Sievershausen), 17 Mart (Ahlten), 21 Nisan (belediye binası) ve 19 Mayıs 2027 (belediye binası), her seferinde 18.00–21.00
- **Kimler için:** herkes; örneğin gönüllüler, dernekler, işletmelerde ve kamu yönetiminde çalışanlar
- **Kayıt:** lütfen bir hafta öncesine kadar; tek tek akşamlara da katılabilirsiniz

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'empowerment-treff-rassismuserfahrung',
    category: 'anti-discrimination',
    targetGroups: ['everyone', 'youth', 'women'],
    staffLanguages: ['de', 'ar', 'fa', 'tr', 'ku'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    lastVerified: '2026-10-09',
    links: [{ url: 'https://bruecke.example.org/empowerment', label: linkLabels.moreInfo }],
    provider: 'musterverein-bruecke',
    locations: ['dorfgemeinschaftshaus-immensen'],
    contacts: ['bruecke-vereinsbuero'],
    texts: {
      de: {
        title: 'Empowerment-Treff für Menschen mit Rassismuserfahrung',
        summary:
          'Ein geschützter Raum: Menschen, die Rassismus erleben, treffen sich, erzählen und stärken sich gegenseitig. Jeden ersten Freitag im Monat, ohne Anmeldung.',
        description: `Wer Rassismus erlebt, fühlt sich oft allein oder wird nicht ernst genommen. Beim **Empowerment-Treff** sind Sie unter Menschen, die Ähnliches kennen. Hier müssen Sie nichts erklären oder beweisen.

Wir sprechen über Erfahrungen, tauschen Tipps aus und überlegen, was uns stark macht. Erfahrene Ehrenamtliche aus dem Verein leiten die Treffen. Was im Raum gesagt wird, bleibt im Raum.

- **Zeit:** jeden ersten Freitag im Monat, 17:00 bis 19:00 Uhr
- **Ort:** Dorfgemeinschaftshaus Immensen
- **Sprachen:** Deutsch, Arabisch, Persisch, Türkisch, Kurdisch

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Empowerment group for people who experience racism',
        summary:
          'A safe space: people who experience racism meet, share their stories and strengthen each other. Every first Friday of the month, no registration needed.',
        description: `People who experience racism often feel alone or are not taken seriously. At the **empowerment group** you are among people who know similar situations. Here you do not have to explain or prove anything.

We talk about experiences, share tips and think about what makes us strong. Experienced volunteers from the association lead the meetings. What is said in the room stays in the room.

- **Time:** every first Friday of the month, 17:00 to 19:00
- **Place:** Dorfgemeinschaftshaus Immensen (village community hall)
- **Languages:** German, Arabic, Persian, Turkish, Kurdish

(Sample offer for the demo)`,
      },
      ar: {
        title: 'لقاء التمكين للأشخاص الذين يواجهون العنصرية',
        summary:
          'مساحة آمنة: يلتقي أشخاص يواجهون العنصرية، يتحدثون عن تجاربهم ويقوّي بعضهم بعضًا. في أول يوم جمعة من كل شهر، دون تسجيل.',
        description: `من يواجه العنصرية يشعر غالبًا بالوحدة أو بأن أحدًا لا يأخذه بجدية. وفي **لقاء التمكين (Empowerment-Treff)** تكون بين أشخاص مرّوا بمواقف مشابهة، ولا تحتاج هنا إلى أن تشرح أو تثبت شيئًا.

نتحدث عن تجاربنا، ونتبادل النصائح، ونفكّر في ما يمنحنا القوة. ويقود اللقاءات متطوعون ذوو خبرة من الجمعية. وما يُقال في الغرفة يبقى فيها.

- **الموعد:** أول يوم جمعة من كل شهر، من الساعة 17:00 إلى 19:00
- **المكان:** القاعة المجتمعية في إيمنزن (Dorfgemeinschaftshaus Immensen)
- **اللغات:** الألمانية والعربية والفارسية والتركية والكردية

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دورهمی توانمندسازی برای کسانی که نژادپرستی را تجربه می‌کنند',
        summary:
          'یک فضای امن: کسانی که با نژادپرستی روبه‌رو می‌شوند دور هم جمع می‌شوند، از تجربه‌هایشان می‌گویند و به هم قوت قلب می‌دهند. اولین جمعه هر ماه، بدون ثبت‌نام.',
        description: `کسی که نژادپرستی را تجربه می‌کند، اغلب احساس تنهایی می‌کند یا حرفش جدی گرفته نمی‌شود. در **دورهمی توانمندسازی (Empowerment-Treff)** در کنار کسانی هستید که تجربه‌های مشابهی دارند. اینجا لازم نیست چیزی را توضیح دهید یا ثابت کنید.

درباره تجربه‌هایمان حرف می‌زنیم، به هم راهنمایی می‌دهیم و فکر می‌کنیم چه چیزی ما را قوی می‌کند. داوطلبان باتجربه انجمن این دورهمی‌ها را اداره می‌کنند. هر چه در این جمع گفته شود، همین‌جا می‌ماند.

- **زمان:** اولین جمعه هر ماه، ساعت ۱۷:۰۰ تا ۱۹:۰۰
- **مکان:** خانه اجتماعات روستای ایمنزن (Dorfgemeinschaftshaus Immensen)
- **زبان‌ها:** آلمانی، عربی، فارسی، ترکی، کردی

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Зустрічі підтримки для людей, які стикаються з расизмом',
        summary:
          'Безпечний простір: люди, які зазнають расизму, зустрічаються, розповідають про свій досвід і підтримують одне одного. Щомісяця в першу п’ятницю, без реєстрації.',
        description: `Люди, які стикаються з расизмом, часто почуваються самотніми або їх не сприймають серйозно. На **зустрічах підтримки (Empowerment-Treff)** ви серед тих, кому знайомі подібні ситуації. Тут не потрібно нічого пояснювати чи доводити.

Ми говоримо про пережите, обмінюємося порадами й думаємо, що додає нам сил. Зустрічі ведуть досвідчені волонтери об’єднання. Усе, що сказано в цьому колі, тут і залишається.

- **Час:** щомісяця в першу п’ятницю, з 17:00 до 19:00
- **Місце:** сільський громадський центр Dorfgemeinschaftshaus Immensen
- **Мови:** німецька, арабська, перська, турецька, курдська

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
];
