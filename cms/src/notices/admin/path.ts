/** Where the notice report component lives, as the admin import map names it (relative to cms/src). */
export const NOTICE_REPORT_COMPONENT = '/notices/admin/DeliveryReport#DeliveryReport'
