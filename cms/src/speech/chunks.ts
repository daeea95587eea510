/** Splits long text at sentence ends so each synthesis call stays small and audio can stream out. */

export const CHUNK_CHARS = 1_500

/** Pieces of at most `max` characters, cut after ". ", "? ", "! ", ";" or a line end; a giant sentence at spaces. */
export function sentenceChunks(text: string, max = CHUNK_CHARS): string[] {
  const sentences = text.match(/[^.!?;\n]+(?:[.!?;]+|\n|$)/gu) ?? []
  const chunks: string[] = []
  let current = ''
  const flush = () => {
    if (current.trim()) chunks.push(current.trim())
    current = ''
  }
  for (const sentence of sentences) {
    if (current.length + sentence.length > max) flush()
    if (sentence.length <= max) {
      current += sentence
      continue
    }
    for (const word of sentence.split(/(?<=\s)/u)) {
      if (current.length + word.length > max) flush()
      current += word
    }
  }
  flush()
  return chunks
}
