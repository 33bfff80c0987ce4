import type { Database } from "~/db/database.server";
import type { Prisma } from "~/generated/prisma/client";
import type { PositionSearchEngine } from "../../../search/engine";
import { agreement, type AgreementTraits } from "./agreement";
import { application, type ApplicationTraits } from "./application";
import { certificate, type CertificateTraits } from "./certificate";
import { enterprisePost, type EnterprisePostTraits } from "./enterprise-post";
import { factoryContext } from "./context";
import { graduateDestination, type GraduateDestinationTraits } from "./graduate-destination";
import { importJob, type ImportJobTraits } from "./import-job";
import { fairBooth, fairLead, fairRegistration, jobFair, type FairBoothTraits, type FairLeadTraits, type FairRegistrationTraits, type JobFairTraits } from "./job-fair";
import { mentorTeaching, type MentorTeachingTraits } from "./mentor-teaching";
import { notification, type NotificationTraits } from "./notification";
import { orderClass, type OrderClassTraits } from "./order-class";
import { bureau, enterprise, otherOrganisation, school, type BureauTraits, type EnterpriseTraits, type OtherOrganisationTraits, type SchoolTraits } from "./organisation";
import { internshipPlacement, practiceDay, teacherPlacement, type InternshipPlacementTraits, type PracticeDayTraits, type TeacherPlacementTraits } from "./placement";
import { certification, type CertificationTraits } from "./certification";
import {
  consortium,
  consortiumActivity,
  consortiumMember,
  type ConsortiumActivityTraits,
  type ConsortiumMemberTraits,
  type ConsortiumTraits,
} from "./consortium";
import { attendance, payRecord, weeklyReport, type AttendanceTraits, type PayRecordTraits, type WeeklyReportTraits } from "./placement-tracking";
import { position, updatePosition, type PositionTraits } from "./position";
import {
  category,
  cluster,
  program,
  schoolProgram,
  type CategoryTraits,
  type ClusterTraits,
  type ProgramTraits,
  type SchoolProgramTraits,
} from "./program";
import { resume, type ResumeTraits } from "./resume";
import { savedPosition, savedSearch, type SavedPositionTraits, type SavedSearchTraits } from "./saved";
import { student, type StudentTraits } from "./student";
import { teacher, type TeacherTraits } from "./teacher";
import { trainingBase, type TrainingBaseTraits } from "./training-base";
import { user, type UserTraits } from "./user";

// Test data comes from here, never from ad-hoc inserts in test files: one factory per model, each
// making the smallest valid record, taking the model's columns as overrides and a few named
// traits (see each file). Records a factory needs and is not given (a position's enterprise, a
// student's school) are made for it. useTestDatabase() exposes them bound to its database as
// `t.make.<model>(…)`.

export { TEST_PASSWORD } from "./user";
export { HISTORY } from "./application";
export type { StudentWithAccount } from "./student";
export type {
  AgreementTraits,
  AttendanceTraits,
  EnterprisePostTraits,
  PayRecordTraits,
  WeeklyReportTraits,
  ApplicationTraits,
  BureauTraits,
  CategoryTraits,
  CertificateTraits,
  ClusterTraits,
  EnterpriseTraits,
  GraduateDestinationTraits,
  ImportJobTraits,
  InternshipPlacementTraits,
  JobFairTraits,
  MentorTeachingTraits,
  FairBoothTraits,
  FairRegistrationTraits,
  FairLeadTraits,
  NotificationTraits,
  OrderClassTraits,
  PositionTraits,
  ProgramTraits,
  ResumeTraits,
  SavedPositionTraits,
  SavedSearchTraits,
  SchoolProgramTraits,
  SchoolTraits,
  StudentTraits,
  TeacherPlacementTraits,
  PracticeDayTraits,
  CertificationTraits,
  ConsortiumTraits,
  ConsortiumMemberTraits,
  ConsortiumActivityTraits,
  TeacherTraits,
  TrainingBaseTraits,
  UserTraits,
};

