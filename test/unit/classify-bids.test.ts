/**
 * Messages that only announce a question, only check that the other person is there, or only
 * ask whether it is all right to call, without the question itself (issue 13): held, in the
 * languages the lexicon covers. And their twins that carry the content: never held.
 */
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../lib/chat/classify';

const ANNOUNCES = [
  'I have a question',
  'quick question',
  'hey, got a question',
  'Ich habe eine Frage',
  'kurze Frage',
  "j'ai une question",
  'petite question',
  'tengo una pregunta',
  'tenho uma pergunta',
  'ho una domanda',
  'ik heb een vraag',
  '質問があります',
  '我有个问题',
  '질문이 있어요',
  'मेरा एक सवाल है',
  'mera ek sawal hai',
];

const AVAILABILITY = [
  'are you around?',
  'got a minute?',
  'do you have a minute?',
  'hast du kurz Zeit?',
  'bist du da?',
  't’es dispo ?',
  '¿tienes un minuto?',
  'tem um minuto?',
  'hai un minuto?',
  'heb je even?',
  '今いいですか？',
  '有空吗？',
  '잠깐 시간 되세요?',
];

const MAY_I_CALL = [
  'can I call you?',
  'is it ok if I call you?',
  'mind if I call?',
  'ok to call?',
  'hi, can I call you real quick?',
  'kann ich dich anrufen?',
  'darf ich dich kurz anrufen?',
  'ist es ok wenn ich dich anrufe?',
  'je peux t’appeler ?',
  "ça te dérange si je t'appelle ?",
  '¿está bien si te llamo?',
  'tudo bem se eu te ligar?',
  'ti dispiace se ti chiamo?',
  'mag ik je even bellen?',
  'is het goed als ik je bel?',
  'kan jag ringa dig?',
  'kan jeg ringe dig?',
  'kan jeg ringe deg?',
  'czy mogę do ciebie zadzwonić?',
  'можно тебе позвонить?',
  'seni arayabilir miyim?',
  '電話してもいいですか？',
  '可以打电话吗？',
  '전화해도 될까요?',
  'voinko soittaa sinulle?',
  'můžu ti zavolat?',
  'можна тобі подзвонити?',
  'boleh saya telepon kamu?',
  'क्या मैं आपको कॉल कर सकता हूँ?',
  'kya main aapko call kar sakta hoon?',
  'ممكن اتصل بك؟',
  'אפשר להתקשר אליך?',
  'felhívhatlak?',
  'pot să te sun?',
  'μπορώ να σε πάρω τηλέφωνο;',
  'میتونم بهت زنگ بزنم؟',
];

const WITH_CONTENT = [
  'I have a question about the deploy: is it green?',
  'quick question: where is the budget file?',
  'are you around? the build is red',
  'can I call you? The build is red and I need the deploy key',
  'can I call you tomorrow about the contract renewal terms?',
  'Kann ich dich anrufen? Der Server ist down und ich brauche das Passwort.',
  "Je peux t'appeler ? Le client a annulé la commande et il faut décider quoi faire.",
  '¿Puedo llamarte? El cliente canceló el pedido y hay que decidir qué hacer.',
  'Mag ik je bellen? De klant heeft de bestelling geannuleerd.',
  'I called the vendor and they can ship on Friday.',
  'Can I call the endpoint with an empty body, or does it need the id?',
  'Is it ok if I call the migration script twice?',
  'můžu ti zavolat? Server spadl a potřebuju heslo k databázi.',
  'felhívhatlak? A szerver leállt, és kell a jelszó az adatbázishoz.',
];

describe('bare bids (issue 13)', () => {
  it.each(ANNOUNCES)('holds an announced question without the question: %s', (text) => {
    expect(classifyMessage(text).kind).toBe('greeting-only');
  });
  it.each(AVAILABILITY)('holds a bare availability check: %s', (text) => {
    expect(classifyMessage(text).kind).toBe('greeting-only');
  });
  it.each(MAY_I_CALL)('holds a bare “may I call you?”: %s', (text) => {
    expect(classifyMessage(text).kind).toBe('call-request');
  });
  it.each(WITH_CONTENT)('never holds a message that carries its content: %s', (text) => {
    expect(classifyMessage(text).kind).toBe('ok');
  });
});
