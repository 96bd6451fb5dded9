// The machine a run measured, for bench-results.json.
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memory_gb: number
  node: string
  postgres: string
  os: string
  date: string
  database_pool_size: number
}

function distribution(): string {
  if (!existsSync('/etc/os-release')) return ''
  const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))
  return m?.[1] ?? ''
}

export function describeMachine(postgres: string, poolSize: number): Machine {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres,
    os: [distribution(), `${os.type()} ${os.release()} ${os.arch()}`].filter(Boolean).join(', '),
    date: new Date().toISOString(),
    database_pool_size: poolSize,
  }
}
