import type { PageDemo } from '../types';

/**
 * Demo content of the portal's four legal and help pages: Impressum, privacy notice,
 * accessibility statement (NBGG § 9b) and the Leichte Sprache explanation, in every
 * portal locale. `body` is Markdown without raw HTML. German is the source text; the
 * German version of legal texts is authoritative.
 *
 * Addresses, phone numbers and e-mail addresses are placeholders and are labelled as
 * sample data in the text. Links between pages are relative to the current page
 * (for example `barrierefreiheit`), so they keep the reader's locale.
 */
export const pages: PageDemo[] = [
  {
    slug: 'impressum',
    role: 'imprint',
    texts: {
      de: {
        title: 'Impressum',
        summary: 'Anbieterkennzeichnung dieses Portals – Musterangaben für die Demo-Installation.',
        body: `> **Musterangaben für die Demo-Installation.** Adresse, Telefonnummer und E-Mail-Adresse sind Beispiele. Vor einer Veröffentlichung trägt die Stadt Lehrte hier ihre echten Angaben ein.

## Angaben nach § 5 Digitale-Dienste-Gesetz (DDG)

Stadt Lehrte

Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe

Musterstraße 1, 31275 Lehrte (Beispieladresse)

## Kontakt

- Telefon: [+49 5132 000000](tel:+495132000000) (Beispielnummer)
- E-Mail: [info@example.org](mailto:info@example.org) (Beispieladresse)

## Vertretung

Die Stadt Lehrte ist eine Körperschaft des öffentlichen Rechts. Sie wird durch die Bürgermeisterin oder den Bürgermeister vertreten.

## Verantwortlich für den Inhalt

Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe, Anschrift wie oben (Musterangabe).

## Hinweis zu den Inhalten

Dies ist eine Demo-Installation des Portals „Teilhabe“. Angebote, Adressen, Termine und Kontaktdaten sind Beispieldaten, soweit nicht anders angegeben.`,
      },
      en: {
        title: 'Legal notice',
        summary: 'Provider information for this portal – sample details for the demo installation.',
        body: `> **Sample details for the demo installation.** The address, phone number and e-mail address are examples. Before publication, the City of Lehrte will replace them with its real details.

## Information under Section 5 of the German Digital Services Act (DDG)

Stadt Lehrte (City of Lehrte)

Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe (Office for Equal Opportunities, Migration and Participation)

Musterstraße 1, 31275 Lehrte (sample address)

## Contact

- Phone: [+49 5132 000000](tel:+495132000000) (sample number)
- E-mail: [info@example.org](mailto:info@example.org) (sample address)

## Legal representation

The City of Lehrte is a body governed by public law. It is represented by its mayor.

## Responsible for the content

Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe, address as above (sample details).

## About the content

This is a demo installation of the “Teilhabe” portal. Unless stated otherwise, services, addresses, dates and contact details are sample data.

The German version of this page is authoritative.`,
      },
      ar: {
        title: 'بيانات الناشر (Impressum)',
        summary: 'معلومات عن الجهة المسؤولة عن هذه البوابة – بيانات نموذجية للنسخة التجريبية.',
        body: `> **بيانات نموذجية للنسخة التجريبية.** العنوان ورقم الهاتف والبريد الإلكتروني أمثلة فقط. وقبل النشر ستضع مدينة ليرته هنا بياناتها الحقيقية.

## المعلومات وفقًا للمادة 5 من قانون الخدمات الرقمية الألماني (DDG)

مدينة ليرته (Stadt Lehrte)

وحدة المساواة والهجرة والمشاركة (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (عنوان نموذجي)

## التواصل

- الهاتف: [+49 5132 000000](tel:+495132000000) (رقم نموذجي)
- البريد الإلكتروني: [info@example.org](mailto:info@example.org) (عنوان نموذجي)

## التمثيل القانوني

مدينة ليرته هيئة من هيئات القانون العام، ويمثلها رئيس البلدية أو رئيسة البلدية.

## المسؤول عن المحتوى

مدينة ليرته – وحدة المساواة والهجرة والمشاركة، والعنوان كما ورد أعلاه (بيانات نموذجية).

## ملاحظة حول المحتوى

هذه نسخة تجريبية من بوابة «Teilhabe». والعروض والعناوين والمواعيد وبيانات الاتصال بيانات نموذجية، ما لم يُذكر خلاف ذلك.

النسخة الألمانية من هذه الصفحة هي النسخة المعتمدة.`,
      },
      fa: {
        title: 'اطلاعات ناشر (Impressum)',
        summary: 'اطلاعات ارائه‌دهنده این پورتال – اطلاعات نمونه برای نسخه نمایشی.',
        body: `> **اطلاعات نمونه برای نسخه نمایشی.** نشانی، شماره تلفن و نشانی ایمیل فقط نمونه هستند. شهر لهرته پیش از انتشار، اطلاعات واقعی خود را در اینجا وارد می‌کند.

## اطلاعات طبق ماده ۵ قانون خدمات دیجیتال آلمان (DDG)

شهر لهرته (Stadt Lehrte)

دفتر برابری، مهاجرت و مشارکت (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (نشانی نمونه)

## تماس

- تلفن: [+49 5132 000000](tel:+495132000000) (شماره نمونه)
- ایمیل: [info@example.org](mailto:info@example.org) (نشانی نمونه)

## نمایندگی قانونی

شهر لهرته یک نهاد حقوق عمومی است. شهردار نماینده قانونی آن است.

## مسئول محتوا

شهر لهرته – دفتر برابری، مهاجرت و مشارکت، با همان نشانی بالا (اطلاعات نمونه).

## درباره محتوا

این یک نسخه نمایشی از پورتال «Teilhabe» است. خدمات، نشانی‌ها، تاریخ‌ها و اطلاعات تماس داده‌های نمونه هستند، مگر اینکه خلاف آن ذکر شده باشد.

نسخه آلمانی این صفحه معتبر است.`,
      },
      uk: {
        title: 'Вихідні дані (Impressum)',
        summary: 'Відомості про власника цього порталу — умовні дані для демонстраційної версії.',
        body: `> **Умовні дані для демонстраційної версії.** Адреса, номер телефону та електронна адреса — лише приклади. Перед публікацією місто Лерте замінить їх справжніми даними.

## Відомості згідно з § 5 Закону Німеччини про цифрові послуги (DDG)

Місто Лерте (Stadt Lehrte)

Відділ з питань рівності, міграції та участі (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (умовна адреса)

## Контакти

- Телефон: [+49 5132 000000](tel:+495132000000) (умовний номер)
- Електронна пошта: [info@example.org](mailto:info@example.org) (умовна адреса)

## Представництво

Місто Лерте є юридичною особою публічного права. Його представляє бургомістр.

## Відповідальні за зміст

Місто Лерте — відділ з питань рівності, міграції та участі, адреса вказана вище (умовні дані).

## Про зміст

Це демонстраційна версія порталу «Teilhabe». Якщо не зазначено інше, пропозиції, адреси, дати й контактні дані є умовними.

Чинною є німецька версія цієї сторінки.`,
      },
      tr: {
        title: 'Künye (Impressum)',
        summary: 'Bu portalın sağlayıcısına ilişkin bilgiler – demo kurulumu için örnek bilgiler.',
        body: `> **Demo kurulumu için örnek bilgiler.** Adres, telefon numarası ve e-posta adresi yalnızca örnektir. Lehrte Belediyesi yayından önce buraya gerçek bilgilerini girecektir.

## Alman Dijital Hizmetler Kanunu (DDG) 5. madde uyarınca bilgiler

Lehrte Belediyesi (Stadt Lehrte)

Eşitlik, Göç ve Katılım Birimi (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (örnek adres)

## İletişim

- Telefon: [+49 5132 000000](tel:+495132000000) (örnek numara)
- E-posta: [info@example.org](mailto:info@example.org) (örnek adres)

## Temsil

Lehrte Belediyesi bir kamu tüzel kişisidir. Belediyeyi belediye başkanı temsil eder.

## İçerikten sorumlu birim

Lehrte Belediyesi – Eşitlik, Göç ve Katılım Birimi, adres yukarıdaki gibidir (örnek bilgiler).

## İçerik hakkında

Bu, “Teilhabe” portalının bir demo kurulumudur. Aksi belirtilmedikçe hizmetler, adresler, tarihler ve iletişim bilgileri örnek verilerdir.

Bu sayfanın Almanca sürümü esastır.`,
      },
      ru: {
        title: 'Выходные данные (Impressum)',
        summary:
          'Сведения о владельце этого портала — условные данные для демонстрационной версии.',
        body: `> **Условные данные для демонстрационной версии.** Адрес, номер телефона и адрес электронной почты — только примеры. Перед публикацией город Лерте заменит их настоящими данными.

## Сведения согласно § 5 Закона Германии о цифровых услугах (DDG)

Город Лерте (Stadt Lehrte)

Отдел по вопросам равноправия, миграции и участия (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (условный адрес)

## Контакты

- Телефон: [+49 5132 000000](tel:+495132000000) (условный номер)
- Электронная почта: [info@example.org](mailto:info@example.org) (условный адрес)

## Представительство

Город Лерте является юридическим лицом публичного права. Его представляет бургомистр.

## Ответственный за содержание

Город Лерте — отдел по вопросам равноправия, миграции и участия, адрес указан выше (условные данные).

## О содержании

Это демонстрационная версия портала «Teilhabe». Если не указано иное, предложения, адреса, даты и контактные данные являются условными.

Юридически значимой является немецкая версия этой страницы.`,
      },
    },
  },
  {
    slug: 'datenschutz',
    role: 'privacy',
    texts: {
      de: {
        title: 'Datenschutzerklärung',
        summary:
          'Welche Daten dieses Portal verarbeitet, wie lange sie gespeichert werden und welche Rechte Sie haben.',
        body: `> **Musterangaben für die Demo-Installation.** Adressen und Kontaktdaten sind Beispiele. Die Stadt Lehrte prüft diese Erklärung vor einer Veröffentlichung und trägt ihre echten Angaben ein.

## Das Wichtigste in Kürze

- Sie können dieses Portal ohne Konto und ohne Anmeldung nutzen.
- Das Portal setzt keine Cookies und speichert nichts auf Ihrem Gerät.
- Es gibt kein Tracking und keine Analyse-Werkzeuge.
- Das Portal lädt keine Inhalte von anderen Anbietern, zum Beispiel keine Schriften, Karten oder Videos. Ihr Browser verbindet sich nur mit dem Server des Portals.

## Verantwortliche Stelle

Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe

Musterstraße 1, 31275 Lehrte (Beispieladresse)

- Telefon: [+49 5132 000000](tel:+495132000000) (Beispielnummer)
- E-Mail: [info@example.org](mailto:info@example.org) (Beispieladresse)

Die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten der Stadt Lehrte erreichen Sie unter [datenschutz@example.org](mailto:datenschutz@example.org) (Beispieladresse).

## Was beim Besuch gespeichert wird

Wenn Sie eine Seite aufrufen, schreibt der Server einen Eintrag in ein Protokoll (Server-Log). So können technische Fehler und Angriffe erkannt und behoben werden. Ein Eintrag enthält:

- Datum und Uhrzeit des Aufrufs,
- die aufgerufene Seite, ohne Suchbegriffe und andere Parameter in der Adresse,
- ob der Aufruf erfolgreich war (Statuscode).

Der Server speichert **keine IP-Adressen**. Die Einträge werden nach höchstens 7 Tagen automatisch gelöscht.

Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem Niedersächsischen Datenschutzgesetz (NDSG). Der sichere Betrieb des Portals gehört zu den Aufgaben der Stadt.

## Formulare

Einige Angebote nutzen Formulare, zum Beispiel die Anmeldung für einen Kita-Platz oder die Meldung von Diskriminierung. Jedes Formular bekommt eigene Datenschutzhinweise. Sie sehen diese Hinweise direkt im Formular, in der Sprache des Formulars. Dort steht, welche Daten erhoben werden, zu welchem Zweck, auf welcher Rechtsgrundlage und wann sie gelöscht werden.

## Ihre Rechte

Nach der Datenschutz-Grundverordnung (DSGVO) haben Sie diese Rechte:

- Auskunft über Ihre Daten (Art. 15 DSGVO),
- Berichtigung falscher Daten (Art. 16 DSGVO),
- Löschung Ihrer Daten (Art. 17 DSGVO),
- Einschränkung der Verarbeitung (Art. 18 DSGVO),
- Information darüber, welchen Empfängern eine Berichtigung, Löschung oder Einschränkung mitgeteilt wurde (Art. 19 DSGVO),
- Datenübertragbarkeit, soweit die Voraussetzungen vorliegen (Art. 20 DSGVO),
- Widerspruch gegen die Verarbeitung (Art. 21 DSGVO).

Haben Sie in eine Verarbeitung eingewilligt, können Sie die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen. Wenden Sie sich mit allen Anfragen an die oben genannte verantwortliche Stelle.

## Beschwerde bei der Aufsichtsbehörde

Sie können sich bei der Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO):

Landesbeauftragte für den Datenschutz Niedersachsen – [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## Stand

November 2026. Diese Erklärung gilt für die Demo-Installation.`,
      },
      en: {
        title: 'Privacy notice',
        summary:
          'Which data this portal processes, how long they are kept and what rights you have.',
        body: `> **Sample details for the demo installation.** Addresses and contact details are examples. The City of Lehrte will review this notice before publication and add its real details.

## Summary

- You can use this portal without an account and without signing in.
- The portal sets no cookies and stores nothing on your device.
- There is no tracking and there are no analytics tools.
- The portal loads no content from other providers, for example no fonts, maps or videos. Your browser connects only to the portal's server.

## Controller

Stadt Lehrte (City of Lehrte) – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe (Office for Equal Opportunities, Migration and Participation)

Musterstraße 1, 31275 Lehrte (sample address)

- Phone: [+49 5132 000000](tel:+495132000000) (sample number)
- E-mail: [info@example.org](mailto:info@example.org) (sample address)

You can reach the data protection officer of the City of Lehrte at [datenschutz@example.org](mailto:datenschutz@example.org) (sample address).

## What is stored when you visit

When you open a page, the server writes an entry to a log (server log). This helps to detect and fix technical errors and attacks. An entry contains:

- the date and time of the request,
- the page requested, without search terms or other parameters in the address,
- whether the request succeeded (status code).

The server stores **no IP addresses**. The entries are deleted automatically after 7 days at most.

The legal basis is Art. 6(1)(e) GDPR in conjunction with the Lower Saxony Data Protection Act (NDSG). Running the portal securely is one of the city's tasks.

## Forms

Some services use forms, for example the registration for a place in a Kita (day-care centre) or the report of discrimination. Each form has its own privacy notice. You see it directly in the form, in the form's language. It explains which data are collected, for what purpose, on what legal basis and when they are deleted.

## Your rights

Under the General Data Protection Regulation (GDPR, in German: DSGVO) you have these rights:

- access to your data (Art. 15 GDPR),
- rectification of incorrect data (Art. 16 GDPR),
- erasure of your data (Art. 17 GDPR),
- restriction of processing (Art. 18 GDPR),
- information about which recipients were told of a rectification, erasure or restriction (Art. 19 GDPR),
- data portability, where the conditions are met (Art. 20 GDPR),
- objection to processing (Art. 21 GDPR).

If you have consented to processing, you can withdraw your consent at any time with effect for the future. For all requests, please contact the controller named above.

## Complaints to the supervisory authority

You can lodge a complaint with the data protection supervisory authority (Art. 77 GDPR):

Landesbeauftragte für den Datenschutz Niedersachsen (Data Protection Commissioner of Lower Saxony) – [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## Last updated

November 2026. This notice applies to the demo installation. The German version is authoritative.`,
      },
      ar: {
        title: 'بيان حماية البيانات',
        summary: 'ما البيانات التي تعالجها هذه البوابة، وكم من الوقت تُحفظ، وما حقوقك.',
        body: `> **بيانات نموذجية للنسخة التجريبية.** العناوين وبيانات الاتصال أمثلة فقط. وستراجع مدينة ليرته هذا البيان قبل النشر وتضيف بياناتها الحقيقية.

## أهم النقاط باختصار

- يمكنك استخدام هذه البوابة دون حساب ودون تسجيل دخول.
- لا تستخدم البوابة ملفات تعريف الارتباط (Cookies) ولا تحفظ أي شيء على جهازك.
- لا يوجد أي تتبّع ولا أي أدوات تحليل.
- لا تحمّل البوابة أي محتوى من جهات أخرى، فلا خطوط ولا خرائط ولا مقاطع فيديو مثلًا. ويتصل متصفحك بخادم البوابة فقط.

## الجهة المسؤولة

مدينة ليرته (Stadt Lehrte) – وحدة المساواة والهجرة والمشاركة (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (عنوان نموذجي)

- الهاتف: [+49 5132 000000](tel:+495132000000) (رقم نموذجي)
- البريد الإلكتروني: [info@example.org](mailto:info@example.org) (عنوان نموذجي)

يمكنك التواصل مع مسؤول حماية البيانات في مدينة ليرته عبر [datenschutz@example.org](mailto:datenschutz@example.org) (عنوان نموذجي).

## ما الذي يُحفظ عند زيارتك

عندما تفتح صفحة، يسجّل الخادم إدخالًا في سجلّ (Server-Log). ويساعد ذلك على اكتشاف الأخطاء التقنية والهجمات ومعالجتها. ويتضمن الإدخال:

- تاريخ الطلب ووقته،
- الصفحة المطلوبة، دون كلمات البحث أو غيرها من المعاملات في العنوان،
- هل نجح الطلب أم لا (رمز الحالة).

لا يحفظ الخادم **أي عناوين IP**. وتُحذف الإدخالات تلقائيًا بعد 7 أيام على الأكثر.

الأساس القانوني هو المادة 6، الفقرة 1، البند (هـ) من اللائحة العامة لحماية البيانات (DSGVO)، بالاقتران مع قانون حماية البيانات في ولاية ساكسونيا السفلى (NDSG). فالتشغيل الآمن للبوابة من مهام المدينة.

## الاستمارات

تستخدم بعض الخدمات استمارات، مثل التسجيل للحصول على مكان في روضة أطفال (Kita) أو الإبلاغ عن التمييز. ولكل استمارة إشعار خاص بحماية البيانات، تجده داخل الاستمارة مباشرة وبلغتها. ويوضح الإشعار البيانات التي تُجمع، والغرض منها، والأساس القانوني، وموعد حذفها.

## حقوقك

وفقًا للائحة العامة لحماية البيانات (DSGVO) لك الحقوق التالية:

- الاطلاع على بياناتك (المادة 15)،
- تصحيح البيانات غير الصحيحة (المادة 16)،
- حذف بياناتك (المادة 17)،
- تقييد المعالجة (المادة 18)،
- معرفة الجهات التي أُبلغت بتصحيح بياناتك أو حذفها أو تقييد معالجتها (المادة 19)،
- نقل البيانات، إذا توفرت الشروط (المادة 20)،
- الاعتراض على المعالجة (المادة 21).

إذا وافقت على معالجة بياناتك، يمكنك سحب موافقتك في أي وقت، ويسري السحب على المستقبل. ولجميع الطلبات تواصل مع الجهة المسؤولة المذكورة أعلاه.

## تقديم شكوى إلى الجهة الرقابية

يحق لك تقديم شكوى إلى الجهة الرقابية على حماية البيانات (المادة 77 من اللائحة العامة لحماية البيانات):

مفوضية حماية البيانات في ولاية ساكسونيا السفلى (Landesbeauftragte für den Datenschutz Niedersachsen) – [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## تاريخ التحديث

نوفمبر/تشرين الثاني 2026. ينطبق هذا البيان على النسخة التجريبية. والنسخة الألمانية هي المعتمدة.`,
      },
      fa: {
        title: 'اطلاعیه حفاظت از داده‌ها',
        summary:
          'این پورتال چه داده‌هایی را پردازش می‌کند، آن‌ها را چه مدت نگه می‌دارد و شما چه حقوقی دارید.',
        body: `> **اطلاعات نمونه برای نسخه نمایشی.** نشانی‌ها و اطلاعات تماس فقط نمونه هستند. شهر لهرته پیش از انتشار، این اطلاعیه را بررسی می‌کند و اطلاعات واقعی خود را وارد می‌کند.

## خلاصه مهم‌ترین نکته‌ها

- می‌توانید بدون حساب کاربری و بدون ورود به سیستم از این پورتال استفاده کنید.
- این پورتال هیچ کوکی‌ای تنظیم نمی‌کند و چیزی روی دستگاه شما ذخیره نمی‌کند.
- هیچ ردیابی و هیچ ابزار تحلیلی در کار نیست.
- این پورتال هیچ محتوایی از ارائه‌دهندگان دیگر بارگیری نمی‌کند، برای نمونه هیچ فونت، نقشه یا ویدئویی. مرورگر شما فقط به سرور این پورتال وصل می‌شود.

## مسئول پردازش داده‌ها

شهر لهرته (Stadt Lehrte) – دفتر برابری، مهاجرت و مشارکت (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (نشانی نمونه)

- تلفن: [+49 5132 000000](tel:+495132000000) (شماره نمونه)
- ایمیل: [info@example.org](mailto:info@example.org) (نشانی نمونه)

برای تماس با مسئول حفاظت از داده‌های شهر لهرته: [datenschutz@example.org](mailto:datenschutz@example.org) (نشانی نمونه)

## هنگام بازدید شما چه چیزی ذخیره می‌شود

وقتی صفحه‌ای را باز می‌کنید، سرور یک ورودی در فایل گزارش (Server-Log) ثبت می‌کند. این کار به شناسایی و رفع خطاهای فنی و حمله‌ها کمک می‌کند. هر ورودی شامل این موارد است:

- تاریخ و ساعت درخواست،
- صفحه درخواست‌شده، بدون عبارت‌های جست‌وجو و پارامترهای دیگر در نشانی،
- اینکه درخواست موفق بوده است یا نه (کد وضعیت).

سرور **هیچ نشانی IP** را ذخیره نمی‌کند. ورودی‌ها حداکثر پس از ۷ روز به‌طور خودکار پاک می‌شوند.

مبنای قانونی، ماده ۶، بند ۱، جزء (ه) مقررات عمومی حفاظت از داده‌ها (DSGVO) همراه با قانون حفاظت از داده‌های ایالت نیدرزاکسن (NDSG) است. اداره امن این پورتال جزو وظایف شهر است.

## فرم‌ها

برخی از خدمات از فرم استفاده می‌کنند، برای نمونه ثبت‌نام برای یک جا در مهدکودک (Kita) یا گزارش تبعیض. هر فرم اطلاعیه حفاظت از داده‌های مخصوص به خود را دارد. این اطلاعیه را مستقیماً در همان فرم و به زبان همان فرم می‌بینید. در آن نوشته شده است که چه داده‌هایی، با چه هدفی و بر چه مبنای قانونی جمع‌آوری می‌شوند و چه زمانی پاک می‌شوند.

## حقوق شما

طبق مقررات عمومی حفاظت از داده‌ها (DSGVO) این حقوق را دارید:

- دسترسی به اطلاعات درباره داده‌هایتان (ماده ۱۵)،
- اصلاح داده‌های نادرست (ماده ۱۶)،
- پاک کردن داده‌هایتان (ماده ۱۷)،
- محدود کردن پردازش (ماده ۱۸)،
- آگاهی از اینکه اصلاح، پاک کردن یا محدود کردن داده‌ها به کدام گیرندگان اطلاع داده شده است (ماده ۱۹)،
- انتقال‌پذیری داده‌ها، در صورت وجود شرایط لازم (ماده ۲۰)،
- اعتراض به پردازش (ماده ۲۱).

اگر با پردازش داده‌هایتان موافقت کرده‌اید، می‌توانید هر زمان این موافقت را برای آینده پس بگیرید. برای همه درخواست‌ها با مسئول پردازش که در بالا آمده است تماس بگیرید.

## شکایت به نهاد ناظر

می‌توانید به نهاد ناظر بر حفاظت از داده‌ها شکایت کنید (ماده ۷۷ DSGVO):

کمیسر حفاظت از داده‌های ایالت نیدرزاکسن (Landesbeauftragte für den Datenschutz Niedersachsen) – [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## تاریخ به‌روزرسانی

نوامبر ۲۰۲۶. این اطلاعیه مربوط به نسخه نمایشی است. نسخه آلمانی معتبر است.`,
      },
      uk: {
        title: 'Повідомлення про захист даних',
        summary: 'Які дані обробляє цей портал, як довго вони зберігаються і які права ви маєте.',
        body: `> **Умовні дані для демонстраційної версії.** Адреси та контактні дані — лише приклади. Перед публікацією місто Лерте перевірить цей текст і внесе справжні дані.

## Найважливіше коротко

- Ви можете користуватися порталом без облікового запису та без входу.
- Портал не використовує файли cookie і нічого не зберігає на вашому пристрої.
- Немає жодного відстеження та інструментів аналітики.
- Портал не завантажує вміст від інших постачальників, наприклад шрифти, карти чи відео. Ваш браузер з’єднується лише із сервером порталу.

## Відповідальна установа (контролер)

Місто Лерте (Stadt Lehrte) — відділ з питань рівності, міграції та участі (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (умовна адреса)

- Телефон: [+49 5132 000000](tel:+495132000000) (умовний номер)
- Електронна пошта: [info@example.org](mailto:info@example.org) (умовна адреса)

Зв’язатися з уповноваженим із захисту даних міста Лерте можна за адресою [datenschutz@example.org](mailto:datenschutz@example.org) (умовна адреса).

## Що зберігається під час відвідування

Коли ви відкриваєте сторінку, сервер робить запис у журнал (серверний лог). Це допомагає виявляти й усувати технічні помилки та атаки. Запис містить:

- дату й час запиту,
- адресу відкритої сторінки без пошукових слів та інших параметрів,
- чи був запит успішним (код стану).

Сервер **не зберігає IP-адрес**. Записи автоматично видаляються не пізніше ніж через 7 днів.

Правова підстава — стаття 6, частина 1, пункт (e) Загального регламенту захисту даних (GDPR, нім. DSGVO) у поєднанні із Законом землі Нижня Саксонія про захист даних (NDSG). Безпечна робота порталу належить до завдань міста.

## Форми

Деякі послуги використовують форми, наприклад реєстрацію на місце в дитячому садку (Kita) або повідомлення про дискримінацію. Кожна форма має власне повідомлення про захист даних. Ви побачите його безпосередньо у формі, мовою форми. У ньому сказано, які дані збираються, з якою метою, на якій правовій підставі та коли їх видаляють.

## Ваші права

Відповідно до Загального регламенту захисту даних ви маєте такі права:

- право на доступ до своїх даних (ст. 15),
- право на виправлення неправильних даних (ст. 16),
- право на видалення своїх даних (ст. 17),
- право на обмеження обробки (ст. 18),
- право знати, яким одержувачам повідомили про виправлення, видалення чи обмеження (ст. 19),
- право на перенесення даних, якщо для цього є умови (ст. 20),
- право заперечити проти обробки (ст. 21).

Якщо ви дали згоду на обробку, ви можете будь-коли відкликати її на майбутнє. З усіма запитами звертайтеся до відповідальної установи, зазначеної вище.

## Скарга до наглядового органу

Ви можете подати скаргу до наглядового органу із захисту даних (ст. 77 GDPR):

Уповноважений із захисту даних землі Нижня Саксонія (Landesbeauftragte für den Datenschutz Niedersachsen) — [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## Дата оновлення

Листопад 2026 року. Цей текст стосується демонстраційної версії. Чинною є німецька версія.`,
      },
      tr: {
        title: 'Veri Koruma Bildirimi',
        summary:
          'Bu portalın hangi verileri işlediği, bunları ne kadar süre sakladığı ve hangi haklara sahip olduğunuz.',
        body: `> **Demo kurulumu için örnek bilgiler.** Adresler ve iletişim bilgileri yalnızca örnektir. Lehrte Belediyesi bu bildirimi yayından önce kontrol edecek ve gerçek bilgilerini ekleyecektir.

## Kısaca en önemli bilgiler

- Bu portalı hesap açmadan ve giriş yapmadan kullanabilirsiniz.
- Portal çerez (cookie) kullanmaz ve cihazınıza hiçbir şey kaydetmez.
- İzleme (tracking) yapılmaz, analiz araçları kullanılmaz.
- Portal başka sağlayıcılardan içerik yüklemez; örneğin yazı tipi, harita veya video yüklemez. Tarayıcınız yalnızca portalın sunucusuna bağlanır.

## Sorumlu kurum (veri sorumlusu)

Lehrte Belediyesi (Stadt Lehrte) – Eşitlik, Göç ve Katılım Birimi (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (örnek adres)

- Telefon: [+49 5132 000000](tel:+495132000000) (örnek numara)
- E-posta: [info@example.org](mailto:info@example.org) (örnek adres)

Lehrte Belediyesinin veri koruma görevlisine [datenschutz@example.org](mailto:datenschutz@example.org) adresinden ulaşabilirsiniz (örnek adres).

## Ziyaretiniz sırasında neler kaydedilir?

Bir sayfayı açtığınızda sunucu bir kayıt dosyasına (sunucu günlüğü) bir giriş yazar. Bu, teknik hataların ve saldırıların fark edilip giderilmesine yardımcı olur. Bir giriş şunları içerir:

- isteğin tarihi ve saati,
- açılan sayfa; adresteki arama terimleri ve diğer parametreler olmadan,
- isteğin başarılı olup olmadığı (durum kodu).

Sunucu **IP adreslerini kaydetmez**. Girişler en geç 7 gün sonra otomatik olarak silinir.

Hukuki dayanak, Aşağı Saksonya Veri Koruma Kanunu (NDSG) ile bağlantılı olarak Genel Veri Koruma Tüzüğü'nün (DSGVO) 6. maddesinin 1. fıkrasının (e) bendidir. Portalın güvenli bir şekilde işletilmesi belediyenin görevlerinden biridir.

## Formlar

Bazı hizmetlerde form kullanılır; örneğin Kita'da (kreş ve anaokulu) yer için kayıt ya da ayrımcılık bildirimi. Her formun kendi veri koruma bilgilendirmesi vardır. Bu bilgilendirmeyi doğrudan formda ve formun dilinde görürsünüz. Orada hangi verilerin hangi amaçla ve hangi hukuki dayanağa göre toplandığı ve ne zaman silindiği yazar.

## Haklarınız

Genel Veri Koruma Tüzüğü (GDPR, Almancası DSGVO) uyarınca şu haklara sahipsiniz:

- verileriniz hakkında bilgi alma (madde 15),
- yanlış verilerin düzeltilmesini isteme (madde 16),
- verilerinizin silinmesini isteme (madde 17),
- işlemenin kısıtlanmasını isteme (madde 18),
- bir düzeltme, silme veya kısıtlamanın hangi alıcılara bildirildiğini öğrenme (madde 19),
- koşulları varsa veri taşınabilirliği (madde 20),
- işlemeye itiraz etme (madde 21).

Verilerinizin işlenmesine onay verdiyseniz, bu onayı gelecekte geçerli olmak üzere istediğiniz zaman geri alabilirsiniz. Tüm talepleriniz için yukarıda belirtilen sorumlu kuruma başvurun.

## Denetim makamına şikâyet

Veri koruma denetim makamına şikâyette bulunabilirsiniz (GDPR madde 77):

Aşağı Saksonya Eyaleti Veri Koruma Görevlisi (Landesbeauftragte für den Datenschutz Niedersachsen) – [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## Güncelleme tarihi

Kasım 2026. Bu bildirim demo kurulumu için geçerlidir. Almanca sürüm esastır.`,
      },
      ru: {
        title: 'Информация о защите данных',
        summary:
          'Какие данные обрабатывает этот портал, как долго они хранятся и какие у вас есть права.',
        body: `> **Условные данные для демонстрационной версии.** Адреса и контактные данные — только примеры. Перед публикацией город Лерте проверит этот текст и внесёт настоящие данные.

## Самое важное вкратце

- Вы можете пользоваться порталом без учётной записи и без входа в систему.
- Портал не использует файлы cookie и ничего не сохраняет на вашем устройстве.
- Нет никакого отслеживания и никаких инструментов аналитики.
- Портал не загружает содержимое других поставщиков, например шрифты, карты или видео. Ваш браузер соединяется только с сервером портала.

## Ответственный орган (контролёр)

Город Лерте (Stadt Lehrte) — отдел по вопросам равноправия, миграции и участия (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe)

Musterstraße 1, 31275 Lehrte (условный адрес)

- Телефон: [+49 5132 000000](tel:+495132000000) (условный номер)
- Электронная почта: [info@example.org](mailto:info@example.org) (условный адрес)

Связаться с уполномоченным по защите данных города Лерте можно по адресу [datenschutz@example.org](mailto:datenschutz@example.org) (условный адрес).

## Что сохраняется при посещении

Когда вы открываете страницу, сервер делает запись в журнале (серверный лог). Это помогает обнаруживать и устранять технические ошибки и атаки. Запись содержит:

- дату и время запроса,
- адрес открытой страницы без поисковых слов и других параметров,
- был ли запрос успешным (код состояния).

Сервер **не сохраняет IP-адреса**. Записи автоматически удаляются не позднее чем через 7 дней.

Правовое основание — статья 6, часть 1, пункт (e) Общего регламента по защите данных (GDPR, нем. DSGVO) в сочетании с Законом земли Нижняя Саксония о защите данных (NDSG). Безопасная работа портала относится к задачам города.

## Формы

Некоторые услуги используют формы, например запись на место в детском саду (Kita) или сообщение о дискриминации. У каждой формы есть собственная информация о защите данных. Вы увидите её прямо в форме, на языке формы. В ней сказано, какие данные собираются, с какой целью, на каком правовом основании и когда они удаляются.

## Ваши права

Согласно Общему регламенту по защите данных у вас есть следующие права:

- право на получение информации о своих данных (ст. 15),
- право на исправление неверных данных (ст. 16),
- право на удаление своих данных (ст. 17),
- право на ограничение обработки (ст. 18),
- право знать, каким получателям сообщили об исправлении, удалении или ограничении (ст. 19),
- право на перенос данных, если для этого есть условия (ст. 20),
- право возразить против обработки (ст. 21).

Если вы дали согласие на обработку, вы можете в любое время отозвать его на будущее. Со всеми запросами обращайтесь в ответственный орган, указанный выше.

## Жалоба в надзорный орган

Вы можете подать жалобу в надзорный орган по защите данных (ст. 77 GDPR):

Уполномоченный по защите данных земли Нижняя Саксония (Landesbeauftragte für den Datenschutz Niedersachsen) — [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

## Дата обновления

Ноябрь 2026 года. Этот текст относится к демонстрационной версии. Юридически значимой является немецкая версия.`,
      },
    },
  },
  {
    slug: 'barrierefreiheit',
    role: 'accessibility',
    // TODO: the city checks the Schlichtungsstelle's name and link before going live;
    // the texts say so in every locale.
    texts: {
      de: {
        title: 'Erklärung zur Barrierefreiheit',
        summary:
          'Wie barrierefrei dieses Portal ist, welche Einschränkungen es noch gibt und wie Sie uns Barrieren melden können.',
        body: `> **Musterangaben für die Demo-Installation.** Die Kontaktdaten sind Beispiele. Die Stadt Lehrte prüft diese Erklärung vor einer Veröffentlichung.

Die Stadt Lehrte möchte ihr Portal „Integration und Teilhabe in Lehrte“ für alle Menschen barrierefrei zugänglich machen, auch für Menschen mit Behinderungen. Grundlage dieser Erklärung sind § 9b des Niedersächsischen Behindertengleichstellungsgesetzes (NBGG) und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) mit der europäischen Norm EN 301 549.

## Stand der Vereinbarkeit mit den Anforderungen

Dieses Portal ist mit den Anforderungen **teilweise vereinbar**. Es ist eine Demo-Installation und wird noch aufgebaut. Die Einschränkungen stehen im nächsten Abschnitt.

## Nicht barrierefreie Inhalte

- **Übersetzungen:** Die Texte auf Englisch, Arabisch, Farsi, Ukrainisch, Türkisch und Russisch sind als Demo-Übersetzungen gekennzeichnet. Sie sind noch nicht fachlich geprüft. Maßgeblich ist der deutsche Text.
- **Leichte Sprache:** Noch nicht alle Inhalte gibt es in Leichter Sprache. Eine Erklärung des Portals in Leichter Sprache finden Sie auf der Seite [Leichte Sprache](leichte-sprache).
- **Prüfung:** Die Barrierefreiheit wurde bisher nur selbst bewertet. Eine vollständige Prüfung steht noch aus.

Grund: Das Portal befindet sich im Aufbau. Alternative: Wenn Sie einen Inhalt nicht nutzen können, melden Sie sich bei uns. Wir erklären ihn Ihnen oder schicken ihn Ihnen in einer barrierefreien Form.

## Erstellung dieser Erklärung

Diese Erklärung wurde im November 2026 erstellt. Sie beruht auf einer Selbstbewertung. Wir überprüfen sie mindestens einmal im Jahr.

## Barrieren melden: Feedback und Kontakt

Sie haben eine Barriere gefunden? Oder Sie brauchen einen Inhalt in einer barrierefreien Form, zum Beispiel als gut lesbare Textdatei oder in Leichter Sprache? Dann schreiben Sie uns oder rufen Sie uns an:

- E-Mail: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (Beispieladresse)
- Telefon: [+49 5132 000000](tel:+495132000000) (Beispielnummer)

Bitte nennen Sie die Seite und beschreiben Sie kurz das Problem. Wir antworten in der Regel innerhalb von 2 Wochen (Musterangabe).

## Schlichtungsverfahren

Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Schlichtungsstelle wenden. Sie hilft, einen Streit über Barrieren ohne Gericht zu klären.

Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz bei der Landesbeauftragten für Menschen mit Behinderungen

Internet: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (Hinweis zur Demo: Die Stadt prüft diesen Link vor einer Veröffentlichung.)`,
      },
      en: {
        title: 'Accessibility statement',
        summary:
          'How accessible this portal is, which limitations remain and how you can report barriers to us.',
        body: `> **Sample details for the demo installation.** The contact details are examples. The City of Lehrte will review this statement before publication.

The City of Lehrte wants its portal “Integration and participation in Lehrte” to be accessible to everyone, including people with disabilities. This statement is based on Section 9b of the Lower Saxony Disability Equality Act (NBGG) and on the German Accessible Information Technology Ordinance (BITV 2.0) with the European standard EN 301 549.

## Compliance status

This portal is **partially compliant** with the requirements. It is a demo installation and is still being built. The limitations are listed in the next section.

## Content that is not accessible

- **Translations:** The texts in English, Arabic, Farsi, Ukrainian, Turkish and Russian are marked as demo translations. They have not yet been checked by experts. The German text is authoritative.
- **Easy Language (Leichte Sprache):** Not all content is available in Easy German yet. An explanation of the portal in Easy German is on the page [Leichte Sprache](leichte-sprache).
- **Testing:** So far, accessibility has only been self-assessed. A full audit is still to come.

Reason: the portal is still being built. Alternative: if you cannot use some content, contact us. We will explain it to you or send it to you in an accessible format.

## Preparation of this statement

This statement was prepared in November 2026. It is based on a self-assessment. We review it at least once a year.

## Report barriers: feedback and contact

Have you found a barrier? Or do you need content in an accessible format, for example as an easy-to-read text file or in easy language? Then write to us or call us:

- E-mail: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (sample address)
- Phone: [+49 5132 000000](tel:+495132000000) (sample number)

Please name the page and briefly describe the problem. We usually reply within 2 weeks (sample value).

## Conciliation procedure

If you are not satisfied with our reply, you can contact the conciliation body. It helps to settle a dispute about barriers without going to court.

Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz (Conciliation Body under the Lower Saxony Disability Equality Act), at the office of the Lower Saxony Commissioner for People with Disabilities (Landesbeauftragte für Menschen mit Behinderungen)

Website: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (note on the demo: the city will check this link before publication)

The German version of this statement is authoritative.`,
      },
      ar: {
        title: 'بيان إمكانية الوصول',
        summary:
          'إلى أي مدى يسهل على الجميع الوصول إلى هذه البوابة، وما القيود الموجودة حاليًا، وكيف يمكنك إبلاغنا بالعوائق.',
        body: `> **بيانات نموذجية للنسخة التجريبية.** بيانات الاتصال أمثلة فقط. وستراجع مدينة ليرته هذا البيان قبل النشر.

تسعى مدينة ليرته إلى أن تكون بوابتها «الاندماج والمشاركة في ليرته» سهلة الوصول للجميع، بما في ذلك الأشخاص ذوو الإعاقة. ويستند هذا البيان إلى المادة 9b من قانون المساواة للأشخاص ذوي الإعاقة في ولاية ساكسونيا السفلى (NBGG)، وإلى اللائحة الألمانية لتقنية المعلومات الخالية من العوائق (BITV 2.0) مع المعيار الأوروبي EN 301 549.

## حالة التوافق مع المتطلبات

هذه البوابة **متوافقة جزئيًا** مع المتطلبات. فهي نسخة تجريبية ولا تزال قيد الإنشاء. وتجد القيود في القسم التالي.

## المحتوى الذي لم يصبح سهل الوصول بعد

- **الترجمات:** النصوص باللغات الإنجليزية والعربية والفارسية والأوكرانية والتركية والروسية مُعلَّمة بأنها ترجمات تجريبية، ولم يراجعها مختصون بعد. والنص الألماني هو المعتمد.
- **اللغة المبسطة (Leichte Sprache):** لا يتوفر كل المحتوى بالألمانية المبسطة بعد. وتجد شرحًا للبوابة بالألمانية المبسطة في صفحة [Leichte Sprache](leichte-sprache).
- **الفحص:** لم تخضع إمكانية الوصول حتى الآن إلا لتقييم ذاتي، ولم يُجرَ فحص شامل بعد.

السبب: البوابة لا تزال قيد الإنشاء. البديل: إذا لم تتمكن من استخدام محتوى ما، فتواصل معنا. سنشرحه لك أو نرسله إليك بصيغة سهلة الوصول.

## إعداد هذا البيان

أُعدّ هذا البيان في نوفمبر/تشرين الثاني 2026، ويستند إلى تقييم ذاتي. ونراجعه مرة واحدة في السنة على الأقل.

## الإبلاغ عن العوائق: الملاحظات والتواصل

هل وجدت عائقًا؟ أو هل تحتاج إلى محتوى بصيغة سهلة الوصول، مثل ملف نصي سهل القراءة أو نص بلغة مبسطة؟ اكتب إلينا أو اتصل بنا:

- البريد الإلكتروني: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (عنوان نموذجي)
- الهاتف: [+49 5132 000000](tel:+495132000000) (رقم نموذجي)

يُرجى ذكر الصفحة ووصف المشكلة باختصار. نرد عادةً خلال أسبوعين (مدة نموذجية).

## إجراء التسوية

إذا لم تكن راضيًا عن ردنا، يمكنك التوجه إلى هيئة التسوية. فهي تساعد على حل الخلافات المتعلقة بالعوائق دون اللجوء إلى المحكمة.

هيئة التسوية وفق قانون المساواة للأشخاص ذوي الإعاقة في ولاية ساكسونيا السفلى (Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz)، لدى مفوضية الولاية لشؤون الأشخاص ذوي الإعاقة (Landesbeauftragte für Menschen mit Behinderungen)

الموقع الإلكتروني: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (ملاحظة حول النسخة التجريبية: ستتحقق المدينة من هذا الرابط قبل النشر)

النسخة الألمانية من هذا البيان هي النسخة المعتمدة.`,
      },
      fa: {
        title: 'بیانیه دسترس‌پذیری',
        summary:
          'این پورتال تا چه حد دسترس‌پذیر است، چه محدودیت‌هایی هنوز وجود دارد و چگونه می‌توانید موانع را به ما گزارش دهید.',
        body: `> **اطلاعات نمونه برای نسخه نمایشی.** اطلاعات تماس فقط نمونه هستند. شهر لهرته این بیانیه را پیش از انتشار بررسی می‌کند.

شهر لهرته می‌خواهد پورتال «ادغام و مشارکت در لهرته» برای همه، از جمله افراد دارای معلولیت، دسترس‌پذیر باشد. این بیانیه بر پایه ماده 9b قانون برابری افراد دارای معلولیت ایالت نیدرزاکسن (NBGG) و آیین‌نامه فناوری اطلاعات بدون مانع آلمان (BITV 2.0) همراه با استاندارد اروپایی EN 301 549 تهیه شده است.

## وضعیت انطباق با الزامات

این پورتال **تا حدی** با الزامات منطبق است. این یک نسخه نمایشی است و هنوز در حال ساخت است. محدودیت‌ها در بخش بعدی آمده است.

## محتوایی که هنوز دسترس‌پذیر نیست

- **ترجمه‌ها:** متن‌های انگلیسی، عربی، فارسی، اوکراینی، ترکی و روسی به‌عنوان ترجمه نمایشی علامت‌گذاری شده‌اند. این ترجمه‌ها هنوز توسط متخصصان بررسی نشده‌اند. متن آلمانی معتبر است.
- **زبان ساده (Leichte Sprache):** هنوز همه محتوا به آلمانی ساده در دسترس نیست. توضیح این پورتال به آلمانی ساده را در صفحه [Leichte Sprache](leichte-sprache) پیدا می‌کنید.
- **بررسی:** دسترس‌پذیری تاکنون فقط با خودارزیابی سنجیده شده است. بررسی کامل هنوز انجام نشده است.

دلیل: پورتال هنوز در حال ساخت است. راه جایگزین: اگر نمی‌توانید از محتوایی استفاده کنید، با ما تماس بگیرید. آن را برایتان توضیح می‌دهیم یا در قالبی دسترس‌پذیر برایتان می‌فرستیم.

## تهیه این بیانیه

این بیانیه در نوامبر ۲۰۲۶ بر پایه خودارزیابی تهیه شده است. ما دست‌کم سالی یک بار آن را بازبینی می‌کنیم.

## گزارش موانع: بازخورد و تماس

به مانعی برخورده‌اید؟ یا به محتوایی در قالبی دسترس‌پذیر نیاز دارید، برای نمونه یک فایل متنی خوانا یا متنی به زبان ساده؟ برای ما بنویسید یا تماس بگیرید:

- ایمیل: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (نشانی نمونه)
- تلفن: [+49 5132 000000](tel:+495132000000) (شماره نمونه)

لطفاً نام صفحه را بنویسید و مشکل را کوتاه توضیح دهید. معمولاً ظرف دو هفته پاسخ می‌دهیم (مدت نمونه).

## روند میانجیگری

اگر از پاسخ ما راضی نیستید، می‌توانید به نهاد میانجیگری مراجعه کنید. این نهاد کمک می‌کند اختلاف درباره موانع بدون رفتن به دادگاه حل شود.

نهاد میانجیگری طبق قانون برابری افراد دارای معلولیت ایالت نیدرزاکسن (Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz)، وابسته به کمیسر ایالتی امور افراد دارای معلولیت (Landesbeauftragte für Menschen mit Behinderungen)

وب‌سایت: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (نکته درباره نسخه نمایشی: شهر این پیوند را پیش از انتشار بررسی می‌کند)

نسخه آلمانی این بیانیه معتبر است.`,
      },
      uk: {
        title: 'Заява про доступність',
        summary:
          'Наскільки доступний цей портал, які обмеження ще є і як повідомити нам про бар’єри.',
        body: `> **Умовні дані для демонстраційної версії.** Контактні дані — лише приклади. Перед публікацією місто Лерте перевірить цю заяву.

Місто Лерте прагне, щоб його портал «Інтеграція та участь у Лерте» був доступним для всіх, зокрема для людей з інвалідністю. Ця заява ґрунтується на § 9b Закону Нижньої Саксонії про рівні права людей з інвалідністю (NBGG) та на Постанові Німеччини про безбар’єрні інформаційні технології (BITV 2.0) разом з європейським стандартом EN 301 549.

## Стан відповідності вимогам

Цей портал **частково відповідає** вимогам. Це демонстраційна версія, яка ще перебуває в розробці. Обмеження наведено в наступному розділі.

## Недоступний вміст

- **Переклади:** тексти англійською, арабською, перською (фарсі), українською, турецькою та російською мовами позначено як демонстраційні переклади. Фахівці їх ще не перевірили. Чинним є німецький текст.
- **Легка мова (Leichte Sprache):** ще не весь вміст доступний спрощеною німецькою мовою. Пояснення порталу спрощеною німецькою ви знайдете на сторінці [Leichte Sprache](leichte-sprache).
- **Перевірка:** доступність поки що оцінено лише самостійно. Повну перевірку ще не проведено.

Причина: портал ще в розробці. Альтернатива: якщо ви не можете скористатися якимось вмістом, зверніться до нас. Ми пояснимо його вам або надішлемо в доступному форматі.

## Підготовка цієї заяви

Заяву підготовлено в листопаді 2026 року на основі самооцінки. Ми переглядаємо її щонайменше раз на рік.

## Повідомити про бар’єр: зворотний зв’язок і контакти

Ви натрапили на бар’єр? Або вам потрібен вміст у доступному форматі, наприклад зручний для читання текстовий файл чи текст легкою мовою? Напишіть нам або зателефонуйте:

- Електронна пошта: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (умовна адреса)
- Телефон: [+49 5132 000000](tel:+495132000000) (умовний номер)

Будь ласка, вкажіть сторінку й коротко опишіть проблему. Зазвичай ми відповідаємо протягом 2 тижнів (умовний термін).

## Процедура примирення

Якщо наша відповідь вас не задовольнила, ви можете звернутися до органу з примирення. Він допомагає врегулювати спір щодо бар’єрів без суду.

Орган з примирення відповідно до Закону Нижньої Саксонії про рівні права людей з інвалідністю (Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz) при Уповноваженому землі у справах людей з інвалідністю (Landesbeauftragte für Menschen mit Behinderungen)

Вебсайт: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (примітка щодо демонстраційної версії: місто перевірить це посилання перед публікацією)

Чинною є німецька версія цієї заяви.`,
      },
      tr: {
        title: 'Erişilebilirlik Beyanı',
        summary:
          'Bu portalın ne kadar erişilebilir olduğu, hâlâ hangi kısıtlamaların bulunduğu ve engelleri bize nasıl bildirebileceğiniz.',
        body: `> **Demo kurulumu için örnek bilgiler.** İletişim bilgileri yalnızca örnektir. Lehrte Belediyesi bu beyanı yayından önce kontrol edecektir.

Lehrte Belediyesi, “Lehrte'de Entegrasyon ve Katılım” portalının engelli kişiler dâhil herkes için erişilebilir olmasını istiyor. Bu beyan, Aşağı Saksonya Engellilerin Eşitliği Kanunu'nun (NBGG) 9b maddesine, Almanya'nın Engelsiz Bilgi Teknolojisi Yönetmeliği'ne (BITV 2.0) ve Avrupa standardı EN 301 549'a dayanmaktadır.

## Gerekliliklere uygunluk durumu

Bu portal gerekliliklerle **kısmen uyumludur**. Portal bir demo kurulumudur ve hâlâ geliştirilmektedir. Kısıtlamalar bir sonraki bölümde yer almaktadır.

## Erişilebilir olmayan içerikler

- **Çeviriler:** İngilizce, Arapça, Farsça, Ukraynaca, Türkçe ve Rusça metinler demo çevirisi olarak işaretlenmiştir. Bu çeviriler henüz uzmanlar tarafından kontrol edilmemiştir. Esas olan Almanca metindir.
- **Kolay Dil (Leichte Sprache):** İçeriklerin tamamı henüz Kolay Almanca olarak mevcut değildir. Portalın Kolay Almanca açıklamasını [Leichte Sprache](leichte-sprache) sayfasında bulabilirsiniz.
- **Denetim:** Erişilebilirlik şimdiye kadar yalnızca öz değerlendirme ile incelenmiştir. Kapsamlı bir denetim henüz yapılmamıştır.

Gerekçe: Portal hâlâ yapım aşamasındadır. Alternatif: Bir içeriği kullanamıyorsanız bize ulaşın. İçeriği size açıklarız veya erişilebilir bir biçimde göndeririz.

## Bu beyanın hazırlanması

Bu beyan Kasım 2026'da öz değerlendirmeye dayanarak hazırlanmıştır. Beyanı en az yılda bir kez gözden geçiriyoruz.

## Engelleri bildirin: geri bildirim ve iletişim

Bir engelle mi karşılaştınız? Ya da bir içeriğe erişilebilir bir biçimde, örneğin kolay okunur bir metin dosyası olarak veya kolay dilde mi ihtiyacınız var? O zaman bize yazın veya bizi arayın:

- E-posta: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (örnek adres)
- Telefon: [+49 5132 000000](tel:+495132000000) (örnek numara)

Lütfen sayfayı belirtin ve sorunu kısaca açıklayın. Genellikle 2 hafta içinde yanıt veriyoruz (örnek süre).

## Arabuluculuk süreci

Yanıtımızdan memnun kalmazsanız arabuluculuk kurumuna başvurabilirsiniz. Bu kurum, engellerle ilgili anlaşmazlıkların mahkemeye gitmeden çözülmesine yardımcı olur.

Aşağı Saksonya Engellilerin Eşitliği Kanunu uyarınca arabuluculuk kurumu (Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz), Eyalet Engelli Hakları Görevlisi (Landesbeauftragte für Menschen mit Behinderungen) bünyesinde

İnternet sitesi: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (demo ile ilgili not: belediye bu bağlantıyı yayından önce kontrol edecektir)

Bu beyanın Almanca sürümü esastır.`,
      },
      ru: {
        title: 'Заявление о доступности',
        summary:
          'Насколько доступен этот портал, какие ограничения ещё есть и как сообщить нам о барьерах.',
        body: `> **Условные данные для демонстрационной версии.** Контактные данные — только примеры. Перед публикацией город Лерте проверит это заявление.

Город Лерте стремится, чтобы его портал «Интеграция и участие в Лерте» был доступен для всех, в том числе для людей с инвалидностью. Это заявление основано на § 9b Закона Нижней Саксонии о равноправии людей с инвалидностью (NBGG) и на Постановлении Германии о безбарьерных информационных технологиях (BITV 2.0) вместе с европейским стандартом EN 301 549.

## Степень соответствия требованиям

Этот портал **частично соответствует** требованиям. Это демонстрационная версия, которая ещё находится в разработке. Ограничения перечислены в следующем разделе.

## Недоступное содержимое

- **Переводы:** тексты на английском, арабском, персидском (фарси), украинском, турецком и русском языках отмечены как демонстрационные переводы. Специалисты их ещё не проверили. Юридически значимым является немецкий текст.
- **Лёгкий язык (Leichte Sprache):** пока не всё содержимое доступно на упрощённом немецком языке. Объяснение портала на упрощённом немецком вы найдёте на странице [Leichte Sprache](leichte-sprache).
- **Проверка:** доступность пока оценена только самостоятельно. Полная проверка ещё не проведена.

Причина: портал ещё в разработке. Альтернатива: если вы не можете воспользоваться каким-либо содержимым, обратитесь к нам. Мы объясним его вам или пришлём в доступном формате.

## Подготовка этого заявления

Заявление подготовлено в ноябре 2026 года на основе самооценки. Мы пересматриваем его не реже одного раза в год.

## Сообщить о барьере: обратная связь и контакты

Вы столкнулись с барьером? Или вам нужно содержимое в доступном формате, например удобный для чтения текстовый файл или текст на лёгком языке? Напишите нам или позвоните:

- Электронная почта: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) (условный адрес)
- Телефон: [+49 5132 000000](tel:+495132000000) (условный номер)

Пожалуйста, укажите страницу и коротко опишите проблему. Обычно мы отвечаем в течение 2 недель (условный срок).

## Примирительная процедура

Если наш ответ вас не устроил, вы можете обратиться в примирительный орган. Он помогает урегулировать спор о барьерах без суда.

Примирительный орган согласно Закону Нижней Саксонии о равноправии людей с инвалидностью (Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz) при Уполномоченном земли по делам людей с инвалидностью (Landesbeauftragte für Menschen mit Behinderungen)

Сайт: [www.schlichtungsstelle-ndsbgg.niedersachsen.de](https://www.schlichtungsstelle-ndsbgg.niedersachsen.de) (примечание к демонстрационной версии: город проверит эту ссылку перед публикацией)

Юридически значимой является немецкая версия этого заявления.`,
      },
    },
  },
  {
    slug: 'leichte-sprache',
    role: 'easy_language',
    texts: {
      de: {
        title: 'Leichte Sprache',
        summary: 'Hier erklären wir diese Internet-Seite in Leichter Sprache.',
        body: `## Was steht auf dieser Internet-Seite?

Diese Internet-Seite ist von der Stadt Lehrte.

Hier finden Sie Hilfe und Angebote in Lehrte.

Zum Beispiel:

- Deutsch-Kurse
- Kinder-Betreuung
- Beratung
- Hilfe bei der Arbeits-Suche
- Formulare in vielen Sprachen
- eine Stelle für Meldungen über Diskriminierung

Diskriminierung bedeutet: Jemand behandelt Sie schlecht.

Weil Sie zum Beispiel aus einem anderen Land kommen.

Oder weil Sie eine andere Religion haben.

Hier können Sie auch das Integrations-Konzept lesen.

Im Integrations-Konzept stehen die Pläne von der Stadt Lehrte.

Die Stadt will das Zusammen-Leben in Lehrte besser machen.

Sie können Ihre Meinung dazu sagen.

## Wichtig: Das ist ein Beispiel

Wir bauen diese Internet-Seite gerade auf.

Viele Angaben sind nur Beispiele.

Zum Beispiel die Adressen und die Telefon-Nummern.

## So finden Sie sich zurecht

### Das Menü

Oben auf jeder Seite ist das Menü.

Im Menü finden Sie alle Teile von dieser Internet-Seite.

### Die Sprache

Oben auf jeder Seite können Sie Ihre Sprache wählen.

Zum Beispiel Arabisch oder Ukrainisch.

### Die Suche

Sie suchen etwas?

Dann benutzen Sie die Suche.

Schreiben Sie ein Wort in das Such-Feld.

Zum Beispiel: Deutsch-Kurs.

## Die Erklärung zur Barriere-Freiheit

Barriere-Freiheit bedeutet: Alle Menschen können die Internet-Seite gut benutzen.

Auch Menschen mit Behinderung.

Die Stadt Lehrte hat eine Erklärung zur Barriere-Freiheit geschrieben.

In der Erklärung steht:

- Welche Teile sind noch schwer zu benutzen?
- An wen können Sie sich wenden?

Hier finden Sie die Erklärung: [Erklärung zur Barriere-Freiheit](barrierefreiheit)

Die Erklärung ist in schwerer Sprache.

## Sagen Sie uns Ihre Meinung

Haben Sie ein Problem mit der Internet-Seite?

Verstehen Sie etwas nicht?

Dann schreiben Sie uns eine E-Mail.

Die E-Mail-Adresse ist: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

Oder rufen Sie uns an.

Die Telefon-Nummer ist: [05132 000000](tel:+495132000000)

Die E-Mail-Adresse und die Telefon-Nummer sind Beispiele.

Sie brauchen einen Text in Leichter Sprache? Dann schreiben Sie uns auch.

Wir helfen Ihnen gerne.

## Mehr in Leichter Sprache

Dieser Text ist in Leichter Sprache.

Wir schreiben noch mehr Texte in Leichter Sprache.`,
      },
      en: {
        title: 'Easy language',
        summary: 'Here we explain this website in easy language.',
        body: `## What is on this website?

This website is from the City of Lehrte.

Here you can find help and services in Lehrte.

For example:

- German courses
- childcare
- advice
- help with finding work
- forms in many languages
- a place to report discrimination

Discrimination means: someone treats you badly.

For example, because you come from another country.

Or because you have a different religion.

You can also read the integration concept here.

The integration concept describes the plans of the City of Lehrte.

The city wants to make life together in Lehrte better.

You can tell us what you think about it.

## Important: this is an example

We are building this website right now.

Many details are only examples.

For example, the addresses and the phone numbers.

## How to find your way

### The menu

The menu is at the top of every page.

In the menu you find all parts of this website.

### The language

You can choose your language at the top of every page.

For example, Arabic or Ukrainian.

### The search

Are you looking for something?

Then use the search.

Type a word into the search box.

For example: German course.

## The accessibility statement

Accessibility means: everyone can use the website well.

This includes people with disabilities.

The City of Lehrte has written an accessibility statement.

The statement says:

- Which parts are still hard to use?
- Who can you contact?

Here is the statement: [Accessibility statement](barrierefreiheit)

The statement is not in easy language.

## Tell us what you think

Do you have a problem with the website?

Is something hard to understand?

Then write us an e-mail.

The e-mail address is: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

Or call us.

The phone number is: [05132 000000](tel:+495132000000)

The e-mail address and the phone number are examples.

Do you need a text in easy language? Then write to us too.

We are happy to help you.

## More in easy language

This text is in easy language.

We are writing more texts in easy language.`,
      },
      ar: {
        title: 'لغة سهلة',
        summary: 'هنا نشرح هذا الموقع بلغة سهلة.',
        body: `## ماذا يوجد في هذا الموقع؟

هذا الموقع تابع لمدينة ليرته.

هنا تجد مساعدة وخدمات في ليرته.

مثلًا:

- دورات اللغة الألمانية
- رعاية الأطفال
- الاستشارة
- المساعدة في البحث عن عمل
- استمارات بلغات كثيرة
- مكان للإبلاغ عن التمييز

التمييز يعني: شخص ما يعاملك معاملة سيئة.

لأنك مثلًا جئت من بلد آخر.

أو لأن دينك مختلف.

يمكنك هنا أيضًا قراءة خطة الاندماج.

في خطة الاندماج تجد خطط مدينة ليرته.

تريد المدينة أن تجعل العيش المشترك في ليرته أفضل.

يمكنك أن تقول لنا رأيك في ذلك.

## مهم: هذا مثال

نحن نبني هذا الموقع الآن.

كثير من المعلومات أمثلة فقط.

مثلًا العناوين وأرقام الهاتف.

## كيف تجد ما تريد

### القائمة

القائمة في أعلى كل صفحة.

في القائمة تجد كل أقسام هذا الموقع.

### اللغة

يمكنك اختيار لغتك في أعلى كل صفحة.

مثلًا العربية أو الأوكرانية.

### البحث

هل تبحث عن شيء؟

استخدم البحث.

اكتب كلمة في خانة البحث.

مثلًا: دورة ألمانية.

## بيان إمكانية الوصول

إمكانية الوصول تعني: كل الناس يستطيعون استخدام الموقع بسهولة.

وهذا يشمل الأشخاص ذوي الإعاقة.

كتبت مدينة ليرته بيانًا عن إمكانية الوصول.

في البيان تجد:

- ما الأجزاء التي لا يزال استخدامها صعبًا؟
- بمن يمكنك أن تتصل؟

هنا تجد البيان: [بيان إمكانية الوصول](barrierefreiheit)

البيان ليس مكتوبًا بلغة سهلة.

## قل لنا رأيك

هل عندك مشكلة في الموقع؟

هل هناك شيء لا تفهمه؟

اكتب لنا رسالة بالبريد الإلكتروني.

عنوان البريد الإلكتروني هو: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

أو اتصل بنا بالهاتف.

رقم الهاتف هو: [05132 000000](tel:+495132000000)

عنوان البريد الإلكتروني ورقم الهاتف مثالان فقط.

هل تحتاج إلى نص بلغة سهلة؟ اكتب لنا أيضًا.

يسعدنا أن نساعدك.

## نصوص أخرى بلغة سهلة

هذا النص مكتوب بلغة سهلة.

نحن نكتب نصوصًا أخرى بلغة سهلة.`,
      },
      fa: {
        title: 'زبان ساده',
        summary: 'در اینجا این وب‌سایت را به زبان ساده توضیح می‌دهیم.',
        body: `## در این وب‌سایت چه چیزهایی هست؟

این وب‌سایت متعلق به شهر لهرته است.

اینجا کمک و خدمات در لهرته را پیدا می‌کنید.

برای نمونه:

- کلاس‌های زبان آلمانی
- نگهداری از کودکان
- مشاوره
- کمک برای پیدا کردن کار
- فرم‌ها به زبان‌های زیاد
- جایی برای گزارش تبعیض

تبعیض یعنی: کسی با شما بد رفتار می‌کند.

مثلاً چون از کشور دیگری آمده‌اید.

یا چون دین شما فرق می‌کند.

اینجا می‌توانید برنامه ادغام را هم بخوانید.

در برنامه ادغام، برنامه‌های شهر لهرته نوشته شده است.

شهر می‌خواهد زندگی در کنار هم در لهرته بهتر شود.

می‌توانید نظرتان را درباره آن به ما بگویید.

## مهم: این یک نمونه است

ما الان این وب‌سایت را می‌سازیم.

بسیاری از اطلاعات فقط نمونه هستند.

مثلاً نشانی‌ها و شماره‌های تلفن.

## چطور راه خود را پیدا کنید

### منو

منو بالای هر صفحه است.

در منو همه بخش‌های این وب‌سایت را پیدا می‌کنید.

### زبان

بالای هر صفحه می‌توانید زبان خود را انتخاب کنید.

مثلاً فارسی یا عربی.

### جست‌وجو

دنبال چیزی هستید؟

از جست‌وجو استفاده کنید.

یک کلمه در کادر جست‌وجو بنویسید.

مثلاً: کلاس آلمانی.

## بیانیه دسترس‌پذیری

دسترس‌پذیری یعنی: همه مردم می‌توانند به‌راحتی از وب‌سایت استفاده کنند.

افراد دارای معلولیت هم.

شهر لهرته یک بیانیه درباره دسترس‌پذیری نوشته است.

در این بیانیه می‌خوانید:

- استفاده از کدام بخش‌ها هنوز سخت است؟
- با چه کسی می‌توانید تماس بگیرید؟

بیانیه را اینجا پیدا می‌کنید: [بیانیه دسترس‌پذیری](barrierefreiheit)

این بیانیه به زبان ساده نیست.

## نظرتان را به ما بگویید

با وب‌سایت مشکلی دارید؟

چیزی را نمی‌فهمید؟

برای ما ایمیل بفرستید.

نشانی ایمیل این است: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

یا به ما زنگ بزنید.

شماره تلفن این است: [05132 000000](tel:+495132000000)

نشانی ایمیل و شماره تلفن فقط نمونه هستند.

به متنی به زبان ساده نیاز دارید؟ این را هم برای ما بنویسید.

با کمال میل به شما کمک می‌کنیم.

## متن‌های بیشتر به زبان ساده

این متن به زبان ساده است.

ما متن‌های بیشتری به زبان ساده می‌نویسیم.`,
      },
      uk: {
        title: 'Легка мова',
        summary: 'Тут ми простими словами пояснюємо цей сайт.',
        body: `## Що є на цьому сайті?

Цей сайт належить місту Лерте.

Тут ви знайдете допомогу та послуги в Лерте.

Наприклад:

- курси німецької мови
- догляд за дітьми
- консультації
- допомогу в пошуку роботи
- форми багатьма мовами
- місце, де можна повідомити про дискримінацію

Дискримінація означає: хтось погано з вами поводиться.

Наприклад, тому що ви приїхали з іншої країни.

Або тому що у вас інша релігія.

Тут ви також можете прочитати концепцію інтеграції.

У концепції інтеграції описано плани міста Лерте.

Місто хоче, щоб люди в Лерте жили разом краще.

Ви можете сказати нам, що ви про це думаєте.

## Важливо: це приклад

Ми зараз створюємо цей сайт.

Багато даних — лише приклади.

Наприклад, адреси й номери телефонів.

## Як знайти потрібне

### Меню

Меню розташоване вгорі кожної сторінки.

У меню ви знайдете всі розділи сайту.

### Мова

Вгорі кожної сторінки ви можете вибрати свою мову.

Наприклад, українську або російську.

### Пошук

Ви щось шукаєте?

Тоді скористайтеся пошуком.

Напишіть слово в полі пошуку.

Наприклад: курс німецької.

## Заява про доступність

Доступність означає: усі люди можуть зручно користуватися сайтом.

Також люди з інвалідністю.

Місто Лерте написало заяву про доступність.

У заяві написано:

- Якими частинами сайту ще складно користуватися?
- До кого можна звернутися?

Заява тут: [Заява про доступність](barrierefreiheit)

Заява написана складною мовою.

## Скажіть нам свою думку

Маєте проблему із сайтом?

Ви чогось не розумієте?

Тоді надішліть нам електронний лист.

Електронна адреса: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

Або зателефонуйте нам.

Номер телефону: [05132 000000](tel:+495132000000)

Електронна адреса й номер телефону — лише приклади.

Вам потрібен текст легкою мовою? Про це теж напишіть нам.

Ми охоче вам допоможемо.

## Більше текстів легкою мовою

Цей текст написано легкою мовою.

Ми пишемо ще більше текстів легкою мовою.`,
      },
      tr: {
        title: 'Kolay Dil',
        summary: 'Burada bu internet sitesini kolay bir dille anlatıyoruz.',
        body: `## Bu internet sitesinde neler var?

Bu internet sitesi Lehrte Belediyesine aittir.

Burada Lehrte'deki yardım ve hizmetleri bulabilirsiniz.

Örneğin:

- Almanca kursları
- çocuk bakımı
- danışmanlık
- iş aramada yardım
- birçok dilde formlar
- ayrımcılığı bildirebileceğiniz bir yer

Ayrımcılık şu demektir: Biri size kötü davranıyor.

Örneğin başka bir ülkeden geldiğiniz için.

Ya da dininiz farklı olduğu için.

Burada entegrasyon konseptini de okuyabilirsiniz.

Entegrasyon konseptinde Lehrte Belediyesinin planları yazıyor.

Belediye, Lehrte'de birlikte yaşamı daha iyi hâle getirmek istiyor.

Bu konudaki düşüncenizi bize söyleyebilirsiniz.

## Önemli: Bu bir örnektir

Bu internet sitesini şu anda hazırlıyoruz.

Birçok bilgi sadece örnektir.

Örneğin adresler ve telefon numaraları.

## Sitede aradığınızı nasıl bulursunuz?

### Menü

Menü her sayfanın en üstündedir.

Menüde bu sitenin bütün bölümlerini bulursunuz.

### Dil

Her sayfanın en üstünde dilinizi seçebilirsiniz.

Örneğin Türkçe veya Arapça.

### Arama

Bir şey mi arıyorsunuz?

O zaman aramayı kullanın.

Arama kutusuna bir kelime yazın.

Örneğin: Almanca kursu.

## Erişilebilirlik beyanı

Erişilebilirlik şu demektir: Herkes internet sitesini kolayca kullanabilir.

Engelli kişiler de.

Lehrte Belediyesi bir erişilebilirlik beyanı yazdı.

Beyanda şunlar yazıyor:

- Sitenin hangi bölümlerini kullanmak hâlâ zor?
- Kime başvurabilirsiniz?

Beyanı burada bulabilirsiniz: [Erişilebilirlik beyanı](barrierefreiheit)

Beyan kolay dilde yazılmamıştır.

## Düşüncenizi bize söyleyin

İnternet sitesiyle ilgili bir sorununuz mu var?

Bir şeyi anlamadınız mı?

O zaman bize e-posta yazın.

E-posta adresi: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

Ya da bizi arayın.

Telefon numarası: [05132 000000](tel:+495132000000)

E-posta adresi ve telefon numarası sadece örnektir.

Kolay dilde bir metne mi ihtiyacınız var? Bunu da bize yazın.

Size memnuniyetle yardım ederiz.

## Kolay dilde daha fazla metin

Bu metin kolay dilde yazılmıştır.

Kolay dilde daha fazla metin yazıyoruz.`,
      },
      ru: {
        title: 'Лёгкий язык',
        summary: 'Здесь мы простыми словами объясняем этот сайт.',
        body: `## Что есть на этом сайте?

Этот сайт принадлежит городу Лерте.

Здесь вы найдёте помощь и услуги в Лерте.

Например:

- курсы немецкого языка
- присмотр за детьми
- консультации
- помощь в поиске работы
- формы на многих языках
- место, где можно сообщить о дискриминации

Дискриминация означает: кто-то плохо с вами обращается.

Например, потому что вы приехали из другой страны.

Или потому что у вас другая религия.

Здесь вы также можете прочитать концепцию интеграции.

В концепции интеграции описаны планы города Лерте.

Город хочет, чтобы люди в Лерте жили вместе лучше.

Вы можете сказать нам, что вы об этом думаете.

## Важно: это пример

Мы сейчас создаём этот сайт.

Многие данные — только примеры.

Например, адреса и номера телефонов.

## Как найти нужное

### Меню

Меню находится вверху каждой страницы.

В меню вы найдёте все разделы сайта.

### Язык

Вверху каждой страницы вы можете выбрать свой язык.

Например, русский или украинский.

### Поиск

Вы что-то ищете?

Тогда воспользуйтесь поиском.

Напишите слово в поле поиска.

Например: курс немецкого.

## Заявление о доступности

Доступность означает: все люди могут удобно пользоваться сайтом.

В том числе люди с инвалидностью.

Город Лерте написал заявление о доступности.

В заявлении написано:

- Какими частями сайта ещё сложно пользоваться?
- К кому можно обратиться?

Заявление здесь: [Заявление о доступности](barrierefreiheit)

Заявление написано сложным языком.

## Скажите нам своё мнение

У вас проблема с сайтом?

Вы что-то не понимаете?

Тогда напишите нам по электронной почте.

Адрес электронной почты: [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org)

Или позвоните нам.

Номер телефона: [05132 000000](tel:+495132000000)

Адрес электронной почты и номер телефона — только примеры.

Вам нужен текст на лёгком языке? Об этом тоже напишите нам.

Мы с радостью вам поможем.

## Больше текстов на лёгком языке

Этот текст написан на лёгком языке.

Мы пишем ещё больше текстов на лёгком языке.`,
      },
    },
  },
];
