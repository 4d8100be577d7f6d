/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, RFC 3339 (UTC). */
  Time: { input: string; output: string; }
};

export type AddUserInput = {
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 200 characters. */
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** ≥ 10 characters. */
  password: Scalars['String']['input'];
  /** STAFF or JURY (candidates are enrolled in a session). */
  role: Role;
};

export type AdjustScheduleInput = {
  commandId?: InputMaybe<Scalars['ID']['input']>;
  examId: Scalars['ID']['input'];
  /** ≤ 200 characters. */
  reason: Scalars['String']['input'];
  schedule: ScheduleInput;
};

export type AgentCount = {
  __typename?: 'AgentCount';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  questions: Scalars['Int']['output'];
};

export type AgentCoverage = {
  __typename?: 'AgentCoverage';
  agentId: Scalars['ID']['output'];
  coverage: Scalars['Float']['output'];
  earned: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type AgentKind =
  /** A supplier (J2). */
  | 'SUPPLIER'
  /** A member of the project team (J1, possibly reactivated on J2). */
  | 'TEAM';

export type AgentMetrics = {
  __typename?: 'AgentMetrics';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  candidates: Scalars['Int']['output'];
  candidatesAsking: Scalars['Int']['output'];
  criticalDiscoveryRate: Scalars['Float']['output'];
  criticalFactsHeld: Scalars['Int']['output'];
  discoveryRate: Scalars['Float']['output'];
  factsHeld: Scalars['Int']['output'];
  /** Seconds; null when nobody asked the agent. */
  medianTimeToFirstQuestion: Maybe<Scalars['Float']['output']>;
  nothingRate: Scalars['Float']['output'];
  questions: Scalars['Int']['output'];
  questionsAnswered: Scalars['Int']['output'];
  questionsEarningNothing: Scalars['Int']['output'];
};

export type AgentStatus = {
  __typename?: 'AgentStatus';
  /** Why not (French), when closed. */
  closedReason: Scalars['String']['output'];
  days: Array<Day>;
  id: Scalars['ID']['output'];
  kind: AgentKind;
  name: Scalars['String']['output'];
  /** Can be questioned now. */
  open: Scalars['Boolean']['output'];
  /** Questions asked to this agent so far. */
  questions: Scalars['Int']['output'];
  role: Scalars['String']['output'];
};

export type Answer = {
  __typename?: 'Answer';
  at: Scalars['Time']['output'];
  /** offline or llm. */
  engine: Scalars['String']['output'];
  /** Facts the answer states, in order. */
  factIds: Array<Scalars['ID']['output']>;
  /** Why the offline engine answered instead of the model (empty otherwise). */
  fallback: Scalars['String']['output'];
  latencyMs: Scalars['Int']['output'];
  model: Scalars['String']['output'];
  /** Facts disclosed for the first time by this answer. */
  newFactIds: Array<Scalars['ID']['output']>;
  /** The question was out of role and politely refused. */
  refused: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type AnswerChunk = {
  __typename?: 'AnswerChunk';
  /** The recorded answer, on the last message. */
  answer: Maybe<Answer>;
  done: Scalars['Boolean']['output'];
  /** Why the engine failed, on the last message of a failure. */
  failure: Maybe<Scalars['String']['output']>;
  questionId: Scalars['ID']['output'];
  /** 0-based index of the chunk. */
  seq: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type AskQuestionInput = {
  agentId: Scalars['ID']['input'];
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  questionId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–2 000 characters. */
  text: Scalars['String']['input'];
};

export type AssessCompetencyInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 10 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** C18–C29. */
  competency: Scalars['ID']['input'];
  level: Level;
};

export type Assessment = {
  __typename?: 'Assessment';
  at: Scalars['Time']['output'];
  comment: Scalars['String']['output'];
  competency: Scalars['ID']['output'];
  /** French label of the level. */
  label: Scalars['String']['output'];
  level: Level;
};

export type AssignJuryInput = {
  candidateId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  examId: Scalars['ID']['input'];
  juryId: Scalars['ID']['input'];
  /** Within J3. */
  oralSlot: Scalars['Time']['input'];
};

export type Attempt = {
  __typename?: 'Attempt';
  /** Every agent of the scenario, with whether it can be questioned now. */
  agents: Array<AgentStatus>;
  brief: Brief;
  candidateId: Scalars['ID']['output'];
  /** What the report still lacks (French messages). */
  checklist: Array<ChecklistItem>;
  /** When the report locks at the latest (J2 end plus extra time). */
  deadline: Scalars['Time']['output'];
  /** Fact ids earned so far, in order of first disclosure. */
  disclosedFacts: Array<Scalars['ID']['output']>;
  examId: Scalars['ID']['output'];
  extraTimePct: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The scenario's indicators a KPI row may name (kpiId), without results nor targets. */
  indicators: Array<Indicator>;
  locked: Scalars['Boolean']['output'];
  mode: ExamMode;
  /** The direction's order e-mail: null before J2. */
  orderEmail: Maybe<OrderEmail>;
  phase: Phase;
  /** The phase in French, e.g. « jour 1 ». */
  phaseLabel: Scalars['String']['output'];
  /** Every question asked, in order. */
  questions: Array<Question>;
  report: Report;
  scenarioId: Scalars['ID']['output'];
  schedule: Schedule;
  submission: Maybe<Submission>;
  /** The exam session's title. */
  title: Scalars['String']['output'];
  /** Number of events of the attempt: the version this view reflects. */
  version: Scalars['Int']['output'];
};

/** The outcome of a command on an attempt. */
export type AttemptChange = {
  __typename?: 'AttemptChange';
  /** The attempt after the command (read-your-writes). */
  attempt: Attempt;
  /** The created or targeted item (question, row, cause, conclusion, milestone, budget line) or the attempt. */
  id: Scalars['ID']['output'];
  /** Events in the attempt after the command (unchanged by a no-op edit). */
  version: Scalars['Int']['output'];
};

export type AttemptRefInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
};

export type AttemptSummary = {
  __typename?: 'AttemptSummary';
  deadline: Scalars['Time']['output'];
  examId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  locked: Scalars['Boolean']['output'];
  mode: ExamMode;
  phase: Phase;
  title: Scalars['String']['output'];
};

export type AttemptUpdate = {
  __typename?: 'AttemptUpdate';
  at: Scalars['Time']['output'];
  attemptId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** Version after the event. */
  version: Scalars['Int']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  user: User;
};

/** Values in [lo, hi) (the last bin includes hi). */
export type Bin = {
  __typename?: 'Bin';
  count: Scalars['Int']['output'];
  hi: Scalars['Float']['output'];
  lo: Scalars['Float']['output'];
};

export type Bookmark = {
  __typename?: 'Bookmark';
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The timeline entry's version. */
  version: Scalars['Int']['output'];
};

export type BookmarkInput = {
  attemptId: Scalars['ID']['input'];
  bookmarkId?: InputMaybe<Scalars['ID']['input']>;
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The timeline entry's version (see timeline). */
  version: Scalars['Int']['input'];
};

export type Brief = {
  __typename?: 'Brief';
  advertiser: Scalars['String']['output'];
  campaign: Scalars['String']['output'];
  context: Scalars['String']['output'];
  instructions: Scalars['String']['output'];
  objectives: Array<Scalars['String']['output']>;
  organisation: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type Budget = {
  __typename?: 'Budget';
  envelope: Money;
  lines: Array<BudgetLine>;
  /** How much the total exceeds the envelope (0 within). */
  overrun: Money;
  total: Money;
};

export type BudgetIndicator = {
  __typename?: 'BudgetIndicator';
  envelope: Money;
  lines: Array<BudgetLineIndicator>;
  overrun: Money;
  question: Maybe<SuggestedQuestion>;
  total: Money;
};

export type BudgetLine = {
  __typename?: 'BudgetLine';
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  supplier: Scalars['String']['output'];
  total: Money;
  unitPrice: Money;
};

export type BudgetLineIndicator = {
  __typename?: 'BudgetLineIndicator';
  label: Scalars['String']['output'];
  lineId: Scalars['ID']['output'];
  minQuantity: Maybe<Scalars['Float']['output']>;
  negotiated: Maybe<Money>;
  offerId: Maybe<Scalars['ID']['output']>;
  offerLabel: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Float']['output'];
  question: Maybe<SuggestedQuestion>;
  quoted: Maybe<Money>;
  status: PriceStatus;
  supplier: Scalars['String']['output'];
  unitPrice: Money;
};

export type BudgetLineInput = {
  attemptId: Scalars['ID']['input'];
  /** 1–200 characters. */
  category: Scalars['String']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Required to edit; optional to add. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters. */
  label: Scalars['String']['input'];
  /** > 0, ≤ 100 000. */
  quantity: Scalars['Float']['input'];
  /** ≤ 200 characters. */
  supplier?: InputMaybe<Scalars['String']['input']>;
  /** Euros, ≥ 0, ≤ 1 000 000. */
  unitPriceEuros: Scalars['Float']['input'];
};

export type CandidateMetrics = {
  __typename?: 'CandidateMetrics';
  agentsNeverAsked: Array<Scalars['ID']['output']>;
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  contradictionsSurfaced: Scalars['Int']['output'];
  contradictionsTotal: Scalars['Int']['output'];
  criticalCoverage: Scalars['Float']['output'];
  criticalCoverageByAgent: Array<AgentCoverage>;
  criticalFactsEarned: Scalars['Int']['output'];
  criticalFactsTotal: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  factsEarned: Scalars['Int']['output'];
  meanSpecificity: Scalars['Float']['output'];
  openQuestionShare: Scalars['Float']['output'];
  questions: Scalars['Int']['output'];
  questionsAnswered: Scalars['Int']['output'];
  questionsEarningNothing: Scalars['Int']['output'];
  /** Null when no fact was earned. */
  questionsPerFact: Maybe<Scalars['Float']['output']>;
  redundantQuestions: Scalars['Int']['output'];
  timeToFirstQuestion: Array<FirstQuestion>;
  triangulatedTopics: Array<TriangulatedTopic>;
};

export type CandidateRefInput = {
  candidateId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  examId: Scalars['ID']['input'];
};

export type Cause = {
  __typename?: 'Cause';
  /** Some S2 item names this cause (J1→J2 coherence). */
  addressed: Scalars['Boolean']['output'];
  /** Ids of the answered questions that support it. */
  evidence: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 1 = most important. */
  rank: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type CauseEvidenceInput = {
  attemptId: Scalars['ID']['input'];
  causeId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  questionId: Scalars['ID']['input'];
};

export type CauseIndicator = {
  __typename?: 'CauseIndicator';
  causeId: Scalars['ID']['output'];
  question: Maybe<SuggestedQuestion>;
  rank: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type CauseInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Required to edit; optional to add (added at the lowest rank). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1–10 000 characters. */
  text: Scalars['String']['input'];
};

export type CauseRef = {
  __typename?: 'CauseRef';
  causeId: Scalars['ID']['output'];
  /** 0 when the cause was removed since. */
  rank: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type ChangeKind =
  | 'EXTRA_TIME'
  | 'JURY_ASSIGNED'
  | 'JURY_UNASSIGNED'
  | 'SCHEDULED'
  | 'SCHEDULE_ADJUSTED';

export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  /** Stable code, e.g. budget_over. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** S1, S2 or oral. */
  section: Scalars['String']['output'];
};

export type Communication = {
  __typename?: 'Communication';
  /** Accessibility and diversity measures. */
  measures: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type CommunicationInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 50 measures of 1–200 characters. */
  measures: Array<Scalars['String']['input']>;
  /** ≤ 10 000 characters. */
  text: Scalars['String']['input'];
};

export type Competency = {
  __typename?: 'Competency';
  /** written (on the report) or oral. */
  assessed: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** C21: the prescribed question. */
  mandatory: Scalars['Boolean']['output'];
  /** The « point défendu » of the exam guide. */
  point: Scalars['String']['output'];
  questions: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type Concept = {
  __typename?: 'Concept';
  format: Scalars['String']['output'];
  inclusiveMeasures: Scalars['String']['output'];
  targets: Scalars['String']['output'];
  venue: Scalars['String']['output'];
};

export type ConceptField =
  | 'FORMAT'
  | 'INCLUSIVE_MEASURES'
  | 'TARGETS'
  | 'VENUE';

export type ConceptFieldInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  field: ConceptField;
  /** ≤ 10 000 characters (the whole new value). */
  value: Scalars['String']['input'];
};

export type Conclusion = {
  __typename?: 'Conclusion';
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ConclusionInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Omit to write a new conclusion (5 at most). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1–10 000 characters. */
  text: Scalars['String']['input'];
};

export type ContradictionPair = {
  __typename?: 'ContradictionPair';
  a: ContradictionSide;
  b: ContradictionSide;
  /** Both sides earned. */
  surfaced: Scalars['Boolean']['output'];
};

export type ContradictionSide = {
  __typename?: 'ContradictionSide';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  /** Null when never earned. */
  earnedVersion: Maybe<Scalars['Int']['output']>;
  factId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type Day =
  | 'J1'
  | 'J2'
  | 'J3';

export type Distribution = {
  __typename?: 'Distribution';
  bins: Array<Bin>;
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
  /** The CandidateMetrics field summarised (e.g. FactsEarned). */
  metric: Scalars['String']['output'];
  min: Scalars['Float']['output'];
  /** Candidates for whom the metric is defined. */
  n: Scalars['Int']['output'];
  q1: Scalars['Float']['output'];
  q3: Scalars['Float']['output'];
};

export type EnrolCandidateInput = {
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 200 characters. */
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  examId: Scalars['ID']['input'];
  /** Extra time in percent, 0–100. */
  extraTimePct?: InputMaybe<Scalars['Int']['input']>;
};

export type EnrolledCandidate = {
  __typename?: 'EnrolledCandidate';
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  deadline: Scalars['Time']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  extraTimePct: Scalars['Int']['output'];
  juries: Array<JuryAssignment>;
  locked: Scalars['Boolean']['output'];
  phase: Phase;
  /** Questions asked so far. */
  questions: Scalars['Int']['output'];
  /** CANDIDATE or DEADLINE once locked. */
  submittedBy: Maybe<SubmittedBy>;
  /** Events in the attempt. */
  version: Scalars['Int']['output'];
};

export type EnrolmentResult = {
  __typename?: 'EnrolmentResult';
  /** The candidate's access code, shown this once (empty when the enrolment was a retried command: use reissueAccessCode). */
  accessCode: Scalars['String']['output'];
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  exam: ExamSession;
};

export type Evaluation = {
  __typename?: 'Evaluation';
  assessments: Array<Assessment>;
  attemptId: Scalars['ID']['output'];
  bookmarks: Array<Bookmark>;
  candidateId: Scalars['ID']['output'];
  finalised: Maybe<FinalResult>;
  juryId: Scalars['ID']['output'];
  /** Notes by topic (C18–C29 or general). */
  notes: Array<JuryNote>;
  oralStartedAt: Maybe<Scalars['Time']['output']>;
  timers: Array<Timer>;
  /** Events in the evaluation. */
  version: Scalars['Int']['output'];
};

/** The outcome of a command on the jury member's evaluation. */
export type EvaluationChange = {
  __typename?: 'EvaluationChange';
  evaluation: Evaluation;
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type EvaluationResult =
  | 'FAILED'
  | 'PASSED';

export type EvaluationStatus =
  | 'FINALISED'
  | 'NONE'
  | 'OPEN';

/** The analytics of one session. Each field is computed when selected. */
export type ExamAnalytics = {
  __typename?: 'ExamAnalytics';
  agents: Array<AgentMetrics>;
  candidates: Array<CandidateMetrics>;
  distributions: Array<Distribution>;
  examId: Scalars['ID']['output'];
  /** rareThreshold: discovery rate under which a fact is rarely found (0: the default, 0.2). */
  facts: Array<FactMetrics>;
  /** Questions with their metrics, filtered, sorted and paged on the server (limit ≤ 1 000). */
  questions: QuestionPage;
};


/** The analytics of one session. Each field is computed when selected. */
export type ExamAnalyticsFactsArgs = {
  rareThreshold?: InputMaybe<Scalars['Float']['input']>;
};


/** The analytics of one session. Each field is computed when selected. */
export type ExamAnalyticsQuestionsArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  attemptId?: InputMaybe<Scalars['ID']['input']>;
  desc?: InputMaybe<Scalars['Boolean']['input']>;
  earnedNothing?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<QuestionSort>;
};

/** The outcome of a command on an exam session. */
export type ExamChange = {
  __typename?: 'ExamChange';
  exam: ExamSession;
  id: Scalars['ID']['output'];
};

export type ExamLive = {
  __typename?: 'ExamLive';
  /** The server's time the view was computed at. */
  at: Scalars['Time']['output'];
  candidates: Array<LiveCandidate>;
  examId: Scalars['ID']['output'];
  locked: Scalars['Int']['output'];
  online: Scalars['Int']['output'];
  /** A candidate is online when their last action is at most this old. */
  onlineWindowMinutes: Scalars['Int']['output'];
  /** Questions per agent, in the scenario's order. */
  perAgent: Array<AgentCount>;
  questions: Scalars['Int']['output'];
};

export type ExamLogEntry = {
  __typename?: 'ExamLogEntry';
  at: Scalars['Time']['output'];
  byName: Scalars['String']['output'];
  candidateId: Maybe<Scalars['ID']['output']>;
  candidateName: Maybe<Scalars['String']['output']>;
  extraTimePct: Maybe<Scalars['Int']['output']>;
  juryName: Maybe<Scalars['String']['output']>;
  kind: ChangeKind;
  oralSlot: Maybe<Scalars['Time']['output']>;
  previousSchedule: Maybe<Schedule>;
  /** Why (required for the schedule and extra time). */
  reason: Maybe<Scalars['String']['output']>;
  /** The schedule after the change; previousSchedule before it (adjustments). */
  schedule: Maybe<Schedule>;
};

export type ExamMode =
  /** The real exam: strict schedule, no feedback. */
  | 'CERTIFICATION'
  /** Self-paced, with feedback; J2 may be opened early. */
  | 'PRACTICE';

/** An exam session with its candidates (staff). */
export type ExamSession = {
  __typename?: 'ExamSession';
  candidates: Array<EnrolledCandidate>;
  createdAt: Scalars['Time']['output'];
  envelope: Money;
  id: Scalars['ID']['output'];
  mode: ExamMode;
  scenarioId: Scalars['ID']['output'];
  schedule: Schedule;
  title: Scalars['String']['output'];
};

/** An exam session as listed. */
export type ExamSummary = {
  __typename?: 'ExamSummary';
  candidateCount: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  mode: ExamMode;
  scenarioId: Scalars['ID']['output'];
  schedule: Schedule;
  title: Scalars['String']['output'];
};

export type FactMetrics = {
  __typename?: 'FactMetrics';
  agentId: Scalars['ID']['output'];
  candidates: Scalars['Int']['output'];
  discoveryRate: Scalars['Float']['output'];
  factId: Scalars['ID']['output'];
  foundBy: Scalars['Int']['output'];
  /** critical, useful or noise. */
  importance: Scalars['String']['output'];
  rarelyFound: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  timesEarned: Scalars['Int']['output'];
};

export type FactTrace = {
  __typename?: 'FactTrace';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  earnedAt: Scalars['Time']['output'];
  /** Timeline version of the answer that first disclosed it. */
  earnedVersion: Scalars['Int']['output'];
  factId: Scalars['ID']['output'];
  /** critical, useful or noise. */
  importance: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  questionText: Scalars['String']['output'];
  /** Timeline version of the question that earned it. */
  questionVersion: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** Each use of an answer stating this fact as evidence. */
  uses: Array<FactUse>;
};

export type FactUse = {
  __typename?: 'FactUse';
  at: Scalars['Time']['output'];
  causeId: Maybe<Scalars['ID']['output']>;
  causeText: Maybe<Scalars['String']['output']>;
  /** Still in the submitted report. */
  current: Scalars['Boolean']['output'];
  kind: FactUseKind;
  questionId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type FactUseKind =
  /** Linked to a cause of S1. */
  | 'CAUSE'
  /** Pinned as evidence. */
  | 'PIN';

export type FinalResult = {
  __typename?: 'FinalResult';
  at: Scalars['Time']['output'];
  comment: Scalars['String']['output'];
  result: EvaluationResult;
};

export type FinaliseInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 10 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  result: EvaluationResult;
};

export type FirstQuestion = {
  __typename?: 'FirstQuestion';
  agentId: Scalars['ID']['output'];
  phase: Day;
  seconds: Scalars['Float']['output'];
};

export type Gap = {
  __typename?: 'Gap';
  /** result − target, in `unit` (negative = below target). */
  absolute: Scalars['Float']['output'];
  /** In percent of |target|; null when the target is 0. */
  relative: Maybe<Scalars['Float']['output']>;
  /** French formatting, e.g. « −1 200 personnes (−24 %) ». */
  text: Scalars['String']['output'];
  /** The row's unit, or pts for %. */
  unit: Scalars['String']['output'];
  /** Null for a free-text indicator. */
  verdict: Maybe<Verdict>;
};

export type GrantAccommodationInput = {
  candidateId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  examId: Scalars['ID']['input'];
  /** 0–100. */
  extraTimePct: Scalars['Int']['input'];
  /** ≤ 200 characters. */
  reason: Scalars['String']['input'];
};

export type InclusiveIndicator = {
  __typename?: 'InclusiveIndicator';
  /** Budget lines of accessibility offers (captioning, sign language, hearing loops…). */
  accessibilityLines: Array<Scalars['String']['output']>;
  communicationMeasures: Array<Scalars['String']['output']>;
  conceptMeasures: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
  question: Maybe<SuggestedQuestion>;
};

/** A scenario indicator, as the candidate may name it in the KPI gap table. */
export type Indicator = {
  __typename?: 'Indicator';
  /** The gap's verdict: met when the result is at or above (below, if false) the target. */
  higherIsBetter: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** Indicators, never a grade: what the jury may ask about. */
export type Indicators = {
  __typename?: 'Indicators';
  attemptId: Scalars['ID']['output'];
  budget: BudgetIndicator;
  /** Causes no S2 item answers. */
  causesNotAddressed: Array<CauseIndicator>;
  causesWithoutEvidence: Array<CauseIndicator>;
  inclusive: InclusiveIndicator;
  kpis: Array<KpiIndicator>;
  missedContradictions: Array<MissedContradiction>;
  missedCriticalFacts: Array<MissedFact>;
  /** Every suggested question once, the prescribed C21 first. */
  questions: Array<SuggestedQuestion>;
};

/** Names an item of the report (KPI row, cause, conclusion, milestone, budget line) to remove. */
export type ItemRefInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

/** An S2 item and the J1 causes it answers. */
export type J1J2Link = {
  __typename?: 'J1J2Link';
  causeIds: Array<Scalars['ID']['output']>;
  /** Concept field (format, venue, targets, inclusive_measures), milestone or budget line id; empty for the communication support. */
  itemId: Scalars['String']['output'];
  itemKind: LinkItemKind;
};

export type J1J2LinkInput = {
  attemptId: Scalars['ID']['input'];
  /** The whole set (≤ 50); empty clears the link. */
  causeIds: Array<Scalars['ID']['input']>;
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Concept field (format, venue, targets, inclusive_measures), milestone or budget line id; empty for the communication support. */
  itemId?: InputMaybe<Scalars['String']['input']>;
  itemKind: LinkItemKind;
};

export type JuryAssignment = {
  __typename?: 'JuryAssignment';
  juryId: Scalars['ID']['output'];
  /** Start of the 30-minute oral. */
  oralSlot: Scalars['Time']['output'];
};

export type JuryCandidate = {
  __typename?: 'JuryCandidate';
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  /** The jury member's own evaluation. */
  evaluationStatus: EvaluationStatus;
  examId: Scalars['ID']['output'];
  examTitle: Scalars['String']['output'];
  /** The report is locked: it can be read and evaluated. */
  locked: Scalars['Boolean']['output'];
  oralEnd: Scalars['Time']['output'];
  /** Start and end of the 30-minute oral. */
  oralSlot: Scalars['Time']['output'];
  status: JuryCandidateStatus;
};

/** Where a candidate stands for the jury. */
export type JuryCandidateStatus =
  /** The jury member has finalised their evaluation. */
  | 'EVALUATED'
  /** Locked: ready to read and evaluate. */
  | 'LOCKED'
  /** The report is not locked yet. */
  | 'WRITING';

export type JuryNote = {
  __typename?: 'JuryNote';
  text: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

export type JuryNoteInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 10 000 characters. */
  text: Scalars['String']['input'];
  /** C18–C29 or general. */
  topic: Scalars['String']['input'];
};

export type KpiIndicator = {
  __typename?: 'KpiIndicator';
  alternateAgent: Maybe<Scalars['String']['output']>;
  alternateDefinition: Maybe<Scalars['String']['output']>;
  /** The candidate earned the fact that discloses the result. */
  factEarned: Scalars['Boolean']['output'];
  higherIsBetter: Scalars['Boolean']['output'];
  kpiId: Maybe<Scalars['ID']['output']>;
  label: Scalars['String']['output'];
  question: Maybe<SuggestedQuestion>;
  rowId: Maybe<Scalars['ID']['output']>;
  status: KpiStatus;
  truthResult: Maybe<Scalars['Float']['output']>;
  truthTarget: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  written: Scalars['Boolean']['output'];
  writtenResult: Maybe<Scalars['Float']['output']>;
  writtenTarget: Maybe<Scalars['Float']['output']>;
};

export type KpiRow = {
  __typename?: 'KpiRow';
  gap: Gap;
  id: Scalars['ID']['output'];
  /** The scenario KPI, or null for a free-text indicator. */
  kpiId: Maybe<Scalars['ID']['output']>;
  label: Scalars['String']['output'];
  result: Scalars['Float']['output'];
  target: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** A KPI row: either kpiId (a scenario KPI) or label (free text). */
export type KpiRowInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Required to change a row; optional to add one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kpiId?: InputMaybe<Scalars['ID']['input']>;
  /** ≤ 200 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Finite, |x| ≤ 1e12. */
  result: Scalars['Float']['input'];
  target: Scalars['Float']['input'];
  /** ≤ 20 characters; empty with a kpiId takes the KPI's unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type KpiStatus =
  /** The result is another agent's contradicting figure. */
  | 'ALTERNATE'
  /** A figure differs from the ground truth. */
  | 'DIFFERS'
  /** Result and target within 1 % of the ground truth. */
  | 'EXACT'
  /** A row of the candidate's own, not a scenario indicator. */
  | 'FREE'
  /** Not in the gap table. */
  | 'MISSING';

export type Level =
  | 'ACQUIRED'
  | 'IN_PROGRESS'
  | 'MASTERED'
  | 'NOT_ACQUIRED';

export type LinkItemKind =
  | 'BUDGET_LINE'
  | 'COMMUNICATION'
  | 'CONCEPT'
  | 'MILESTONE';

export type LinkTrace = {
  __typename?: 'LinkTrace';
  causes: Array<CauseRef>;
  itemId: Scalars['String']['output'];
  itemKind: LinkItemKind;
  /** French, e.g. « Jalon : Réservation du lieu ». */
  itemLabel: Scalars['String']['output'];
  /** When the link was last set. */
  version: Scalars['Int']['output'];
};

export type LiveCandidate = {
  __typename?: 'LiveCandidate';
  attemptId: Scalars['ID']['output'];
  budgetLines: Scalars['Int']['output'];
  candidateId: Scalars['ID']['output'];
  causes: Scalars['Int']['output'];
  conclusions: Scalars['Int']['output'];
  deadline: Scalars['Time']['output'];
  displayName: Scalars['String']['output'];
  extraTimePct: Scalars['Int']['output'];
  kpiRows: Scalars['Int']['output'];
  /** The candidate's last action (null: none yet). */
  lastActivity: Maybe<Scalars['Time']['output']>;
  locked: Scalars['Boolean']['output'];
  milestones: Scalars['Int']['output'];
  /** Checklist items still open in the report (0: nothing missing). */
  missing: Scalars['Int']['output'];
  online: Scalars['Boolean']['output'];
  /** Agents asked at least once. */
  perAgent: Array<AgentCount>;
  phase: Phase;
  questions: Scalars['Int']['output'];
  submittedBy: Maybe<SubmittedBy>;
};

export type Milestone = {
  __typename?: 'Milestone';
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  dependsOn: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  owner: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type MilestoneInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** Milestone ids (≤ 50); a cycle is refused. */
  dependsOn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required to edit; optional to add. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters. */
  owner: Scalars['String']['input'];
  /** 1–200 characters. */
  title: Scalars['String']['input'];
};

export type MissedContradiction = {
  __typename?: 'MissedContradiction';
  a: ContradictionSide;
  b: ContradictionSide;
  question: Maybe<SuggestedQuestion>;
};

export type MissedFact = {
  __typename?: 'MissedFact';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  factId: Scalars['ID']['output'];
  question: Maybe<SuggestedQuestion>;
  text: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

/** An amount of money in euros (exact to the cent). */
export type Money = {
  __typename?: 'Money';
  euros: Scalars['Float']['output'];
  /** French formatting, e.g. « 3 200,50 € ». */
  text: Scalars['String']['output'];
};

export type MonitorEvent = {
  __typename?: 'MonitorEvent';
  at: Scalars['Time']['output'];
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  examId: Scalars['ID']['output'];
  /** The attempt is locked after this event. */
  locked: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addBudgetLine: AttemptChange;
  addCause: AttemptChange;
  addKpiRow: AttemptChange;
  addMilestone: AttemptChange;
  /** Staff: creates a staff or jury account (password ≥ 10 characters; CONFLICT e-mail taken). */
  addUser: User;
  /** Moves the schedule of a session and of every attempt in it. */
  adjustSchedule: ExamChange;
  /** Asks an agent; returns at once (id = the question's id). Subscribe to answerChunks for the reply. */
  askQuestion: AttemptChange;
  assessCompetency: EvaluationChange;
  assignJury: ExamChange;
  bookmarkEvent: EvaluationChange;
  changeKpiRow: AttemptChange;
  editBudgetLine: AttemptChange;
  editCause: AttemptChange;
  editCommunicationSupport: AttemptChange;
  editConceptField: AttemptChange;
  editMilestone: AttemptChange;
  editOralPrepNote: AttemptChange;
  /** Enrols a candidate (creating their account if the e-mail is new); the access code is returned once, never again. */
  enrolCandidate: EnrolmentResult;
  /** Records the result; refused (CONFLICT) until C21 is assessed. */
  finaliseEvaluation: EvaluationChange;
  grantAccommodation: ExamChange;
  linkCauseEvidence: AttemptChange;
  /** Signs in staff and jury members; sets the session cookie. */
  login: AuthPayload;
  /** Signs in a candidate with their access code; sets the session cookie. */
  loginWithCode: AuthPayload;
  /** Ends the session and clears the cookie. True even without a session. */
  logout: Scalars['Boolean']['output'];
  openEvaluation: EvaluationChange;
  /** Practice mode only: moves on to J2 before its scheduled start. */
  openJ2Early: AttemptChange;
  pauseTimer: EvaluationChange;
  pinEvidence: AttemptChange;
  /** A new access code for a candidate (the previous one stops working). */
  reissueAccessCode: Scalars['String']['output'];
  removeBudgetLine: AttemptChange;
  removeCause: AttemptChange;
  removeConclusion: AttemptChange;
  removeKpiRow: AttemptChange;
  removeMilestone: AttemptChange;
  reorderCauses: AttemptChange;
  /** Asks again a question whose answer failed (or was never recorded). */
  retryQuestion: AttemptChange;
  scheduleExam: ExamChange;
  setJ1J2Link: AttemptChange;
  startOral: EvaluationChange;
  startTimer: EvaluationChange;
  /** Locks the report (J2 only, at least 3 conclusions). Nothing may change after. */
  submitReport: AttemptChange;
  unassignJury: ExamChange;
  unlinkCauseEvidence: AttemptChange;
  unpinEvidence: AttemptChange;
  writeConclusion: AttemptChange;
  writeJuryNote: EvaluationChange;
};


export type MutationAddBudgetLineArgs = {
  input: BudgetLineInput;
};


export type MutationAddCauseArgs = {
  input: CauseInput;
};


export type MutationAddKpiRowArgs = {
  input: KpiRowInput;
};


export type MutationAddMilestoneArgs = {
  input: MilestoneInput;
};


export type MutationAddUserArgs = {
  input: AddUserInput;
};


export type MutationAdjustScheduleArgs = {
  input: AdjustScheduleInput;
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationAssessCompetencyArgs = {
  input: AssessCompetencyInput;
};


export type MutationAssignJuryArgs = {
  input: AssignJuryInput;
};


export type MutationBookmarkEventArgs = {
  input: BookmarkInput;
};


export type MutationChangeKpiRowArgs = {
  input: KpiRowInput;
};


export type MutationEditBudgetLineArgs = {
  input: BudgetLineInput;
};


export type MutationEditCauseArgs = {
  input: CauseInput;
};


export type MutationEditCommunicationSupportArgs = {
  input: CommunicationInput;
};


export type MutationEditConceptFieldArgs = {
  input: ConceptFieldInput;
};


export type MutationEditMilestoneArgs = {
  input: MilestoneInput;
};


export type MutationEditOralPrepNoteArgs = {
  input: OralPrepNoteInput;
};


export type MutationEnrolCandidateArgs = {
  input: EnrolCandidateInput;
};


export type MutationFinaliseEvaluationArgs = {
  input: FinaliseInput;
};


export type MutationGrantAccommodationArgs = {
  input: GrantAccommodationInput;
};


export type MutationLinkCauseEvidenceArgs = {
  input: CauseEvidenceInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLoginWithCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationOpenEvaluationArgs = {
  input: AttemptRefInput;
};


export type MutationOpenJ2EarlyArgs = {
  input: AttemptRefInput;
};


export type MutationPauseTimerArgs = {
  input: TimerInput;
};


export type MutationPinEvidenceArgs = {
  input: PinEvidenceInput;
};


export type MutationReissueAccessCodeArgs = {
  input: CandidateRefInput;
};


export type MutationRemoveBudgetLineArgs = {
  input: ItemRefInput;
};


export type MutationRemoveCauseArgs = {
  input: ItemRefInput;
};


export type MutationRemoveConclusionArgs = {
  input: ItemRefInput;
};


export type MutationRemoveKpiRowArgs = {
  input: ItemRefInput;
};


export type MutationRemoveMilestoneArgs = {
  input: ItemRefInput;
};


export type MutationReorderCausesArgs = {
  input: ReorderCausesInput;
};


export type MutationRetryQuestionArgs = {
  input: QuestionRefInput;
};


export type MutationScheduleExamArgs = {
  input: ScheduleExamInput;
};


export type MutationSetJ1J2LinkArgs = {
  input: J1J2LinkInput;
};


export type MutationStartOralArgs = {
  input: AttemptRefInput;
};


export type MutationStartTimerArgs = {
  input: TimerInput;
};


export type MutationSubmitReportArgs = {
  input: AttemptRefInput;
};


export type MutationUnassignJuryArgs = {
  input: UnassignJuryInput;
};


export type MutationUnlinkCauseEvidenceArgs = {
  input: CauseEvidenceInput;
};


export type MutationUnpinEvidenceArgs = {
  input: QuestionRefInput;
};


export type MutationWriteConclusionArgs = {
  input: ConclusionInput;
};


export type MutationWriteJuryNoteArgs = {
  input: JuryNoteInput;
};

export type OralPrepNote = {
  __typename?: 'OralPrepNote';
  competency: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type OralPrepNoteInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** C18–C29. */
  competency: Scalars['ID']['input'];
  /** ≤ 10 000 characters. */
  text: Scalars['String']['input'];
};

/** The direction's order e-mail: visible from J2. */
export type OrderEmail = {
  __typename?: 'OrderEmail';
  body: Scalars['String']['output'];
  envelope: Money;
  from: Scalars['String']['output'];
  orientations: Array<Scalars['String']['output']>;
  stakeholders: Array<Stakeholder>;
  subject: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** Where an attempt stands, derived from the schedule, the extra time and the lock. */
export type Phase =
  /** Between the end of J1 and the start of J2. */
  | 'BREAK'
  /** Locked or past the deadline. */
  | 'CLOSED'
  | 'J1'
  | 'J2'
  | 'NOT_STARTED';

export type PinEvidenceInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** A substring of the answer (≤ 10 000); empty = the whole answer. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
};

export type PriceStatus =
  /** Below the supplier's minimum quantity. */
  | 'BELOW_MINIMUM'
  /** A price the supplier never quoted. */
  | 'DIFFERS'
  /** The negotiated price, the concession earned. */
  | 'NEGOTIATED'
  /** No catalogue item matches the line. */
  | 'NO_QUOTE'
  /** The supplier's quoted unit price. */
  | 'QUOTED';

export type Query = {
  __typename?: 'Query';
  /** One attempt: its candidate and the staff of its session at any time; an assigned jury member once it is locked (FORBIDDEN before). */
  attempt: Attempt;
  /** Jury (assigned, after the lock) and staff: the attempt as it stood after its first `version` events (1 ≤ version ≤ its length). */
  attemptAt: Attempt;
  /** The attempt's candidate, jury (assigned, after the lock) and staff: the competency grid C18–C29 of the attempt's scenario with the typical questions. */
  competencyGrid: Array<Competency>;
  /** The questions to one agent, in order (same access as attempt). */
  conversation: Array<Question>;
  /** The jury member's own evaluation of an attempt (NOT_FOUND before it is opened). */
  evaluation: Evaluation;
  /** A jury member's own evaluation, plus the others' once every assigned member has finalised (deliberation); staff: after deliberation. */
  evaluations: Array<Evaluation>;
  /** Staff: the question-quality analytics of a session. */
  examAnalytics: ExamAnalytics;
  /** Staff: the changes of a session, newest first (creation, schedule, extra time, jury), with who and why. */
  examChangeLog: Array<ExamLogEntry>;
  /** Staff: the live monitor of a session; refetch it on each examMonitor event. */
  examLive: ExamLive;
  /** Staff: one of their exam sessions, with its candidates (NOT_FOUND otherwise). */
  examSession: ExamSession;
  /** Staff: their own exam sessions, newest first. */
  examSessions: Array<ExamSummary>;
  /** Jury (assigned, after the lock) and staff: the report against the scenario's ground truth, each indicator with a suggested oral question. */
  indicators: Indicators;
  /** The jury member's assigned candidates, with their oral slots. */
  juryCandidates: Array<JuryCandidate>;
  /** The signed-in user, or null without a session. */
  me: Maybe<User>;
  /** The candidate's own attempts, the latest session first. */
  myAttempts: Array<AttemptSummary>;
  /** Jury (assigned, after the lock) and staff: the facts the candidate earned (when, by which question, where used as evidence), the scenario's contradictions surfaced or missed, the J1→J2 links. */
  replay: Replay;
  /** Staff: the scenarios shipped with the server, with their lint status. */
  scenarios: Array<ScenarioInfo>;
  /** Jury (assigned, after the lock) and staff: every event of the attempt, in order. */
  timeline: Timeline;
  /** Staff: the accounts of a role (to pick jury members). */
  users: Array<User>;
};


export type QueryAttemptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAttemptAtArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type QueryCompetencyGridArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryConversationArgs = {
  agentId: Scalars['ID']['input'];
  attemptId: Scalars['ID']['input'];
};


export type QueryEvaluationArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryEvaluationsArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryExamAnalyticsArgs = {
  examId: Scalars['ID']['input'];
};


export type QueryExamChangeLogArgs = {
  examId: Scalars['ID']['input'];
};


export type QueryExamLiveArgs = {
  examId: Scalars['ID']['input'];
};


export type QueryExamSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryReplayArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryTimelineArgs = {
  attemptId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  role: Role;
};

export type Question = {
  __typename?: 'Question';
  agentId: Scalars['ID']['output'];
  /** Null until answered. */
  answer: Maybe<Answer>;
  askedAt: Scalars['Time']['output'];
  day: Day;
  /** The pinned excerpt; empty = the whole answer. */
  excerpt: Scalars['String']['output'];
  failures: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The engine's last failure reason. */
  lastFailure: Scalars['String']['output'];
  pinned: Scalars['Boolean']['output'];
  status: QuestionStatus;
  /** An engine is producing the answer now (subscribe to answerChunks). */
  streaming: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type QuestionForm =
  | 'CLOSED'
  | 'OPEN';

export type QuestionMetrics = {
  __typename?: 'QuestionMetrics';
  agentId: Scalars['ID']['output'];
  askedAt: Scalars['Time']['output'];
  attemptId: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  criticalFactsEarned: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  earnedNothing: Scalars['Boolean']['output'];
  factsEarned: Scalars['Int']['output'];
  form: QuestionForm;
  /** 1-based order in the attempt. */
  index: Scalars['Int']['output'];
  newFacts: Scalars['Int']['output'];
  phase: Day;
  questionId: Scalars['ID']['output'];
  redundancy: Scalars['Float']['output'];
  redundant: Scalars['Boolean']['output'];
  refused: Scalars['Boolean']['output'];
  repeatedFacts: Scalars['Int']['output'];
  specificity: Scalars['Float']['output'];
  /** pending, answered or failed. */
  status: Scalars['String']['output'];
  text: Scalars['String']['output'];
  topicsNamed: Array<Scalars['String']['output']>;
};

export type QuestionPage = {
  __typename?: 'QuestionPage';
  items: Array<QuestionMetrics>;
  /** Questions matching the filters (all pages). */
  total: Scalars['Int']['output'];
};

export type QuestionRefInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  questionId: Scalars['ID']['input'];
};

export type QuestionSort =
  | 'AGENT'
  | 'ASKED'
  | 'CANDIDATE'
  | 'FACTS'
  | 'NEW_FACTS'
  | 'REDUNDANCY'
  | 'SPECIFICITY';

export type QuestionStatus =
  | 'ANSWERED'
  /** The engine failed; retryQuestion may answer it. */
  | 'FAILED'
  | 'PENDING';

export type ReorderCausesInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Every cause id exactly once, most important first. */
  order: Array<Scalars['ID']['input']>;
};

export type Replay = {
  __typename?: 'Replay';
  attemptId: Scalars['ID']['output'];
  contradictions: Array<ContradictionPair>;
  /** Every fact earned, in order of first disclosure. */
  facts: Array<FactTrace>;
  /** Events of the attempt: the last version. */
  length: Scalars['Int']['output'];
  /** The J1→J2 links of the submitted report. */
  links: Array<LinkTrace>;
};

export type Report = {
  __typename?: 'Report';
  budget: Budget;
  /** Ranked, most important first. */
  causes: Array<Cause>;
  communication: Communication;
  concept: Concept;
  conclusions: Array<Conclusion>;
  kpiRows: Array<KpiRow>;
  links: Array<J1J2Link>;
  milestones: Array<Milestone>;
  oralPrep: Array<OralPrepNote>;
};

export type Role =
  | 'CANDIDATE'
  | 'JURY'
  | 'STAFF';

export type ScenarioInfo = {
  __typename?: 'ScenarioInfo';
  agents: Scalars['Int']['output'];
  envelope: Money;
  facts: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Suggested lengths of J1 and J2, in minutes. */
  j1Minutes: Scalars['Int']['output'];
  j2Minutes: Scalars['Int']['output'];
  /** What the authors must fix (« file:line: message »). */
  problems: Array<Scalars['String']['output']>;
  /** Empty when the scenario does not load. */
  title: Scalars['String']['output'];
  /** Loads and passes lint: only a valid scenario can be scheduled. */
  valid: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type Schedule = {
  __typename?: 'Schedule';
  j1End: Scalars['Time']['output'];
  j1Start: Scalars['Time']['output'];
  /** The report deadline before any extra time. */
  j2End: Scalars['Time']['output'];
  j2Start: Scalars['Time']['output'];
  j3End: Scalars['Time']['output'];
  j3Start: Scalars['Time']['output'];
};

export type ScheduleExamInput = {
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Relaunch envelope in euros (> 0, ≤ 100 000 000); defaults to the scenario's. */
  envelopeEuros?: InputMaybe<Scalars['Float']['input']>;
  examId?: InputMaybe<Scalars['ID']['input']>;
  mode: ExamMode;
  scenarioId: Scalars['ID']['input'];
  schedule: ScheduleInput;
  /** ≤ 200 characters. */
  title: Scalars['String']['input'];
};

export type ScheduleInput = {
  j1End: Scalars['Time']['input'];
  j1Start: Scalars['Time']['input'];
  j2End: Scalars['Time']['input'];
  j2Start: Scalars['Time']['input'];
  j3End: Scalars['Time']['input'];
  j3Start: Scalars['Time']['input'];
};

export type Stakeholder = {
  __typename?: 'Stakeholder';
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type Submission = {
  __typename?: 'Submission';
  at: Scalars['Time']['output'];
  by: SubmittedBy;
};

export type SubmittedBy =
  | 'CANDIDATE'
  /** Locked by the scheduler at the deadline plus extra time. */
  | 'DEADLINE';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The reply of an agent to a question, chunk by chunk, then a last message
   * with `done` and the recorded answer (or the failure). A late subscriber
   * first receives every chunk already said. Ends after `done`.
   */
  answerChunks: AnswerChunk;
  /** Every change of an attempt (a second tab of the candidate, staff, jury). */
  attemptUpdates: AttemptUpdate;
  /** Live activity of an exam session, for its staff. */
  examMonitor: MonitorEvent;
};


export type SubscriptionAnswerChunksArgs = {
  attemptId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


export type SubscriptionAttemptUpdatesArgs = {
  attemptId: Scalars['ID']['input'];
};


export type SubscriptionExamMonitorArgs = {
  examId: Scalars['ID']['input'];
};

export type SuggestedQuestion = {
  __typename?: 'SuggestedQuestion';
  competency: Scalars['ID']['output'];
  competencyTitle: Scalars['String']['output'];
  /** C21: the question the jury must ask. */
  prescribed: Scalars['Boolean']['output'];
  /** Which indicator suggested it (French); empty for C21's. */
  reason: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type Timeline = {
  __typename?: 'Timeline';
  attemptId: Scalars['ID']['output'];
  events: Array<TimelineEvent>;
};

export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  agentId: Maybe<Scalars['ID']['output']>;
  at: Scalars['Time']['output'];
  /** Facts disclosed by an answer. */
  factIds: Array<Scalars['ID']['output']>;
  kind: TimelineKind;
  /** The question the event is about, if any. */
  questionId: Maybe<Scalars['ID']['output']>;
  /** What happened, in French. */
  summary: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** Events up to and including this one: attemptAt(version) shows the report right after it. */
  version: Scalars['Int']['output'];
};

/** What the replay filters by. */
export type TimelineKind =
  | 'ANSWER'
  | 'BUDGET'
  | 'CAUSE'
  | 'COMMUNICATION'
  | 'CONCEPT'
  | 'CONCLUSION'
  /** Pins and cause ↔ answer links. */
  | 'EVIDENCE'
  | 'KPI'
  /** J1→J2 links. */
  | 'LINK'
  | 'LOCK'
  | 'ORAL_PREP'
  | 'PLANNING'
  | 'QUESTION'
  /** Opening, schedule, extra time. */
  | 'SETUP';

export type Timer = {
  __typename?: 'Timer';
  /** Elapsed milliseconds at the time of the query. */
  elapsedMs: Scalars['Int']['output'];
  running: Scalars['Boolean']['output'];
  segment: TimerSegment;
};

export type TimerInput = {
  attemptId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  segment: TimerSegment;
};

export type TimerSegment =
  /** The candidate's 15-minute presentation. */
  | 'PRESENTATION'
  /** The jury's 15 minutes of questions. */
  | 'QUESTIONS';

export type TriangulatedTopic = {
  __typename?: 'TriangulatedTopic';
  agents: Array<Scalars['ID']['output']>;
  topic: Scalars['String']['output'];
};

export type UnassignJuryInput = {
  candidateId: Scalars['ID']['input'];
  commandId?: InputMaybe<Scalars['ID']['input']>;
  examId: Scalars['ID']['input'];
  juryId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type Verdict =
  | 'MET'
  | 'MISSED';

export type AddBudgetLineMutationVariables = Exact<{
  input: BudgetLineInput;
}>;


export type AddBudgetLineMutation = { __typename?: 'Mutation', addBudgetLine: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type AddCauseMutationVariables = Exact<{
  input: CauseInput;
}>;


export type AddCauseMutation = { __typename?: 'Mutation', addCause: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type AddKpiRowMutationVariables = Exact<{
  input: KpiRowInput;
}>;


export type AddKpiRowMutation = { __typename?: 'Mutation', addKpiRow: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type AddMilestoneMutationVariables = Exact<{
  input: MilestoneInput;
}>;


export type AddMilestoneMutation = { __typename?: 'Mutation', addMilestone: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type AnswerChunksSubscriptionVariables = Exact<{
  attemptId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
}>;


export type AnswerChunksSubscription = { __typename?: 'Subscription', answerChunks: { __typename?: 'AnswerChunk', questionId: string, seq: number, text: string, done: boolean, failure: string | null, answer: { __typename?: 'Answer', text: string, refused: boolean, engine: string, latencyMs: number, at: string } | null } };

export type AnswerFieldsFragment = { __typename?: 'Answer', text: string, refused: boolean, engine: string, latencyMs: number, at: string };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { __typename?: 'Mutation', askQuestion: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type AttemptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttemptQuery = { __typename?: 'Query', attempt: { __typename?: 'Attempt', title: string, id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, brief: { __typename?: 'Brief', organisation: string, advertiser: string, title: string, context: string, objectives: Array<string>, campaign: string, instructions: string }, questions: Array<{ __typename?: 'Question', id: string, agentId: string, text: string, day: Day, askedAt: string, status: QuestionStatus, streaming: boolean, failures: number, lastFailure: string, pinned: boolean, excerpt: string, answer: { __typename?: 'Answer', text: string, refused: boolean, engine: string, latencyMs: number, at: string } | null }>, indicators: Array<{ __typename?: 'Indicator', id: string, label: string, unit: string, higherIsBetter: boolean }>, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } };

export type AttemptStateFragment = { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } };

export type AttemptUpdatesSubscriptionVariables = Exact<{
  attemptId: Scalars['ID']['input'];
}>;


export type AttemptUpdatesSubscription = { __typename?: 'Subscription', attemptUpdates: { __typename?: 'AttemptUpdate', attemptId: string, version: number, eventType: string } };

export type ChangeKpiRowMutationVariables = Exact<{
  input: KpiRowInput;
}>;


export type ChangeKpiRowMutation = { __typename?: 'Mutation', changeKpiRow: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type CompetencyGridQueryVariables = Exact<{
  attemptId: Scalars['ID']['input'];
}>;


export type CompetencyGridQuery = { __typename?: 'Query', competencyGrid: Array<{ __typename?: 'Competency', id: string, title: string, assessed: string, mandatory: boolean, point: string, questions: Array<string> }> };

export type EditBudgetLineMutationVariables = Exact<{
  input: BudgetLineInput;
}>;


export type EditBudgetLineMutation = { __typename?: 'Mutation', editBudgetLine: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type EditCauseMutationVariables = Exact<{
  input: CauseInput;
}>;


export type EditCauseMutation = { __typename?: 'Mutation', editCause: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type EditCommunicationSupportMutationVariables = Exact<{
  input: CommunicationInput;
}>;


export type EditCommunicationSupportMutation = { __typename?: 'Mutation', editCommunicationSupport: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type EditConceptFieldMutationVariables = Exact<{
  input: ConceptFieldInput;
}>;


export type EditConceptFieldMutation = { __typename?: 'Mutation', editConceptField: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type EditMilestoneMutationVariables = Exact<{
  input: MilestoneInput;
}>;


export type EditMilestoneMutation = { __typename?: 'Mutation', editMilestone: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type EditOralPrepNoteMutationVariables = Exact<{
  input: OralPrepNoteInput;
}>;


export type EditOralPrepNoteMutation = { __typename?: 'Mutation', editOralPrepNote: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type LinkCauseEvidenceMutationVariables = Exact<{
  input: CauseEvidenceInput;
}>;


export type LinkCauseEvidenceMutation = { __typename?: 'Mutation', linkCauseEvidence: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type LoginWithCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type LoginWithCodeMutation = { __typename?: 'Mutation', loginWithCode: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, role: Role, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, role: Role, displayName: string } | null };

export type MyAttemptsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAttemptsQuery = { __typename?: 'Query', myAttempts: Array<{ __typename?: 'AttemptSummary', id: string, title: string, mode: ExamMode, phase: Phase, deadline: string, locked: boolean }> };

export type OpenJ2EarlyMutationVariables = Exact<{
  input: AttemptRefInput;
}>;


export type OpenJ2EarlyMutation = { __typename?: 'Mutation', openJ2Early: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type PinEvidenceMutationVariables = Exact<{
  input: PinEvidenceInput;
}>;


export type PinEvidenceMutation = { __typename?: 'Mutation', pinEvidence: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type QuestionFieldsFragment = { __typename?: 'Question', id: string, agentId: string, text: string, day: Day, askedAt: string, status: QuestionStatus, streaming: boolean, failures: number, lastFailure: string, pinned: boolean, excerpt: string, answer: { __typename?: 'Answer', text: string, refused: boolean, engine: string, latencyMs: number, at: string } | null };

export type RemoveBudgetLineMutationVariables = Exact<{
  input: ItemRefInput;
}>;


export type RemoveBudgetLineMutation = { __typename?: 'Mutation', removeBudgetLine: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type RemoveCauseMutationVariables = Exact<{
  input: ItemRefInput;
}>;


export type RemoveCauseMutation = { __typename?: 'Mutation', removeCause: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type RemoveConclusionMutationVariables = Exact<{
  input: ItemRefInput;
}>;


export type RemoveConclusionMutation = { __typename?: 'Mutation', removeConclusion: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type RemoveKpiRowMutationVariables = Exact<{
  input: ItemRefInput;
}>;


export type RemoveKpiRowMutation = { __typename?: 'Mutation', removeKpiRow: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type RemoveMilestoneMutationVariables = Exact<{
  input: ItemRefInput;
}>;


export type RemoveMilestoneMutation = { __typename?: 'Mutation', removeMilestone: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type ReorderCausesMutationVariables = Exact<{
  input: ReorderCausesInput;
}>;


export type ReorderCausesMutation = { __typename?: 'Mutation', reorderCauses: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type RetryQuestionMutationVariables = Exact<{
  input: QuestionRefInput;
}>;


export type RetryQuestionMutation = { __typename?: 'Mutation', retryQuestion: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type SetJ1J2LinkMutationVariables = Exact<{
  input: J1J2LinkInput;
}>;


export type SetJ1J2LinkMutation = { __typename?: 'Mutation', setJ1J2Link: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type SubmitReportMutationVariables = Exact<{
  input: AttemptRefInput;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type UnlinkCauseEvidenceMutationVariables = Exact<{
  input: CauseEvidenceInput;
}>;


export type UnlinkCauseEvidenceMutation = { __typename?: 'Mutation', unlinkCauseEvidence: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type UnpinEvidenceMutationVariables = Exact<{
  input: QuestionRefInput;
}>;


export type UnpinEvidenceMutation = { __typename?: 'Mutation', unpinEvidence: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type WriteConclusionMutationVariables = Exact<{
  input: ConclusionInput;
}>;


export type WriteConclusionMutation = { __typename?: 'Mutation', writeConclusion: { __typename?: 'AttemptChange', id: string, version: number, attempt: { __typename?: 'Attempt', id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } } };

export type JuryCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type JuryCandidatesQuery = { __typename?: 'Query', juryCandidates: Array<{ __typename?: 'JuryCandidate', attemptId: string, examTitle: string, candidateId: string, displayName: string, oralSlot: string, oralEnd: string, locked: boolean, status: JuryCandidateStatus, evaluationStatus: EvaluationStatus }> };

export type JuryOralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryOralQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string } | null, competencyGrid: Array<{ __typename?: 'Competency', id: string, title: string, assessed: string, mandatory: boolean, point: string, questions: Array<string> }>, evaluations: Array<{ __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null }> };

export type JuryEvaluationFieldsFragment = { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null };

export type JuryOpenEvaluationMutationVariables = Exact<{
  in: AttemptRefInput;
}>;


export type JuryOpenEvaluationMutation = { __typename?: 'Mutation', openEvaluation: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryStartOralMutationVariables = Exact<{
  in: AttemptRefInput;
}>;


export type JuryStartOralMutation = { __typename?: 'Mutation', startOral: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryStartTimerMutationVariables = Exact<{
  in: TimerInput;
}>;


export type JuryStartTimerMutation = { __typename?: 'Mutation', startTimer: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryPauseTimerMutationVariables = Exact<{
  in: TimerInput;
}>;


export type JuryPauseTimerMutation = { __typename?: 'Mutation', pauseTimer: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryWriteNoteMutationVariables = Exact<{
  in: JuryNoteInput;
}>;


export type JuryWriteNoteMutation = { __typename?: 'Mutation', writeJuryNote: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryBookmarkMutationVariables = Exact<{
  in: BookmarkInput;
}>;


export type JuryBookmarkMutation = { __typename?: 'Mutation', bookmarkEvent: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryAssessMutationVariables = Exact<{
  in: AssessCompetencyInput;
}>;


export type JuryAssessMutation = { __typename?: 'Mutation', assessCompetency: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryFinaliseMutationVariables = Exact<{
  in: FinaliseInput;
}>;


export type JuryFinaliseMutation = { __typename?: 'Mutation', finaliseEvaluation: { __typename?: 'EvaluationChange', evaluation: { __typename?: 'Evaluation', attemptId: string, juryId: string, oralStartedAt: string | null, version: number, timers: Array<{ __typename?: 'Timer', segment: TimerSegment, running: boolean, elapsedMs: number }>, notes: Array<{ __typename?: 'JuryNote', topic: string, text: string }>, bookmarks: Array<{ __typename?: 'Bookmark', id: string, version: number, note: string }>, assessments: Array<{ __typename?: 'Assessment', competency: string, level: Level, label: string, comment: string }>, finalised: { __typename?: 'FinalResult', result: EvaluationResult, comment: string, at: string } | null } } };

export type JuryIndicatorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryIndicatorsQuery = { __typename?: 'Query', indicators: { __typename?: 'Indicators', kpis: Array<{ __typename?: 'KpiIndicator', kpiId: string | null, label: string, unit: string, truthResult: number | null, truthTarget: number | null, written: boolean, writtenResult: number | null, writtenTarget: number | null, status: KpiStatus, alternateAgent: string | null, factEarned: boolean, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }>, budget: { __typename?: 'BudgetIndicator', total: { __typename?: 'Money', text: string }, envelope: { __typename?: 'Money', text: string }, overrun: { __typename?: 'Money', euros: number, text: string }, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null, lines: Array<{ __typename?: 'BudgetLineIndicator', lineId: string, label: string, supplier: string, quantity: number, offerLabel: string | null, minQuantity: number | null, status: PriceStatus, unitPrice: { __typename?: 'Money', text: string }, quoted: { __typename?: 'Money', text: string } | null, negotiated: { __typename?: 'Money', text: string } | null, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }> }, inclusive: { __typename?: 'InclusiveIndicator', present: boolean, conceptMeasures: string, communicationMeasures: Array<string>, accessibilityLines: Array<string>, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }, causesWithoutEvidence: Array<{ __typename?: 'CauseIndicator', causeId: string, rank: number, text: string, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }>, causesNotAddressed: Array<{ __typename?: 'CauseIndicator', causeId: string, rank: number, text: string, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }>, missedCriticalFacts: Array<{ __typename?: 'MissedFact', factId: string, text: string, agentName: string, topic: string, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }>, missedContradictions: Array<{ __typename?: 'MissedContradiction', a: { __typename?: 'ContradictionSide', factId: string, text: string, agentName: string, earnedVersion: number | null }, b: { __typename?: 'ContradictionSide', factId: string, text: string, agentName: string, earnedVersion: number | null }, question: { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string } | null }>, questions: Array<{ __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string }> } };

export type JuryQuestionFragment = { __typename?: 'SuggestedQuestion', competency: string, competencyTitle: string, text: string, prescribed: boolean, reason: string };

export type JuryLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type JuryLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, role: Role, displayName: string } } };

export type JuryReplayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryReplayQuery = { __typename?: 'Query', timeline: { __typename?: 'Timeline', attemptId: string, events: Array<{ __typename?: 'TimelineEvent', version: number, type: string, kind: TimelineKind, at: string, summary: string, questionId: string | null, agentId: string | null, factIds: Array<string> }> }, replay: { __typename?: 'Replay', length: number, facts: Array<{ __typename?: 'FactTrace', factId: string, text: string, agentId: string, agentName: string, importance: string, earnedVersion: number, earnedAt: string, questionId: string, questionText: string, questionVersion: number, uses: Array<{ __typename?: 'FactUse', kind: FactUseKind, questionId: string, causeId: string | null, causeText: string | null, version: number, at: string, current: boolean }> }>, contradictions: Array<{ __typename?: 'ContradictionPair', surfaced: boolean, a: { __typename?: 'ContradictionSide', factId: string, text: string, agentName: string, earnedVersion: number | null }, b: { __typename?: 'ContradictionSide', factId: string, text: string, agentName: string, earnedVersion: number | null } }>, links: Array<{ __typename?: 'LinkTrace', itemKind: LinkItemKind, itemId: string, itemLabel: string, version: number, causes: Array<{ __typename?: 'CauseRef', causeId: string, rank: number, text: string }> }> } };

export type JurySideFragment = { __typename?: 'ContradictionSide', factId: string, text: string, agentName: string, earnedVersion: number | null };

export type JuryAttemptAtQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type JuryAttemptAtQuery = { __typename?: 'Query', attemptAt: { __typename?: 'Attempt', title: string, id: string, version: number, mode: ExamMode, phase: Phase, phaseLabel: string, locked: boolean, extraTimePct: number, deadline: string, brief: { __typename?: 'Brief', organisation: string, advertiser: string, title: string, context: string, objectives: Array<string>, campaign: string, instructions: string }, questions: Array<{ __typename?: 'Question', id: string, agentId: string, text: string, day: Day, askedAt: string, status: QuestionStatus, streaming: boolean, failures: number, lastFailure: string, pinned: boolean, excerpt: string, answer: { __typename?: 'Answer', text: string, refused: boolean, engine: string, latencyMs: number, at: string } | null }>, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, submission: { __typename?: 'Submission', by: SubmittedBy, at: string } | null, agents: Array<{ __typename?: 'AgentStatus', id: string, name: string, role: string, kind: AgentKind, days: Array<Day>, open: boolean, closedReason: string, questions: number }>, orderEmail: { __typename?: 'OrderEmail', from: string, to: string, subject: string, body: string, orientations: Array<string>, stakeholders: Array<{ __typename?: 'Stakeholder', name: string, role: string }>, envelope: { __typename?: 'Money', euros: number, text: string } } | null, checklist: Array<{ __typename?: 'ChecklistItem', code: string, section: string, message: string }>, report: { __typename?: 'Report', kpiRows: Array<{ __typename?: 'KpiRow', id: string, kpiId: string | null, label: string, result: number, target: number, unit: string, gap: { __typename?: 'Gap', absolute: number, relative: number | null, unit: string, verdict: Verdict | null, text: string } }>, causes: Array<{ __typename?: 'Cause', id: string, rank: number, text: string, evidence: Array<string>, addressed: boolean }>, conclusions: Array<{ __typename?: 'Conclusion', id: string, text: string }>, concept: { __typename?: 'Concept', format: string, venue: string, targets: string, inclusiveMeasures: string }, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, date: string, owner: string, dependsOn: Array<string> }>, budget: { __typename?: 'Budget', lines: Array<{ __typename?: 'BudgetLine', id: string, category: string, supplier: string, label: string, quantity: number, unitPrice: { __typename?: 'Money', euros: number, text: string }, total: { __typename?: 'Money', euros: number, text: string } }>, total: { __typename?: 'Money', euros: number, text: string }, envelope: { __typename?: 'Money', euros: number, text: string }, overrun: { __typename?: 'Money', euros: number, text: string } }, communication: { __typename?: 'Communication', text: string, measures: Array<string> }, links: Array<{ __typename?: 'J1J2Link', itemKind: LinkItemKind, itemId: string, causeIds: Array<string> }>, oralPrep: Array<{ __typename?: 'OralPrepNote', competency: string, text: string }> } } };

export type StaffAddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type StaffAddUserMutation = { __typename?: 'Mutation', addUser: { __typename?: 'User', id: string, role: Role, displayName: string, email: string } };

export type StaffAdjustScheduleMutationVariables = Exact<{
  input: AdjustScheduleInput;
}>;


export type StaffAdjustScheduleMutation = { __typename?: 'Mutation', adjustSchedule: { __typename?: 'ExamChange', id: string } };

export type StaffAnalyticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  rareThreshold?: InputMaybe<Scalars['Float']['input']>;
}>;


export type StaffAnalyticsQuery = { __typename?: 'Query', examAnalytics: { __typename?: 'ExamAnalytics', examId: string, candidates: Array<{ __typename?: 'CandidateMetrics', attemptId: string, displayName: string, questions: number, questionsAnswered: number, factsEarned: number, questionsPerFact: number | null, questionsEarningNothing: number, redundantQuestions: number, meanSpecificity: number, openQuestionShare: number, criticalFactsEarned: number, criticalFactsTotal: number, criticalCoverage: number, agentsNeverAsked: Array<string>, contradictionsSurfaced: number, contradictionsTotal: number, triangulatedTopics: Array<{ __typename?: 'TriangulatedTopic', topic: string, agents: Array<string> }>, timeToFirstQuestion: Array<{ __typename?: 'FirstQuestion', agentId: string, phase: Day, seconds: number }> }>, agents: Array<{ __typename?: 'AgentMetrics', agentId: string, agentName: string, candidates: number, candidatesAsking: number, questions: number, questionsAnswered: number, questionsEarningNothing: number, nothingRate: number, factsHeld: number, criticalFactsHeld: number, discoveryRate: number, criticalDiscoveryRate: number, medianTimeToFirstQuestion: number | null }>, facts: Array<{ __typename?: 'FactMetrics', factId: string, agentId: string, text: string, importance: string, candidates: number, foundBy: number, discoveryRate: number, rarelyFound: boolean, timesEarned: number }>, distributions: Array<{ __typename?: 'Distribution', metric: string, n: number, min: number, q1: number, median: number, q3: number, max: number, mean: number, bins: Array<{ __typename?: 'Bin', lo: number, hi: number, count: number }> }> } };

export type StaffAssignJuryMutationVariables = Exact<{
  input: AssignJuryInput;
}>;


export type StaffAssignJuryMutation = { __typename?: 'Mutation', assignJury: { __typename?: 'ExamChange', id: string } };

export type StaffChangeLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffChangeLogQuery = { __typename?: 'Query', examChangeLog: Array<{ __typename?: 'ExamLogEntry', kind: ChangeKind, at: string, byName: string, reason: string | null, candidateName: string | null, extraTimePct: number | null, juryName: string | null, oralSlot: string | null, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string } | null, previousSchedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string } | null }> };

export type StaffExamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffExamQuery = { __typename?: 'Query', examSession: { __typename?: 'ExamSession', id: string, title: string, scenarioId: string, mode: ExamMode, createdAt: string, envelope: { __typename?: 'Money', text: string }, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string }, candidates: Array<{ __typename?: 'EnrolledCandidate', candidateId: string, displayName: string, email: string, attemptId: string, extraTimePct: number, phase: Phase, deadline: string, locked: boolean, submittedBy: SubmittedBy | null, questions: number, juries: Array<{ __typename?: 'JuryAssignment', juryId: string, oralSlot: string }> }> }, users: Array<{ __typename?: 'User', id: string, displayName: string, email: string }> };

export type StaffExamLiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffExamLiveQuery = { __typename?: 'Query', examLive: { __typename?: 'ExamLive', examId: string, at: string, onlineWindowMinutes: number, online: number, locked: number, questions: number, perAgent: Array<{ __typename?: 'AgentCount', agentId: string, agentName: string, questions: number }>, candidates: Array<{ __typename?: 'LiveCandidate', candidateId: string, displayName: string, attemptId: string, extraTimePct: number, phase: Phase, deadline: string, lastActivity: string | null, online: boolean, questions: number, kpiRows: number, causes: number, conclusions: number, milestones: number, budgetLines: number, missing: number, locked: boolean, submittedBy: SubmittedBy | null, perAgent: Array<{ __typename?: 'AgentCount', agentId: string, agentName: string, questions: number }> }> } };

export type StaffExamMonitorSubscriptionVariables = Exact<{
  examId: Scalars['ID']['input'];
}>;


export type StaffExamMonitorSubscription = { __typename?: 'Subscription', examMonitor: { __typename?: 'MonitorEvent', attemptId: string, eventType: string, at: string, locked: boolean } };

export type StaffExamsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffExamsQuery = { __typename?: 'Query', examSessions: Array<{ __typename?: 'ExamSummary', id: string, title: string, scenarioId: string, mode: ExamMode, candidateCount: number, createdAt: string, schedule: { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string } }> };

export type StaffGrantAccommodationMutationVariables = Exact<{
  input: GrantAccommodationInput;
}>;


export type StaffGrantAccommodationMutation = { __typename?: 'Mutation', grantAccommodation: { __typename?: 'ExamChange', id: string } };

export type StaffQuestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  attemptId?: InputMaybe<Scalars['ID']['input']>;
  agentId?: InputMaybe<Scalars['ID']['input']>;
  earnedNothing?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<QuestionSort>;
  desc?: InputMaybe<Scalars['Boolean']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffQuestionsQuery = { __typename?: 'Query', examAnalytics: { __typename?: 'ExamAnalytics', examId: string, questions: { __typename?: 'QuestionPage', total: number, items: Array<{ __typename?: 'QuestionMetrics', questionId: string, attemptId: string, displayName: string, index: number, agentId: string, phase: Day, text: string, askedAt: string, status: string, refused: boolean, factsEarned: number, newFacts: number, repeatedFacts: number, criticalFactsEarned: number, earnedNothing: boolean, specificity: number, form: QuestionForm, redundancy: number, redundant: boolean }> } } };

export type StaffScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffScenariosQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'ScenarioInfo', id: string, title: string, version: string, agents: number, facts: number, j1Minutes: number, j2Minutes: number, valid: boolean, problems: Array<string>, envelope: { __typename?: 'Money', text: string } }> };

export type StaffScheduleFragment = { __typename?: 'Schedule', j1Start: string, j1End: string, j2Start: string, j2End: string, j3Start: string, j3End: string };

export type StaffScheduleExamMutationVariables = Exact<{
  input: ScheduleExamInput;
}>;


export type StaffScheduleExamMutation = { __typename?: 'Mutation', scheduleExam: { __typename?: 'ExamChange', id: string } };

export type StaffUnassignJuryMutationVariables = Exact<{
  input: UnassignJuryInput;
}>;


export type StaffUnassignJuryMutation = { __typename?: 'Mutation', unassignJury: { __typename?: 'ExamChange', id: string } };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersQuery = { __typename?: 'Query', jury: Array<{ __typename?: 'User', id: string, displayName: string, email: string }>, staff: Array<{ __typename?: 'User', id: string, displayName: string, email: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AttemptStateFragmentDoc = new TypedDocumentString(`
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}
    `, {"fragmentName":"AttemptState"}) as unknown as TypedDocumentString<AttemptStateFragment, unknown>;
export const AnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnswerFields on Answer {
  text
  refused
  engine
  latencyMs
  at
}
    `, {"fragmentName":"AnswerFields"}) as unknown as TypedDocumentString<AnswerFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionFields on Question {
  id
  agentId
  text
  day
  askedAt
  status
  streaming
  failures
  lastFailure
  pinned
  excerpt
  answer {
    ...AnswerFields
  }
}
    fragment AnswerFields on Answer {
  text
  refused
  engine
  latencyMs
  at
}`, {"fragmentName":"QuestionFields"}) as unknown as TypedDocumentString<QuestionFieldsFragment, unknown>;
export const JuryEvaluationFieldsFragmentDoc = new TypedDocumentString(`
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}
    `, {"fragmentName":"JuryEvaluationFields"}) as unknown as TypedDocumentString<JuryEvaluationFieldsFragment, unknown>;
export const JuryQuestionFragmentDoc = new TypedDocumentString(`
    fragment JuryQuestion on SuggestedQuestion {
  competency
  competencyTitle
  text
  prescribed
  reason
}
    `, {"fragmentName":"JuryQuestion"}) as unknown as TypedDocumentString<JuryQuestionFragment, unknown>;
export const JurySideFragmentDoc = new TypedDocumentString(`
    fragment JurySide on ContradictionSide {
  factId
  text
  agentName
  earnedVersion
}
    `, {"fragmentName":"JurySide"}) as unknown as TypedDocumentString<JurySideFragment, unknown>;
export const StaffScheduleFragmentDoc = new TypedDocumentString(`
    fragment StaffSchedule on Schedule {
  j1Start
  j1End
  j2Start
  j2End
  j3Start
  j3End
}
    `, {"fragmentName":"StaffSchedule"}) as unknown as TypedDocumentString<StaffScheduleFragment, unknown>;
export const AddBudgetLineDocument = new TypedDocumentString(`
    mutation AddBudgetLine($input: BudgetLineInput!) {
  addBudgetLine(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<AddBudgetLineMutation, AddBudgetLineMutationVariables>;
export const AddCauseDocument = new TypedDocumentString(`
    mutation AddCause($input: CauseInput!) {
  addCause(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<AddCauseMutation, AddCauseMutationVariables>;
export const AddKpiRowDocument = new TypedDocumentString(`
    mutation AddKpiRow($input: KpiRowInput!) {
  addKpiRow(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<AddKpiRowMutation, AddKpiRowMutationVariables>;
export const AddMilestoneDocument = new TypedDocumentString(`
    mutation AddMilestone($input: MilestoneInput!) {
  addMilestone(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const AnswerChunksDocument = new TypedDocumentString(`
    subscription AnswerChunks($attemptId: ID!, $questionId: ID!) {
  answerChunks(attemptId: $attemptId, questionId: $questionId) {
    questionId
    seq
    text
    done
    failure
    answer {
      ...AnswerFields
    }
  }
}
    fragment AnswerFields on Answer {
  text
  refused
  engine
  latencyMs
  at
}`) as unknown as TypedDocumentString<AnswerChunksSubscription, AnswerChunksSubscriptionVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($input: AskQuestionInput!) {
  askQuestion(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const AttemptDocument = new TypedDocumentString(`
    query Attempt($id: ID!) {
  attempt(id: $id) {
    ...AttemptState
    title
    brief {
      organisation
      advertiser
      title
      context
      objectives
      campaign
      instructions
    }
    questions {
      ...QuestionFields
    }
    indicators {
      id
      label
      unit
      higherIsBetter
    }
  }
}
    fragment AnswerFields on Answer {
  text
  refused
  engine
  latencyMs
  at
}
fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}
fragment QuestionFields on Question {
  id
  agentId
  text
  day
  askedAt
  status
  streaming
  failures
  lastFailure
  pinned
  excerpt
  answer {
    ...AnswerFields
  }
}`) as unknown as TypedDocumentString<AttemptQuery, AttemptQueryVariables>;
export const AttemptUpdatesDocument = new TypedDocumentString(`
    subscription AttemptUpdates($attemptId: ID!) {
  attemptUpdates(attemptId: $attemptId) {
    attemptId
    version
    eventType
  }
}
    `) as unknown as TypedDocumentString<AttemptUpdatesSubscription, AttemptUpdatesSubscriptionVariables>;
export const ChangeKpiRowDocument = new TypedDocumentString(`
    mutation ChangeKpiRow($input: KpiRowInput!) {
  changeKpiRow(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<ChangeKpiRowMutation, ChangeKpiRowMutationVariables>;
export const CompetencyGridDocument = new TypedDocumentString(`
    query CompetencyGrid($attemptId: ID!) {
  competencyGrid(attemptId: $attemptId) {
    id
    title
    assessed
    mandatory
    point
    questions
  }
}
    `) as unknown as TypedDocumentString<CompetencyGridQuery, CompetencyGridQueryVariables>;
export const EditBudgetLineDocument = new TypedDocumentString(`
    mutation EditBudgetLine($input: BudgetLineInput!) {
  editBudgetLine(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditBudgetLineMutation, EditBudgetLineMutationVariables>;
export const EditCauseDocument = new TypedDocumentString(`
    mutation EditCause($input: CauseInput!) {
  editCause(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditCauseMutation, EditCauseMutationVariables>;
export const EditCommunicationSupportDocument = new TypedDocumentString(`
    mutation EditCommunicationSupport($input: CommunicationInput!) {
  editCommunicationSupport(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditCommunicationSupportMutation, EditCommunicationSupportMutationVariables>;
export const EditConceptFieldDocument = new TypedDocumentString(`
    mutation EditConceptField($input: ConceptFieldInput!) {
  editConceptField(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditConceptFieldMutation, EditConceptFieldMutationVariables>;
export const EditMilestoneDocument = new TypedDocumentString(`
    mutation EditMilestone($input: MilestoneInput!) {
  editMilestone(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditMilestoneMutation, EditMilestoneMutationVariables>;
export const EditOralPrepNoteDocument = new TypedDocumentString(`
    mutation EditOralPrepNote($input: OralPrepNoteInput!) {
  editOralPrepNote(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<EditOralPrepNoteMutation, EditOralPrepNoteMutationVariables>;
export const LinkCauseEvidenceDocument = new TypedDocumentString(`
    mutation LinkCauseEvidence($input: CauseEvidenceInput!) {
  linkCauseEvidence(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<LinkCauseEvidenceMutation, LinkCauseEvidenceMutationVariables>;
export const LoginWithCodeDocument = new TypedDocumentString(`
    mutation LoginWithCode($code: String!) {
  loginWithCode(code: $code) {
    user {
      id
      role
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithCodeMutation, LoginWithCodeMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    displayName
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyAttemptsDocument = new TypedDocumentString(`
    query MyAttempts {
  myAttempts {
    id
    title
    mode
    phase
    deadline
    locked
  }
}
    `) as unknown as TypedDocumentString<MyAttemptsQuery, MyAttemptsQueryVariables>;
export const OpenJ2EarlyDocument = new TypedDocumentString(`
    mutation OpenJ2Early($input: AttemptRefInput!) {
  openJ2Early(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<OpenJ2EarlyMutation, OpenJ2EarlyMutationVariables>;
export const PinEvidenceDocument = new TypedDocumentString(`
    mutation PinEvidence($input: PinEvidenceInput!) {
  pinEvidence(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<PinEvidenceMutation, PinEvidenceMutationVariables>;
export const RemoveBudgetLineDocument = new TypedDocumentString(`
    mutation RemoveBudgetLine($input: ItemRefInput!) {
  removeBudgetLine(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RemoveBudgetLineMutation, RemoveBudgetLineMutationVariables>;
export const RemoveCauseDocument = new TypedDocumentString(`
    mutation RemoveCause($input: ItemRefInput!) {
  removeCause(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RemoveCauseMutation, RemoveCauseMutationVariables>;
export const RemoveConclusionDocument = new TypedDocumentString(`
    mutation RemoveConclusion($input: ItemRefInput!) {
  removeConclusion(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RemoveConclusionMutation, RemoveConclusionMutationVariables>;
export const RemoveKpiRowDocument = new TypedDocumentString(`
    mutation RemoveKpiRow($input: ItemRefInput!) {
  removeKpiRow(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RemoveKpiRowMutation, RemoveKpiRowMutationVariables>;
export const RemoveMilestoneDocument = new TypedDocumentString(`
    mutation RemoveMilestone($input: ItemRefInput!) {
  removeMilestone(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RemoveMilestoneMutation, RemoveMilestoneMutationVariables>;
export const ReorderCausesDocument = new TypedDocumentString(`
    mutation ReorderCauses($input: ReorderCausesInput!) {
  reorderCauses(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<ReorderCausesMutation, ReorderCausesMutationVariables>;
export const RetryQuestionDocument = new TypedDocumentString(`
    mutation RetryQuestion($input: QuestionRefInput!) {
  retryQuestion(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<RetryQuestionMutation, RetryQuestionMutationVariables>;
export const SetJ1J2LinkDocument = new TypedDocumentString(`
    mutation SetJ1J2Link($input: J1J2LinkInput!) {
  setJ1J2Link(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<SetJ1J2LinkMutation, SetJ1J2LinkMutationVariables>;
export const SubmitReportDocument = new TypedDocumentString(`
    mutation SubmitReport($input: AttemptRefInput!) {
  submitReport(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const UnlinkCauseEvidenceDocument = new TypedDocumentString(`
    mutation UnlinkCauseEvidence($input: CauseEvidenceInput!) {
  unlinkCauseEvidence(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<UnlinkCauseEvidenceMutation, UnlinkCauseEvidenceMutationVariables>;
export const UnpinEvidenceDocument = new TypedDocumentString(`
    mutation UnpinEvidence($input: QuestionRefInput!) {
  unpinEvidence(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<UnpinEvidenceMutation, UnpinEvidenceMutationVariables>;
export const WriteConclusionDocument = new TypedDocumentString(`
    mutation WriteConclusion($input: ConclusionInput!) {
  writeConclusion(input: $input) {
    id
    version
    attempt {
      ...AttemptState
    }
  }
}
    fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}`) as unknown as TypedDocumentString<WriteConclusionMutation, WriteConclusionMutationVariables>;
export const JuryCandidatesDocument = new TypedDocumentString(`
    query JuryCandidates {
  juryCandidates {
    attemptId
    examTitle
    candidateId
    displayName
    oralSlot
    oralEnd
    locked
    status
    evaluationStatus
  }
}
    `) as unknown as TypedDocumentString<JuryCandidatesQuery, JuryCandidatesQueryVariables>;
export const JuryOralDocument = new TypedDocumentString(`
    query JuryOral($id: ID!) {
  me {
    id
  }
  competencyGrid(attemptId: $id) {
    id
    title
    assessed
    mandatory
    point
    questions
  }
  evaluations(attemptId: $id) {
    ...JuryEvaluationFields
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryOralQuery, JuryOralQueryVariables>;
export const JuryOpenEvaluationDocument = new TypedDocumentString(`
    mutation JuryOpenEvaluation($in: AttemptRefInput!) {
  openEvaluation(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryOpenEvaluationMutation, JuryOpenEvaluationMutationVariables>;
export const JuryStartOralDocument = new TypedDocumentString(`
    mutation JuryStartOral($in: AttemptRefInput!) {
  startOral(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryStartOralMutation, JuryStartOralMutationVariables>;
export const JuryStartTimerDocument = new TypedDocumentString(`
    mutation JuryStartTimer($in: TimerInput!) {
  startTimer(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryStartTimerMutation, JuryStartTimerMutationVariables>;
export const JuryPauseTimerDocument = new TypedDocumentString(`
    mutation JuryPauseTimer($in: TimerInput!) {
  pauseTimer(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryPauseTimerMutation, JuryPauseTimerMutationVariables>;
export const JuryWriteNoteDocument = new TypedDocumentString(`
    mutation JuryWriteNote($in: JuryNoteInput!) {
  writeJuryNote(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryWriteNoteMutation, JuryWriteNoteMutationVariables>;
export const JuryBookmarkDocument = new TypedDocumentString(`
    mutation JuryBookmark($in: BookmarkInput!) {
  bookmarkEvent(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryBookmarkMutation, JuryBookmarkMutationVariables>;
export const JuryAssessDocument = new TypedDocumentString(`
    mutation JuryAssess($in: AssessCompetencyInput!) {
  assessCompetency(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryAssessMutation, JuryAssessMutationVariables>;
export const JuryFinaliseDocument = new TypedDocumentString(`
    mutation JuryFinalise($in: FinaliseInput!) {
  finaliseEvaluation(input: $in) {
    evaluation {
      ...JuryEvaluationFields
    }
  }
}
    fragment JuryEvaluationFields on Evaluation {
  attemptId
  juryId
  oralStartedAt
  version
  timers {
    segment
    running
    elapsedMs
  }
  notes {
    topic
    text
  }
  bookmarks {
    id
    version
    note
  }
  assessments {
    competency
    level
    label
    comment
  }
  finalised {
    result
    comment
    at
  }
}`) as unknown as TypedDocumentString<JuryFinaliseMutation, JuryFinaliseMutationVariables>;
export const JuryIndicatorsDocument = new TypedDocumentString(`
    query JuryIndicators($id: ID!) {
  indicators(attemptId: $id) {
    kpis {
      kpiId
      label
      unit
      truthResult
      truthTarget
      written
      writtenResult
      writtenTarget
      status
      alternateAgent
      factEarned
      question {
        ...JuryQuestion
      }
    }
    budget {
      total {
        text
      }
      envelope {
        text
      }
      overrun {
        euros
        text
      }
      question {
        ...JuryQuestion
      }
      lines {
        lineId
        label
        supplier
        quantity
        unitPrice {
          text
        }
        offerLabel
        quoted {
          text
        }
        negotiated {
          text
        }
        minQuantity
        status
        question {
          ...JuryQuestion
        }
      }
    }
    inclusive {
      present
      conceptMeasures
      communicationMeasures
      accessibilityLines
      question {
        ...JuryQuestion
      }
    }
    causesWithoutEvidence {
      causeId
      rank
      text
      question {
        ...JuryQuestion
      }
    }
    causesNotAddressed {
      causeId
      rank
      text
      question {
        ...JuryQuestion
      }
    }
    missedCriticalFacts {
      factId
      text
      agentName
      topic
      question {
        ...JuryQuestion
      }
    }
    missedContradictions {
      a {
        ...JurySide
      }
      b {
        ...JurySide
      }
      question {
        ...JuryQuestion
      }
    }
    questions {
      ...JuryQuestion
    }
  }
}
    fragment JuryQuestion on SuggestedQuestion {
  competency
  competencyTitle
  text
  prescribed
  reason
}
fragment JurySide on ContradictionSide {
  factId
  text
  agentName
  earnedVersion
}`) as unknown as TypedDocumentString<JuryIndicatorsQuery, JuryIndicatorsQueryVariables>;
export const JuryLoginDocument = new TypedDocumentString(`
    mutation JuryLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    user {
      id
      role
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<JuryLoginMutation, JuryLoginMutationVariables>;
export const JuryReplayDocument = new TypedDocumentString(`
    query JuryReplay($id: ID!) {
  timeline(attemptId: $id) {
    attemptId
    events {
      version
      type
      kind
      at
      summary
      questionId
      agentId
      factIds
    }
  }
  replay(attemptId: $id) {
    length
    facts {
      factId
      text
      agentId
      agentName
      importance
      earnedVersion
      earnedAt
      questionId
      questionText
      questionVersion
      uses {
        kind
        questionId
        causeId
        causeText
        version
        at
        current
      }
    }
    contradictions {
      surfaced
      a {
        ...JurySide
      }
      b {
        ...JurySide
      }
    }
    links {
      itemKind
      itemId
      itemLabel
      version
      causes {
        causeId
        rank
        text
      }
    }
  }
}
    fragment JurySide on ContradictionSide {
  factId
  text
  agentName
  earnedVersion
}`) as unknown as TypedDocumentString<JuryReplayQuery, JuryReplayQueryVariables>;
export const JuryAttemptAtDocument = new TypedDocumentString(`
    query JuryAttemptAt($id: ID!, $version: Int!) {
  attemptAt(id: $id, version: $version) {
    ...AttemptState
    title
    brief {
      organisation
      advertiser
      title
      context
      objectives
      campaign
      instructions
    }
    questions {
      ...QuestionFields
    }
  }
}
    fragment AnswerFields on Answer {
  text
  refused
  engine
  latencyMs
  at
}
fragment AttemptState on Attempt {
  id
  version
  mode
  phase
  phaseLabel
  locked
  extraTimePct
  deadline
  schedule {
    j1Start
    j1End
    j2Start
    j2End
    j3Start
    j3End
  }
  submission {
    by
    at
  }
  agents {
    id
    name
    role
    kind
    days
    open
    closedReason
    questions
  }
  orderEmail {
    from
    to
    subject
    body
    orientations
    stakeholders {
      name
      role
    }
    envelope {
      euros
      text
    }
  }
  checklist {
    code
    section
    message
  }
  report {
    kpiRows {
      id
      kpiId
      label
      result
      target
      unit
      gap {
        absolute
        relative
        unit
        verdict
        text
      }
    }
    causes {
      id
      rank
      text
      evidence
      addressed
    }
    conclusions {
      id
      text
    }
    concept {
      format
      venue
      targets
      inclusiveMeasures
    }
    milestones {
      id
      title
      date
      owner
      dependsOn
    }
    budget {
      lines {
        id
        category
        supplier
        label
        quantity
        unitPrice {
          euros
          text
        }
        total {
          euros
          text
        }
      }
      total {
        euros
        text
      }
      envelope {
        euros
        text
      }
      overrun {
        euros
        text
      }
    }
    communication {
      text
      measures
    }
    links {
      itemKind
      itemId
      causeIds
    }
    oralPrep {
      competency
      text
    }
  }
}
fragment QuestionFields on Question {
  id
  agentId
  text
  day
  askedAt
  status
  streaming
  failures
  lastFailure
  pinned
  excerpt
  answer {
    ...AnswerFields
  }
}`) as unknown as TypedDocumentString<JuryAttemptAtQuery, JuryAttemptAtQueryVariables>;
export const StaffAddUserDocument = new TypedDocumentString(`
    mutation StaffAddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
    role
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<StaffAddUserMutation, StaffAddUserMutationVariables>;
export const StaffAdjustScheduleDocument = new TypedDocumentString(`
    mutation StaffAdjustSchedule($input: AdjustScheduleInput!) {
  adjustSchedule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAdjustScheduleMutation, StaffAdjustScheduleMutationVariables>;
export const StaffAnalyticsDocument = new TypedDocumentString(`
    query StaffAnalytics($id: ID!, $rareThreshold: Float) {
  examAnalytics(examId: $id) {
    examId
    candidates {
      attemptId
      displayName
      questions
      questionsAnswered
      factsEarned
      questionsPerFact
      questionsEarningNothing
      redundantQuestions
      meanSpecificity
      openQuestionShare
      criticalFactsEarned
      criticalFactsTotal
      criticalCoverage
      agentsNeverAsked
      contradictionsSurfaced
      contradictionsTotal
      triangulatedTopics {
        topic
        agents
      }
      timeToFirstQuestion {
        agentId
        phase
        seconds
      }
    }
    agents {
      agentId
      agentName
      candidates
      candidatesAsking
      questions
      questionsAnswered
      questionsEarningNothing
      nothingRate
      factsHeld
      criticalFactsHeld
      discoveryRate
      criticalDiscoveryRate
      medianTimeToFirstQuestion
    }
    facts(rareThreshold: $rareThreshold) {
      factId
      agentId
      text
      importance
      candidates
      foundBy
      discoveryRate
      rarelyFound
      timesEarned
    }
    distributions {
      metric
      n
      min
      q1
      median
      q3
      max
      mean
      bins {
        lo
        hi
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAnalyticsQuery, StaffAnalyticsQueryVariables>;
export const StaffAssignJuryDocument = new TypedDocumentString(`
    mutation StaffAssignJury($input: AssignJuryInput!) {
  assignJury(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAssignJuryMutation, StaffAssignJuryMutationVariables>;
export const StaffChangeLogDocument = new TypedDocumentString(`
    query StaffChangeLog($id: ID!) {
  examChangeLog(examId: $id) {
    kind
    at
    byName
    reason
    candidateName
    extraTimePct
    juryName
    oralSlot
    schedule {
      ...StaffSchedule
    }
    previousSchedule {
      ...StaffSchedule
    }
  }
}
    fragment StaffSchedule on Schedule {
  j1Start
  j1End
  j2Start
  j2End
  j3Start
  j3End
}`) as unknown as TypedDocumentString<StaffChangeLogQuery, StaffChangeLogQueryVariables>;
export const StaffExamDocument = new TypedDocumentString(`
    query StaffExam($id: ID!) {
  examSession(id: $id) {
    id
    title
    scenarioId
    mode
    createdAt
    envelope {
      text
    }
    schedule {
      ...StaffSchedule
    }
    candidates {
      candidateId
      displayName
      email
      attemptId
      extraTimePct
      phase
      deadline
      locked
      submittedBy
      questions
      juries {
        juryId
        oralSlot
      }
    }
  }
  users(role: JURY) {
    id
    displayName
    email
  }
}
    fragment StaffSchedule on Schedule {
  j1Start
  j1End
  j2Start
  j2End
  j3Start
  j3End
}`) as unknown as TypedDocumentString<StaffExamQuery, StaffExamQueryVariables>;
export const StaffExamLiveDocument = new TypedDocumentString(`
    query StaffExamLive($id: ID!) {
  examLive(examId: $id) {
    examId
    at
    onlineWindowMinutes
    online
    locked
    questions
    perAgent {
      agentId
      agentName
      questions
    }
    candidates {
      candidateId
      displayName
      attemptId
      extraTimePct
      phase
      deadline
      lastActivity
      online
      questions
      perAgent {
        agentId
        agentName
        questions
      }
      kpiRows
      causes
      conclusions
      milestones
      budgetLines
      missing
      locked
      submittedBy
    }
  }
}
    `) as unknown as TypedDocumentString<StaffExamLiveQuery, StaffExamLiveQueryVariables>;
export const StaffExamMonitorDocument = new TypedDocumentString(`
    subscription StaffExamMonitor($examId: ID!) {
  examMonitor(examId: $examId) {
    attemptId
    eventType
    at
    locked
  }
}
    `) as unknown as TypedDocumentString<StaffExamMonitorSubscription, StaffExamMonitorSubscriptionVariables>;
export const StaffExamsDocument = new TypedDocumentString(`
    query StaffExams {
  examSessions {
    id
    title
    scenarioId
    mode
    candidateCount
    createdAt
    schedule {
      ...StaffSchedule
    }
  }
}
    fragment StaffSchedule on Schedule {
  j1Start
  j1End
  j2Start
  j2End
  j3Start
  j3End
}`) as unknown as TypedDocumentString<StaffExamsQuery, StaffExamsQueryVariables>;
export const StaffGrantAccommodationDocument = new TypedDocumentString(`
    mutation StaffGrantAccommodation($input: GrantAccommodationInput!) {
  grantAccommodation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffGrantAccommodationMutation, StaffGrantAccommodationMutationVariables>;
export const StaffQuestionsDocument = new TypedDocumentString(`
    query StaffQuestions($id: ID!, $attemptId: ID, $agentId: ID, $earnedNothing: Boolean, $search: String, $sort: QuestionSort, $desc: Boolean, $offset: Int, $limit: Int) {
  examAnalytics(examId: $id) {
    examId
    questions(
      attemptId: $attemptId
      agentId: $agentId
      earnedNothing: $earnedNothing
      search: $search
      sort: $sort
      desc: $desc
      offset: $offset
      limit: $limit
    ) {
      total
      items {
        questionId
        attemptId
        displayName
        index
        agentId
        phase
        text
        askedAt
        status
        refused
        factsEarned
        newFacts
        repeatedFacts
        criticalFactsEarned
        earnedNothing
        specificity
        form
        redundancy
        redundant
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffQuestionsQuery, StaffQuestionsQueryVariables>;
export const StaffScenariosDocument = new TypedDocumentString(`
    query StaffScenarios {
  scenarios {
    id
    title
    version
    agents
    facts
    j1Minutes
    j2Minutes
    valid
    problems
    envelope {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<StaffScenariosQuery, StaffScenariosQueryVariables>;
export const StaffScheduleExamDocument = new TypedDocumentString(`
    mutation StaffScheduleExam($input: ScheduleExamInput!) {
  scheduleExam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffScheduleExamMutation, StaffScheduleExamMutationVariables>;
export const StaffUnassignJuryDocument = new TypedDocumentString(`
    mutation StaffUnassignJury($input: UnassignJuryInput!) {
  unassignJury(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffUnassignJuryMutation, StaffUnassignJuryMutationVariables>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers {
  jury: users(role: JURY) {
    id
    displayName
    email
  }
  staff: users(role: STAFF) {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;