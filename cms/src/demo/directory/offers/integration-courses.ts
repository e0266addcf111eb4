import type { OfferDemo } from '../types';
import { integrationCourseFunding, linkLabels } from './common';

/**
 * Demo integration courses (Integrationskurse) of every type: for women with childcare,
 * for parents, for young adults, with literacy training, for learners of the Latin
 * alphabet, intensive, and general courses in the morning and evening. Start dates lie
 * between September 2026 and June 2027; one is already running, two are full.
 */
export const integrationCourseOffers: OfferDemo[] = [
  {
    slug: 'integrationskurs-frauen-kinderbetreuung-kernstadt',
    renamedFrom: 'deutschkurs-frauen-kernstadt',
    category: 'language-course',
    targetGroups: ['women', 'parents', 'newcomers'],
    staffLanguages: ['de', 'en', 'ar', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-10',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
      {
        url: 'https://integrationskurs.example.org',
        label: linkLabels.integrationCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-kursberatung-deutsch', 'vhs-integrationskurse'],
    languageCourse: {
      level: 'A2',
      courseType: 'integration-women',
      startDate: '2026-12-07',
      endDate: '2027-09-24',
      schedule: { days: ['mon', 'tue', 'wed', 'thu'], start: '08:30', end: '11:45' },
      seatsTotal: 16,
      seatsFree: 2,
      childcare: true,
      womenOnly: true,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs für Frauen mit Kinderbetreuung (A2) – Kernstadt',
        summary:
          'Deutsch lernen in einer Gruppe nur für Frauen. Ihre kleinen Kinder werden während des Unterrichts betreut. Einstieg auf Niveau A2, Start am 7. Dezember 2026.',
        description: `Der **Integrationskurs** ist ein Deutschkurs mit einem Orientierungskurs über das Leben in Deutschland. Das Bundesamt für Migration und Flüchtlinge (BAMF) bezahlt den größten Teil.

In diesem Kurs lernen nur Frauen. Während des Unterrichts spielen Ihre Kinder, die noch nicht in die Kita oder Schule gehen, in einem Raum im selben Haus. Erzieherinnen passen auf sie auf.

- **Einstieg:** Niveau A2 (Sie können schon etwas Deutsch)
- **Ziel:** Niveau B1 und die Prüfung „Deutsch-Test für Zuwanderer“
- **Zeit:** Montag bis Donnerstag, 8:30 bis 11:45 Uhr

Bitte rufen Sie vorher an. Wir machen einen kurzen Einstufungstest. Bringen Sie Ihre Berechtigung vom BAMF oder vom Jobcenter mit, wenn Sie eine haben.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course for women with childcare (A2) – Kernstadt',
        summary:
          'Learn German in a women-only group. Your young children are looked after during lessons. Entry at level A2, starting on 7 December 2026.',
        description: `The **Integrationskurs** (integration course) is a German course plus an orientation course about life in Germany. The Federal Office for Migration and Refugees (BAMF) pays most of the cost.

Only women take part in this course. During lessons, your children who do not yet go to a Kita (day-care centre) or school play in a room in the same building. Trained childcare staff look after them.

- **Entry:** level A2 (you already know some German)
- **Goal:** level B1 and the exam "Deutsch-Test für Zuwanderer" (German test for immigrants)
- **Time:** Monday to Thursday, 8:30 to 11:45

Please call us first. We will do a short placement test. If you have an entitlement letter from the BAMF or the Jobcenter, please bring it.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج للنساء مع رعاية الأطفال (A2) – وسط المدينة',
        summary:
          'تعلّمي الألمانية في مجموعة للنساء فقط، ويُعتنى بأطفالك الصغار أثناء الدروس. البداية من المستوى A2، وتنطلق الدورة في 7 ديسمبر 2026.',
        description: `**دورة الاندماج (Integrationskurs)** هي دورة لغة ألمانية مع دورة توجيهية عن الحياة في ألمانيا. ويتحمّل المكتب الاتحادي للهجرة واللاجئين (BAMF) الجزء الأكبر من التكاليف.

تشارك في هذه الدورة النساء فقط. وأثناء الدرس يلعب أطفالك الذين لم يلتحقوا بعد بروضة الأطفال (Kita) أو بالمدرسة في غرفة داخل المبنى نفسه، وتعتني بهم مربيات مؤهلات.

- **البداية:** المستوى A2 (تعرفين بعض الألمانية)
- **الهدف:** المستوى B1 وامتحان «Deutsch-Test für Zuwanderer» (اختبار اللغة الألمانية للمهاجرين)
- **الموعد:** من الاثنين إلى الخميس، من الساعة 8:30 إلى 11:45

يُرجى الاتصال بنا أولًا لإجراء اختبار قصير لتحديد المستوى. وإذا كان لديك إذن بالمشاركة من المكتب الاتحادي (BAMF) أو من مركز العمل (Jobcenter) فأحضريه معك.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دوره ادغام برای زنان همراه با نگهداری از کودک (A2) – مرکز شهر',
        summary:
          'در یک گروه فقط زنانه آلمانی یاد بگیرید. در زمان کلاس از کودکان خردسال شما نگهداری می‌شود. شروع از سطح A2، از ۷ دسامبر ۲۰۲۶.',
        description: `**دوره ادغام (Integrationskurs)** یک کلاس زبان آلمانی همراه با دوره آشنایی با زندگی در آلمان است. بیشتر هزینه آن را اداره فدرال مهاجرت و پناهندگان (BAMF) می‌پردازد.

در این دوره فقط زنان شرکت می‌کنند. در زمان کلاس، کودکان شما که هنوز به مهدکودک (Kita) یا مدرسه نمی‌روند، در اتاقی در همان ساختمان بازی می‌کنند و مربیان از آن‌ها مراقبت می‌کنند.

- **شروع:** سطح A2 (کمی آلمانی بلد هستید)
- **هدف:** سطح B1 و آزمون «Deutsch-Test für Zuwanderer» (آزمون زبان آلمانی برای مهاجران)
- **زمان:** دوشنبه تا پنجشنبه، ساعت ۸:۳۰ تا ۱۱:۴۵

لطفاً اول با ما تماس بگیرید تا یک آزمون کوتاه تعیین سطح انجام دهیم. اگر از BAMF یا جاب‌سنتر (Jobcenter) مجوز شرکت دارید، آن را همراه بیاورید.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Інтеграційний курс для жінок із доглядом за дітьми (A2) — центр міста',
        summary:
          'Вивчайте німецьку в групі лише для жінок. Поки триває заняття, за вашими маленькими дітьми доглядають. Рівень A2, початок 7 грудня 2026 року.',
        description: `**Інтеграційний курс (Integrationskurs)** — це курс німецької мови та орієнтаційний курс про життя в Німеччині. Більшу частину вартості оплачує Федеральне відомство у справах міграції та біженців (BAMF).

У цьому курсі навчаються лише жінки. Під час заняття ваші діти, які ще не ходять до дитячого садка (Kita) чи школи, граються в кімнаті в тому самому будинку. За ними доглядають вихователі.

- **Початок:** рівень A2 (ви вже трохи знаєте німецьку)
- **Мета:** рівень B1 та іспит «Deutsch-Test für Zuwanderer» (тест з німецької для іммігрантів)
- **Час:** з понеділка по четвер, з 8:30 до 11:45

Будь ласка, спочатку зателефонуйте нам. Ми проведемо короткий тест на визначення рівня. Якщо маєте дозвіл на участь від BAMF або від Jobcenter, візьміть його з собою.

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Çocuk bakımı olan kadınlara yönelik uyum kursu (A2) – şehir merkezi',
        summary:
          "Sadece kadınlardan oluşan bir grupta Almanca öğrenin. Ders sırasında küçük çocuklarınıza bakılır. A2 seviyesinden başlangıç, 7 Aralık 2026'da başlıyor.",
        description: `**Uyum kursu (Integrationskurs)**, Almanca dil kursu ile Almanya'daki yaşam hakkında bir oryantasyon kursundan oluşur. Masrafların büyük kısmını Federal Göç ve Mülteciler Dairesi (BAMF) karşılar.

Bu kursa sadece kadınlar katılır. Ders sırasında henüz Kita'ya (kreş ve anaokulu) veya okula gitmeyen çocuklarınız aynı binadaki bir odada oynar. Onlara eğitimli bakıcılar göz kulak olur.

- **Başlangıç:** A2 seviyesi (biraz Almanca biliyorsunuz)
- **Hedef:** B1 seviyesi ve “Deutsch-Test für Zuwanderer” (göçmenler için Almanca sınavı)
- **Zaman:** Pazartesiden perşembeye, 08.30–11.45

Lütfen önce bizi arayın. Kısa bir seviye belirleme sınavı yapacağız. BAMF'tan veya Jobcenter'dan katılım belgeniz varsa lütfen yanınızda getirin.

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'integrationskurs-frauen-kinderbetreuung-ahlten',
    category: 'language-course',
    targetGroups: ['women', 'parents', 'refugees'],
    staffLanguages: ['de', 'ar', 'fa'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-10-28',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
    ],
    provider: 'vhs-ostkreis',
    locations: ['familienzentrum-ahlten'],
    contacts: ['vhs-integrationskurse'],
    languageCourse: {
      level: 'A1',
      courseType: 'integration-women',
      startDate: '2027-02-01',
      endDate: '2028-06-30',
      schedule: { days: ['mon', 'tue', 'wed', 'thu'], start: '08:45', end: '12:00' },
      seatsTotal: 14,
      seatsFree: 6,
      childcare: true,
      womenOnly: true,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs für Frauen mit Kinderbetreuung (A1) – Ahlten',
        summary:
          'Deutsch von Anfang an, nur für Frauen, im Familienzentrum in Ahlten. Ihre Kinder werden im Haus betreut. Start am 1. Februar 2027.',
        description: `Dieser **Integrationskurs** ist für Frauen, die noch kein oder sehr wenig Deutsch können. Sie lernen Deutsch für den Alltag: beim Arzt, beim Einkaufen, in der Kita und in der Schule Ihrer Kinder.

Der Kurs findet im Familienzentrum statt. Ihre Kinder spielen im Nebenraum, Fachkräfte betreuen sie. So können Sie in Ruhe lernen.

- **Zeit:** Montag bis Donnerstag, 8:45 bis 12:00 Uhr
- **Dauer:** bis Juni 2028, mit Ferien
- **Ort:** Familienzentrum Musterhaus in Ahlten

Melden Sie sich bei der Beratung für Integrationskurse der VHS. Dort spricht man auch Persisch.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course for women with childcare (A1) – Ahlten',
        summary:
          'German from the very beginning, for women only, at the family centre in Ahlten. Your children are looked after in the same building. Starts on 1 February 2027.',
        description: `This **Integrationskurs** (integration course) is for women who speak no German or very little German. You learn German for everyday life: at the doctor's, when shopping, at your children's Kita (day-care centre) and school.

The course takes place at the family centre. Your children play in the room next door, looked after by trained staff. So you can learn in peace.

- **Time:** Monday to Thursday, 8:45 to 12:00
- **Duration:** until June 2028, including holidays
- **Place:** Familienzentrum Musterhaus in Ahlten

Contact the VHS integration course advisers. They also speak Persian.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج للنساء مع رعاية الأطفال (A1) – آلتن',
        summary:
          'تعلّم الألمانية من البداية، للنساء فقط، في مركز الأسرة في آلتن (Ahlten). ويُعتنى بأطفالك في المبنى نفسه. تبدأ الدورة في 1 فبراير 2027.',
        description: `**دورة الاندماج (Integrationskurs)** هذه مخصّصة للنساء اللواتي لا يعرفن الألمانية أو يعرفن القليل منها فقط. ستتعلمين الألمانية للحياة اليومية: عند الطبيب، وأثناء التسوق، وفي روضة أطفالك (Kita) ومدرستهم.

تُقام الدورة في مركز الأسرة. ويلعب أطفالك في الغرفة المجاورة تحت رعاية مختصين، لكي تتعلمي بهدوء.

- **الموعد:** من الاثنين إلى الخميس، من الساعة 8:45 إلى 12:00
- **المدة:** حتى يونيو 2028، مع العطل
- **المكان:** مركز الأسرة Musterhaus في آلتن

تواصلي مع قسم الاستشارة حول دورات الاندماج في VHS، ويتحدث الفريق هناك الفارسية أيضًا.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دوره ادغام برای زنان همراه با نگهداری از کودک (A1) – آلتن',
        summary:
          'آلمانی از پایه، فقط برای زنان، در مرکز خانواده در آلتن (Ahlten). از کودکان شما در همان ساختمان نگهداری می‌شود. شروع: ۱ فوریه ۲۰۲۷.',
        description: `این **دوره ادغام (Integrationskurs)** برای زنانی است که آلمانی بلد نیستند یا خیلی کم بلدند. شما آلمانی را برای زندگی روزمره یاد می‌گیرید: نزد پزشک، هنگام خرید، در مهدکودک (Kita) و مدرسه فرزندانتان.

کلاس در مرکز خانواده برگزار می‌شود. کودکان شما در اتاق کناری بازی می‌کنند و مربیان از آن‌ها مراقبت می‌کنند. به این ترتیب می‌توانید با آرامش یاد بگیرید.

- **زمان:** دوشنبه تا پنجشنبه، ساعت ۸:۴۵ تا ۱۲:۰۰
- **مدت:** تا ژوئن ۲۰۲۸، همراه با تعطیلات
- **مکان:** مرکز خانواده Musterhaus در آلتن

با مشاوره دوره‌های ادغام VHS تماس بگیرید. در آنجا فارسی هم صحبت می‌کنند.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Інтеграційний курс для жінок із доглядом за дітьми (A1) — Альтен',
        summary:
          'Німецька з нуля, лише для жінок, у сімейному центрі в Альтені (Ahlten). За дітьми доглядають у тому самому будинку. Початок 1 лютого 2027 року.',
        description: `Цей **інтеграційний курс (Integrationskurs)** для жінок, які зовсім не знають німецької або знають дуже мало. Ви вивчатимете німецьку для повсякденного життя: у лікаря, у магазині, у дитячому садку (Kita) та в школі ваших дітей.

Курс проходить у сімейному центрі. Ваші діти граються в сусідній кімнаті під наглядом фахівців. Тож ви можете спокійно вчитися.

- **Час:** з понеділка по четвер, з 8:45 до 12:00
- **Тривалість:** до червня 2028 року, з канікулами
- **Місце:** сімейний центр Musterhaus в Альтені

Зверніться до консультантів з інтеграційних курсів VHS. Там говорять також перською.

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'integrationskurs-eltern-haemelerwald',
    category: 'language-course',
    targetGroups: ['parents', 'families'],
    staffLanguages: ['de', 'en', 'ru', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-03',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
      {
        url: 'https://integrationskurs.example.org',
        label: linkLabels.integrationCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['schule-haemelerwald'],
    contacts: ['vhs-integrationskurse'],
    languageCourse: {
      level: 'A2',
      courseType: 'integration-parents',
      startDate: '2027-01-11',
      endDate: '2027-11-26',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:15', end: '11:30' },
      seatsTotal: 16,
      seatsFree: 5,
      childcare: true,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs für Eltern (A2) – Hämelerwald',
        summary:
          'Deutsch lernen, während Ihre Kinder in der Schule oder Kita sind. Mit Themen wie Elternabend, Zeugnis und Kita. Kleine Kinder werden betreut. Start am 11. Januar 2027.',
        description: `Der **Integrationskurs für Eltern** ist für Mütter und Väter. Sie lernen Deutsch und sprechen über Themen aus dem Familienleben: Gespräch mit der Erzieherin, Elternabend, Zeugnis, Arzttermin für das Kind.

Der Unterricht ist zu Schulzeiten. So können Sie Ihre Kinder bringen und abholen. Für Kinder unter 3 Jahren gibt es eine Betreuung im Haus.

- **Einstieg:** Niveau A2
- **Zeit:** Montag bis Freitag, 8:15 bis 11:30 Uhr, nicht in den Schulferien
- **Ort:** Kursraum in der Grundschule Hämelerwald

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course for parents (A2) – Hämelerwald',
        summary:
          "Learn German while your children are at school or at the Kita. Topics include parents' evenings, school reports and day care. Young children are looked after. Starts on 11 January 2027.",
        description: `The **Integrationskurs für Eltern** (integration course for parents) is for mothers and fathers. You learn German and talk about family life: talking to your child's nursery teacher, parents' evenings, school reports, doctor's appointments for your child.

Lessons take place during school hours, so you can take your children to school and pick them up. Children under 3 are looked after in the same building.

- **Entry:** level A2
- **Time:** Monday to Friday, 8:15 to 11:30, not during school holidays
- **Place:** course room in the primary school in Hämelerwald

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج للآباء والأمهات (A2) – هيميلرفالد',
        summary:
          'تعلّم الألمانية بينما يكون أطفالك في المدرسة أو في روضة الأطفال، مع مواضيع مثل اجتماع أولياء الأمور والشهادة المدرسية. يُعتنى بالأطفال الصغار. تبدأ في 11 يناير 2027.',
        description: `**دورة الاندماج للآباء والأمهات (Integrationskurs für Eltern)** مخصّصة للأمهات والآباء. تتعلّم فيها الألمانية وتتحدث عن مواضيع من الحياة العائلية: الحديث مع المربية في الروضة، واجتماع أولياء الأمور، والشهادة المدرسية، ومواعيد الطبيب للطفل.

تكون الدروس في أوقات الدوام المدرسي، فتستطيع إيصال أطفالك وإحضارهم. ويُعتنى بالأطفال دون سن الثالثة في المبنى نفسه.

- **البداية:** المستوى A2
- **الموعد:** من الاثنين إلى الجمعة، من الساعة 8:15 إلى 11:30، ما عدا العطل المدرسية
- **المكان:** قاعة الدورات في المدرسة الابتدائية في هيميلرفالد (Hämelerwald)

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Інтеграційний курс для батьків (A2) — Гемелервальд',
        summary:
          'Вивчайте німецьку, поки діти в школі чи дитячому садку. Теми: батьківські збори, табель, дитячий садок. За малюками доглядають. Початок 11 січня 2027 року.',
        description: `**Інтеграційний курс для батьків (Integrationskurs für Eltern)** — для матерів і батьків. Ви вивчаєте німецьку та говорите про теми з сімейного життя: розмова з вихователькою, батьківські збори, шкільний табель, візит до лікаря з дитиною.

Заняття відбуваються під час шкільних уроків, тож ви встигаєте відвести дітей і забрати їх. Для дітей до 3 років є догляд у тому самому будинку.

- **Початок:** рівень A2
- **Час:** з понеділка по п’ятницю, з 8:15 до 11:30, окрім шкільних канікул
- **Місце:** навчальна кімната в початковій школі Гемелервальда (Hämelerwald)

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Anne ve babalara yönelik uyum kursu (A2) – Hämelerwald',
        summary:
          "Çocuklarınız okuldayken veya Kita'dayken Almanca öğrenin. Veli toplantısı, karne ve Kita gibi konular işlenir. Küçük çocuklara bakılır. 11 Ocak 2027'de başlıyor.",
        description: `**Anne ve babalara yönelik uyum kursu (Integrationskurs für Eltern)**, anneler ve babalar içindir. Almanca öğrenir ve aile hayatından konular hakkında konuşursunuz: öğretmenle görüşme, veli toplantısı, karne, çocuğunuz için doktor randevusu.

Dersler okul saatlerindedir; böylece çocuklarınızı götürüp alabilirsiniz. 3 yaşından küçük çocuklara aynı binada bakılır.

- **Başlangıç:** A2 seviyesi
- **Zaman:** Pazartesiden cumaya, 08.15–11.30, okul tatillerinde ders yok
- **Yer:** Hämelerwald ilkokulundaki kurs odası

(Demo için örnek hizmet)`,
      },
      ru: {
        title: 'Интеграционный курс для родителей (A2) — Хемелервальд',
        summary:
          'Учите немецкий, пока дети в школе или в детском саду. Темы: родительское собрание, табель, детский сад. За малышами присматривают. Начало 11 января 2027 года.',
        description: `**Интеграционный курс для родителей (Integrationskurs für Eltern)** — для мам и пап. Вы учите немецкий и говорите на темы из семейной жизни: разговор с воспитательницей, родительское собрание, школьный табель, приём у врача с ребёнком.

Занятия проходят во время школьных уроков, так что вы успеваете отвести детей и забрать их. Для детей до 3 лет есть присмотр в том же здании.

- **Начало:** уровень A2
- **Время:** с понедельника по пятницу, с 8:15 до 11:30, кроме школьных каникул
- **Место:** учебная комната в начальной школе Хемелервальда (Hämelerwald)

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'integrationskurs-junge-erwachsene-kernstadt',
    category: 'language-course',
    targetGroups: ['youth', 'newcomers', 'refugees'],
    staffLanguages: ['de', 'en', 'fa', 'ar'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-12',
    links: [{ url: 'https://vhs-ostkreis.example.org/jugendkurs', label: linkLabels.moreInfo }],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-integrationskurse', 'jmd-beratung'],
    languageCourse: {
      level: 'A1',
      courseType: 'integration-youth',
      startDate: '2027-03-01',
      endDate: '2028-01-28',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '13:15' },
      seatsTotal: 18,
      seatsFree: 9,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs für junge Erwachsene bis 27 Jahre (A1)',
        summary:
          'Deutsch lernen mit anderen jungen Menschen. Der Kurs bereitet auf Schule, Ausbildung oder Studium vor. Start am 1. März 2027 in der Kernstadt.',
        description: `Dieser **Integrationskurs** ist für junge Menschen bis 27 Jahre, die nicht mehr zur Schule gehen müssen. Sie lernen Deutsch und erfahren, wie Schule, Ausbildung und Studium in Deutschland funktionieren.

Im Kurs besuchen Sie Betriebe und die Berufsschule. Der Jugendmigrationsdienst kommt regelmäßig in den Kurs und beantwortet Ihre Fragen.

- **Einstieg:** ohne Deutschkenntnisse (A1)
- **Zeit:** Montag bis Freitag, 9:00 bis 13:15 Uhr
- **Ziel:** Niveau B1

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course for young adults up to 27 (A1)',
        summary:
          'Learn German together with other young people. The course prepares you for school, vocational training or university. Starts on 1 March 2027 in the Kernstadt (town centre).',
        description: `This **Integrationskurs** (integration course) is for young people up to the age of 27 who no longer have to attend school. You learn German and find out how school, vocational training and university work in Germany.

During the course you visit companies and the vocational school. The youth migration service (Jugendmigrationsdienst) comes to the course regularly and answers your questions.

- **Entry:** no German needed (A1)
- **Time:** Monday to Friday, 9:00 to 13:15
- **Goal:** level B1

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج للشباب حتى سن 27 عامًا (A1)',
        summary:
          'تعلّم الألمانية مع شباب آخرين. تُعِدّك الدورة للمدرسة أو التدريب المهني أو الدراسة الجامعية. تبدأ في 1 مارس 2027 في وسط المدينة.',
        description: `**دورة الاندماج (Integrationskurs)** هذه مخصّصة للشباب حتى سن 27 عامًا الذين لم يعودوا ملزمين بالذهاب إلى المدرسة. تتعلّم فيها الألمانية وتعرف كيف تسير المدرسة والتدريب المهني والدراسة الجامعية في ألمانيا.

خلال الدورة تزور شركات ومدرسة مهنية. ويأتي فريق خدمة الهجرة للشباب (Jugendmigrationsdienst) إلى الدورة بانتظام ليجيب عن أسئلتك.

- **البداية:** دون معرفة سابقة بالألمانية (A1)
- **الموعد:** من الاثنين إلى الجمعة، من الساعة 9:00 إلى 13:15
- **الهدف:** المستوى B1

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دوره ادغام برای جوانان تا ۲۷ سال (A1)',
        summary:
          'آلمانی را همراه با جوانان دیگر یاد بگیرید. این دوره شما را برای مدرسه، آموزش حرفه‌ای یا دانشگاه آماده می‌کند. شروع: ۱ مارس ۲۰۲۷ در مرکز شهر.',
        description: `این **دوره ادغام (Integrationskurs)** برای جوانان تا ۲۷ سال است که دیگر مجبور نیستند به مدرسه بروند. شما آلمانی یاد می‌گیرید و می‌فهمید مدرسه، آموزش حرفه‌ای و دانشگاه در آلمان چطور کار می‌کنند.

در طول دوره از چند شرکت و از مدرسه حرفه‌ای بازدید می‌کنید. کارکنان خدمات مهاجرت جوانان (Jugendmigrationsdienst) هم مرتب به کلاس می‌آیند و به سؤال‌های شما پاسخ می‌دهند.

- **شروع:** بدون دانستن آلمانی (A1)
- **زمان:** دوشنبه تا جمعه، ساعت ۹:۰۰ تا ۱۳:۱۵
- **هدف:** سطح B1

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Інтеграційний курс для молоді до 27 років (A1)',
        summary:
          'Вивчайте німецьку разом з іншими молодими людьми. Курс готує до школи, професійного навчання або університету. Початок 1 березня 2027 року в центрі міста.',
        description: `Цей **інтеграційний курс (Integrationskurs)** для молодих людей до 27 років, які вже не зобов’язані ходити до школи. Ви вивчаєте німецьку й дізнаєтеся, як у Німеччині влаштовані школа, професійне навчання та університет.

Під час курсу ви відвідаєте підприємства та професійну школу. Працівники молодіжної міграційної служби (Jugendmigrationsdienst) регулярно приходять на заняття й відповідають на ваші запитання.

- **Початок:** без знання німецької (A1)
- **Час:** з понеділка по п’ятницю, з 9:00 до 13:15
- **Мета:** рівень B1

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'alphabetisierungskurs-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers', 'refugees'],
    staffLanguages: ['de', 'ar', 'fa', 'ti'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: true,
    appointmentNeeded: true,
    lastVerified: '2026-11-18',
    links: [
      {
        url: 'https://integrationskurs.example.org/alphabetisierung',
        label: linkLabels.integrationCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-kursberatung-deutsch'],
    languageCourse: {
      level: 'literacy',
      courseType: 'integration-literacy',
      startDate: '2026-09-14',
      endDate: '2027-10-29',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '11:45' },
      seatsTotal: 12,
      seatsFree: 0,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs mit Alphabetisierung – Lesen und Schreiben lernen',
        summary:
          'Für Menschen, die nicht oder nur wenig lesen und schreiben können. Kleine Gruppe, viel Zeit. Der Kurs läuft schon und ist voll. Sie können auf die Warteliste.',
        description: `In diesem Kurs lernen Sie Deutsch **und** Lesen und Schreiben mit lateinischen Buchstaben. Die Gruppe ist klein. Die Lehrkraft erklärt langsam und mit vielen Bildern.

Der Kurs hat im September 2026 begonnen und ist voll. Im Frühjahr 2027 beginnt ein neuer Kurs. Rufen Sie an oder kommen Sie vorbei, dann setzen wir Sie auf die Warteliste.

- **Zeit:** Montag bis Freitag, 8:30 bis 11:45 Uhr
- **Ort:** VHS-Lernort in der Kernstadt
- **Gut zu wissen:** Sie sind nicht allein. Viele Erwachsene lernen hier zum ersten Mal lesen und schreiben.

Sie können gern eine Person mitbringen, die für Sie liest oder übersetzt.

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course with literacy training – learn to read and write',
        summary:
          'For people who cannot read and write, or only a little. Small group, plenty of time. The course has already started and is full. You can join the waiting list.',
        description: `In this course you learn German **and** how to read and write with Latin letters. The group is small. The teacher explains slowly and uses lots of pictures.

The course began in September 2026 and is full. A new course starts in spring 2027. Call us or drop in, and we will put you on the waiting list.

- **Time:** Monday to Friday, 8:30 to 11:45
- **Place:** VHS learning centre in the Kernstadt (town centre)
- **Good to know:** you are not alone. Many adults learn to read and write here for the first time.

You are welcome to bring someone who can read or translate for you.

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج مع تعليم القراءة والكتابة',
        summary:
          'للأشخاص الذين لا يستطيعون القراءة والكتابة أو يستطيعونها قليلًا فقط. مجموعة صغيرة ووقت كافٍ. الدورة بدأت وهي ممتلئة، ويمكنك التسجيل في قائمة الانتظار.',
        description: `في هذه الدورة تتعلّم الألمانية **وكذلك** القراءة والكتابة بالحروف اللاتينية. المجموعة صغيرة، ويشرح المعلّم ببطء وبكثير من الصور.

بدأت الدورة في سبتمبر 2026 وهي ممتلئة الآن. وتبدأ دورة جديدة في ربيع 2027. اتصل بنا أو تعال إلينا لنسجّل اسمك في قائمة الانتظار.

- **الموعد:** من الاثنين إلى الجمعة، من الساعة 8:30 إلى 11:45
- **المكان:** مركز التعلم التابع لـ VHS في وسط المدينة
- **معلومة مفيدة:** لست وحدك، فكثير من البالغين يتعلمون القراءة والكتابة هنا لأول مرة.

يمكنك أن تُحضر معك شخصًا يقرأ لك أو يترجم.

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دوره ادغام همراه با سوادآموزی – خواندن و نوشتن یاد بگیرید',
        summary:
          'برای کسانی که خواندن و نوشتن بلد نیستند یا کم بلدند. گروه کوچک، زمان کافی. این دوره شروع شده و پر است. می‌توانید در فهرست انتظار ثبت‌نام کنید.',
        description: `در این دوره آلمانی **و** خواندن و نوشتن با حروف لاتین را یاد می‌گیرید. گروه کوچک است. معلم آرام و با تصویرهای زیاد توضیح می‌دهد.

این دوره در سپتامبر ۲۰۲۶ شروع شده و پر است. در بهار ۲۰۲۷ یک دوره تازه شروع می‌شود. تلفن کنید یا سری به ما بزنید تا نام شما را در فهرست انتظار بنویسیم.

- **زمان:** دوشنبه تا جمعه، ساعت ۸:۳۰ تا ۱۱:۴۵
- **مکان:** محل آموزش VHS در مرکز شهر
- **خوب است بدانید:** شما تنها نیستید. بسیاری از بزرگسالان اینجا برای اولین بار خواندن و نوشتن یاد می‌گیرند.

می‌توانید کسی را همراه بیاورید که برایتان بخواند یا ترجمه کند.

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Інтеграційний курс із навчанням грамоти — вчимося читати й писати',
        summary:
          'Для людей, які не вміють або погано вміють читати й писати. Невелика група, багато часу. Курс уже триває, місць немає. Можна записатися в список очікування.',
        description: `На цьому курсі ви вивчаєте німецьку **і** вчитеся читати й писати латинськими літерами. Група невелика. Викладач пояснює повільно й з великою кількістю малюнків.

Курс розпочався у вересні 2026 року, вільних місць немає. Навесні 2027 року почнеться новий курс. Зателефонуйте або приходьте — ми запишемо вас у список очікування.

- **Час:** з понеділка по п’ятницю, з 8:30 до 11:45
- **Місце:** навчальний центр VHS у центрі міста
- **Варто знати:** ви не самі. Багато дорослих уперше вчаться тут читати й писати.

Можете взяти з собою людину, яка читатиме або перекладатиме для вас.

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
  {
    slug: 'integrationskurs-zweitschriftlernende-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers', 'refugees'],
    staffLanguages: ['de', 'ar', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-18',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-integrationskurse'],
    languageCourse: {
      level: 'A1',
      courseType: 'integration-second-script',
      startDate: '2026-12-14',
      endDate: '2027-11-19',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '12:30', end: '15:45' },
      seatsTotal: 16,
      seatsFree: 4,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs für Zweitschriftlernende (A1) – Kernstadt',
        summary:
          'Sie lesen und schreiben gut in Ihrer Sprache, zum Beispiel auf Arabisch, Persisch, Ukrainisch oder Russisch? Hier lernen Sie Deutsch und die lateinische Schrift. Start am 14. Dezember 2026.',
        description: `Dieser **Integrationskurs** ist für Menschen, die schon eine andere Schrift beherrschen, zum Beispiel die arabische oder die kyrillische Schrift. Sie lernen die lateinischen Buchstaben und gleichzeitig Deutsch.

Weil Sie schon lesen und schreiben können, lernen Sie die neue Schrift meist schnell. Danach geht der Kurs weiter bis Niveau B1.

- **Einstieg:** ohne Deutschkenntnisse (A1)
- **Zeit:** Montag bis Freitag, 12:30 bis 15:45 Uhr
- **Ort:** VHS-Lernort in der Kernstadt

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Integration course for learners of the Latin alphabet (A1) – Kernstadt',
        summary:
          'Can you read and write well in your own language, for example in Arabic, Persian, Ukrainian or Russian? Here you learn German and the Latin alphabet. Starts on 14 December 2026.',
        description: `This **Integrationskurs** (integration course) is for people who already master another script, for example Arabic or Cyrillic. You learn the Latin letters and German at the same time.

As you can already read and write, you will usually learn the new script quickly. After that, the course continues up to level B1.

- **Entry:** no German needed (A1)
- **Time:** Monday to Friday, 12:30 to 15:45
- **Place:** VHS learning centre in the Kernstadt (town centre)

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج لمتعلمي الحروف اللاتينية (A1) – وسط المدينة',
        summary:
          'هل تجيد القراءة والكتابة بلغتك، مثل العربية أو الفارسية أو الأوكرانية أو الروسية؟ هنا تتعلّم الألمانية والحروف اللاتينية. تبدأ الدورة في 14 ديسمبر 2026.',
        description: `**دورة الاندماج (Integrationskurs)** هذه مخصّصة لمن يتقن كتابة أخرى، مثل الكتابة العربية أو الكيريلية. تتعلّم فيها الحروف اللاتينية والألمانية في الوقت نفسه.

ولأنك تعرف القراءة والكتابة، فإنك تتعلم الكتابة الجديدة عادةً بسرعة. وبعد ذلك تستمر الدورة حتى المستوى B1.

- **البداية:** دون معرفة سابقة بالألمانية (A1)
- **الموعد:** من الاثنين إلى الجمعة، من الساعة 12:30 إلى 15:45
- **المكان:** مركز التعلم التابع لـ VHS في وسط المدينة

(عرض نموذجي للنسخة التجريبية)`,
      },
      fa: {
        title: 'دوره ادغام برای یادگیری الفبای لاتین (A1) – مرکز شهر',
        summary:
          'به زبان خودتان، مثلاً فارسی، عربی، اوکراینی یا روسی، خوب می‌خوانید و می‌نویسید؟ اینجا آلمانی و الفبای لاتین را یاد می‌گیرید. شروع: ۱۴ دسامبر ۲۰۲۶.',
        description: `این **دوره ادغام (Integrationskurs)** برای کسانی است که خط دیگری را خوب بلدند، مثلاً خط فارسی و عربی یا خط سیریلیک. در این دوره حروف لاتین و زبان آلمانی را هم‌زمان یاد می‌گیرید.

چون خواندن و نوشتن را بلد هستید، معمولاً خط تازه را زود یاد می‌گیرید. بعد از آن، دوره تا سطح B1 ادامه پیدا می‌کند.

- **شروع:** بدون دانستن آلمانی (A1)
- **زمان:** دوشنبه تا جمعه، ساعت ۱۲:۳۰ تا ۱۵:۴۵
- **مکان:** محل آموزش VHS در مرکز شهر

(خدمت نمونه برای نسخه نمایشی)`,
      },
      uk: {
        title: 'Інтеграційний курс для тих, хто вивчає латинську абетку (A1) — центр міста',
        summary:
          'Ви добре читаєте й пишете своєю мовою, наприклад українською, російською, арабською чи перською? Тут ви вивчите німецьку та латинську абетку. Початок 14 грудня 2026 року.',
        description: `Цей **інтеграційний курс (Integrationskurs)** для людей, які вже володіють іншою писемністю, наприклад кирилицею чи арабським письмом. Ви вивчаєте латинські літери й водночас німецьку мову.

Оскільки ви вже вмієте читати й писати, нову абетку зазвичай засвоюєте швидко. Далі курс триває до рівня B1.

- **Початок:** без знання німецької (A1)
- **Час:** з понеділка по п’ятницю, з 12:30 до 15:45
- **Місце:** навчальний центр VHS у центрі міста

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Интеграционный курс для изучающих латинский алфавит (A1) — центр города',
        summary:
          'Вы хорошо читаете и пишете на своём языке, например на русском, украинском, арабском или персидском? Здесь вы выучите немецкий и латинский алфавит. Начало 14 декабря 2026 года.',
        description: `Этот **интеграционный курс (Integrationskurs)** — для тех, кто уже владеет другой письменностью, например кириллицей или арабским письмом. Вы изучаете латинские буквы и одновременно немецкий язык.

Поскольку вы уже умеете читать и писать, новый алфавит обычно осваивается быстро. Затем курс продолжается до уровня B1.

- **Начало:** без знания немецкого (A1)
- **Время:** с понедельника по пятницу, с 12:30 до 15:45
- **Место:** учебный центр VHS в центре города

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'intensiv-integrationskurs-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers'],
    staffLanguages: ['de', 'en', 'uk', 'ru'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-10-20',
    links: [{ url: 'https://vhs-ostkreis.example.org/intensivkurs', label: linkLabels.moreInfo }],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-integrationskurse'],
    languageCourse: {
      level: 'A1',
      courseType: 'integration-intensive',
      startDate: '2027-04-12',
      endDate: '2027-08-27',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '13:00' },
      seatsTotal: 20,
      seatsFree: 12,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Intensiv-Integrationskurs: in kurzer Zeit zu B1',
        summary:
          'Für Menschen, die schnell lernen und schon eine Fremdsprache gelernt haben. Weniger Stunden, höheres Tempo. Start am 12. April 2027.',
        description: `Der **Intensivkurs** hat weniger Unterrichtsstunden als ein normaler Integrationskurs. Sie lernen schneller und müssen auch zu Hause viel üben. Der Kurs passt gut, wenn Sie studiert haben oder schon andere Sprachen sprechen.

Vor dem Kurs machen Sie einen Einstufungstest. Dann sehen wir gemeinsam, ob das Tempo für Sie passt.

- **Zeit:** Montag bis Freitag, 8:30 bis 13:00 Uhr
- **Dauer:** etwa 4 Monate
- **Ziel:** Niveau B1 und der Test „Leben in Deutschland“

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Intensive integration course: reach B1 in a short time',
        summary:
          'For people who learn fast and have already learned a foreign language. Fewer hours, faster pace. Starts on 12 April 2027.',
        description: `The **Intensivkurs** (intensive course) has fewer lesson hours than a normal integration course. You learn faster and need to practise a lot at home. The course is a good fit if you have studied at university or already speak other languages.

Before the course you take a placement test. Then we decide together whether the pace suits you.

- **Time:** Monday to Friday, 8:30 to 13:00
- **Duration:** about 4 months
- **Goal:** level B1 and the test "Leben in Deutschland" (Life in Germany)

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج المكثفة: الوصول إلى المستوى B1 في وقت قصير',
        summary:
          'لمن يتعلّم بسرعة وسبق له أن تعلّم لغة أجنبية. ساعات أقل ووتيرة أسرع. تبدأ الدورة في 12 أبريل 2027.',
        description: `تضمّ **الدورة المكثفة (Intensivkurs)** ساعات دراسية أقل من دورة الاندماج العادية. ستتعلّم بسرعة أكبر وتحتاج إلى كثير من التمرين في البيت. وتناسبك هذه الدورة إذا كنت قد درست في الجامعة أو تتحدث لغات أخرى.

قبل الدورة تُجري اختبارًا لتحديد المستوى، ثم نقرّر معًا ما إذا كانت الوتيرة مناسبة لك.

- **الموعد:** من الاثنين إلى الجمعة، من الساعة 8:30 إلى 13:00
- **المدة:** نحو 4 أشهر
- **الهدف:** المستوى B1 واختبار «Leben in Deutschland» (الحياة في ألمانيا)

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Інтенсивний інтеграційний курс: рівень B1 за короткий час',
        summary:
          'Для тих, хто швидко вчиться й уже вивчав іноземну мову. Менше годин, вищий темп. Початок 12 квітня 2027 року.',
        description: `**Інтенсивний курс (Intensivkurs)** має менше навчальних годин, ніж звичайний інтеграційний курс. Ви вчитеся швидше й маєте багато займатися вдома. Курс добре підходить, якщо ви маєте вищу освіту або вже розмовляєте іншими мовами.

Перед курсом ви проходите тест на визначення рівня. Потім ми разом вирішуємо, чи підходить вам такий темп.

- **Час:** з понеділка по п’ятницю, з 8:30 до 13:00
- **Тривалість:** приблизно 4 місяці
- **Мета:** рівень B1 і тест «Leben in Deutschland» («Життя в Німеччині»)

(Приклад пропозиції для демоверсії)`,
      },
      ru: {
        title: 'Интенсивный интеграционный курс: уровень B1 за короткое время',
        summary:
          'Для тех, кто быстро учится и уже изучал иностранный язык. Меньше часов, выше темп. Начало 12 апреля 2027 года.',
        description: `В **интенсивном курсе (Intensivkurs)** меньше учебных часов, чем в обычном интеграционном курсе. Вы учитесь быстрее, и вам нужно много заниматься дома. Курс хорошо подходит, если у вас есть высшее образование или вы уже говорите на других языках.

Перед курсом вы проходите тест на определение уровня. Затем мы вместе решаем, подходит ли вам такой темп.

- **Время:** с понедельника по пятницу, с 8:30 до 13:00
- **Продолжительность:** примерно 4 месяца
- **Цель:** уровень B1 и тест «Leben in Deutschland» («Жизнь в Германии»)

(Пример предложения для демоверсии)`,
      },
    },
  },
  {
    slug: 'integrationskurs-abendkurs-kernstadt',
    category: 'language-course',
    targetGroups: ['newcomers', 'everyone'],
    staffLanguages: ['de', 'en', 'tr'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: false },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-20',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-kursberatung-deutsch'],
    languageCourse: {
      level: 'A2',
      courseType: 'integration-general',
      startDate: '2026-12-01',
      endDate: '2027-09-16',
      schedule: { days: ['mon', 'wed', 'thu'], start: '17:30', end: '20:45' },
      seatsTotal: 20,
      seatsFree: 0,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs am Abend (A2) – für Berufstätige',
        summary:
          'Abendkurs für Menschen, die tagsüber arbeiten. Einstieg auf Niveau A2. Der Kurs ist voll – Sie können sich auf die Warteliste setzen lassen.',
        description: `Sie arbeiten tagsüber und möchten trotzdem einen **Integrationskurs** machen? Dieser Kurs findet am Abend statt, dreimal pro Woche.

Der Kurs beginnt am 1. Dezember 2026 und ist schon voll. Wenn ein Platz frei wird, rufen wir Sie an. Der nächste Abendkurs beginnt voraussichtlich im Herbst 2027.

- **Zeit:** Montag, Mittwoch und Donnerstag, 17:30 bis 20:45 Uhr
- **Einstieg:** Niveau A2
- **Ort:** VHS-Lernort in der Kernstadt

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Evening integration course (A2) – for working people',
        summary:
          'Evening course for people who work during the day. Entry at level A2. The course is full – you can join the waiting list.',
        description: `Do you work during the day but still want to take an **Integrationskurs** (integration course)? This course takes place in the evening, three times a week.

The course starts on 1 December 2026 and is already full. If a place becomes free, we will call you. The next evening course is expected to start in autumn 2027.

- **Time:** Monday, Wednesday and Thursday, 17:30 to 20:45
- **Entry:** level A2
- **Place:** VHS learning centre in the Kernstadt (town centre)

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج المسائية (A2) – للعاملين',
        summary:
          'دورة مسائية لمن يعمل خلال النهار. البداية من المستوى A2. الدورة ممتلئة، ويمكنك التسجيل في قائمة الانتظار.',
        description: `هل تعمل خلال النهار وتريد مع ذلك الالتحاق **بدورة الاندماج (Integrationskurs)**؟ تُقام هذه الدورة مساءً ثلاث مرات في الأسبوع.

تبدأ الدورة في 1 ديسمبر 2026 وهي ممتلئة بالفعل. وإذا شغر مكان فسنتصل بك. ومن المتوقع أن تبدأ الدورة المسائية التالية في خريف 2027.

- **الموعد:** الاثنين والأربعاء والخميس، من الساعة 17:30 إلى 20:45
- **البداية:** المستوى A2
- **المكان:** مركز التعلم التابع لـ VHS في وسط المدينة

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Вечірній інтеграційний курс (A2) — для тих, хто працює',
        summary:
          'Вечірній курс для людей, які працюють удень. Рівень A2. Місць немає — можна записатися в список очікування.',
        description: `Ви працюєте вдень, але хочете пройти **інтеграційний курс (Integrationskurs)**? Цей курс відбувається ввечері, тричі на тиждень.

Курс починається 1 грудня 2026 року, і всі місця вже зайняті. Якщо звільниться місце, ми вам зателефонуємо. Наступний вечірній курс орієнтовно почнеться восени 2027 року.

- **Час:** понеділок, середа й четвер, з 17:30 до 20:45
- **Початок:** рівень A2
- **Місце:** навчальний центр VHS у центрі міста

(Приклад пропозиції для демоверсії)`,
      },
      tr: {
        title: 'Akşam uyum kursu (A2) – çalışanlar için',
        summary:
          'Gündüz çalışanlar için akşam kursu. A2 seviyesinden başlangıç. Kurs dolu; bekleme listesine yazılabilirsiniz.',
        description: `Gündüz çalışıyorsunuz ama yine de bir **uyum kursuna (Integrationskurs)** katılmak mı istiyorsunuz? Bu kurs akşamları, haftada üç kez yapılır.

Kurs 1 Aralık 2026'da başlıyor ve şu an dolu. Bir yer boşalırsa sizi ararız. Bir sonraki akşam kursunun 2027 sonbaharında başlaması planlanıyor.

- **Zaman:** Pazartesi, çarşamba ve perşembe, 17.30–20.45
- **Başlangıç:** A2 seviyesi
- **Yer:** Şehir merkezindeki VHS eğitim yeri

(Demo için örnek hizmet)`,
      },
    },
  },
  {
    slug: 'integrationskurs-vormittag-kernstadt-juni-2027',
    category: 'language-course',
    targetGroups: ['newcomers', 'refugees', 'everyone'],
    staffLanguages: ['de', 'en', 'ar'],
    cost: { type: 'free' },
    accessibility: { stepFreeAccess: true, accessibleToilet: true, hearingLoop: true },
    interpreterAvailable: false,
    appointmentNeeded: true,
    lastVerified: '2026-11-20',
    links: [
      { url: 'https://vhs-ostkreis.example.org/deutschkurse', label: linkLabels.vhsProgramme },
      {
        url: 'https://integrationskurs.example.org',
        label: linkLabels.integrationCourseInfo,
      },
    ],
    provider: 'vhs-ostkreis',
    locations: ['vhs-lernort-kernstadt'],
    contacts: ['vhs-kursberatung-deutsch'],
    languageCourse: {
      level: 'A1',
      courseType: 'integration-general',
      startDate: '2027-06-07',
      endDate: '2028-03-31',
      schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '11:45' },
      seatsTotal: 20,
      seatsFree: 20,
      childcare: false,
      womenOnly: false,
      fundingNote: integrationCourseFunding,
    },
    texts: {
      de: {
        title: 'Integrationskurs am Vormittag (A1) – Start im Juni 2027',
        summary:
          'Allgemeiner Integrationskurs für Anfängerinnen und Anfänger, vormittags in der Kernstadt. Sie können sich schon jetzt anmelden.',
        description: `Im **Integrationskurs** lernen Sie Deutsch für den Alltag und die Arbeit. Im Orientierungskurs erfahren Sie etwas über Geschichte, Politik und das Zusammenleben in Deutschland.

Am Ende machen Sie zwei Prüfungen: den „Deutsch-Test für Zuwanderer“ und den Test „Leben in Deutschland“. Das Zertifikat ist zum Beispiel für eine Niederlassungserlaubnis oder die Einbürgerung wichtig.

- **Einstieg:** ohne Deutschkenntnisse (A1)
- **Zeit:** Montag bis Freitag, 8:30 bis 11:45 Uhr, ab 7. Juni 2027
- **Anmeldung:** bei der Kursberatung der VHS

(Beispielangebot für die Demo)`,
      },
      en: {
        title: 'Morning integration course (A1) – starting June 2027',
        summary:
          'General integration course for beginners, in the mornings in the Kernstadt (town centre). You can register now.',
        description: `In the **Integrationskurs** (integration course) you learn German for everyday life and work. In the orientation course you learn about history, politics and living together in Germany.

At the end you take two exams: the "Deutsch-Test für Zuwanderer" (German test for immigrants) and the test "Leben in Deutschland" (Life in Germany). The certificate matters, for example, for a settlement permit or for naturalisation.

- **Entry:** no German needed (A1)
- **Time:** Monday to Friday, 8:30 to 11:45, from 7 June 2027
- **Registration:** with the VHS course advisers

(Sample offer for the demo)`,
      },
      ar: {
        title: 'دورة الاندماج الصباحية (A1) – تبدأ في يونيو 2027',
        summary:
          'دورة اندماج عامة للمبتدئين، في الفترة الصباحية في وسط المدينة. يمكنك التسجيل من الآن.',
        description: `في **دورة الاندماج (Integrationskurs)** تتعلّم الألمانية للحياة اليومية وللعمل. وفي الدورة التوجيهية تتعرّف على التاريخ والسياسة والعيش المشترك في ألمانيا.

في النهاية تؤدي امتحانين: «Deutsch-Test für Zuwanderer» (اختبار اللغة الألمانية للمهاجرين) واختبار «Leben in Deutschland» (الحياة في ألمانيا). وهذه الشهادة مهمة مثلًا للحصول على إقامة دائمة أو على الجنسية.

- **البداية:** دون معرفة سابقة بالألمانية (A1)
- **الموعد:** من الاثنين إلى الجمعة، من الساعة 8:30 إلى 11:45، ابتداءً من 7 يونيو 2027
- **التسجيل:** لدى قسم الاستشارة حول الدورات في VHS

(عرض نموذجي للنسخة التجريبية)`,
      },
      uk: {
        title: 'Ранковий інтеграційний курс (A1) — початок у червні 2027 року',
        summary:
          'Загальний інтеграційний курс для початківців, зранку в центрі міста. Зареєструватися можна вже зараз.',
        description: `На **інтеграційному курсі (Integrationskurs)** ви вивчаєте німецьку для повсякденного життя й роботи. На орієнтаційному курсі дізнаєтеся про історію, політику та спільне життя в Німеччині.

Наприкінці ви складаєте два іспити: «Deutsch-Test für Zuwanderer» (тест з німецької для іммігрантів) і тест «Leben in Deutschland» («Життя в Німеччині»). Сертифікат важливий, наприклад, для дозволу на постійне проживання або для набуття громадянства.

- **Початок:** без знання німецької (A1)
- **Час:** з понеділка по п’ятницю, з 8:30 до 11:45, від 7 червня 2027 року
- **Реєстрація:** у консультантів з курсів VHS

(Приклад пропозиції для демоверсії)`,
      },
    },
  },
];
