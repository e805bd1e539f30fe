// The one definition of what alignment and comparison return: the API's schemas and the code's types.
import { z } from 'zod';

export const LINK_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
const CHANGE_STATUSES = ['kept', 'reworded', 'added', 'dropped'] as const;

const linkEvidenceSchema = z.object({
  words: z.array(z.string()).describe('shared words, heaviest first / 共有词'),
  entities: z.array(z.string()).describe('shared places, industries, projects (Label:name) / 共同提及'),
  indicators: z.array(z.string()).describe('shared target indicators / 共同指标'),
  passage: z.object({
    text: z.string().describe('the sentence of the higher section the lower task quotes / 上级原文句子'),
    figures: z.array(z.string()).describe('figures both state word for word / 共同数字'),
  }).optional().describe('for a higher item that is a report section: the sentence that matches best / 报告中的对应句子'),
});

export const alignmentLinkSchema = z.object({
  id: z.string(),
  source: z.string().describe('the lower (or dividing) document\'s task / 下级任务'),
  target: z.string().describe('the higher task it carries out / 上级任务'),
  sourceDoc: z.string(),
  targetDoc: z.string(),
  score: z.number().min(0).max(1),
  method: z.string(),
  status: z.enum(LINK_STATUSES).describe('suggested, or the reviewer\'s decision / 建议、已确认或已否决'),
  note: z.string().optional().describe('the reviewer\'s note / 审核备注'),
  evidence: linkEvidenceSchema,
});

const taskBriefSchema = z.object({ id: z.string(), docId: z.string(), number: z.string(), title: z.string() });
const docBriefSchema = z.object({ id: z.string(), title: z.string() });

export const pairAlignmentSchema = z.object({
  lower: docBriefSchema,
  higher: docBriefSchema,
  links: z.array(alignmentLinkSchema.extend({ sourceTask: taskBriefSchema, targetTask: taskBriefSchema })),
  gaps: z.array(taskBriefSchema).describe('higher tasks nothing in the lower plan carries out / 未落实'),
  orphans: z.array(taskBriefSchema).describe('lower tasks with no anchor above / 无上级依据'),
});

export const comparisonSchema = z.object({
  before: z.string(),
  after: z.string(),
  tasks: z.array(z.object({
    status: z.enum(CHANGE_STATUSES), score: z.number(), before: taskBriefSchema.nullable(), after: taskBriefSchema.nullable(),
  })),
  load: z.array(z.object({ unit: z.string(), before: z.number().int(), after: z.number().int() })),
  targets: z.array(z.object({
    indicator: z.string(), before: z.number(), after: z.number(), change: z.enum(['raised', 'lowered']), task: z.string(),
  })),
});

export type AlignmentLink = z.infer<typeof alignmentLinkSchema>;
export type LinkEvidence = z.infer<typeof linkEvidenceSchema>;
export type LinkStatus = AlignmentLink['status'];
export type TaskBrief = z.infer<typeof taskBriefSchema>;
export type PairAlignment = z.infer<typeof pairAlignmentSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
