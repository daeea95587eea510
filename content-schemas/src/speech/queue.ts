/** Names the listen feature's job and its hook share: the task, its queue, and the job's own-write marker. */
export const SYNTHESIZE_AUDIO_TASK = 'synthesizeAudio'

/** Its own queue, run a couple at a time, so a burst of publications cannot take every core. */
export const SPEECH_QUEUE = 'speech'

/** Set on `context` by the synthesis job so its own write does not queue another synthesis. */
export const SPEECH_CONTEXT_KEY = 'speechJob'
