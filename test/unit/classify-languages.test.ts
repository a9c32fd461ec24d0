import { describe, expect, it } from 'vitest';
import { classifyMessage, type MessageKind } from '../../lib/chat/classify';

/**
 * Own cases per language, written for this test (not taken from the nohello.net corpus):
 * bare greetings and bids, bare call requests, and messages that carry content, including
 * short replies, questions without a greeting and a greeting with its question.
 */
interface Cases {
  greeting: string[];
  call?: string[];
  ok: string[];
}

const LANGUAGES: Record<string, Cases> = {
  cs: {
    greeting: ['Ahoj!', 'Dobrý den', 'čau Petře', 'Ahoj, máš chvilku?', 'Zdravím, jsi tady?', 'rychlá otázka'],
    call: ['Zavolej mi', 'Můžeme si zavolat?'],
    ok: ['Díky', 'Ahoj, kdy je ta schůzka?', 'Kde najdu ten soubor?', 'jo, v pohodě'],
  },
  de: {
    greeting: [
      'Hallo',
      'Moin moin',
      'Hallo zusammen!',
      'Servus Herr Müller',
      'Guten Morgen, hast du mal kurz Zeit?',
      'Kurze Frage',
      'Hi, bist du da?',
      'Hallöchen 👋',
      'hallooo',
    ],
    call: [
      'Können wir kurz telefonieren?',
      'Kurzer Call?',
      'Hast du kurz Zeit für einen Call?',
      'Ruf mich an',
      'Hallo, lass uns kurz telefonieren',
    ],
    ok: [
      'Danke dir!',
      'Ich bin im Meeting',
      'Hallo, kannst du mir die Datei schicken?',
      'Wann ist das Meeting?',
      'Hallo, das Deployment ist fehlgeschlagen',
      'morgen?',
    ],
  },
  en: {
    greeting: ['Hey!', 'hello @channel', 'Good afternoon', 'yo', 'hey, you around?', 'Hi Anna, got a minute?'],
    call: ['Quick call?', 'can we do a quick zoom?', 'Hey, let’s hop on a huddle', 'give me a call'],
    ok: ['thx', 'What time is standup?', 'Hi, the invoice is attached', 'see you tomorrow'],
  },
  es: {
    greeting: [
      'Hola',
      'Buenos días a todos',
      '¡Hola Marta!',
      '¿Tienes un minuto?',
      'Hola, ¿estás por ahí?',
      'buenas, una pregunta rápida',
    ],
    call: ['¿Podemos hacer una llamada rápida?', 'Llámame', 'Hola, ¿me puedes llamar?'],
    ok: ['Gracias', 'Hola, ¿me pasas el informe?', '¿Dónde está el documento?', 'Hola, el despliegue falló'],
  },
  fa: {
    greeting: ['سلام', 'درود', 'سلام علی', 'سلام، وقت داری؟', 'صبح بخیر', 'یه سوال سریع'],
    call: ['زنگ بزن', 'میشه بهم زنگ بزنی؟'],
    ok: ['ممنون', 'سلام، دیپلوی شکست خورد', 'فایل رو کی می‌فرستی؟', 'باشه'],
  },
  fr: {
    greeting: [
      'Bonjour',
      'Salut à tous',
      'Coucou 👋',
      'Bonjour, tu as deux minutes ?',
      'T’es dispo ?',
      'Salut Marc, petite question',
    ],
    call: ['On peut s’appeler ?', 'On se fait un point rapide ?', 'Appelle-moi', 'Tu peux m’appeler ?'],
    ok: ['Merci !', 'Bonjour, la réunion est à 15h', 'Où est le fichier ?', 'Salut, le déploiement a échoué'],
  },
  he: {
    greeting: ['שלום', 'היי', 'בוקר טוב', 'היי, יש לך דקה?', 'אתה פנוי?', 'היי דנה - שאלה קצרה'],
    call: ['תתקשר אליי', 'אפשר שיחה קצרה?'],
    ok: ['תודה', 'שלום, הפריסה נכשלה', 'מתי הפגישה?', 'בסדר'],
  },
  id: {
    greeting: [
      'Halo',
      'Selamat pagi pak',
      'Hai semua',
      'Ada waktu sebentar?',
      'Permisi, boleh tanya?',
      'Halo, lagi sibuk?',
    ],
    call: ['Bisa telepon aku?', 'Yuk call sebentar'],
    ok: ['Terima kasih', 'Halo, deploy gagal', 'Filenya di mana?', 'oke siap'],
  },
  it: {
    greeting: [
      'Ciao',
      'Buongiorno a tutti',
      'Ciao Luca!',
      'Hai un attimo?',
      'Ciao Luca, ci sei ancora?',
      'ciao, domanda veloce',
    ],
    call: ['Possiamo sentirci?', 'Ci facciamo una call veloce?', 'Chiamami', 'Mi puoi chiamare?'],
    ok: ['Grazie mille', 'Ciao, il deploy è fallito', 'Dov’è il file?', 'va bene'],
  },
  pl: {
    greeting: ['Cześć', 'Dzień dobry', 'Siema, masz chwilę?', 'Hej Kasia', 'Jesteś tam?', 'szybkie pytanie'],
    call: ['Możemy zadzwonić?', 'Zadzwoń do mnie', 'Zdzwonimy się?'],
    ok: ['Dzięki', 'Cześć, wdrożenie się nie powiodło', 'Gdzie jest plik?', 'jasne'],
  },
  'pt-br': {
    greeting: ['Oi', 'Oi, tudo bem?', 'E aí, pessoal!', 'Bom dia, galera', 'Vc tá aí?', 'oie, tem um minutinho?'],
    call: ['Bora uma call?', 'Me liga', 'Podemos fazer uma ligação rápida?'],
    ok: ['Valeu', 'Oi, pode revisar meu PR?', 'Cadê o arquivo?', 'beleza, obrigado'],
  },
  pt: {
    greeting: [
      'Olá',
      'Bom dia a todos',
      'Olá Rui, uma pergunta rápida',
      'Tens um minutinho?',
      'Estás por aí?',
      'Boas!',
    ],
    call: ['Podemos fazer uma chamada?', 'Liga-me'],
    ok: ['Obrigado', 'Olá, o relatório está pronto', 'Onde está o ficheiro?', 'combinado'],
  },
  ru: {
    greeting: [
      'Привет',
      'Добрый день, коллеги',
      'Привет, есть минутка?',
      'Здравствуйте, Анна',
      'Ты тут?',
      'приветик 👋',
    ],
    call: ['Созвонимся?', 'Давай созвонимся', 'Позвони мне', 'Можем быстро созвониться?'],
    ok: ['Спасибо', 'Привет, деплой упал', 'Где лежит файл?', 'ок, понял'],
  },
  sv: {
    greeting: ['Hej', 'God morgon!', 'Hej Anna', 'Har du en minut?', 'Tjena, är du där?', 'en snabb fråga'],
    call: ['Kan vi ringas?', 'Ring mig'],
    ok: ['Tack', 'Hej, deployen misslyckades', 'Var ligger filen?', 'okej'],
  },
  tr: {
    greeting: [
      'Merhaba',
      'Selam hocam',
      'Günaydın arkadaşlar',
      'Müsait misin?',
      'Merhaba, orada mısın?',
      'bi sorum var',
    ],
    call: ['Kısa bir görüşme yapabilir miyiz?', 'Beni arar mısın?'],
    ok: ['Teşekkürler', 'Merhaba, dağıtım başarısız oldu', 'Dosya nerede?', 'tamam'],
  },
  uk: {
    greeting: ['Привіт', 'Добрий день', 'Привіт, є хвилинка?', 'Ти тут?', 'Вітаю, Олено', 'ку-ку'],
    call: ['Зідзвонимось?', 'Подзвони мені'],
    ok: ['Дякую', 'Привіт, деплой впав', 'Де файл?', 'добре'],
  },
  vi: {
    greeting: [
      'Xin chào',
      'Chào anh',
      'Chào mọi người',
      'Anh ơi, có đó không?',
      'Bạn rảnh không?',
      'chào chị, cho em hỏi chút',
    ],
    call: [
      'Gọi cho mình nhé',
      'Họp nhanh được không?',
      // "may I call you?": asks only whether it is all right to call
      'Mình gọi cho bạn được không?',
      'Em gọi anh được không ạ?',
      'Gọi cho bạn bây giờ được không?',
      'Chị ơi, em gọi chị một chút được không ạ?',
      'Anh có tiện nghe máy không?',
      'Bạn có tiện nói chuyện điện thoại không?',
    ],
    ok: [
      'Cảm ơn',
      'Xin chào, triển khai bị lỗi',
      'File ở đâu?',
      'ok anh',
      'Anh gọi cho khách hàng chưa?',
      'Bạn gọi API này thế nào?',
      'Gọi cho anh được không, lỗi triển khai lại rồi',
      'Mai gọi cho bạn được không?',
      'Không tiện nghe máy',
    ],
  },
  'zh-cn': {
    greeting: [
      '你好',
      '在吗',
      '在不在？',
      '大家好！',
      '张总，你好',
      '王老师好',
      '您好，在吗',
      '早',
      '打扰一下，有空吗？',
    ],
    call: ['能打个电话吗？', '方便语音一下吗？', '我们开个会吧', '电话？'],
    ok: ['谢谢', '好的', '我在开会', '打电话了', '你好，这个文件什么时候给我？', '在家吗？', '在的'],
  },
  ja: {
    greeting: [
      'こんにちは',
      'お疲れ様です',
      'お疲れ様です。今ちょっといいですか？',
      '田中さん、おはようございます',
      'すみません、今お時間よろしいですか',
      'おはよー',
      '山田部長、お疲れ様です！',
    ],
    call: [
      '今ちょっと電話できますか？',
      'お疲れ様です。少し通話できますか？',
      'ミーティングしませんか？',
      'お電話ください',
    ],
    ok: [
      'ありがとうございます',
      '電話しました',
      '電話番号を教えてください',
      'すみません',
      'お疲れ様です。デプロイが失敗しました',
      '会議中です',
    ],
  },
  ko: {
    greeting: [
      '안녕하세요',
      '팀장님, 안녕하세요!',
      '잠깐 시간 되세요?',
      '민수 씨 안녕하세요',
      '혹시 자리에 계세요?',
      '안녕하세요, 질문이 있어요',
    ],
    call: ['잠깐 통화 가능하세요?', '전화 주세요', '회의 가능할까요?'],
    ok: ['감사합니다', '전화번호 알려주세요', '네', '안녕하세요, 배포가 실패했습니다', '회의 중이에요'],
  },
  'zh-tw': {
    greeting: ['您好', '在嗎？', '哈囉', '大家早', '請問有空嗎？', '嗨，蘇菲 - 快問一下。'],
    call: ['可以打個電話嗎？', '方便語音嗎？'],
    ok: ['謝謝', '好的', '檔案在哪裡？', '我在開會'],
  },
  ar: {
    greeting: ['مرحبا', 'السلام عليكم', 'صباح الخير يا جماعة', 'عندك دقيقة؟', 'أهلا، هل أنت موجود؟', 'مرحبا أحمد'],
    call: ['اتصل بي', 'ممكن مكالمة سريعة؟'],
    ok: ['شكرا', 'مرحبا، فشل النشر', 'أين الملف؟', 'تمام'],
  },
  hi: {
    greeting: ['नमस्ते', 'नमस्ते जी, क्या आप फ्री हैं?', 'हैलो', 'क्या आपके पास एक मिनट है?', 'namaste', 'नमस्कार सभी को'],
    call: ['मुझे कॉल करो', 'क्या हम कॉल कर सकते हैं?'],
    ok: ['धन्यवाद', 'नमस्ते, डिप्लॉय फेल हो गया', 'फ़ाइल कहाँ है?', 'ठीक है'],
  },
  nl: {
    greeting: ['Hoi', 'Goedemorgen allemaal', 'Hallo Jan', 'Heb je even?', 'Ben je er?', 'snelle vraag'],
    call: ['Kunnen we even bellen?', 'Bel me even', 'Korte call?'],
    ok: ['Dank je', 'Hoi, de deploy is mislukt', 'Waar staat het bestand?', 'mooi!'],
  },
  da: {
    greeting: ['Hej', 'Godmorgen', 'Hej alle sammen', 'Har du et øjeblik?', 'Er du der?', 'hurtigt spørgsmål'],
    call: ['Kan vi tage et opkald?', 'Ring til mig'],
    ok: ['Tak', 'Hej, deployet fejlede', 'Hvor er filen?', 'fint'],
  },
  nb: {
    greeting: ['Hei', 'God morgen', 'Hei, er du der?', 'Har du et minutt?', 'Hei Ola', 'kjapt spørsmål'],
    call: ['Kan vi ringe?', 'Ring meg'],
    ok: ['Takk', 'Hei, deployen feilet', 'Hvor er filen?', 'greit'],
  },
  fi: {
    greeting: ['Moi', 'Terve!', 'Hyvää huomenta', 'Onko sulla hetki?', 'Oletko paikalla?', 'moikka, nopea kysymys'],
    call: ['Soitetaanko?', 'Soita mulle'],
    ok: ['Kiitos', 'Moi, deploy epäonnistui', 'Missä tiedosto on?', 'selvä'],
  },
  hu: {
    greeting: ['Szia', 'Sziasztok!', 'Jó reggelt', 'Van egy perced?', 'Szia, itt vagy?', 'gyors kérdés'],
    call: ['Hívj fel', 'Tudunk egy gyors hívást?'],
    ok: ['Köszi', 'Szia, a telepítés sikertelen', 'Hol a fájl?', 'rendben'],
  },
  ro: {
    greeting: ['Bună', 'Bună ziua', 'Salut tuturor', 'Ai un minut?', 'Ești acolo?', 'o întrebare rapidă'],
    call: ['Sună-mă', 'Putem face un apel rapid?'],
    ok: ['Mulțumesc', 'Salut, deploy-ul a eșuat', 'Unde e fișierul?', 'bine'],
  },
  el: {
    greeting: ['Γεια σου', 'Καλημέρα σε όλους', 'Έχεις ένα λεπτό;', 'Γεια, είσαι εκεί;', 'Χαίρετε', 'γρήγορη ερώτηση'],
    call: ['Πάρε με τηλέφωνο', 'Μπορούμε να κάνουμε μια γρήγορη κλήση;'],
    ok: ['Ευχαριστώ', 'Γεια, το deploy απέτυχε', 'Πού είναι το αρχείο;', 'εντάξει'],
  },
  th: {
    greeting: ['สวัสดีครับ', 'สวัสดีค่ะ ว่างไหมคะ', 'หวัดดี', 'อยู่ไหมครับ', 'สวัสดีค่ะ คุณสมชาย', 'ขอถามหน่อยครับ'],
    call: [
      'โทรหาผมหน่อย',
      'โทรคุยได้ไหมครับ',
      // "may I call you?" / "is it convenient to take a call?"
      'โทรหาได้ไหมครับ',
      'ผมโทรหาคุณได้ไหม',
      'โทรไปได้ไหมคะ',
      'ขอโทรหาแป๊บได้ไหมคะ',
      'สวัสดีครับ โทรหาได้ไหมครับ',
      'สะดวกรับสายไหมครับ',
      'สะดวกคุยโทรศัพท์ไหมคะ',
    ],
    ok: [
      'ขอบคุณครับ',
      'สวัสดีครับ ดีพลอยล้มเหลว',
      'ไฟล์อยู่ไหน',
      'ได้ครับ',
      'โทรหาลูกค้าแล้วหรือยัง',
      'โทรหาได้ไหมครับ เรื่องดีพลอยล้มเหลว',
      'พรุ่งนี้โทรหาได้ไหม',
      'ไม่สะดวกรับสาย',
      'โทรไปหาฝ่ายบัญชีได้ไหม',
    ],
  },
};

