export const USERS_PATH = '/admin/anvandare';
