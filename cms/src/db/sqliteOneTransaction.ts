/**
 * One SQLite transaction at a time per process, and nothing else on the file while it is open.
 *
 * libsql runs SQLite synchronously: a statement that finds the file locked busy-waits (up to busy_timeout)
 * on the event loop. If this process has a transaction open (the fan-out's batch, a ballot) and another of its
 * tasks writes meanwhile, that write waits for a transaction which cannot go on until the wait ends: the whole
 * process froze for the busy timeout, then the write failed with "database is locked" (seen in the e2e stack:
 * two notices fanned out at once, and the CMS answered nothing for 15 s). So while a transaction is open, the
 * client's other statements wait their turn asynchronously instead. Other processes still meet the lock and
 * wait through busy_timeout as before; that wait is short because this process's transaction keeps moving.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Client = SQLiteAdapter['client']
type Transaction = Awaited<ReturnType<Client['transaction']>>
type TransactionMode = 'write' | 'read' | 'deferred'

export interface SqliteSettings {
  busyTimeout: number
  synchronous?: string
}

type Waiting = Pick<Client, 'execute' | 'batch' | 'migrate' | 'executeMultiple'>

export function oneTransactionAtATime(client: Client, settings: SqliteSettings): void {
  const execute = client.execute.bind(client)
  let open: Promise<void> | undefined
  // Never wait longer than the busy timeout: a statement issued from inside the open transaction's own work
  // (not through it) then fails as it did before, instead of waiting forever for itself.
  const outwaited = (current: Promise<void>) =>
    Promise.race([
      current.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, settings.busyTimeout, true).unref()),
    ])
  const turn = async () => {
    while (open && !(await outwaited(open))) {}
  }
  /** Waits, then takes the turn with no await between the check and the taking: two waiters never both begin. */
  const takeTurn = async () => {
    for (;;) {
      if (!open || (await outwaited(open))) break
    }
    let resolve = () => {}
    const mine = new Promise<void>((done) => {
      resolve = done
    })
    open = mine
    return () => {
      if (open === mine) open = undefined
      resolve()
    }
  }

  for (const name of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    const original = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client)
    ;(client as Waiting)[name] = (async (...args: unknown[]) => {
      await turn()
      return original(...args)
    }) as never
  }

  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    const endTurn = await takeTurn()
    // A transaction that stays open holds every other writer of the file: say where it began.
    const began = new Error('Giao dịch SQLite mở quá lâu, bắt đầu tại:')
    const overdue = setTimeout(() => console.warn(began.stack), settings.busyTimeout / 3).unref()
    const release = () => {
      clearTimeout(overdue)
      endTurn()
    }
    try {
      const tx = await begin(mode)
      // libsql gives its connection to the transaction and opens a fresh one for everything else, without the
      // settings Payload gave the first: give them again, so other writers wait for a lock rather than fail.
      await Promise.all([
        execute(`PRAGMA busy_timeout = ${Number(settings.busyTimeout)};`),
        settings.synchronous ? execute(`PRAGMA synchronous = ${settings.synchronous};`) : undefined,
      ])
      for (const end of ['commit', 'rollback'] as const) {
        const original = tx[end].bind(tx)
        tx[end] = () => original().finally(release)
      }
      const close = tx.close.bind(tx)
      tx.close = () => {
        close()
        release()
      }
      return tx
    } catch (error) {
      release()
      throw error
    }
  }
}
