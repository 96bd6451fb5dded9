/** The faults server's message on its IPC channel once it listens. */
export interface FaultsReady {
  type: 'ready'
  port: number
  pid: number
}
