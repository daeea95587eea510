/** The list cell that names an org column's organisation on the server (admin/OrgNameCell.tsx explains why). */
export const ORG_NAME_CELL = '/admin/OrgNameCell#OrgNameCell'
