import type { TAnswerSurveyRequest } from '@sigap/contracts/satisfaction';
import type { Database } from '../db/client';
import { listUnansweredInvitations } from './repository';
import { answerSurvey } from './use-cases/answer-survey';

/**
 * Fictional answers the demo gives, in turn, oldest invitation first: ratings rise over the
 * months as the suggestions are acted on, so the report's trend has a shape.
 */
const DEMO_ANSWERS: TAnswerSurveyRequest[] = [
  {
    answers: { u1: 3, u2: 2, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 2, u9: 2 },
    occupation: 'business',
    suggestion: 'Ruang layanan tatap muka perlu papan informasi alur pengaduan.',
  },
  {
    answers: { u1: 3, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 3, u8: 3, u9: 2 },
    gender: 'male',
    ageBand: '50_59',
    education: 'sma',
    occupation: 'private',
    suggestion: 'Antrean loket perlu nomor urut yang jelas dan layar pemanggil.',
  },
  {
    answers: { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3, u9: 3 },
    gender: 'male',
    ageBand: '40_49',
    education: 's1',
    occupation: 'business',
  },
  {
    answers: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 },
    gender: 'female',
    ageBand: '30_39',
    education: 's2_plus',
    occupation: 'private',
    suggestion: 'Informasi bahwa layanan gratis sebaiknya dipasang juga di loket, tidak hanya di laman.',
  },
  {
    answers: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 },
    gender: 'male',
    ageBand: '30_39',
    education: 'diploma',
    occupation: 'business',
  },
  {
    answers: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 3 },
    gender: 'female',
    ageBand: '20_29',
    education: 's1',
    occupation: 'student',
  },
  {
    answers: { u1: 4, u2: 3, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 },
    gender: 'female',
    ageBand: '30_39',
    education: 's1',
    occupation: 'business',
    suggestion: 'Jawaban cepat dan jelas. Mohon status di laman pelacakan diperbarui lebih sering.',
  },
];

/**
 * Demo answers to the satisfaction survey: every invitation the modules' demos made (answered
 * complaints …) is answered a couple of hours after it was sent, except the newest, which stays
 * open for trying the survey page. Through the use case, so the answers are stored as the
 * public's would be.
 */
export async function seedSurveyAnswers(database: Database, now: Date): Promise<number> {
  const open = await listUnansweredInvitations(database.db);
  const answering = open.slice(0, -1);
  for (const [i, inv] of answering.entries()) {
    const at = new Date(Math.min(now.getTime(), inv.createdAt.getTime() + 2 * 3_600_000));
    await answerSurvey(
      { db: database.db, now: at },
      { token: inv.token, answer: DEMO_ANSWERS[i % DEMO_ANSWERS.length]! },
    );
  }
  return answering.length;
}
