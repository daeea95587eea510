/**
 * The member app's room client (site/src/member/meetings/room: janusClient.ts + videoroom.ts), transpiled with
 * TypeScript into one script a page can run, so the browser test drives the very code the RoomPanel uses.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const dir = path.resolve(import.meta.dirname, '../site/src/member/meetings/room')

const asScript = (file: string) =>
  ts
    .transpileModule(readFileSync(path.join(dir, file), 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^import .*$/gm, '')
    .replace(/^export /gm, '')

/** Defines `window.SotayRoom = { MeetingRoom }`. */
export function roomClientScript(): string {
  return `(() => {\n${asScript('janusClient.ts')}\n${asScript('videoroom.ts')}\nwindow.SotayRoom = { MeetingRoom };\n})();`
}

/** Keeps every RTCPeerConnection the page makes, for getStats(). */
export const KEEP_PEER_CONNECTIONS = `(() => {
  const Original = window.RTCPeerConnection;
  window.__pcs = [];
  window.RTCPeerConnection = class extends Original {
    constructor(...args) { super(...args); window.__pcs.push(this); }
  };
})();`
