import type { OfferDemo } from '../types';
import { linkLabels } from './common';

/**
 * Demo offers of the category `childcare`: Kitas, a crèche, childminding, a
 * parent-and-child group, a play group for children still waiting for a place, and the
 * central online registration. `childcare.hours` is not translated and therefore uses
 * a neutral time range; weekdays are in the texts.
 */
export const childcareOffers: OfferDemo[] = [
  {
    slug: 'kita-sonnenschein-kernstadt',
    category: 'childcare',
    targetGroups: ['parents', 'families'],
    staffLanguages: ['de', 'en', 'ar', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '07:30', closes: '16:00' },
        { day: 'tue', opens: '07:30', closes: '16:00' },
        { day: 'wed', opens: '07:30', closes: '16:00' },
        { day: 'thu', opens: '07:30', closes: '16:00' },
        { day: 'fri', opens: '07:30', closes: '16:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-19',
    links: [
      {
        url: 'https://kita.example.org/anmeldung?einrichtung=kita-sonnenschein',
        label: linkLabels.registerOnline,
      },
    ],
    provider: 'kita-sonnenschein',
    locations: ['kita-sonnenschein-kernstadt'],
    contacts: ['kita-leitung', 'kita-anmeldung'],
    childcare: {
      ageFromMonths: 36,
      ageToMonths: 72,
      hours: '07:30–16:00',
      places: 3,
      registrationUrl: 'https://kita.example.org/anmeldung?einrichtung=kita-sonnenschein',
    },
    texts: {
      de: {
        title: 'Kita Sonnenschein – Kindergarten für Kinder von 3 bis 6 Jahren (Kernstadt)',
        summary:
          'Kindergarten mit 3 freien Plätzen ab Januar 2027. Ganztags, mit Mittagessen. Im Team spricht man auch Arabisch und Türkisch. Anmeldung online in mehreren Sprachen.',
        description: `In der **Kita** (Kindertagesstätte) spielen und lernen Kinder von 3 Jahren bis zur Schule. Dort lernen sie auch Deutsch – ganz nebenbei im Alltag mit anderen Kindern.

In Niedersachsen ist die Kita ab 3 Jahren bis zu 8 Stunden am Tag kostenlos. Für das Mittagessen zahlen Sie einen kleinen Betrag. Wenn Sie Leistungen vom Jobcenter bekommen, kann das Essen über das Bildungspaket bezahlt werden.

- **Öffnungszeiten:** Montag bis Freitag, 7:30 bis 16:00 Uhr
- **Freie Plätze:** ab Januar 2027
- **Sprachen im Team:** Deutsch, Englisch, Arabisch, Türkisch

Melden Sie Ihr Kind online an. Das Formular gibt es in mehreren Sprachen. Sie bekommen einen Link und sehen damit jederzeit, wie weit Ihre Anmeldung ist.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Kita Sonnenschein – nursery for children aged 3 to 6 (Kernstadt)',
        summary:
          'Nursery with 3 free places from January 2027. Full day, with lunch. Some staff also speak Arabic and Turkish. Register online in several languages.',
        description: `At the **Kita** (Kindertagesstätte, day-care centre) children from age 3 until they start school play and learn together. They also learn German along the way, simply by spending the day with other children.

In Lower Saxony, a Kita place for children aged 3 and over is free for up to 8 hours a day. You pay a small amount for lunch. If you receive benefits from the Jobcenter, lunch can be paid for through the education package (Bildungspaket).

- **Opening hours:** Monday to Friday, 7:30 to 16:00
- **Free places:** from January 2027
- **Languages spoken by staff:** German, English, Arabic, Turkish

Register your child online. The form is available in several languages. You receive a link that shows you the status of your registration at any time.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'روضة Sonnenschein – للأطفال من 3 إلى 6 سنوات (وسط المدينة)',
        summary:
          'روضة أطفال فيها 3 أماكن شاغرة ابتداءً من يناير 2027. دوام كامل مع وجبة غداء. يتحدث بعض أفراد الفريق العربية والتركية. التسجيل عبر الإنترنت بعدة لغات.',
        description: `في **روضة الأطفال (Kita)** يلعب الأطفال ويتعلّمون من عمر 3 سنوات حتى دخول المدرسة. ويتعلّمون هناك الألمانية أيضًا بشكل طبيعي من خلال الحياة اليومية مع الأطفال الآخرين.

في ولاية سكسونيا السفلى تكون الروضة مجانية للأطفال من عمر 3 سنوات لمدة تصل إلى 8 ساعات يوميًا. وتدفع مبلغًا صغيرًا مقابل الغداء. وإذا كنت تحصل على إعانات من مركز العمل (Jobcenter) فيمكن دفع تكلفة الطعام عبر حزمة التعليم (Bildungspaket).

- **أوقات الدوام:** من الاثنين إلى الجمعة، من الساعة 7:30 إلى 16:00
- **الأماكن الشاغرة:** ابتداءً من يناير 2027
- **لغات الفريق:** الألمانية والإنجليزية والعربية والتركية

سجّل طفلك عبر الإنترنت، فالاستمارة متوفرة بعدة لغات. وستحصل على رابط تتابع من خلاله حالة طلبك في أي وقت.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'مهدکودک Sonnenschein – برای کودکان ۳ تا ۶ ساله (مرکز شهر)',
        summary:
          'مهدکودک با ۳ جای خالی از ژانویه ۲۰۲۷. تمام‌وقت، همراه با ناهار. برخی از مربیان عربی و ترکی هم صحبت می‌کنند. ثبت‌نام آنلاین به چند زبان.',
        description: `در **مهدکودک (Kita)** کودکان از ۳ سالگی تا شروع مدرسه با هم بازی می‌کنند و یاد می‌گیرند. آن‌ها در آنجا آلمانی را هم به‌طور طبیعی و در زندگی روزمره با کودکان دیگر یاد می‌گیرند.

در ایالت نیدرزاکسن، مهدکودک برای کودکان ۳ سال به بالا تا ۸ ساعت در روز رایگان است. برای ناهار مبلغ کمی می‌پردازید. اگر از جاب‌سنتر (Jobcenter) کمک‌هزینه می‌گیرید، هزینه غذا را می‌توان از طریق بسته آموزشی (Bildungspaket) پرداخت کرد.

- **ساعت کار:** دوشنبه تا جمعه، ساعت ۷:۳۰ تا ۱۶:۰۰
- **جای خالی:** از ژانویه ۲۰۲۷
- **زبان‌های مربیان:** آلمانی، انگلیسی، عربی، ترکی

کودکتان را به‌صورت آنلاین ثبت‌نام کنید. فرم به چند زبان وجود دارد. پس از ثبت‌نام یک لینک دریافت می‌کنید و با آن هر زمان وضعیت ثبت‌نام را می‌بینید.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Дитячий садок Sonnenschein — для дітей від 3 до 6 років (центр міста)',
        summary:
          'Дитячий садок, 3 вільні місця з січня 2027 року. Повний день, з обідом. Деякі вихователі говорять арабською й турецькою. Онлайн-реєстрація кількома мовами.',
        description: `У **дитячому садку (Kita)** діти від 3 років до школи граються й навчаються. Там вони вивчають і німецьку — природно, у щоденному спілкуванні з іншими дітьми.

У Нижній Саксонії дитячий садок для дітей від 3 років безкоштовний до 8 годин на день. За обід ви платите невелику суму. Якщо ви отримуєте допомогу від Jobcenter, харчування можна оплатити через освітній пакет (Bildungspaket).

- **Години роботи:** з понеділка по п’ятницю, з 7:30 до 16:00
- **Вільні місця:** із січня 2027 року
- **Мови персоналу:** німецька, англійська, арабська, турецька

Зареєструйте дитину онлайн. Форма доступна кількома мовами. Ви отримаєте посилання й будь-коли зможете побачити, на якому етапі ваша заявка.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Kita Sonnenschein – 3–6 yaş arası çocuklar için anaokulu (şehir merkezi)',
        summary:
          "Ocak 2027'den itibaren 3 boş yeri olan anaokulu. Tam gün, öğle yemeği dahil. Ekipte Arapça ve Türkçe konuşanlar da var. İnternetten birçok dilde kayıt.",
        description: `**Kita'da** (Kindertagesstätte, kreş ve anaokulu) 3 yaşından okula başlayana kadar çocuklar birlikte oynar ve öğrenir. Orada diğer çocuklarla gündelik hayat içinde kendiliğinden Almanca da öğrenirler.

Aşağı Saksonya'da 3 yaş ve üstü çocuklar için Kita günde 8 saate kadar ücretsizdir. Öğle yemeği için küçük bir ücret ödersiniz. Jobcenter'dan yardım alıyorsanız yemek ücreti eğitim paketi (Bildungspaket) üzerinden karşılanabilir.

- **Açılış saatleri:** Pazartesiden cumaya, 07.30–16.00
- **Boş yerler:** Ocak 2027'den itibaren
- **Ekipte konuşulan diller:** Almanca, İngilizce, Arapça, Türkçe

Çocuğunuzu internetten kaydettirin. Form birçok dilde mevcuttur. Size bir bağlantı gönderilir; bu bağlantıyla başvurunuzun durumunu istediğiniz zaman görebilirsiniz.

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Детский сад Sonnenschein — для детей от 3 до 6 лет (центр города)',
        summary:
          'Детский сад, 3 свободных места с января 2027 года. Полный день, с обедом. Некоторые воспитатели говорят по-арабски и по-турецки. Онлайн-запись на нескольких языках.',
        description: `В **детском саду (Kita)** дети от 3 лет до школы играют и учатся. Там они учат и немецкий — естественно, в повседневном общении с другими детьми.

В Нижней Саксонии детский сад для детей от 3 лет бесплатный до 8 часов в день. За обед вы платите небольшую сумму. Если вы получаете пособие от Jobcenter, питание можно оплатить через образовательный пакет (Bildungspaket).

- **Часы работы:** с понедельника по пятницу, с 7:30 до 16:00
- **Свободные места:** с января 2027 года
- **Языки персонала:** немецкий, английский, арабский, турецкий

Запишите ребёнка онлайн. Форма доступна на нескольких языках. Вы получите ссылку и в любое время сможете увидеть, на каком этапе ваша заявка.

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'krippe-pusteblume-aligse',
    category: 'childcare',
    targetGroups: ['parents', 'families'],
    staffLanguages: ['de', 'tr'],
    cost: { type: 'amount', amountEuro: 180 },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    lastVerified: '2026-11-06',
    links: [
      {
        url: 'https://kita.example.org/anmeldung?einrichtung=kita-pusteblume',
        label: linkLabels.registerOnline,
      },
    ],
    provider: 'kita-pusteblume',
    locations: ['kita-pusteblume-aligse'],
    contacts: ['kita-anmeldung'],
    childcare: {
      ageFromMonths: 12,
      ageToMonths: 36,
      hours: '08:00–14:00',
      places: 2,
      registrationUrl: 'https://kita.example.org/anmeldung?einrichtung=kita-pusteblume',
    },
    texts: {
      de: {
        title: 'Krippe in der Kita Pusteblume – für Kinder von 1 bis 3 Jahren (Aligse)',
        summary:
          'Kleine Krippengruppe mit 2 freien Plätzen ab Februar 2027. Von 8 bis 14 Uhr, mit Mittagessen und Schlafpause.',
        description: `In der **Krippe** werden Kinder unter 3 Jahren betreut. Die Gruppe hat höchstens 15 Kinder. Am Anfang bleiben Sie einige Tage mit Ihrem Kind in der Gruppe. So lernt es die neue Umgebung in Ruhe kennen (Eingewöhnung).

Der Beitrag hängt vom Einkommen der Familie ab. 180 Euro im Monat ist ein Beispielbetrag. Bei wenig Einkommen übernimmt das Jugendamt die Kosten ganz oder zum Teil. Wir helfen Ihnen beim Antrag.

- **Betreuungszeit:** Montag bis Freitag, 8:00 bis 14:00 Uhr
- **Alter:** 1 bis 3 Jahre
- **Anmeldung:** online über die zentrale Kita-Anmeldung

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Crèche at the Kita Pusteblume – for children aged 1 to 3 (Aligse)',
        summary:
          'Small crèche group with 2 free places from February 2027. From 8:00 to 14:00, with lunch and nap time.',
        description: `The **Krippe** (crèche) looks after children under 3. The group has no more than 15 children. At the start you stay in the group with your child for a few days, so that your child can get used to the new place calmly (settling-in period, Eingewöhnung).

The fee depends on the family's income. 180 euros a month is a sample amount. If your income is low, the youth welfare office (Jugendamt) pays all or part of the cost. We help you with the application.

- **Hours:** Monday to Friday, 8:00 to 14:00
- **Age:** 1 to 3 years
- **Registration:** online via the central Kita registration

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دار الحضانة في روضة Pusteblume – للأطفال من سنة إلى 3 سنوات (أليغزه)',
        summary:
          'مجموعة حضانة صغيرة فيها مكانان شاغران ابتداءً من فبراير 2027. من الساعة 8:00 إلى 14:00، مع وجبة غداء ووقت للنوم.',
        description: `في **دار الحضانة (Krippe)** يُعتنى بالأطفال دون سن الثالثة. لا يزيد عدد الأطفال في المجموعة على 15 طفلًا. وفي البداية تبقى مع طفلك بضعة أيام في المجموعة، لكي يتعرّف على المكان الجديد بهدوء (فترة التأقلم، Eingewöhnung).

تعتمد الرسوم على دخل الأسرة، ومبلغ 180 يورو شهريًا هو مبلغ على سبيل المثال. وإذا كان دخلك منخفضًا فإن مكتب رعاية الشباب (Jugendamt) يتحمّل التكاليف كلها أو جزءًا منها، ونحن نساعدك في تقديم الطلب.

- **أوقات الرعاية:** من الاثنين إلى الجمعة، من الساعة 8:00 إلى 14:00
- **العمر:** من سنة إلى 3 سنوات
- **التسجيل:** عبر الإنترنت من خلال نظام التسجيل المركزي لرياض الأطفال

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Ясла в дитячому садку Pusteblume — для дітей від 1 до 3 років (Алігзе)',
        summary:
          'Невелика ясельна група, 2 вільні місця з лютого 2027 року. З 8:00 до 14:00, з обідом і денним сном.',
        description: `У **яслах (Krippe)** доглядають дітей до 3 років. У групі щонайбільше 15 дітей. Спочатку ви кілька днів перебуваєте в групі разом із дитиною, щоб вона спокійно звикла до нового місця (період адаптації, Eingewöhnung).

Плата залежить від доходу сім’ї. 180 євро на місяць — це приклад суми. Якщо дохід невеликий, служба у справах дітей і молоді (Jugendamt) оплачує витрати повністю або частково. Ми допоможемо вам із заявою.

- **Час догляду:** з понеділка по п’ятницю, з 8:00 до 14:00
- **Вік:** від 1 до 3 років
- **Реєстрація:** онлайн через центральну реєстрацію в дитячі садки

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "Pusteblume Kita'sında kreş – 1–3 yaş arası çocuklar için (Aligse)",
        summary:
          "Şubat 2027'den itibaren 2 boş yeri olan küçük kreş grubu. Saat 08.00–14.00 arası, öğle yemeği ve uyku arası dahil.",
        description: `**Kreşte (Krippe)** 3 yaşından küçük çocuklara bakılır. Grupta en fazla 15 çocuk vardır. Başlangıçta birkaç gün çocuğunuzla birlikte grupta kalırsınız; böylece çocuğunuz yeni ortama sakin bir şekilde alışır (alışma dönemi, Eingewöhnung).

Ücret ailenin gelirine bağlıdır. Aylık 180 Euro örnek bir tutardır. Geliriniz düşükse masrafların tamamını veya bir kısmını Gençlik Dairesi (Jugendamt) karşılar. Başvuruda size yardımcı oluyoruz.

- **Bakım saatleri:** Pazartesiden cumaya, 08.00–14.00
- **Yaş:** 1–3 yaş
- **Kayıt:** Merkezi Kita kaydı üzerinden internetten

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'kindertagespflege-steinwedel',
    category: 'childcare',
    targetGroups: ['parents', 'families'],
    staffLanguages: ['de', 'en', 'ru'],
    cost: { type: 'amount', amountEuro: 150 },
    accessibility: { stepFreeAccess: false, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-10-22',
    links: [
      { url: 'https://kita.example.org/tagespflege', label: linkLabels.registerOnline },
      { url: 'https://tagespflege.example.org', label: linkLabels.moreInfo },
    ],
    provider: 'kindertagespflege-vermittlung',
    locations: ['tagespflege-steinwedel'],
    contacts: ['kindertagespflege-beratung'],
    childcare: {
      ageFromMonths: 6,
      ageToMonths: 36,
      hours: '07:00–15:00',
      places: 1,
      registrationUrl: 'https://kita.example.org/tagespflege',
    },
    texts: {
      de: {
        title: 'Kindertagespflege in Steinwedel – kleine Gruppe für Kinder unter 3 Jahren',
        summary:
          'Eine Tagesmutter betreut bis zu 5 Kinder in ihrer Wohnung. Ein Platz ist frei. Betreuungszeiten nach Absprache.',
        description: `In der **Kindertagespflege** betreut eine Tagesmutter oder ein Tagesvater bis zu 5 Kinder, meist in der eigenen Wohnung. Die Gruppe ist klein und familiär. Das passt gut für sehr junge Kinder.

Tagespflegepersonen brauchen eine Erlaubnis vom Jugendamt und eine Qualifizierung. Die Kosten hängen vom Einkommen ab; 150 Euro im Monat ist ein Beispielbetrag. Familien mit wenig Einkommen zahlen weniger oder nichts.

- **Betreuungszeit:** nach Absprache, zum Beispiel 7:00 bis 15:00 Uhr
- **Alter:** 6 Monate bis 3 Jahre
- **Beratung:** auch auf Englisch und Russisch

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Childminding in Steinwedel – small group for children under 3',
        summary:
          'A childminder looks after up to 5 children in her home. One place is free. Hours by arrangement.',
        description: `In **Kindertagespflege** (childminding), a registered childminder (Tagesmutter or Tagesvater) looks after up to 5 children, usually in their own home. The group is small and family-like, which suits very young children well.

Childminders need a permit from the youth welfare office (Jugendamt) and a qualification. The cost depends on your income; 150 euros a month is a sample amount. Families with a low income pay less or nothing.

- **Hours:** by arrangement, for example 7:00 to 15:00
- **Age:** 6 months to 3 years
- **Advice:** also in English and Russian

(Sample offer for the demo)`,
      },
      ar: {
        title: 'رعاية الأطفال لدى مربية في شتاينفيدل – مجموعة صغيرة للأطفال دون 3 سنوات',
        summary:
          'مربية معتمدة ترعى حتى 5 أطفال في بيتها. يوجد مكان واحد شاغر. أوقات الرعاية بالاتفاق.',
        description: `في **رعاية الأطفال النهارية (Kindertagespflege)** ترعى مربية أو مربٍّ معتمد (Tagesmutter / Tagesvater) حتى 5 أطفال، وغالبًا في بيته. المجموعة صغيرة وأجواؤها عائلية، وهذا يناسب الأطفال الصغار جدًا.

يحتاج من يعمل في هذه الرعاية إلى ترخيص من مكتب رعاية الشباب (Jugendamt) وإلى تأهيل خاص. وتعتمد التكاليف على الدخل، ومبلغ 150 يورو شهريًا هو مبلغ على سبيل المثال. والأسر ذات الدخل المنخفض تدفع أقل أو لا تدفع شيئًا.

- **أوقات الرعاية:** بالاتفاق، مثلًا من الساعة 7:00 إلى 15:00
- **العمر:** من 6 أشهر إلى 3 سنوات
- **الاستشارة:** بالإنجليزية والروسية أيضًا

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Догляд у няні в Штайнведелі — невелика група для дітей до 3 років',
        summary:
          'Няня доглядає до 5 дітей у себе вдома. Є одне вільне місце. Час догляду — за домовленістю.',
        description: `У **денному догляді в няні (Kindertagespflege)** няня (Tagesmutter або Tagesvater) доглядає до 5 дітей, зазвичай у себе вдома. Група невелика, атмосфера домашня — це добре підходить для зовсім маленьких дітей.

Такі няні мають дозвіл від служби у справах дітей і молоді (Jugendamt) і пройшли спеціальне навчання. Вартість залежить від доходу; 150 євро на місяць — це приклад суми. Сім’ї з невеликим доходом платять менше або нічого.

- **Час догляду:** за домовленістю, наприклад з 7:00 до 15:00
- **Вік:** від 6 місяців до 3 років
- **Консультації:** також англійською та російською

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Присмотр у няни в Штайнведеле — небольшая группа для детей до 3 лет',
        summary:
          'Няня присматривает максимум за пятью детьми у себя дома. Есть одно свободное место. Время присмотра — по договорённости.',
        description: `При **дневном присмотре у няни (Kindertagespflege)** няня (Tagesmutter или Tagesvater) присматривает максимум за 5 детьми, обычно у себя дома. Группа небольшая, атмосфера домашняя — это хорошо подходит для совсем маленьких детей.

У таких нянь есть разрешение от ведомства по делам молодёжи (Jugendamt) и специальная подготовка. Стоимость зависит от дохода; 150 евро в месяц — это пример суммы. Семьи с небольшим доходом платят меньше или ничего.

- **Время присмотра:** по договорённости, например с 7:00 до 15:00
- **Возраст:** от 6 месяцев до 3 лет
- **Консультации:** также на английском и русском

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'eltern-kind-gruppe-ahlten',
    category: 'childcare',
    targetGroups: ['parents', 'families', 'newcomers'],
    staffLanguages: ['de', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [{ day: 'tue', opens: '09:30', closes: '11:00' }],
      exceptions: [{ date: '2026-12-29', closed: true }],
    },
    lastVerified: '2026-11-17',
    links: [{ url: 'https://familienzentrum.example.org/eltern-kind', label: linkLabels.moreInfo }],
    provider: 'familienzentrum-musterhaus',
    locations: ['familienzentrum-ahlten'],
    contacts: ['familienzentrum-team'],
    childcare: {
      ageFromMonths: 0,
      ageToMonths: 36,
      hours: '09:30–11:00',
    },
    texts: {
      de: {
        title: 'Eltern-Kind-Gruppe im Familienzentrum Ahlten',
        summary:
          'Jeden Dienstagvormittag: spielen, singen und andere Familien kennenlernen. Für Eltern mit Babys und Kleinkindern bis 3 Jahre. Ohne Anmeldung, kostenlos.',
        description: `In der **Eltern-Kind-Gruppe** spielen Kinder bis 3 Jahre zusammen. Die Eltern bleiben dabei. Wir singen deutsche Kinderlieder und Lieder aus vielen Ländern. Es gibt Zeit für Tee und Gespräche.

Eine Fachkraft des Familienzentrums ist immer da. Sie beantwortet Fragen zu Schlaf, Essen und Sprache und hilft bei der Anmeldung für Krippe oder Kita.

- **Zeit:** jeden Dienstag, 9:30 bis 11:00 Uhr
- **Ort:** Familienzentrum Musterhaus in Ahlten
- **Mitbringen:** Hausschuhe oder Socken für Sie und Ihr Kind

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Parent-and-child group at the family centre in Ahlten',
        summary:
          'Every Tuesday morning: play, sing and meet other families. For parents with babies and toddlers up to 3. No registration, free of charge.',
        description: `In the **Eltern-Kind-Gruppe** (parent-and-child group) children up to 3 play together while their parents stay with them. We sing German children's songs and songs from many countries. There is time for tea and a chat.

A member of staff from the family centre is always there. She answers questions about sleep, food and language and helps you register for a crèche or Kita.

- **Time:** every Tuesday, 9:30 to 11:00
- **Place:** Familienzentrum Musterhaus in Ahlten
- **Bring:** slippers or socks for you and your child

(Sample offer for the demo)`,
      },
      ar: {
        title: 'مجموعة الأهل والأطفال في مركز الأسرة في آلتن',
        summary:
          'كل صباح ثلاثاء: لعب وغناء وتعارف مع عائلات أخرى. للأهل مع الرضّع والأطفال الصغار حتى سن 3 سنوات. دون تسجيل ومجانًا.',
        description: `في **مجموعة الأهل والأطفال (Eltern-Kind-Gruppe)** يلعب الأطفال حتى سن 3 سنوات معًا، ويبقى الأهل معهم. نغني أغاني أطفال ألمانية وأغاني من بلدان كثيرة، ويكون هناك وقت لشرب الشاي والحديث.

توجد دائمًا موظفة مختصة من مركز الأسرة، تجيب عن الأسئلة حول النوم والطعام واللغة، وتساعد في التسجيل في دار الحضانة أو روضة الأطفال.

- **الموعد:** كل يوم ثلاثاء، من الساعة 9:30 إلى 11:00
- **المكان:** مركز الأسرة Musterhaus في آلتن (Ahlten)
- **أحضِر معك:** خُفًّا منزليًا أو جوارب لك ولطفلك

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'گروه والدین و کودک در مرکز خانواده آلتن',
        summary:
          'هر سه‌شنبه صبح: بازی، آواز و آشنایی با خانواده‌های دیگر. برای والدین همراه با نوزادان و کودکان تا ۳ سال. بدون ثبت‌نام و رایگان.',
        description: `در **گروه والدین و کودک (Eltern-Kind-Gruppe)** کودکان تا ۳ سال با هم بازی می‌کنند و والدین کنارشان می‌مانند. ما ترانه‌های کودکانه آلمانی و ترانه‌هایی از کشورهای مختلف می‌خوانیم. برای چای و گفت‌وگو هم وقت هست.

یک کارشناس مرکز خانواده همیشه حاضر است. او به سؤال‌ها درباره خواب، غذا و زبان کودک پاسخ می‌دهد و در ثبت‌نام برای شیرخوارگاه (Krippe) یا مهدکودک (Kita) کمک می‌کند.

- **زمان:** هر سه‌شنبه، ساعت ۹:۳۰ تا ۱۱:۰۰
- **مکان:** مرکز خانواده Musterhaus در آلتن (Ahlten)
- **همراه بیاورید:** دمپایی یا جوراب برای خودتان و کودکتان

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Група «Батьки й діти» в сімейному центрі в Альтені',
        summary:
          'Щовівторка зранку: граємося, співаємо й знайомимося з іншими сім’ями. Для батьків із немовлятами та малюками до 3 років. Без реєстрації, безкоштовно.',
        description: `У **групі «Батьки й діти» (Eltern-Kind-Gruppe)** діти до 3 років граються разом, а батьки залишаються поруч. Ми співаємо німецькі дитячі пісні й пісні з різних країн. Є час на чай і розмови.

Фахівчиня сімейного центру завжди на місці. Вона відповідає на запитання про сон, харчування й мовлення та допомагає зареєструватися в ясла чи дитячий садок.

- **Час:** щовівторка, з 9:30 до 11:00
- **Місце:** сімейний центр Musterhaus в Альтені (Ahlten)
- **Візьміть із собою:** капці або шкарпетки для себе й дитини

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'kita-regenbogen-haemelerwald',
    category: 'childcare',
    targetGroups: ['parents', 'families'],
    staffLanguages: ['de', 'en'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '07:00', closes: '17:00' },
        { day: 'tue', opens: '07:00', closes: '17:00' },
        { day: 'wed', opens: '07:00', closes: '17:00' },
        { day: 'thu', opens: '07:00', closes: '17:00' },
        { day: 'fri', opens: '07:00', closes: '17:00' },
      ],
      exceptions: [{ date: '2026-12-24', closed: true }],
    },
    lastVerified: '2026-11-02',
    links: [
      {
        url: 'https://kita.example.org/anmeldung?einrichtung=kita-regenbogen',
        label: linkLabels.registerOnline,
      },
    ],
    provider: 'kita-regenbogen',
    locations: ['kita-regenbogen-haemelerwald'],
    contacts: ['kita-anmeldung'],
    childcare: {
      ageFromMonths: 36,
      ageToMonths: 72,
      hours: '07:00–17:00',
      places: 0,
      registrationUrl: 'https://kita.example.org/anmeldung?einrichtung=kita-regenbogen',
    },
    texts: {
      de: {
        title: 'Kita Regenbogen in Hämelerwald – Ganztagsplätze (Warteliste)',
        summary:
          'Kita für Kinder von 3 bis 6 Jahren, geöffnet bis 17 Uhr. Zurzeit sind alle Plätze belegt. Sie können Ihr Kind für die Warteliste anmelden.',
        description: `Die **Kita Regenbogen** hat lange Öffnungszeiten. Das hilft Eltern, die arbeiten oder einen Deutschkurs besuchen. Es gibt jeden Tag ein warmes Mittagessen und einen großen Garten.

Zurzeit sind alle Plätze belegt. Melden Sie Ihr Kind trotzdem online an. Die Plätze werden nach festen Regeln vergeben, zum Beispiel nach dem Alter des Kindes. Online sehen Sie jederzeit den Stand Ihrer Anmeldung.

- **Öffnungszeiten:** Montag bis Freitag, 7:00 bis 17:00 Uhr
- **Alter:** 3 Jahre bis zur Schule
- **Kosten:** bis 8 Stunden am Tag kostenlos, Mittagessen extra

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Kita Regenbogen in Hämelerwald – full-day places (waiting list)',
        summary:
          'Kita (day-care centre) for children aged 3 to 6, open until 17:00. All places are currently taken. You can register your child for the waiting list.',
        description: `The **Kita Regenbogen** has long opening hours. This helps parents who work or attend a German course. There is a hot lunch every day and a large garden.

All places are currently taken. Please register your child online anyway. Places are allocated according to fixed rules, for example by the child's age. Online you can see the status of your registration at any time.

- **Opening hours:** Monday to Friday, 7:00 to 17:00
- **Age:** 3 years until school
- **Cost:** free for up to 8 hours a day, lunch extra

(Sample offer for the demo)`,
      },
      ar: {
        title: 'روضة Regenbogen في هيميلرفالد – أماكن بدوام كامل (قائمة انتظار)',
        summary:
          'روضة للأطفال من 3 إلى 6 سنوات، مفتوحة حتى الساعة 17:00. جميع الأماكن مشغولة حاليًا، ويمكنك تسجيل طفلك في قائمة الانتظار.',
        description: `تتميّز **روضة Regenbogen** بأوقات دوام طويلة، وهذا يساعد الأهل الذين يعملون أو يحضرون دورة لغة ألمانية. وتقدّم الروضة كل يوم غداءً ساخنًا، ولديها حديقة كبيرة.

جميع الأماكن مشغولة حاليًا، لكن سجّل طفلك عبر الإنترنت مع ذلك. تُوزَّع الأماكن وفق قواعد ثابتة، مثل عمر الطفل. ويمكنك متابعة حالة طلبك عبر الإنترنت في أي وقت.

- **أوقات الدوام:** من الاثنين إلى الجمعة، من الساعة 7:00 إلى 17:00
- **العمر:** من 3 سنوات حتى دخول المدرسة
- **التكلفة:** مجانًا حتى 8 ساعات يوميًا، والغداء بتكلفة إضافية

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title:
          'Дитячий садок Regenbogen у Гемелервальді — місця на повний день (список очікування)',
        summary:
          'Дитячий садок для дітей від 3 до 6 років, працює до 17:00. Зараз усі місця зайняті. Можна зареєструвати дитину в список очікування.',
        description: `**Дитячий садок Regenbogen** має довгі години роботи. Це допомагає батькам, які працюють або відвідують курс німецької мови. Щодня є гарячий обід, а також великий сад.

Зараз усі місця зайняті. Однаково зареєструйте дитину онлайн. Місця розподіляють за чіткими правилами, наприклад за віком дитини. Онлайн ви будь-коли бачите статус своєї заявки.

- **Години роботи:** з понеділка по п’ятницю, з 7:00 до 17:00
- **Вік:** від 3 років до школи
- **Вартість:** до 8 годин на день безкоштовно, обід оплачується окремо

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'kita-anmeldung-online-lehrte',
    category: 'childcare',
    targetGroups: ['parents', 'families', 'newcomers'],
    staffLanguages: ['de', 'en', 'ar', 'tr', 'uk'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: true,
    appointmentNeeded: false,
    openingHours: {
      weekly: [
        { day: 'mon', opens: '09:00', closes: '12:00' },
        { day: 'tue', opens: '09:00', closes: '12:00' },
        { day: 'thu', opens: '09:00', closes: '12:00' },
        { day: 'thu', opens: '14:00', closes: '17:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    },
    lastVerified: '2026-11-23',
    links: [
      { url: 'https://kita.example.org/anmeldung', label: linkLabels.registerOnline },
      {
        url: 'https://kita.example.org/status',
        label: {
          de: 'Stand meiner Anmeldung ansehen',
          en: 'Check the status of my registration',
          ar: 'الاطلاع على حالة طلبي',
          fa: 'دیدن وضعیت ثبت‌نام من',
          uk: 'Переглянути статус моєї заявки',
          tr: 'Başvurumun durumunu görüntüle',
          ru: 'Посмотреть статус моей заявки',
        },
      },
    ],
    provider: 'stadt-lehrte-kita-anmeldung',
    locations: ['rathaus-kernstadt'],
    contacts: ['kita-anmeldung'],
    childcare: {
      ageFromMonths: 0,
      ageToMonths: 72,
      hours: 'online',
      registrationUrl: 'https://kita.example.org/anmeldung',
    },
    texts: {
      de: {
        title: 'Kita-Platz online anmelden – zentrale Kita-Anmeldung der Stadt Lehrte',
        summary:
          'Ein Formular für alle Kitas, Krippen und die Kindertagespflege in Lehrte – in Ihrer Sprache. Mit Status-Link: Sie sehen jederzeit, wie weit Ihre Anmeldung ist.',
        description: `Sie brauchen einen Platz in einer **Kita** (3 Jahre bis zur Schule), in einer **Krippe** (unter 3 Jahren) oder in der **Kindertagespflege**? Dann füllen Sie ein Online-Formular aus. Sie können bis zu drei Wunsch-Einrichtungen nennen.

Das Formular gibt es auf Deutsch, Englisch, Arabisch, Persisch, Ukrainisch, Türkisch und Russisch. Nach dem Absenden bekommen Sie einen Link. Damit sehen Sie jederzeit den Stand Ihrer Anmeldung. Sie brauchen kein Konto.

- **Wann anmelden:** am besten 6 bis 12 Monate vor dem gewünschten Start
- **Was Sie brauchen:** Name und Geburtsdatum des Kindes, Ihre Adresse in Lehrte
- **Hilfe beim Ausfüllen:** in den Sprechzeiten im Rathaus oder am Telefon

Gut zu wissen: In Deutschland hat jedes Kind ab einem Jahr einen Rechtsanspruch auf einen Betreuungsplatz.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Register for a Kita place online – central Kita registration of the City of Lehrte',
        summary:
          'One form for all Kitas, crèches and childminders in Lehrte – in your language. With a status link: you can see how far your registration has got at any time.',
        description: `Do you need a place at a **Kita** (day-care centre, age 3 until school), a **Krippe** (crèche, under 3) or with a **childminder** (Kindertagespflege)? Then fill in one online form. You can name up to three preferred places.

The form is available in German, English, Arabic, Persian, Ukrainian, Turkish and Russian. After sending it you receive a link that shows the status of your registration at any time. You do not need an account.

- **When to register:** ideally 6 to 12 months before the desired start
- **What you need:** your child's name and date of birth, your address in Lehrte
- **Help with the form:** during office hours at the town hall or by phone

Good to know: in Germany, every child aged one or older has a legal right to a childcare place.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'التسجيل في روضة الأطفال عبر الإنترنت – التسجيل المركزي لمدينة ليرته',
        summary:
          'استمارة واحدة لجميع رياض الأطفال ودور الحضانة والرعاية لدى المربيات في ليرته، وبلغتك. مع رابط للمتابعة: ترى في أي وقت أين وصل طلبك.',
        description: `هل تحتاج إلى مكان في **روضة أطفال (Kita)** (من 3 سنوات حتى المدرسة)، أو في **دار حضانة (Krippe)** (دون 3 سنوات)، أو لدى **مربية معتمدة (Kindertagespflege)**؟ املأ استمارة واحدة عبر الإنترنت، ويمكنك أن تذكر حتى ثلاثة أماكن تفضّلها.

الاستمارة متوفرة بالألمانية والإنجليزية والعربية والفارسية والأوكرانية والتركية والروسية. وبعد الإرسال تحصل على رابط تتابع من خلاله حالة طلبك في أي وقت، دون الحاجة إلى إنشاء حساب.

- **متى تسجّل:** يُفضَّل قبل 6 إلى 12 شهرًا من موعد البدء المرغوب
- **ما تحتاج إليه:** اسم الطفل وتاريخ ميلاده، وعنوانك في ليرته
- **المساعدة في ملء الاستمارة:** خلال ساعات الاستقبال في مبنى البلدية أو عبر الهاتف

معلومة مفيدة: في ألمانيا يحق قانونًا لكل طفل بلغ سنة واحدة الحصول على مكان رعاية.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'ثبت‌نام آنلاین برای مهدکودک – ثبت‌نام مرکزی شهر لهرته',
        summary:
          'یک فرم برای همه مهدکودک‌ها، شیرخوارگاه‌ها و پرستاران کودک در لهرته – به زبان خودتان. با لینک پیگیری: هر زمان می‌بینید ثبت‌نامتان در چه مرحله‌ای است.',
        description: `برای کودکتان جا در **مهدکودک (Kita)** (از ۳ سالگی تا مدرسه)، **شیرخوارگاه (Krippe)** (زیر ۳ سال) یا نزد **پرستار رسمی کودک (Kindertagespflege)** لازم دارید؟ یک فرم آنلاین پر کنید. می‌توانید تا سه مکان دلخواه را نام ببرید.

این فرم به زبان‌های آلمانی، انگلیسی، عربی، فارسی، اوکراینی، ترکی و روسی وجود دارد. پس از فرستادن فرم یک لینک دریافت می‌کنید و با آن هر زمان وضعیت ثبت‌نام را می‌بینید. به حساب کاربری نیازی ندارید.

- **زمان ثبت‌نام:** بهتر است ۶ تا ۱۲ ماه پیش از زمان شروع دلخواه
- **چه چیزهایی لازم است:** نام و تاریخ تولد کودک، نشانی شما در لهرته
- **کمک برای پر کردن فرم:** در ساعت‌های مراجعه در شهرداری یا تلفنی

خوب است بدانید: در آلمان هر کودک از یک سالگی حق قانونی دارد که جایی برای نگهداری داشته باشد.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Онлайн-реєстрація в дитячий садок — центральна реєстрація міста Лерте',
        summary:
          'Одна форма для всіх дитячих садків, ясел і нянь у Лерте — вашою мовою. З посиланням на статус: ви будь-коли бачите, на якому етапі ваша заявка.',
        description: `Вам потрібне місце в **дитячому садку (Kita)** (від 3 років до школи), у **яслах (Krippe)** (до 3 років) або в **няні (Kindertagespflege)**? Заповніть одну онлайн-форму. Можна вказати до трьох бажаних закладів.

Форма доступна німецькою, англійською, арабською, перською, українською, турецькою та російською. Після надсилання ви отримаєте посилання й будь-коли зможете перевірити статус заявки. Обліковий запис не потрібен.

- **Коли реєструватися:** найкраще за 6–12 місяців до бажаного початку
- **Що потрібно:** ім’я та дата народження дитини, ваша адреса в Лерте
- **Допомога із заповненням:** у години прийому в ратуші або телефоном

Варто знати: у Німеччині кожна дитина від одного року має законне право на місце в закладі догляду.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "Kita'ya internetten kayıt – Lehrte Belediyesinin merkezi Kita kaydı",
        summary:
          "Lehrte'deki tüm Kita'lar, kreşler ve gündüz bakıcıları için tek bir form – kendi dilinizde. Durum bağlantısıyla başvurunuzun ne aşamada olduğunu her zaman görebilirsiniz.",
        description: `Çocuğunuz için **Kita'da** (3 yaşından okula kadar), **kreşte (Krippe)** (3 yaşından küçük) veya bir **gündüz bakıcısının yanında (Kindertagespflege)** yere mi ihtiyacınız var? Tek bir internet formu doldurun. En fazla üç tercih belirtebilirsiniz.

Form Almanca, İngilizce, Arapça, Farsça, Ukraynaca, Türkçe ve Rusça olarak mevcuttur. Formu gönderdikten sonra bir bağlantı alırsınız; bu bağlantıyla başvurunuzun durumunu istediğiniz zaman görebilirsiniz. Hesap açmanız gerekmez.

- **Ne zaman kayıt olmalı:** tercihen istenen başlangıçtan 6–12 ay önce
- **Gerekenler:** çocuğun adı ve doğum tarihi, Lehrte'deki adresiniz
- **Form için yardım:** belediye binasındaki görüşme saatlerinde veya telefonla

Bilmekte fayda var: Almanya'da bir yaşını dolduran her çocuğun bakım yeri için yasal hakkı vardır.

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Онлайн-запись в детский сад — центральная запись города Лерте',
        summary:
          'Одна форма для всех детских садов, яслей и нянь в Лерте — на вашем языке. Со ссылкой на статус: вы в любое время видите, на каком этапе ваша заявка.',
        description: `Вам нужно место в **детском саду (Kita)** (от 3 лет до школы), в **яслях (Krippe)** (до 3 лет) или у **няни (Kindertagespflege)**? Заполните одну онлайн-форму. Можно указать до трёх желаемых учреждений.

Форма доступна на немецком, английском, арабском, персидском, украинском, турецком и русском языках. После отправки вы получите ссылку и в любое время сможете проверить статус заявки. Учётная запись не нужна.

- **Когда записываться:** лучше всего за 6–12 месяцев до желаемого начала
- **Что нужно:** имя и дата рождения ребёнка, ваш адрес в Лерте
- **Помощь с заполнением:** в приёмные часы в ратуше или по телефону

Полезно знать: в Германии каждый ребёнок с одного года имеет законное право на место в учреждении по уходу за детьми.

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'spielkreis-sievershausen',
    category: 'childcare',
    targetGroups: ['parents', 'families', 'refugees'],
    staffLanguages: ['de', 'ru', 'tr', 'uk'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: false,
    validFrom: '2026-10-05',
    validUntil: '2027-07-02',
    lastVerified: '2026-11-09',
    links: [
      {
        url: 'https://kita.example.org/spielkreis-sievershausen',
        label: linkLabels.registerOnline,
      },
    ],
    provider: 'familienzentrum-musterhaus',
    locations: ['gemeindesaal-sievershausen'],
    contacts: ['familienzentrum-team'],
    childcare: {
      ageFromMonths: 24,
      ageToMonths: 72,
      hours: '09:00–11:30',
      places: 4,
      registrationUrl: 'https://kita.example.org/spielkreis-sievershausen',
    },
    texts: {
      de: {
        title: 'Spielkreis in Sievershausen – für Kinder ohne Kita-Platz',
        summary:
          'Ihr Kind hat noch keinen Kita-Platz? Im Spielkreis spielen Kinder ab 2 Jahren zweimal pro Woche und lernen dabei Deutsch. In dieser Zeit haben die Eltern Zeit für Kurs oder Termine.',
        description: `Viele Familien warten auf einen Kita-Platz. Im **Spielkreis** können Kinder ab 2 Jahren schon jetzt mit anderen Kindern spielen, malen, singen und erste deutsche Wörter lernen. Zwei Fachkräfte betreuen die Gruppe.

Die Eltern müssen nicht dabeibleiben. Die ersten zwei Male bleiben Sie aber mit Ihrem Kind im Raum, damit es sich sicher fühlt.

- **Zeit:** montags und mittwochs, 9:00 bis 11:30 Uhr
- **Gruppe:** bis zu 12 Kinder, Anmeldung online
- **Kosten:** keine

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Play group in Sievershausen – for children without a Kita place',
        summary:
          'Your child does not have a Kita place yet? In the play group, children from age 2 play twice a week and learn German along the way. Meanwhile, parents have time for a course or appointments.',
        description: `Many families are waiting for a Kita place. In the **Spielkreis** (play group), children from age 2 can already play, paint and sing with other children and learn their first German words. Two trained staff members look after the group.

Parents do not need to stay. For the first two sessions, however, you stay in the room with your child so that your child feels safe.

- **Time:** Mondays and Wednesdays, 9:00 to 11:30
- **Group:** up to 12 children, register online
- **Cost:** none

(Sample offer for the demo)`,
      },
      ar: {
        title: 'مجموعة اللعب في زيفرسهاوزن – للأطفال الذين لم يحصلوا على مكان في الروضة',
        summary:
          'لم يحصل طفلك بعد على مكان في روضة الأطفال؟ في مجموعة اللعب يلعب الأطفال من عمر سنتين مرتين في الأسبوع ويتعلّمون الألمانية، بينما يجد الأهل وقتًا لدورة أو لمواعيدهم.',
        description: `تنتظر عائلات كثيرة مكانًا في روضة الأطفال. وفي **مجموعة اللعب (Spielkreis)** يستطيع الأطفال من عمر سنتين أن يلعبوا ويرسموا ويغنّوا مع أطفال آخرين من الآن، وأن يتعلّموا أولى كلماتهم الألمانية. وتعتني بالمجموعة مختصتان.

لا يلزم أن يبقى الأهل. لكن في المرتين الأوليين تبقى مع طفلك في الغرفة ليشعر بالأمان.

- **الموعد:** يومي الاثنين والأربعاء، من الساعة 9:00 إلى 11:30
- **المجموعة:** حتى 12 طفلًا، والتسجيل عبر الإنترنت
- **التكلفة:** مجانًا

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Ігрова група в Зіверсгаузені — для дітей без місця в садку',
        summary:
          'Ваша дитина ще не має місця в дитячому садку? В ігровій групі діти від 2 років граються двічі на тиждень і водночас вивчають німецьку. Тим часом батьки мають час для курсу чи справ.',
        description: `Багато сімей чекають на місце в дитячому садку. В **ігровій групі (Spielkreis)** діти від 2 років уже зараз можуть гратися, малювати й співати з іншими дітьми та вчити перші німецькі слова. За групою доглядають дві фахівчині.

Батькам не обов’язково залишатися. Але перші два рази ви побудете з дитиною в кімнаті, щоб вона почувалася в безпеці.

- **Час:** щопонеділка й щосереди, з 9:00 до 11:30
- **Група:** до 12 дітей, реєстрація онлайн
- **Вартість:** безкоштовно

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: "Sievershausen'da oyun grubu – Kita'da yeri olmayan çocuklar için",
        summary:
          "Çocuğunuzun henüz Kita'da yeri yok mu? Oyun grubunda 2 yaşından büyük çocuklar haftada iki kez oynar ve bu sırada Almanca öğrenir. Bu arada anne babalar kurs veya randevular için zaman bulur.",
        description: `Birçok aile Kita'da yer bekliyor. **Oyun grubunda (Spielkreis)** 2 yaşından büyük çocuklar şimdiden diğer çocuklarla oynayabilir, resim yapabilir, şarkı söyleyebilir ve ilk Almanca kelimelerini öğrenebilir. Gruba iki uzman bakar.

Anne babaların orada kalması gerekmez. Ancak ilk iki seferde çocuğunuz kendini güvende hissetsin diye onunla birlikte odada kalırsınız.

- **Zaman:** Pazartesi ve çarşamba günleri, 09.00–11.30
- **Grup:** en fazla 12 çocuk, kayıt internetten
- **Ücret:** Ücretsiz

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Игровая группа в Зиверсхаузене — для детей без места в детском саду',
        summary:
          'У вашего ребёнка ещё нет места в детском саду? В игровой группе дети от 2 лет играют два раза в неделю и заодно учат немецкий. В это время у родителей есть время на курс или дела.',
        description: `Многие семьи ждут места в детском саду. В **игровой группе (Spielkreis)** дети от 2 лет уже сейчас могут играть, рисовать и петь с другими детьми и учить первые немецкие слова. За группой присматривают два специалиста.

Родителям не обязательно оставаться. Но первые два раза вы побудете с ребёнком в комнате, чтобы он чувствовал себя в безопасности.

- **Время:** по понедельникам и средам, с 9:00 до 11:30
- **Группа:** до 12 детей, запись онлайн
- **Стоимость:** бесплатно

(Пример предложения для демоверсии)`,
      },
    },
  },
];
