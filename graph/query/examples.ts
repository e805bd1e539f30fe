// Example plans of the query language, each with the question it answers (docs, tool descriptions, tests).
import type { PlanInput } from './schema.ts';

interface PlanExample {
  question: string;
  plan: PlanInput;
}

export const PLAN_EXAMPLES: PlanExample[] = [
  {
    question: '区水利局牵头哪些任务？',
    plan: { name: 'unitTasks', steps: [
      { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
      { op: 'return', what: 'tasks' },
    ] },
  },
  {
    question: '防洪这件事归哪个部门管？（无名称：先找最相关的任务，再读它的牵头单位）',
    plan: { steps: [
      { op: 'find', by: 'text', text: '防洪', limit: 1 },
      { op: 'follow', rel: 'DUTY', direction: 'in', roles: ['lead'] },
      { op: 'return', what: 'units' },
    ] },
  },
  {
    question: '哪些部门一次也没牵过头？',
    plan: { steps: [
      { op: 'find', by: 'label', labels: ['Unit'] },
      { op: 'filter', lacks: { rel: 'DUTY', direction: 'out', roles: ['lead'] } },
      { op: 'return', what: 'units', limit: 200 },
    ] },
  },
  {
    question: '跟区商务委一起负责任务的单位里，谁还牵头涉及巴岳山的任务？',
    plan: { steps: [
      { op: 'find', by: 'name', names: ['巴岳山'], labels: ['Place'] },
      { op: 'follow', rel: 'MENTIONS', direction: 'in' },
      { op: 'as', name: 'bayue' },
      { op: 'find', by: 'name', names: ['区商务委'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out' },
      { op: 'follow', rel: 'DUTY', direction: 'in' },
      { op: 'filter', has: { rel: 'DUTY', direction: 'out', roles: ['lead'], in: 'bayue' } },
      { op: 'return', what: 'units' },
    ] },
  },
  {
    question: '「着力构建现代化产业集群」这一节下面有几项任务？',
    plan: { steps: [
      { op: 'find', by: 'section', title: '现代化产业集群' },
      { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 3, labels: ['Task'] },
      { op: 'count' },
    ] },
  },
  {
    question: '哪些项目涉及涪江？（走廊和项目经 TOUCHES 触及地点）',
    plan: { steps: [
      { op: 'find', by: 'name', names: ['涪江'], labels: ['Place'] },
      { op: 'follow', rel: 'TOUCHES', direction: 'in', labels: ['Project', 'Corridor'] },
      { op: 'return', what: 'entities' },
    ] },
  },
  {
    question: '城镇化率要提高到多少？',
    plan: { steps: [
      { op: 'find', by: 'label', labels: ['Target'] },
      { op: 'filter', name: '城镇化率' },
      { op: 'return', what: 'targets' },
    ] },
  },
  {
    question: '区水利局和区财政局谁牵头的任务多？',
    plan: { steps: [
      { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
      { op: 'as', name: 'a' },
      { op: 'find', by: 'name', names: ['区财政局'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
      { op: 'as', name: 'b' },
      { op: 'compare', sets: ['a', 'b'] },
    ] },
  },
  {
    question: '哪个单位任务最多？（前 5）',
    plan: { name: 'workload', steps: [
      { op: 'find', by: 'label', labels: ['Unit'] },
      { op: 'rank', by: { rel: 'DUTY', direction: 'out' }, limit: 5 },
    ] },
  },
  {
    question: '区发展改革委负责、但区财政局不参与的任务',
    plan: { steps: [
      { op: 'find', by: 'name', names: ['区财政局'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out' },
      { op: 'as', name: 'finance' },
      { op: 'find', by: 'name', names: ['区发展改革委'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out' },
      { op: 'combine', how: 'minus', with: 'finance' },
      { op: 'return', what: 'tasks' },
    ] },
  },
];
