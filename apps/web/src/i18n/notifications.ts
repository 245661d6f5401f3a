/** The bell and the notifications page (reminders, escalations, new and returned work). */
export const notificationsId = {
  title: 'Notifikasi',
  bell: 'Notifikasi',
  bellUnread: 'Notifikasi, {{count}} belum dibaca',
  unreadMark: 'belum dibaca',
  markRead: 'Tandai dibaca',
  markAll: 'Tandai semua dibaca',
  seeAll: 'Lihat semua notifikasi',
  empty: 'Belum ada notifikasi.',
  filter: 'Tampilkan',
  all: 'Semua',
  unreadOnly: 'Belum dibaca ({{count}})',
};

export const notificationsEn: typeof notificationsId = {
  title: 'Notifications',
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
  unreadMark: 'unread',
  markRead: 'Mark read',
  markAll: 'Mark all read',
  seeAll: 'See all notifications',
  empty: 'No notifications yet.',
  filter: 'Show',
  all: 'All',
  unreadOnly: 'Unread ({{count}})',
};
