export const SETTINGS_PATH = '/admin/installningar';
