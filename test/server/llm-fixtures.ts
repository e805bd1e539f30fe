// What the LLM planner tests share: a question the rules answer, its answer written from the seed, and a program a model may write.
export const WATER = '区水利局牵头哪些任务？';
/** Written from the seed: (牵头单位:区水利局,…) follows 完善水利基础设施 and no other task. */
export const WATER_TASK = '完善水利基础设施';

/** The program for "which tasks does NAME lead?", as a model would write it (defaults left out). */
export const leadTasks = (name: string) => ({ steps: [
  { op: 'find', by: 'name', names: [name], labels: ['Unit'] },
  { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
  { op: 'return', what: 'tasks' },
] });
