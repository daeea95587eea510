/** The page-rendering job's names, shared by the hook that queues it and the job list. */
export const RENDER_PAGES_TASK = 'renderDocumentPages'
/** Its own queue: drawing pages is CPU-bound, one document at a time, and must not hold up publishing. */
export const PAGES_QUEUE = 'pages'
