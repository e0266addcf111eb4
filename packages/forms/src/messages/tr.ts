import type { Catalogue } from './catalogue.ts';

/**
 * Turkish: formal register (lütfen …, -in). The label is quoted and never
 * takes a case suffix ("“…” alanına"), which would depend on its last vowel.
 */
export const tr: Catalogue = {
  interpreterLabel: 'Tercüman',
  messages: {
    required: (p) => `Lütfen “${p.label}” alanını doldurun`,
    requiredChoice: (p) => `Lütfen “${p.label}” için bir yanıt seçin`,
    requiredFile: (p) => `Lütfen “${p.label}” için bir dosya seçin`,
    requiredConsent: (p) => `Devam etmek için lütfen onay verin: “${p.label}”`,
    tooShort: (p) => `“${p.label}” alanı en az ${p.min} karakter olmalıdır`,
    tooLong: (p) => `“${p.label}” alanı en fazla ${p.max} karakter olmalıdır`,
    pattern: (p) => `Lütfen “${p.label}” alanını doğru biçimde doldurun`,
    invalidCharacters: (p) =>
      `“${p.label}” alanında izin verilmeyen karakterler var. Lütfen bunları silin veya metni yeniden yazın`,
    email: (p) =>
      `Lütfen “${p.label}” alanına doğru biçimde bir e-posta adresi girin, örneğin name@example.com`,
    phone: (p) =>
      `Lütfen “${p.label}” alanına bir telefon numarası girin, örneğin 01234 567890 veya +49 1234 567890`,
    number: (p) => `“${p.label}” alanı bir sayı olmalıdır`,
    integer: (p) => `“${p.label}” alanı bir tam sayı olmalıdır`,
    numberTooSmall: (p) => `“${p.label}” alanı en az ${p.min} olmalıdır`,
    numberTooLarge: (p) => `“${p.label}” alanı en fazla ${p.max} olmalıdır`,
    date: (p) => `“${p.label}” alanı geçerli bir tarih olmalıdır`,
    dateInPast: (p) => `“${p.label}” alanı geçmişte bir tarih olmalıdır`,
    dateTodayOrPast: (p) => `“${p.label}” alanı bugün veya geçmişte bir tarih olmalıdır`,
    dateInFuture: (p) => `“${p.label}” alanı gelecekte bir tarih olmalıdır`,
    dateTodayOrFuture: (p) => `“${p.label}” alanı bugün veya gelecekte bir tarih olmalıdır`,
    dateTooEarly: (p) => `“${p.label}” alanı en erken ${p.date} olmalıdır`,
    dateTooLate: (p) => `“${p.label}” alanı en geç ${p.date} olmalıdır`,
    option: (p) => `Lütfen “${p.label}” için sunulan yanıtlardan birini seçin`,
    tooFewSelected: (p) => `Lütfen “${p.label}” için en az ${p.min} seçenek seçin`,
    tooManySelected: (p) => `Lütfen “${p.label}” için en fazla ${p.max} seçenek seçin`,
    givenName: (p) => `Lütfen “${p.label}” alanına adı girin`,
    familyName: (p) => `Lütfen “${p.label}” alanına soyadı girin`,
    street: (p) => `Lütfen “${p.label}” alanına sokak adını girin`,
    houseNumber: (p) => `Lütfen “${p.label}” alanına bina numarasını girin, örneğin 12 veya 12a`,
    postalCode: (p) => `Lütfen “${p.label}” alanına 5 haneli bir posta kodu girin, örneğin 12345`,
    city: (p) => `Lütfen “${p.label}” alanına şehri girin`,
    tooFewItems: (p) => `Lütfen “${p.label}” için en az ${p.min} kayıt ekleyin`,
    tooManyItems: (p) => `“${p.label}” için en fazla ${p.max} kayıt eklenebilir`,
    fileCount: (p) => `“${p.label}” için en fazla ${p.max} dosya yükleyebilirsiniz`,
    fileToken: (p) => `“${p.label}” için dosya bulunamadı. Lütfen dosyayı yeniden yükleyin`,
    fileType: (p) => `“${p.label}” için dosya ${p.types} biçiminde olmalıdır`,
    fileTooLarge: (p) => `“${p.label}” için dosya en fazla ${p.size} olabilir`,
    fileEmpty: (p) => `“${p.label}” için seçilen dosya boş`,
    uploadsOff: (p) =>
      `Bu formda “${p.label}” için dosya yüklenemez. Lütfen belgeleri posta ile gönderin veya yanınızda getirin`,
    interpreter: (p) => `Tercüman için belirtilen dil en fazla ${p.max} karakter olmalıdır`,
    type: (p) => `“${p.label}” için verilen yanıt beklenen biçimde değil`,
    unknownField: () =>
      'Form tanımadığı bir yanıt aldı. Lütfen sayfayı yeniden yükleyin ve tekrar deneyin',
    invalidAnswers: () =>
      'Yanıtlarınız okunamadı. Lütfen sayfayı yeniden yükleyin ve tekrar deneyin',
    answersTooLarge: () =>
      'Yanıtlarınız çok uzun. Lütfen uzun metinleri kısaltın ve tekrar deneyin',
  },
};