const rows = (pick: (c: Cases) => string[] | undefined, expected: MessageKind) =>
  Object.entries(LANGUAGES).flatMap(([lang, cases]) =>
    (pick(cases) ?? []).map((text) => [lang, text, expected] as const),
  );

describe('classifyMessage per language', () => {
  it.each([
    ...rows((c) => c.greeting, 'greeting-only'),
    ...rows((c) => c.call, 'call-request'),
    ...rows((c) => c.ok, 'ok'),
  ])('%s: %s → %s', (_lang, text, expected) => {
    expect(classifyMessage(text).kind).toBe(expected);
  });

  it('covers every language the product lists, with calls in the major ones', () => {
    const required =
      'cs de en es fa fr he id it pl pt-br pt ru sv tr uk vi zh-cn ja ko zh-tw ar hi nl da nb fi hu ro el th';
    for (const lang of required.split(' ')) expect(LANGUAGES[lang]?.greeting.length, lang).toBeGreaterThan(0);
    for (const lang of 'en de fr es pt it nl ja ko zh-cn ru pl vi th'.split(' '))
      expect(LANGUAGES[lang]?.call?.length, lang).toBeGreaterThan(0);
  });

  it('guesses the language of greetings in their own script', () => {
    const expected: Record<string, string> = {
      Привет: 'ru',
      Привіт: 'uk',
      'Dzień dobry': 'pl',
      Merhaba: 'tr',
      'Xin chào': 'vi',
      مرحبا: 'ar',
      שלום: 'he',
      درود: 'fa',
      नमस्ते: 'hi',
      สวัสดีครับ: 'th',
      こんにちは: 'ja',
      안녕하세요: 'ko',
      你好: 'zh',
      Szia: 'hu',
      Καλημέρα: 'el',
      Goedemorgen: 'nl',
    };
    for (const [text, lang] of Object.entries(expected)) expect(classifyMessage(text).language, text).toBe(lang);
  });
});

