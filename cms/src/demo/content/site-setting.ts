import type { SiteSettingDemo } from '../types';

/**
 * Demo content of the portal frame: city name, site title, home page welcome and footer,
 * in every portal locale. German is the source text.
 *
 * The footer names the city's office in German in every locale (with a translation where
 * helpful) and says that this is a demo installation with sample data. The feedback
 * address is a placeholder that the city replaces before going live.
 */
export const siteSetting: SiteSettingDemo = {
  accessibilityFeedbackEmail: 'barrierefreiheit@example.org',
  texts: {
    de: {
      cityName: 'Lehrte',
      siteTitle: 'Integration und Teilhabe in Lehrte',
      welcomeHeading: 'Willkommen in Lehrte',
      welcomeText:
        'Hier finden Sie Deutschkurse, Kinderbetreuung und Beratung in Lehrte. Viele Formulare gibt es in mehreren Sprachen, zum Beispiel die Anmeldung für einen Kita-Platz. Sie können hier auch Diskriminierung melden und das Integrationskonzept der Stadt lesen und mitgestalten.',
      footerText:
        'Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe. Dies ist eine Demo-Installation mit Beispieldaten.',
    },
    en: {
      cityName: 'Lehrte',
      siteTitle: 'Integration and participation in Lehrte',
      welcomeHeading: 'Welcome to Lehrte',
      welcomeText:
        "Here you can find German courses, childcare and counselling in Lehrte. Many forms are available in several languages, for example the registration for a place in a Kita (day-care centre). You can also report discrimination here, and read the city's integration concept and help shape it.",
      footerText:
        'Stadt Lehrte (City of Lehrte) – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe (Office for Equal Opportunities, Migration and Participation). This is a demo installation with sample data.',
    },
    ar: {
      cityName: 'ليرته',
      siteTitle: 'الاندماج والمشاركة في ليرته',
      welcomeHeading: 'مرحبًا بكم في ليرته',
      welcomeText:
        'ستجد هنا دورات اللغة الألمانية ورعاية الأطفال وخدمات الاستشارة في ليرته. وتتوفر استمارات كثيرة بعدة لغات، مثل استمارة التسجيل للحصول على مكان في روضة أطفال (Kita). ويمكنك هنا أيضًا الإبلاغ عن التمييز، والاطلاع على خطة الاندماج الخاصة بالمدينة والمشاركة في تطويرها.',
      footerText:
        'مدينة ليرته – وحدة المساواة والهجرة والمشاركة (Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe). هذه نسخة تجريبية للعرض تحتوي على بيانات نموذجية.',
    },
    fa: {
      cityName: 'لهرته',
      siteTitle: 'ادغام و مشارکت در لهرته',
      welcomeHeading: 'به لهرته خوش آمدید',
      welcomeText:
        'در اینجا کلاس‌های زبان آلمانی، نگهداری از کودک و مراکز مشاوره در لهرته را پیدا می‌کنید. بسیاری از فرم‌ها به چند زبان در دسترس هستند، برای نمونه فرم ثبت‌نام برای یک جا در مهدکودک (Kita). همچنین می‌توانید در اینجا تبعیض را گزارش دهید، برنامه ادغام شهر را بخوانید و در شکل دادن به آن سهیم باشید.',
      footerText:
        'شهر لهرته – دفتر برابری، مهاجرت و مشارکت (Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe). این یک نسخه نمایشی با داده‌های نمونه است.',
    },
    uk: {
      cityName: 'Лерте',
      siteTitle: 'Інтеграція та участь у Лерте',
      welcomeHeading: 'Ласкаво просимо до Лерте',
      welcomeText:
        'Тут ви знайдете курси німецької мови, догляд за дітьми та консультації в Лерте. Багато форм доступні кількома мовами, наприклад реєстрація на місце в дитячому садку (Kita). Також тут можна повідомити про дискримінацію, прочитати концепцію інтеграції міста й долучитися до її розвитку.',
      footerText:
        'Місто Лерте — відділ з питань рівності, міграції та участі (Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe). Це демонстраційна версія порталу з тестовими даними.',
    },
    tr: {
      cityName: 'Lehrte',
      siteTitle: "Lehrte'de Entegrasyon ve Katılım",
      welcomeHeading: "Lehrte'ye hoş geldiniz",
      welcomeText:
        "Burada Lehrte'deki Almanca kurslarını, çocuk bakımı imkânlarını ve danışmanlık hizmetlerini bulabilirsiniz. Birçok form farklı dillerde mevcuttur; örneğin Kita'da (kreş ve anaokulu) yer için kayıt formu. Burada ayrımcılığı bildirebilir, belediyenin entegrasyon konseptini okuyabilir ve konseptin gelişimine katkıda bulunabilirsiniz.",
      footerText:
        'Lehrte Belediyesi (Stadt Lehrte) – Eşitlik, Göç ve Katılım Birimi (Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe). Bu, örnek verilerle çalışan bir demo kurulumudur.',
    },
    ru: {
      cityName: 'Лерте',
      siteTitle: 'Интеграция и участие в Лерте',
      welcomeHeading: 'Добро пожаловать в Лерте',
      welcomeText:
        'Здесь вы найдёте курсы немецкого языка, присмотр за детьми и консультации в Лерте. Многие формы доступны на нескольких языках, например запись на место в детском саду (Kita). Здесь также можно сообщить о дискриминации, прочитать концепцию интеграции города и принять участие в её развитии.',
      footerText:
        'Город Лерте — отдел по вопросам равноправия, миграции и участия (Stadt Lehrte – Stabsstelle Gleichstellungsbeauftragte, Migration und Teilhabe). Это демонстрационная версия портала с тестовыми данными.',
    },
  },
};
