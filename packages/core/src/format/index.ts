export {
  type FormatLanguage,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatTime,
  formatWeekdayDate,
  fromLocal,
  localDateString,
  romanMonth,
} from './date';
