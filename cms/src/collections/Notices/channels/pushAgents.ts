/**
 * Kept-alive connections per push service origin (FCM's, Mozilla's, Apple's...): a fan-out sends thousands of
 * messages to a handful of origins, so each origin gets its own Agent whose sockets are reused, at most
 * `maxSockets` at once — the bound on concurrency per push service.
 */
import http from 'node:http'
import https from 'node:https'

export interface PushAgents {
  agentFor(url: URL): http.Agent
  close(): void
}

export function pushAgents(maxSockets = 32): PushAgents {
  const agents = new Map<string, http.Agent>()
  return {
    agentFor(url) {
      let agent = agents.get(url.origin)
      if (!agent) {
        const options = {
          keepAlive: true,
          maxSockets,
          maxFreeSockets: maxSockets,
          scheduling: 'lifo' as const,
        }
        agent = url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options)
        agents.set(url.origin, agent)
      }
      return agent
    },
    close() {
      for (const agent of agents.values()) agent.destroy()
      agents.clear()
    },
  }
}

let shared: PushAgents | undefined

/** The process's agents, shared by every batch of every fan-out. */
export const sharedPushAgents = (): PushAgents => {
  shared ??= pushAgents()
  return shared
}
