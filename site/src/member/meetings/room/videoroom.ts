/**
 * One member in a meeting's videoroom: publish the microphone (audio-first, ~32 kbps; the camera only when
 * asked, small), subscribe to every other publisher, and keep the list of who is in and who is speaking.
 */
import type { RoomTicket } from '@sotay/functions/types'
import { gathered, type JanusHandle, JanusSession, type PluginData, type PluginEvent } from './janusClient.ts'

export interface RoomPerson {
  id: number
  name: string
  talking: boolean
  publishing: boolean
  me: boolean
}

export interface RoomCallbacks {
  /** Everyone in the room, me first. */
  onPeople(people: RoomPerson[]): void
  /** A remote stream to play (audio, and video when that person turned their camera on). */
  onStream(feed: number, stream: MediaStream): void
  onStreamGone(feed: number): void
  /** The room ended for me: kicked by the runner, or the connection lost. */
  onEnded(reason: 'kicked' | 'lost'): void
  onModerated(muted: boolean): void
}

const PLUGIN = 'janus.plugin.videoroom'
// No STUN, no TURN: the server's Janus offers loopback candidates only (server/src/janus/config.ts).
const RTC_CONFIG: RTCConfiguration = { iceServers: [] }

interface Publisher {
  id: number
  display?: string
  talking?: boolean
  streams?: unknown[]
}

export class MeetingRoom {
  private session: JanusSession
  private publisher: JanusHandle | null = null
  private subscribers = new Map<number, JanusHandle>()
  /** How many streams each feed had when I subscribed: a camera turned on later means subscribing again. */
  private streamCounts = new Map<number, number>()
  private people = new Map<number, RoomPerson>()
  private microphone: MediaStreamTrack | null = null
  private camera: MediaStreamTrack | null = null
  private video: RTCRtpTransceiver | null = null
  private ended = false

  constructor(
    private readonly ticket: RoomTicket,
    private readonly on: RoomCallbacks,
  ) {
    this.session = new JanusSession(ticket.janusPath, ticket.token)
    this.session.onLost = () => this.end('lost')
  }

