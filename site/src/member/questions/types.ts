/** What the questions functions answer (functions/src/questions/present.ts), as the islands read it. */

export interface AutoAnswer {
  note: string
  faqId: number | string
  question: string
  answer: string
}

export interface MemberQuestion {
  id: number | string
  text: string
  status: 'auto' | 'pending' | 'escalated' | 'answered' | 'closed'
  statusLabel: string
  createdAt: string
  answer: string | null
  answeredAt: string | null
  automatic: boolean
  autoAnswer: AutoAnswer | null
}

export interface AskResult {
  question: MemberQuestion
  automatic: boolean
  note?: string
  message?: string
}
