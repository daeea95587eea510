/** Kinds of party organisation. They name an org; they never fix its depth in the tree. */
import { label } from '../shared/label.ts'

export const ORG_KINDS = [
  { value: 'tinh-uy', label: label('Tỉnh ủy / Thành ủy', 'Provincial committee') },
  { value: 'dang-bo-truc-thuoc', label: label('Đảng bộ trực thuộc', 'Directly subordinate committee') },
  { value: 'dang-uy-xa-phuong', label: label('Đảng ủy xã, phường, đặc khu', 'Commune or ward committee') },
  { value: 'dang-bo-co-so', label: label('Đảng bộ cơ sở', 'Grassroots committee') },
  { value: 'chi-bo-co-so', label: label('Chi bộ cơ sở', 'Grassroots cell') },
  { value: 'chi-bo', label: label('Chi bộ', 'Party cell') },
] as const