describe('scripts without spaces', () => {
  it('matches greetings and bids as prefixes, with or without spaces', () => {
    expect(classifyMessage('お疲れ様です今ちょっといいですか').kind).toBe('greeting-only');
    expect(classifyMessage('잠깐시간되세요?').kind).toBe('greeting-only');
    expect(classifyMessage('잠깐 시간 되세요?').kind).toBe('greeting-only');
    expect(classifyMessage('你好在吗').kind).toBe('greeting-only');
    expect(classifyMessage('สวัสดีครับว่างไหมครับ').kind).toBe('greeting-only');
  });

  it('keeps what follows a greeting as content', () => {
    expect(classifyMessage('你好，部署失败了')).toMatchObject({
      kind: 'ok',
      greeting: '你好，',
      remainder: '部署失败了',
    });
    expect(classifyMessage('早点回来').kind).toBe('ok');
    expect(classifyMessage('文件在吗？').kind).toBe('ok');
    expect(classifyMessage('パソコンいる？').kind).toBe('ok');
  });
});

describe('right-to-left text', () => {
  it('reads Arabic, Hebrew and Persian greetings with mentions and marks', () => {
    expect(classifyMessage('@sara مرحبا').kind).toBe('greeting-only');
    expect(classifyMessage('\u200Fשלום @dan\u200F').kind).toBe('greeting-only');
    expect(classifyMessage('سلام رضا، هستی؟').kind).toBe('greeting-only');
    expect(classifyMessage('السلام عليكم https://example.com/doc').kind).toBe('ok');
  });
});