  /** The microphone first (its refusal is the member's to fix), then join and publish it. */
  async join(): Promise<void> {
    const media = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    })
    this.microphone = media.getAudioTracks()[0] ?? null
    await this.session.create()
    const handle = await this.session.attach(PLUGIN)
    this.publisher = handle
    handle.onEvent = (event) => this.onPublisherEvent(event)
    handle.onHangup = () => this.end('kicked')
    const joined = await handle.send({
      request: 'join',
      ptype: 'publisher',
      room: this.ticket.room,
      pin: this.ticket.pin,
      // The room's door list: taken out when the runner removes me, so a removed member stays out.
      token: this.ticket.roomToken,
      id: this.ticket.feedId,
      display: this.ticket.display,
    })
    this.people.set(this.ticket.feedId, {
      id: this.ticket.feedId,
      name: this.ticket.display,
      talking: false,
      publishing: false,
      me: true,
    })
    this.learn(joined.data)
    await this.publish()
  }

  /** Mutes or unmutes my microphone here (silence is sent; nothing to renegotiate). */
  setMuted(muted: boolean) {
    if (this.microphone) this.microphone.enabled = !muted
  }

  /** Adds a small, slow camera to what I publish (video is off by default). */
  async startCamera(): Promise<MediaStream> {
    const media = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 320 }, height: { ideal: 240 }, frameRate: { ideal: 15 } },
    })
    this.camera = media.getVideoTracks()[0] ?? null
    const pc = this.publisher?.pc
    if (pc && this.camera) {
      if (this.video) await this.video.sender.replaceTrack(this.camera)
      else {
        this.video = pc.addTransceiver(this.camera, {
          direction: 'sendonly',
          sendEncodings: [{ maxBitrate: this.ticket.videoBitrate, maxFramerate: 15 }],
        })
        await this.negotiate(pc)
      }
    }
    return media
  }

  /** Stops sending video without renegotiating (the slot stays for the next time). */
  stopCamera() {
    void this.video?.sender.replaceTrack(null)
    this.camera?.stop()
    this.camera = null
  }

  async leave(): Promise<void> {
    this.ended = true
    this.microphone?.stop()
    this.camera?.stop()
    await this.publisher?.send({ request: 'leave' }).catch(() => {})
    await this.session.destroy()
  }

  private end(reason: 'kicked' | 'lost') {
    if (this.ended) return
    this.ended = true
    this.microphone?.stop()
    this.camera?.stop()
    void this.session.destroy()
    this.on.onEnded(reason)
  }

  /** Publishes the microphone as the first transceiver: its mid "0" is what the runner mutes. */
  private async publish() {
    const handle = this.publisher
    if (!handle || !this.microphone) return
    const pc = new RTCPeerConnection(RTC_CONFIG)
    handle.pc = pc
    const audio = pc.addTransceiver(this.microphone, { direction: 'sendonly' })
    await audio.sender
      .setParameters({
        ...audio.sender.getParameters(),
        encodings: [{ maxBitrate: this.ticket.audioBitrate }],
      })
      .catch(() => {})
    await this.negotiate(pc)
    const me = this.people.get(this.ticket.feedId)
    if (me) me.publishing = true
    this.changed()
  }

  /** An offer with every candidate in it, Janus's answer back (the first publish, or the camera added). */
  private async negotiate(pc: RTCPeerConnection) {
    await pc.setLocalDescription(await pc.createOffer())
    const answer = await this.publisher?.send(
      { request: 'configure', audio: true, video: Boolean(this.camera), bitrate: this.ticket.videoBitrate },
      await gathered(pc),
    )
    if (answer?.jsep) await pc.setRemoteDescription(answer.jsep)
  }

  private onPublisherEvent({ data }: PluginEvent) {
    const id = Number(data.id)
    switch (data.videoroom) {
      case 'talking':
      case 'stopped-talking': {
        const person = this.people.get(id)
        if (person) person.talking = data.videoroom === 'talking'
        this.changed()
        return
      }
      case 'event':
        if (data.leaving === 'ok' && data.reason === 'kicked') return this.end('kicked')
        if (data.moderation === 'muted' || data.moderation === 'unmuted') {
          if (id === this.ticket.feedId || !data.id) this.on.onModerated(data.moderation === 'muted')
          return
        }
        if (data.leaving !== undefined || data.unpublished !== undefined) {
          const gone = Number(data.leaving ?? data.unpublished)
          this.dropSubscriber(gone)
          if (data.leaving !== undefined) this.people.delete(gone)
          else {
            const person = this.people.get(gone)
            if (person) person.publishing = false
          }
          this.changed()
          return
        }
        this.learn(data)
        return
      default:
        this.learn(data)
    }
  }

  /** Publishers (subscribe to each) and attendees (in the room without publishing) named in an event. */
  private learn(data: PluginData) {
    for (const attendee of (data.attendees as Publisher[] | undefined) ?? [])
      if (!this.people.has(attendee.id))
        this.people.set(attendee.id, {
          id: attendee.id,
          name: attendee.display ?? '',
          talking: false,
          publishing: false,
          me: false,
        })
    const joining = data.joining as Publisher | undefined
    if (joining && !this.people.has(joining.id))
      this.people.set(joining.id, {
        id: joining.id,
        name: joining.display ?? '',
        talking: false,
        publishing: false,
        me: false,
      })
    for (const publisher of (data.publishers as Publisher[] | undefined) ?? []) {
      if (publisher.id === this.ticket.feedId) continue
      this.people.set(publisher.id, {
        id: publisher.id,
        name: publisher.display ?? '',
        talking: Boolean(publisher.talking),
        publishing: true,
        me: false,
      })
      const streams = publisher.streams?.length ?? 1
      if (this.subscribers.has(publisher.id) && this.streamCounts.get(publisher.id) !== streams)
        this.dropSubscriber(publisher.id)
      this.streamCounts.set(publisher.id, streams)
      if (!this.subscribers.has(publisher.id)) void this.subscribe(publisher.id)
    }
    this.changed()
  }

  private async subscribe(feed: number) {
    const handle = await this.session.attach(PLUGIN)
    this.subscribers.set(feed, handle)
    const answerOffer = async (event: PluginEvent) => {
      if (event.jsep?.type !== 'offer') return
      let pc = handle.pc
      if (!pc) {
        pc = new RTCPeerConnection(RTC_CONFIG)
        handle.pc = pc
        const stream = new MediaStream()
        pc.ontrack = (track) => {
          stream.addTrack(track.track)
          this.on.onStream(feed, stream)
        }
      }
      await pc.setRemoteDescription(event.jsep)
      await pc.setLocalDescription(await pc.createAnswer())
      await handle.send({ request: 'start' }, await gathered(pc))
    }
    // A publisher who turns the camera on later: Janus offers the new stream as an update.
    handle.onEvent = (event) => void answerOffer(event).catch(() => {})
    const attached = await handle.send({
      request: 'join',
      ptype: 'subscriber',
      room: this.ticket.room,
      pin: this.ticket.pin,
      streams: [{ feed }],
    })
    await answerOffer(attached)
  }

  private dropSubscriber(feed: number) {
    const handle = this.subscribers.get(feed)
    if (!handle) return
    this.subscribers.delete(feed)
    void handle.detach().catch(() => {})
    this.on.onStreamGone(feed)
  }

  private changed() {
    const list = [...this.people.values()].sort((a, b) => Number(b.me) - Number(a.me))
    this.on.onPeople(list)
  }
}
