export {
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  closePauses,
  workingHoursBetween,
  workingMinutesBetween,
} from './arithmetic';
export {
  type BuildCalendarOptions,
  buildCalendar,
  type ClosedPauseInterval,
  DEFAULT_OFFICE_HOURS,
  type IsoWeekday,
  isWorkingDay,
  isWorkingTime,
  nextWorkingInstant,
  type PauseInterval,
  type TimeOfDayInterval,
  type WeeklyHours,
  type WorkingCalendar,
} from './calendar';
export {
  type HolidayDay,
  type HolidayFile,
  type HolidayKind,
  type HolidayName,
  type HolidayYear,
  holidayDays,
  holidayYears,
  parseHolidayFile,
} from './holidays';
export { type CalendarYearWarning, calendarYearWarning } from './warning';
export { zoneAbbreviation } from './zone';
