export { median, percentile } from './percentile';
export {
  countSendBacks,
  measureTask,
  type RoleCount,
  type SendBackRecord,
  type StepSample,
  type StepSummary,
  summariseStep,
  type TaskDurations,
  type TaskTimes,
  withinStandard,
} from './step-summary';
