/**
 * Chat's shorthand and stress: "who's lena working for rn" looked for a role at "rn", "which google cert does daniel
 * hav" for a certificate matching "google hav", and "what was jordans first ever job" listed every role, not the
 * first. "wat" and "wut" are now "what", "rn" and "atm" "now", "hav" "have", "exp" "experience", "yrs" "years", "uni" "university", "ppl"
 * "people", "u" and "ya" "you", "ur" "your" (never someone's name: "can u list his skills" answered "Nothing about U"), "n" "and", "co" "company"; "first ever", "very first", "very last" say the end plainly. "Quais matérias a maya fez na facul?" asks
 * her courses at college. A kind of entry said new ("started a new job in the last 3 years") is the kind: "new" is no
 * word of the entry. A sound opening the question ("wait", "hmm") and "like" stressing what follows ("…in rust, like
 * actually") are neither words of it nor anyone's name; "org" is an organisation. "Hobbies etc" looked for interests
 * called "etc", "any refs?" for anything called refs, and "hiring a platform lead rn — does martin know kubernetes or
 * nah" (no question mark) for "hiring".
 */
import { describe, expect, it } from 'vitest';
import { shorthandSpelledOut } from '../../src/query/shorthand.js';
import { endsSaidPlainly } from '../../src/query/ends.js';
import { labelledRows, type Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('martin', [
    ["can u drop martin's linkedin here pls 🙏", 'contact', 'Martin Spier'],
    ['can u list his skills', 'skills', 'Leadership Skills'],
    ['can ya tell me where he works', 'experience', 'VP, Platform Engineering at PicPay'],
    ['whats ur take on his skills', 'skills', 'Leadership Skills'],
  ]),
  // "Random but" announces the question, as "random q but" does.
  ...labelledRows('career-changer', [
    ['random but is daniel into fermentation? our team has a kombucha club 😂', 'interests', 'Home Cooking'],
  ]),
  ...labelledRows('senior-engineer', [['can u tell me what lena did at confluent', 'experience', 'Staff Software Engineer at Confluent']]),
  ...labelledRows('senior-engineer', [
    ["who's lena working for rn", 'experience', 'Staff Software Engineer at Confluent'],
    ['any kafka exp?', 'skills', 'Kafka'],
    // A rank said as a level is the rank a title says.
    ['was lena a staff-level engineer?', 'experience', 'Staff Software Engineer at Confluent'],
    // A contraction's tail is no word of the question ("d phd").
    ["where'd lena get her phd", 'education', 'Ph.D. Computer Science at University of Texas at Austin'],
  ]),
  ...labelledRows('career-changer', [
    ['which google cert does daniel hav', 'certificates', 'Google Data Analytics Professional Certificate'],
    // The asker's shrug ("or nah") is no word of the certificate.
    ['tableau cert or nah', 'certificates', 'Tableau Desktop Specialist'],
    // "n" for "and", in a name typed as said.
    ['how many yrs was daniel at salt n cedar', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
    // A greeting's "there" is no place, and a question announced ("quick one") no role of now.
    ['hey there! quick one, where is Daniel based these days? thanks', 'about', 'Daniel Reyes'],
    ['hi there, where is he based?', 'about', 'Daniel Reyes'],
  ]),
  ...labelledRows('edge', [
    ['wat awards did ana get from the kotlin foundation?', 'awards', 'Community Champion'],
    ['random q but does she like snakes or anything like that lol', 'interests', 'Snakes'],
    // A sound the asker opens with is no one's name.
    ['hmm does ana like snakes?', 'interests', 'Snakes'],
    // "Co" for "company": a kind of employer.
    ['did ana work at a robotics co?', 'experience', 'Software Engineer at Red Panda Robotics'],
  ]),
  ...labelledRows('awkward', [
    ['what was jordans first ever job', 'experience', 'Cashier at Corner Shop'],
    ["wher'd jordan do the masters?", 'education', 'Master of Science Distributed Computing at Imperial College London'],
  ]),
  ...labelledRows('martin', [
    // How much ("pretty", "quite") is no one's name.
    ['the job is pretty hands-on with kubernetes, has he used it?', 'skills', 'Kubernetes'],
    ['asking bc this role is pretty customer-facing, what did he do at netflix?', 'experience', 'Performance Architect at Netflix'],
  ]),
  ...labelledRows('sample', [
    ['wait does richard hendriks really list ferrets as an interest??', 'interests', 'Wildlife'],
    ['honestly what are richard’s hobbies', 'interests', 'Wildlife'],
  ]),
  ...labelledRows('senior-engineer', [
    // "Like" said to stress what follows is no interest's cue.
    ['how strong is Lena Vasquez in Rust, like actually', 'skills', 'Rust'],
  ]),
  ...labelledRows('new-grad', [
    ['what programming langs does maya know', 'skills', 'Programming Languages'],
    ['quais matérias a maya fez na facul?', 'education', 'Bachelor of Science Computer Science at University of Washington'],
    // "U" is no one's name: "you" asks for her GitHub.
    ["can u send me maya's github", 'contact', 'Maya Okonkwo'],
  ]),
  // "Etc" is the asker's "and so on", and "refs" references.
  ...labelledRows('career-changer', [
    ["what's daniel into outside work, hobbies etc", 'interests', 'Home Cooking'],
    ['who can vouch for daniel, any refs?', 'references', 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group'],
    ['any refs?', 'references', 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group'],
  ]),
  // What the asker is doing, before a dash, is theirs whether or not the question after it ends with a question mark;
  // a name before a dash is still what is asked.
  ...labelledRows('martin', [
    ['hiring a platform lead rn — does martin know kubernetes or nah', 'skills', 'Kubernetes'],
    ['hiring a platform lead rn — does martin know kubernetes or nah?', 'skills', 'Kubernetes'],
    ['netflix - what did he do there', 'experience', 'Performance Architect at Netflix'],
  ]),
  // "Tl;dr" announces a short answer; "what's her deal?" asks what she is about.
  ...labelledRows('new-grad', [
    ["tl;dr who is maya, what's her deal", 'about', 'Maya Okonkwo'],
    ['tldr who is maya', 'about', 'Maya Okonkwo'],
    ["what's her deal?", 'about', 'Maya Okonkwo'],
  ]),
];

describe('chat shorthand', () => {
  specsFor('chat shorthand', ASKED, new Set());

  it('spells out shorthand as whole words only', () => {
    expect(shorthandSpelledOut('who is working for acme rn')).toBe('who is working for acme now');
    expect(shorthandSpelledOut('any python exp at uni')).toBe('any python experience at university');
    expect(shorthandSpelledOut('what langs w python')).toBe('what languages with python');
    expect(shorthandSpelledOut('wat awards wut')).toBe('what awards what');
    expect(shorthandSpelledOut('can u send me his cv')).toBe('can you send me his cv');
    // A question announced is no word of it.
    expect(shorthandSpelledOut('quick one where is daniel based these days')).toBe('where is daniel based these days');
    expect(shorthandSpelledOut('is he a quick learner')).toBe('is he a quick learner');
    expect(shorthandSpelledOut('random q but does she like snakes')).toBe('but does she like snakes');
    expect(shorthandSpelledOut('does she like snakes dumb question')).toBe('does she like snakes');
    expect(shorthandSpelledOut('any random projects')).toBe('any random projects');
    expect(shorthandSpelledOut('quick quinoa recipes lol')).toBe('quick quinoa recipes');
    // Chat's asides are dropped ("right" may be a word of the question: "right before netflix").
    expect(shorthandSpelledOut('ana wrote smth about sdks lol')).toBe('ana wrote about sdks');
    expect(shorthandSpelledOut('right before netflix tbh')).toBe('right before netflix');
    expect(shorthandSpelledOut('lol')).toBe('lol');
    // A sound opening the question, and "like" stressing what follows, are no words of it.
    expect(shorthandSpelledOut('wait hmm does she like snakes')).toBe('does she like snakes');
    expect(shorthandSpelledOut('how good is she at rust like actually')).toBe('how good is she at rust');
    expect(shorthandSpelledOut('did he wait tables')).toBe('did he wait tables');
    expect(shorthandSpelledOut('which org was that')).toBe('which organization was that');
    expect(shorthandSpelledOut('any staff level engineers')).toBe('any staff engineers');
    expect(shorthandSpelledOut('a senior level position')).toBe('a senior position');
    // A kind of entry said new is the kind; what someone is open to stays new to them.
    expect(shorthandSpelledOut('who started a new job in the last 3 years')).toBe('who started a job in the last 3 years');
    expect(shorthandSpelledOut('any new certs')).toBe('any certs');
    expect(shorthandSpelledOut('is he open to new roles')).toBe('is he open to new roles');
    expect(shorthandSpelledOut('did he work in new york')).toBe('did he work in new york');
    expect(shorthandSpelledOut('what level is her spanish')).toBe('what level is her spanish');
    // Inside a word, or another word, it stays.
    expect(shorthandSpelledOut('expedia experience in rnd')).toBe('expedia experience in rnd');
  });

  it('says a stressed end plainly', () => {
    expect(endsSaidPlainly('his first ever job')).toBe('his first job');
    expect(endsSaidPlainly('her very last role')).toBe('her last role');
    expect(endsSaidPlainly('has he ever led a team')).toBe('has he ever led a team');
  });
});
