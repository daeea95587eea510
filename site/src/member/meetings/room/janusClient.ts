/**
 * A small typed client for Janus's HTTP API (long-poll), enough for the videoroom: one session, handles on it,
 * requests answered by transaction, and the plugin's own events handed to each handle. All through /janus on
 * the app's own origin (the front server proxies it to Janus on the server's loopback).
 */

export interface Jsep {
  type: 'offer' | 'answer'
  sdp: string
}

/** What the videoroom plugin says: `videoroom` names the kind; the rest depends on it. */
export type PluginData = Record<string, unknown> & { videoroom?: string; error?: string; error_code?: number }

export interface PluginEvent {
  data: PluginData
  jsep?: Jsep
}

interface JanusMessage {
  janus: string
  transaction?: string
  sender?: number
  session_id?: number
  data?: { id: number }
  error?: { code: number; reason: string }
  plugindata?: { plugin: string; data: PluginData }
  jsep?: Jsep
}

export class JanusError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message)
  }
}

const transaction = () => Math.random().toString(36).slice(2, 14)

export class JanusSession {
  private id = 0
  private polling = false
  private handles = new Map<number, JanusHandle>()
  private waiting = new Map<string, (event: PluginEvent) => void>()
  /** Called once when the session ends on its own (network lost for good, Janus gone). */
  onLost: (error: Error) => void = () => {}

  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  get sessionId() {
    return this.id
  }

  /** A request answered at once (create, attach, detach, destroy, or the ack of a message). */
  async request(path: string, body: Record<string, unknown>): Promise<JanusMessage> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, transaction: body.transaction ?? transaction(), token: this.token }),
    }).catch(() => {
      throw new JanusError('network')
    })
    const answer = (await response.json().catch(() => null)) as JanusMessage | null
    if (!answer) throw new JanusError(`HTTP ${response.status}`, response.status)
    if (answer.janus === 'error') throw new JanusError(answer.error?.reason ?? 'error', answer.error?.code)
    return answer
  }

  async create(): Promise<void> {
    const answer = await this.request('', { janus: 'create' })
    this.id = answer.data?.id ?? 0
    this.polling = true
    void this.poll()
  }

  async attach(plugin: string): Promise<JanusHandle> {
    const answer = await this.request(`/${this.id}`, { janus: 'attach', plugin })
    const handle = new JanusHandle(this, answer.data?.id ?? 0)
    this.handles.set(handle.id, handle)
    return handle
  }

  /** A plugin message; asynchronous requests resolve with the event carrying the same transaction. */
  async message(handle: JanusHandle, body: Record<string, unknown>, jsep?: Jsep): Promise<PluginEvent> {
    const id = transaction()
    const event = new Promise<PluginEvent>((resolve) => this.waiting.set(id, resolve))
    const answer = await this.request(`/${this.id}/${handle.id}`, {
      janus: 'message',
      transaction: id,
      body,
      ...(jsep ? { jsep } : {}),
    })
    if (answer.janus === 'success') {
      this.waiting.delete(id)
      return { data: answer.plugindata?.data ?? {}, jsep: answer.jsep }
    }
    const result = await event
    if (result.data.error) throw new JanusError(String(result.data.error), result.data.error_code)
    return result
  }

  forget(handle: JanusHandle) {
    this.handles.delete(handle.id)
  }

  async destroy(): Promise<void> {
    this.polling = false
    for (const handle of this.handles.values()) handle.close()
    this.handles.clear()
    if (this.id) await this.request(`/${this.id}`, { janus: 'destroy' }).catch(() => {})
  }

  /** Janus holds each GET up to 30 s and answers with the events since; a failure is tried again a few times. */
  private async poll() {
    let failures = 0
    while (this.polling) {
      try {
        const response = await fetch(
          `${this.base}/${this.id}?maxev=10&rid=${Date.now()}&token=${encodeURIComponent(this.token)}`,
          { cache: 'no-store' },
        )
        if (!this.polling) return
        const body = (await response.json()) as JanusMessage | JanusMessage[]
        failures = 0
        for (const message of Array.isArray(body) ? body : [body]) this.dispatch(message)
      } catch (error) {
        if (!this.polling) return
        failures += 1
        if (failures >= 5) {
          this.polling = false
          this.onLost(error instanceof Error ? error : new Error(String(error)))
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 1000 * failures))
      }
    }
  }

  private dispatch(message: JanusMessage) {
    if (message.janus === 'error' && message.error?.code === 458) {
      // No such session (it timed out on the server): nothing more will come.
      this.polling = false
      this.onLost(new JanusError('session', 458))
      return
    }
    const handle = message.sender ? this.handles.get(message.sender) : undefined
    if (message.janus === 'event' && message.plugindata) {
      const event = { data: message.plugindata.data, jsep: message.jsep }
      const waiter = message.transaction ? this.waiting.get(message.transaction) : undefined
      if (waiter) {
        this.waiting.delete(message.transaction as string)
        waiter(event)
      } else handle?.onEvent(event)
    } else if (message.janus === 'hangup' || message.janus === 'detached') handle?.onHangup()
  }
}

export class JanusHandle {
  onEvent: (event: PluginEvent) => void = () => {}
  onHangup: () => void = () => {}
  pc: RTCPeerConnection | null = null

  constructor(
    private readonly session: JanusSession,
    readonly id: number,
  ) {}

  send(body: Record<string, unknown>, jsep?: Jsep) {
    return this.session.message(this, body, jsep)
  }

  close() {
    this.pc?.close()
    this.pc = null
    this.session.forget(this)
  }

  async detach() {
    this.close()
    await this.session.request(`/${this.session.sessionId}/${this.id}`, { janus: 'detach' })
  }
}

/** No trickle: the offer or answer goes once all (loopback) candidates are in it; a few seconds at most. */
export async function gathered(pc: RTCPeerConnection, timeoutMs = 4000): Promise<Jsep> {
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const done = () => {
        if (pc.iceGatheringState === 'complete') resolve()
      }
      pc.addEventListener('icegatheringstatechange', done)
      setTimeout(resolve, timeoutMs)
    })
  }
  const description = pc.localDescription as RTCSessionDescription
  return { type: description.type as Jsep['type'], sdp: description.sdp }
}
