// A LangChain retriever over the plan's tasks: BM25 on jieba words, Documents carrying task metadata.
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { searchTasks } from './task-index.ts';

interface TaskMetadata {
  id: string;
  label: 'Task' | 'Section';
  docId: string;
  path: string;
  title: string;
  units: string[];
  score: number;
}

interface TaskRetrieverInput extends BaseRetrieverInput {
  store: GraphStore;
  /** How many tasks to return (default 5). */
  k?: number;
}

export class TaskRetriever extends BaseRetriever {
  lc_namespace = ['policy_graph', 'retrievers'];
  private readonly store: GraphStore;
  private readonly k: number;

  constructor(fields: TaskRetrieverInput) {
    super(fields);
    this.store = fields.store;
    this.k = fields.k ?? 5;
  }

  async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<TaskMetadata>[]> {
    return (await searchTasks(this.store, query, this.k)).map(({ task, score }) => new Document<TaskMetadata>({
      pageContent: task.text || task.name,
      id: task.id,
      metadata: { id: task.id, label: task.label, docId: task.docId, path: task.path, title: task.name, units: task.units, score },
    }));
  }
}
