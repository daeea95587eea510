/** The npm `espeak-ng` build ships no types: an Emscripten module factory that runs the CLI's main(). */
declare module 'espeak-ng' {
  interface ESpeakNgModule {
    FS: {
      writeFile(path: string, data: string | Uint8Array): void
      readFile(path: string): Uint8Array
    }
  }
  interface ESpeakNgOptions {
    /** The command line, without the program name. */
    arguments: string[]
    print?: (line: string) => void
    printErr?: (line: string) => void
    preRun?: ((module: ESpeakNgModule) => void)[]
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      done: (instance: WebAssembly.Instance) => void,
    ) => Record<string, never>
  }
  export default function ESpeakNg(options: ESpeakNgOptions): Promise<ESpeakNgModule>
}