/** Every factory, bound to `db`. */
export function makeFactories(db: Database) {
  const ctx = factoryContext(db);
  return {
    category: (traits?: CategoryTraits) => category(ctx, traits),
    cluster: (traits?: ClusterTraits) => cluster(ctx, traits),
    program: (traits?: ProgramTraits) => program(ctx, traits),
    schoolProgram: (traits: SchoolProgramTraits) => schoolProgram(ctx, traits),
    school: (traits?: SchoolTraits) => school(ctx, traits),
    enterprise: (traits?: EnterpriseTraits) => enterprise(ctx, traits),
    bureau: (traits?: BureauTraits) => bureau(ctx, traits),
    otherOrganisation: (traits?: OtherOrganisationTraits) => otherOrganisation(ctx, traits),
    user: (traits: UserTraits) => user(ctx, traits),
    student: <T extends StudentTraits>(traits?: T) => student(ctx, traits),
    teacher: (traits?: TeacherTraits) => teacher(ctx, traits),
    certificate: (traits?: CertificateTraits) => certificate(ctx, traits),
    resume: (traits?: ResumeTraits) => resume(ctx, traits),
    position: (traits?: PositionTraits) => position(ctx, traits),
    updatePosition: (id: number, data: Prisma.PositionUncheckedUpdateInput, options?: { indexed?: boolean | PositionSearchEngine }) =>
      updatePosition(ctx, id, data, options),
    application: (traits?: ApplicationTraits) => application(ctx, traits),
    notification: (traits?: NotificationTraits) => notification(ctx, traits),
    agreement: (traits?: AgreementTraits) => agreement(ctx, traits),
    orderClass: (traits?: OrderClassTraits) => orderClass(ctx, traits),
    trainingBase: (traits?: TrainingBaseTraits) => trainingBase(ctx, traits),
    internshipPlacement: (traits?: InternshipPlacementTraits) => internshipPlacement(ctx, traits),
    teacherPlacement: (traits?: TeacherPlacementTraits) => teacherPlacement(ctx, traits),
    practiceDay: (traits?: PracticeDayTraits) => practiceDay(ctx, traits),
    certification: (traits?: CertificationTraits) => certification(ctx, traits),
    consortium: (traits?: ConsortiumTraits) => consortium(ctx, traits),
    consortiumMember: (traits?: ConsortiumMemberTraits) => consortiumMember(ctx, traits),
    consortiumActivity: (traits?: ConsortiumActivityTraits) => consortiumActivity(ctx, traits),
    jobFair: (traits?: JobFairTraits) => jobFair(ctx, traits),
    fairBooth: (traits?: FairBoothTraits) => fairBooth(ctx, traits),
    fairRegistration: (traits?: FairRegistrationTraits) => fairRegistration(ctx, traits),
    fairLead: (traits?: FairLeadTraits) => fairLead(ctx, traits),
    graduateDestination: (traits?: GraduateDestinationTraits) => graduateDestination(ctx, traits),
    savedPosition: (traits?: SavedPositionTraits) => savedPosition(ctx, traits),
    savedSearch: (traits?: SavedSearchTraits) => savedSearch(ctx, traits),
    enterprisePost: (traits?: EnterprisePostTraits) => enterprisePost(ctx, traits),
    payRecord: (traits?: PayRecordTraits) => payRecord(ctx, traits),
    weeklyReport: (traits?: WeeklyReportTraits) => weeklyReport(ctx, traits),
    attendance: (traits: AttendanceTraits) => attendance(ctx, traits),
    mentorTeaching: (traits?: MentorTeachingTraits) => mentorTeaching(ctx, traits),
    importJob: (traits?: ImportJobTraits) => importJob(ctx, traits),
  };
}

export type Factories = ReturnType<typeof makeFactories>;
