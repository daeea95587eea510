/** News categories: by level (Trung ương, Địa phương, Cơ sở) and by scope (Trong nước, Quốc tế). */
import { label } from '../shared/label.ts'

export const NEWS_CATEGORIES = [
  { value: 'trung-uong', label: label('Trung ương', 'Central') },
  { value: 'dia-phuong', label: label('Địa phương', 'Provincial') },
  { value: 'co-so', label: label('Cơ sở', 'Grassroots') },
  { value: 'trong-nuoc', label: label('Trong nước', 'Domestic') },
  { value: 'quoc-te', label: label('Quốc tế', 'International') },
] as const
