import path from 'node:path'
import { cmsDir } from '../../paths.ts'

/** Where `payload migrate:create` writes an engine's migrations. */
export const migrationDir = (engine: 'sqlite' | 'postgres') => path.join(cmsDir, 'src', 'migrations', engine)
