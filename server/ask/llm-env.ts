// The chat model named by LLM_BASE_URL / LLM_MODEL / LLM_API_KEY, when an OpenAI-compatible client is installed.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

/** Loaded only when an LLM is configured, so the rules-only path never pays for it. */
const OPENAI_PACKAGE = '@langchain/openai';

let cached: Promise<BaseChatModel | null> | null = null;

async function load(env: NodeJS.ProcessEnv): Promise<BaseChatModel | null> {
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) return null;
  try {
    const mod = (await import(OPENAI_PACKAGE)) as { ChatOpenAI: new (fields: Record<string, unknown>) => BaseChatModel };
    return new mod.ChatOpenAI({
      // One retry: a server that fails should hand the question back to the rules quickly, not after a backoff series.
      model: env.LLM_MODEL, apiKey: env.LLM_API_KEY ?? 'not-needed', temperature: 0, maxRetries: 1, configuration: { baseURL: env.LLM_BASE_URL },
    });
  } catch {
    process.stderr.write(`LLM_BASE_URL/LLM_MODEL are set but ${OPENAI_PACKAGE} could not be loaded; the LLM planner is off (run npm ci).\n`);
    return null;
  }
}

/** One model per process; null when not configured, and the rules answer alone. */
export function envChatModel(env: NodeJS.ProcessEnv = process.env): Promise<BaseChatModel | null> {
  cached ??= load(env);
  return cached;
}
